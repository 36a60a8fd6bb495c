import { test } from "node:test";
import assert from "node:assert/strict";
import { groupDates, MAX_GROUPS, MAX_ITEMS } from "../js/date-groups.js";

test("groupDates groups by value and modifier, in order, and counts what it leaves out", () => {
  const d = (index, text, value, mod) => ({ index, text, type: "DATE", value, mod, readable: "r" + value });
  const got = groupDates([d(0, "Monday", "2025-10-13"), d(3, "Oct 13", "2025-10-13"), d(1, "early May", "2025-05", "START"), d(2, "May", "2025-05")]);
  assert.deepEqual(got, {
    more: 0,
    groups: [
      { type: "DATE", value: "2025-10-13", mod: "", readable: "r2025-10-13", items: [{ index: 0, text: "Monday" }, { index: 3, text: "Oct 13" }], more: 0 },
      { type: "DATE", value: "2025-05", mod: "START", readable: "r2025-05", items: [{ index: 1, text: "early May" }], more: 0 },
      { type: "DATE", value: "2025-05", mod: "", readable: "r2025-05", items: [{ index: 2, text: "May" }], more: 0 },
    ],
  });
  const many = Array.from({ length: MAX_ITEMS + 5 }, (_, i) => d(i, "Friday", "2025-10-17"));
  const g = groupDates(many);
  assert.equal(g.groups[0].items.length, MAX_ITEMS);
  assert.equal(g.groups[0].more, 5);
  const values = Array.from({ length: MAX_GROUPS + 7 }, (_, i) => d(i, "x", String(1000 + i)));
  assert.equal(groupDates(values).groups.length, MAX_GROUPS);
  assert.equal(groupDates(values).more, 7);
});
