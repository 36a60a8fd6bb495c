// Unit tests of js/quote-table.js under Node's test runner (make test-js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { packSummary, unpackSummary } from "../js/quote-table.js";

// quotes in the Go summary's shape: every field varies, and an added quote
// sits between the engine's.
const QUOTES = [
  { id: "q1", speaker: "s1", words: 7, paragraph: 0, attribution: "cue", confidence: 0.9, check: false, check_why: [], dismissed: false, added: false },
  { id: "a1", speaker: "s3", words: 3, paragraph: 1, attribution: "editor", confidence: null, check: false, check_why: [], dismissed: false, added: true },
  { id: "q2", speaker: null, words: 12, paragraph: 2, attribution: "none", confidence: null, check: true, check_why: ["low confidence", "no speaker"], dismissed: false, added: false },
  { id: "q3", speaker: "s1", words: 0, paragraph: 2, attribution: "pronoun", confidence: 0.42, check: true, check_why: ["low confidence"], dismissed: false, added: false },
  { id: "q10", speaker: "s2", words: 5, paragraph: 4, attribution: "context", confidence: 0.6, check: false, check_why: [], dismissed: true, added: false },
  { id: "q11", speaker: "s2", words: 1, paragraph: 5, attribution: "cue", confidence: 1, check: true, check_why: ["unclosed"], dismissed: false, added: false },
];

function summary() {
  return {
    version: "test", dateline: "2026-02-03", unit: "utf-16",
    speakers: [
      { id: "s1", name: "Ana Duarte", quotes: 2, words: 7, share: 0.25, quote_ids: ["q1", "q3"], aliases: [] },
      { id: "s2", name: "Tomas Byrne", quotes: 1, words: 1, share: 0.04, quote_ids: ["q11"], aliases: ["Byrne"] },
      { id: "s3", name: "Kim Lee", quotes: 1, words: 3, share: 0.11, quote_ids: ["a1"], aliases: [] },
    ],
    unattributed: { quotes: 1, words: 12, share: 0.6, quote_ids: ["q2"] },
    quotes: structuredClone(QUOTES),
    totals: { sources: 3, quotes: 5, words: 23, by_gender: [], by_category: [], by_kind: [] },
  };
}

// sent is packSummary's summary as the page receives it: cloned with its
// buffers transferred, as postMessage does.
function sent() {
  const { summary: packed, transfer } = packSummary(summary());
  return unpackSummary(structuredClone(packed, { transfer }));
}

test("every quote reads back as the Go summary gave it, by place and by ID", () => {
  const s = sent();
  assert.equal(s.quotes.length, QUOTES.length);
  QUOTES.forEach((q, i) => {
    assert.deepEqual(s.quotes.at(i), q, "place " + i);
    assert.equal(s.quotes.id(i), q.id);
    assert.equal(s.quotes.speaker(i), q.speaker);
    assert.equal(s.quotes.check(i), q.check);
    assert.equal(s.quotes.dismissed(i), q.dismissed);
    assert.equal(s.quotes.indexOf(q.id), i);
    assert.deepEqual(s.quotes.get(q.id), q);
  });
  assert.equal(s.quotes.indexOf("q4"), -1);
  assert.equal(s.quotes.get("q1 "), undefined);
});

test("a quote's object is its own: changing it changes no other read", () => {
  const s = sent();
  s.quotes.at(2).check_why.push("x");
  assert.deepEqual(s.quotes.at(2).check_why, ["low confidence", "no speaker"]);
});

test("quote groups point at their quotes' places", () => {
  const s = sent();
  const ids = (g) => s.quotes.list(g.quote_at).map((q) => q.id);
  assert.deepEqual(s.speakers.map(ids), [["q1", "q3"], ["q11"], ["a1"]]);
  assert.deepEqual(ids(s.unattributed), ["q2"]);
  assert.equal(s.speakers[0].quote_ids, undefined);
  assert.equal(s.speakers[1].name, "Tomas Byrne");
  assert.deepEqual(s.totals, summary().totals);
});

test("counts, places and lists by flag", () => {
  const s = sent();
  assert.equal(s.quotes.count("check"), 3);
  assert.equal(s.quotes.count("dismissed"), 1);
  assert.deepEqual(s.quotes.where("check"), [2, 3, 5]);
  assert.deepEqual(s.quotes.where("dismissed"), [4]);
  assert.deepEqual(s.quotes.list([5, 0, 3], 2).map((q) => q.id), ["q11", "q1"]);
  assert.deepEqual(s.quotes.list([-1, 99, 1]).map((q) => q.id), ["a1"], "places out of the table are skipped");
});

test("a group's quote the table lacks has no place", () => {
  const sum = summary();
  sum.speakers[1].quote_ids = ["q11", "q99"];
  const { summary: packed } = packSummary(sum);
  assert.deepEqual(Array.from(packed.speakers[1].quote_at), [5, -1]);
});

test("a summary not packed is read alike", () => {
  const s = unpackSummary(summary());
  QUOTES.forEach((q, i) => assert.deepEqual(s.quotes.at(i), q));
  assert.deepEqual(Array.from(s.speakers[0].quote_at), [0, 3]);
});

test("no quotes", () => {
  const sum = summary();
  sum.quotes = [];
  sum.speakers = [];
  sum.unattributed.quote_ids = [];
  const s = unpackSummary(sum);
  assert.equal(s.quotes.length, 0);
  assert.equal(s.quotes.count("check"), 0);
  assert.deepEqual(s.quotes.list(s.unattributed.quote_at), []);
  assert.equal(s.quotes.get("q1"), undefined);
});

test("thousands of quotes cross as a handful of buffers", () => {
  const sum = summary();
  sum.quotes = Array.from({ length: 30000 }, (_, i) => ({ ...QUOTES[i % QUOTES.length], id: "q" + (i + 1) }));
  sum.speakers[0].quote_ids = sum.quotes.filter((q) => q.speaker === "s1").map((q) => q.id);
  const { summary: packed, transfer } = packSummary(sum);
  assert.ok(transfer.length <= 12, transfer.length + " buffers");
  assert.equal(typeof packed.quotes.ids, "string");
  const s = unpackSummary(structuredClone(packed, { transfer }));
  assert.equal(s.quotes.get("q29999").id, "q29999");
  assert.equal(s.quotes.at(29999).speaker, QUOTES[29999 % QUOTES.length].speaker);
  assert.equal(s.speakers[0].quote_at.length, 10000);
});
