// Unit tests of the argument checks of annotator.js under Node's test
// runner (make test-js); the bridge itself runs under wasm/ and e2e/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkArgs, deskArgs, fillTexts, MAX_TEXT_LENGTH, unwrap } from "../annotator.js";

test("options are copied to plain data; a throwing getter is a TypeError", () => {
  const [text, opts] = checkArgs("annotate", ["a", { dateline: "2025-10-17", format: "plain" }]);
  assert.equal(text, "a");
  assert.deepEqual(opts, { dateline: "2025-10-17", format: "plain" });
  assert.throws(() => checkArgs("annotate", ["a", { get dateline() { throw 1; } }]),
    { name: "TypeError", message: "ArticleAnnotator.annotate: reading options.dateline threw 1" });
  const proxy = new Proxy({}, { ownKeys() { throw new Error("no"); } });
  assert.throws(() => checkArgs("render", ["a", proxy]), { name: "TypeError", message: /options could not be read/ });
});

test("BigInt is a TypeError", () => {
  assert.throws(() => checkArgs("annotate", [1n]), { name: "TypeError", message: "ArticleAnnotator.annotate: text must be a string, got bigint" });
  assert.throws(() => checkArgs("annotate", ["a", 1n]), { name: "TypeError" });
  assert.throws(() => checkArgs("annotate", ["a", { dateline: 1n }]), { name: "TypeError", message: /options.dateline must be a string, got bigint/ });
});

test("a text over the limit is a RangeError; at the limit it passes", () => {
  assert.throws(() => checkArgs("render", ["x".repeat(MAX_TEXT_LENGTH + 1)]), { name: "RangeError", message: /limit is 10,000,000/ });
  assert.equal(checkArgs("render", ["x".repeat(MAX_TEXT_LENGTH)])[0].length, MAX_TEXT_LENGTH);
});

test("other arguments go to Go as they are, for its checks", () => {
  assert.deepEqual(checkArgs("annotate", [42]), [42]);
  assert.deepEqual(checkArgs("annotate", ["a", "b", "c"]), ["a", "b", "c"]);
  assert.deepEqual(checkArgs("annotate", ["a", { lang: "en" }]), ["a", { lang: undefined }]);
  // titles is render's option only: annotate's Go side names it as unknown.
  assert.deepEqual(checkArgs("render", ["a", { titles: false }]), ["a", { titles: false }]);
  assert.deepEqual(checkArgs("annotate", ["a", { titles: false }]), ["a", { titles: undefined }]);
});

test("unwrap", () => {
  assert.equal(unwrap("annotate", { ok: 3 }), 3);
  assert.deepEqual(unwrap("render", ["<p>a</p>", '{"quotes":[]}']), { html: "<p>a</p>", result: { quotes: [] } });
  assert.deepEqual(unwrap("annotate", '{"quotes":[],"dates":[{"start":3}]}'), { quotes: [], dates: [{ start: 3 }] });
  assert.throws(() => unwrap("annotate", { error: "ArticleAnnotator.annotate: bad", name: "RangeError" }), { name: "RangeError", message: "ArticleAnnotator.annotate: bad" });
  assert.throws(() => unwrap("annotate", undefined), { name: "Error", message: "ArticleAnnotator.annotate: no answer from the module" });
});

test("deskArgs writes the result and the corrections as JSON, and reports what cannot be", () => {
  const result = { quotes: [], speakers: [], dates: [] };
  assert.deepEqual(deskArgs("summarize", ["a", result, { version: 1 }]), ["a", JSON.stringify(result), '{"version":1}']);
  assert.deepEqual(deskArgs("export", ["a", "{}", null, "csv-quotes"]), ["a", "{}", null, "csv-quotes"]);
  const cyclic = {};
  cyclic.self = cyclic;
  assert.throws(() => deskArgs("summarize", ["a", cyclic, null]), { name: "TypeError", message: /ArticleAnnotator.summarize: result could not be written as JSON/ });
  assert.throws(() => deskArgs("export", ["a", "{}", { n: 1n }, "json"]), { name: "TypeError", message: /corrections could not be written as JSON/ });
  assert.throws(() => deskArgs("summarize", [1n, "{}", null]), { name: "TypeError", message: "ArticleAnnotator.summarize: text must be a string, got bigint" });
});

test("fillTexts sets every span's text to what its UTF-16 offsets select", () => {
  const text = "🙂 “Yes,” said Ana on Friday \ud800.";
  const span = (part) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: null });
  const result = {
    quotes: [{ id: "q1", ...span("“Yes,”"), cue: span("said") }, { id: "q2", ...span("Yes"), cue: null }],
    speakers: [{ id: "s1", mentions: [span("Ana")] }, { id: "s2", mentions: null }],
    dates: [span("Friday"), span("\ud800")],
  };
  assert.equal(fillTexts(result, text), result);
  assert.deepEqual([result.quotes[0].text, result.quotes[0].cue.text, result.quotes[1].text], ["“Yes,”", "said", "Yes"]);
  assert.equal(result.speakers[0].mentions[0].text, "Ana");
  assert.deepEqual(result.dates.map((d) => d.text), ["Friday", "\ud800"]);
  assert.deepEqual(Object.keys(result.quotes[0]), ["id", "start", "end", "text", "cue"], "the key stays where the module put it");
});
