import { test } from "node:test";
import assert from "node:assert/strict";
import { dateKey, readableByKey } from "../js/date-groups.js";
import { dateLine, tipLines } from "../js/tooltip.js";

test("readableByKey keeps the readable forms that say more than the value", () => {
  const got = readableByKey([
    { index: 0, type: "DATE", value: "2025-10-16", mod: "", readable: "Thu 16 Oct 2025" },
    { index: 1, type: "DURATION", value: "P4Y", mod: "APPROX", readable: "about 4 years" },
    { index: 2, type: "DATE", value: "1990", mod: "", readable: "1990" },
  ]);
  assert.deepEqual(got, { [dateKey("DATE", "2025-10-16")]: "Thu 16 Oct 2025", [dateKey("DURATION", "P4Y", "APPROX")]: "about 4 years" });
});

test("dateLine: the readable form, then the TIMEX value", () => {
  const readable = { [dateKey("SET", "XXXX-WXX-3")]: "every Wednesday", [dateKey("DURATION", "P4Y", "APPROX")]: "about 4 years" };
  assert.equal(dateLine({ type: "SET", value: "XXXX-WXX-3" }, readable), "Recurring: every Wednesday · TIMEX XXXX-WXX-3");
  assert.equal(dateLine({ type: "DURATION", value: "P4Y", mod: "APPROX" }, readable), "Duration: about 4 years · TIMEX P4Y (APPROX)");
  assert.equal(dateLine({ type: "DURATION", value: "P4Y" }, readable), "Duration: P4Y", "another modifier, another reading");
  assert.equal(dateLine({ type: "DATE", value: "1990" }, null), "Date: 1990", "no summary: the value alone");
});

// fakeMark is the part of an element tipLines reads.
function fakeMark(classes, dataset, parentElement) {
  return { localName: "mark", classList: { contains: (c) => classes.includes(c) }, dataset, parentElement };
}

test("tipLines: a date inside a quote gives both lines, innermost first", () => {
  const article = { localName: "article" };
  const quote = fakeMark(["q"], { speakerName: "Ana Ruiz", cue: "said", paragraph: "1" }, article);
  const date = fakeMark(["dt"], { date: "d1", type: "DATE", value: "2025-10-16" }, quote);
  const lines = tipLines(date, article, { [dateKey("DATE", "2025-10-16")]: "Thu 16 Oct 2025" });
  assert.deepEqual(lines, [
    ["date", "Date: Thu 16 Oct 2025 · TIMEX 2025-10-16"],
    ["quote", "Quote by Ana Ruiz · cue “said” · paragraph 2"],
  ]);
});
