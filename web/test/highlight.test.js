// Unit tests of the offset mapping of js/highlight.js under Node's test
// runner (make test-js): text offsets back to (text node, offset). The DOM
// work is tested in Chromium (e2e/embed_test.go).
import { test } from "node:test";
import assert from "node:assert/strict";
import { endPoint, startPoint } from "../js/highlight.js";

// Two text nodes as extract reads them: "Hi  there" (collapsed to "Hi
// there": a copied run, one space standing for two, a copied run), then a
// break "\n\n" and "Bye".
const segs = [
  { node: "a", start: 0, len: 8, runs: [{ at: 0, from: 0, to: 2, copied: true }, { at: 2, from: 2, to: 4, copied: false }, { at: 3, from: 4, to: 9, copied: true }] },
  { node: "b", start: 10, len: 3, runs: [{ at: 0, from: 0, to: 3, copied: true }] },
];

test("startPoint", () => {
  assert.deepEqual(startPoint(segs, 0), { k: 0, off: 0 });
  assert.deepEqual(startPoint(segs, 2), { k: 0, off: 2 }, "the collapsed space starts at its first character");
  assert.deepEqual(startPoint(segs, 3), { k: 0, off: 4 });
  assert.deepEqual(startPoint(segs, 8), { k: 1, off: 0 }, "an offset in a break moves to the next unit");
  assert.deepEqual(startPoint(segs, 12), { k: 1, off: 2 });
  assert.equal(startPoint(segs, 13), null);
});

test("endPoint", () => {
  assert.deepEqual(endPoint(segs, 2), { k: 0, off: 2 });
  assert.deepEqual(endPoint(segs, 3), { k: 0, off: 4 }, "the collapsed space ends after its last character");
  assert.deepEqual(endPoint(segs, 8), { k: 0, off: 9 });
  assert.deepEqual(endPoint(segs, 10), { k: 0, off: 9 }, "an offset in a break moves back");
  assert.deepEqual(endPoint(segs, 13), { k: 1, off: 3 });
  assert.equal(endPoint(segs, 0), null);
});
