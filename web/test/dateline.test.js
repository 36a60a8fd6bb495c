// Unit tests of the pure part of js/dateline.js under Node's test runner
// (make test-js); datelineFor is tested in Chromium (e2e/embed_test.go).
import { test } from "node:test";
import assert from "node:assert/strict";
import { dayOf } from "../js/dateline.js";

test("dayOf keeps the day as written and refuses impossible ones", () => {
  for (const [value, want] of [
    ["2025-10-17", "2025-10-17"],
    ["2025-10-17T23:30:00-04:00", "2025-10-17"],
    [" 2025-10-17 08:00 ", "2025-10-17"],
    ["2024-02-29", "2024-02-29"],
    ["2025-13-45T10:00:00Z", ""],
    ["2025-02-30", ""],
    ["2025-00-10", ""],
    ["2025-10-17x", ""],
    ["17 October 2025", ""],
    ["", ""],
    [null, ""],
  ]) {
    assert.equal(dayOf(value), want, String(value));
  }
});
