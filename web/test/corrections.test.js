import { test } from "node:test";
import assert from "node:assert/strict";
import * as C from "../js/corrections.js";
import { percent } from "../js/format.js";

test("edits build the contract's corrections, and undoing one leaves none", () => {
  let c = C.emptyCorrections();
  assert.ok(C.isEmpty(c));
  c = C.dismiss(c, "q2");
  assert.deepEqual(c.quotes, { q2: { dismissed: true } });
  c = C.restore(c, "q2");
  assert.deepEqual(c.quotes, {}, "a restored quote leaves no record");
  assert.ok(C.isEmpty(c));

  let id;
  [c, id] = C.newSpeaker(c, "  Priya Natarajan ");
  assert.equal(id, "u1");
  [c, id] = C.newSpeaker(c, "");
  assert.equal(id, "u2");
  assert.deepEqual(c.speakers, { u1: { name: "Priya Natarajan", kind: "person" }, u2: { name: "New speaker", kind: "person" } });
  c = C.reassign(c, "q5", "u1");
  assert.deepEqual(c.quotes.q5, { speaker: "u1", checked: true });
  c = C.reassign(c, "q6", "");
  assert.equal(c.quotes.q6.speaker, "", "\"\" is no speaker, kept as a decision");

  c = C.merge(c, "s3", "s2");
  assert.equal(c.speakers.s3.merged_into, "s2");
  assert.equal(C.merge(c, "s2", "s2"), c, "a speaker is not merged into itself");
  c = C.rename(c, "s2", " Tomás Byrne ");
  assert.equal(c.speakers.s2.name, "Tomás Byrne");
  c = C.setAttribute(c, "s1", "gender", "prefer not to say");
  c = C.setAttribute(c, "s1", "category", "member of the public");
  assert.deepEqual(c.speakers.s1, { gender: "prefer not to say", category: "member of the public" });
  c = C.setAttribute(c, "s1", "gender", "");
  assert.deepEqual(c.speakers.s1, { category: "member of the public" }, "unset again");
  assert.throws(() => C.setAttribute(c, "s1", "gender", "female-ish"), RangeError);
  assert.throws(() => C.setAttribute(c, "s1", "age", "40"), RangeError);

  let a;
  [c, a] = C.addQuote(c, 10, 25, "");
  assert.equal(a, "a1");
  c = C.reassign(c, "a1", "s1");
  assert.deepEqual(c.added, [{ id: "a1", start: 10, end: 25, speaker: "s1" }], "an added quote keeps its speaker itself");
  assert.throws(() => C.addQuote(c, 5, 5, ""), RangeError);
});

test("normalize keeps what is well formed and drops the rest", () => {
  assert.deepEqual(C.normalize(null), C.emptyCorrections());
  assert.deepEqual(C.normalize({ version: 2, quotes: { q1: {} } }), C.emptyCorrections(), "another version is not read");
  const c = C.normalize({ version: 1, quotes: [], added: [{ id: "a1", start: 3, end: 9 }, { id: 4 }, null, { id: "a2", start: 9, end: 3 }], speakers: { s1: { gender: "man" } } });
  assert.deepEqual(c, { version: 1, quotes: {}, added: [{ id: "a1", start: 3, end: 9 }], speakers: { s1: { gender: "man" } } });
});

test("GENDERS offers unset, unknown and prefer not to say, and guesses nothing", () => {
  assert.equal(C.GENDERS[0], "");
  assert.ok(C.GENDERS.includes("unknown"));
  assert.ok(C.GENDERS.includes("prefer not to say"));
});

test("percent", () => {
  for (const [share, want] of [[0, "0%"], [0.005, "0.5%"], [0.0999, "10.0%"], [0.41, "41%"], [1, "100%"]]) {
    assert.equal(percent(share), want, String(share));
  }
});
