// Unit tests of js/summary.js under Node's test runner (make test-js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { summarize } from "../js/summary.js";

// A result in the bridge's format, written for this test.
const result = {
  format: "plain",
  dateline: "2025-10-17",
  speakers: [
    { id: "s1", name: "Ana Ruiz", kind: "person", mentions: [{ text: "Ana Ruiz" }, { text: "Ruiz" }, { text: "she" }, { text: "Ruiz" }] },
    { id: "s2", name: "Tom Byrne", kind: "person", mentions: [{ text: "Tom Byrne" }, { text: "He" }] },
    { id: "s3", name: "the council", kind: "organization", mentions: [{ text: "the council" }] },
  ],
  quotes: [
    { id: "q1", text: "“One.”", speaker: "s1", paragraph: 0 },
    { id: "q2", text: "“Two.”", speaker: "s2", paragraph: 1 },
    { id: "q3", text: "“Three.”", speaker: "s2", paragraph: 1 },
    { id: "q4", text: "“Four.”", speaker: "", paragraph: 2 },
  ],
  dates: [
    { text: "Friday", type: "DATE", value: "2025-10-17" },
    { text: "two years", type: "DURATION", value: "P2Y" },
    { text: "2024", type: "DATE", value: "2024" },
    { text: "October 17", type: "DATE", value: "2025-10-17" },
    { text: "that night", type: "TIME", value: "2025-10-16TNI" },
  ],
};

test("speakers: most quoted first, then in order; pronouns are not aliases", () => {
  const s = summarize(result);
  assert.deepEqual(s.speakers.map((e) => [e.speaker.id, e.index, e.quotes.map((q) => q.id)]), [
    ["s2", 1, ["q2", "q3"]],
    ["s1", 0, ["q1"]],
    ["s3", 2, []],
  ]);
  assert.deepEqual(s.speakers.map((e) => e.aliases), [[], ["Ruiz"], []]);
  assert.deepEqual(s.unattributed.map((q) => q.id), ["q4"]);
  assert.equal(s.quotes, 4);
});

test("dates: grouped by value, calendar values in time order first", () => {
  const s = summarize(result);
  assert.deepEqual(s.dates.map((g) => [g.value, g.items.map((i) => i.id + " " + i.text)]), [
    ["2024", ["d3 2024"]],
    ["2025-10-16TNI", ["d5 that night"]],
    ["2025-10-17", ["d1 Friday", "d4 October 17"]],
    ["P2Y", ["d2 two years"]],
  ]);
});

test("shown texts replace the source's", () => {
  const shown = {
    of: (id) => ({ q1: "One (shown)", d2: "2 years" })[id] ?? null,
    mentions: (id) => (id === "s1" ? ["Ana  Ruiz", "Ms Ruiz"] : []),
  };
  const s = summarize(result, shown);
  const ana = s.speakers.find((e) => e.speaker.id === "s1");
  assert.equal(ana.quotes[0].text, "One (shown)");
  assert.deepEqual(ana.aliases, ["Ms Ruiz"]);
  assert.equal(s.dates.find((g) => g.value === "P2Y").items[0].text, "2 years");
  assert.equal(s.speakers[0].quotes[0].text, "“Two.”", "no shown text: the source's");
});

test("a quote whose speaker is not in the list counts as unattributed", () => {
  const s = summarize({ ...result, quotes: [{ id: "q1", text: "x", speaker: "s9", paragraph: 0 }] });
  assert.deepEqual(s.unattributed.map((q) => q.id), ["q1"]);
});
