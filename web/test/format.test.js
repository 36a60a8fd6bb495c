// Unit tests of js/format.js under Node's test runner (make test-js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatSize, plural, shorten, validDay } from "../js/format.js";

test("formatSize never says 1000 thousand", () => {
  for (const [n, want] of [
    [1, "1 character"],
    [9999, "9,999 characters"],
    [10000, "10 thousand characters"],
    [999499, "999 thousand characters"],
    [999500, "1.0 million characters"],
    [999999, "1.0 million characters"],
    [1000000, "1.0 million characters"],
    [2450000, "2.5 million characters"],
  ]) {
    assert.equal(formatSize(n), want, String(n));
  }
});

test("plural", () => {
  assert.equal(plural(0, "quote", "quotes"), "0 quotes");
  assert.equal(plural(1, "quote", "quotes"), "1 quote");
  assert.equal(plural(1200, "quote", "quotes"), "1,200 quotes");
});

test("shorten collapses space and cuts with an ellipsis", () => {
  assert.equal(shorten("  a \n b  ", 10), "a b");
  assert.equal(shorten("abcdefghij", 5), "abcd…");
  assert.equal(shorten("abc", 3), "abc");
});

test("validDay rejects days that do not exist", () => {
  assert.ok(validDay(2024, 2, 29));
  assert.ok(!validDay(2025, 2, 29));
  assert.ok(!validDay(2025, 2, 30));
  assert.ok(!validDay(2025, 13, 1));
  assert.ok(!validDay(2025, 4, 31));
  assert.ok(!validDay(2025, 1, 0));
  assert.ok(validDay(50, 3, 1), "years below 100 are years, not 19xx");
});

test("fileName: from the headline or the first words", async () => {
  const { fileName } = await import("../js/format.js");
  const cases = [
    ["Harbour wall approved after long delay\n\nPORT ELLEN —", "", "json", "harbour-wall-approved-after-long-delay.json"],
    ["# Café owners *win* appeal\n\ntext", "quotes", "csv", "cafe-owners-win-appeal-quotes.csv"],
    ["\n\n  “We will not rush this,” said the mayor of a town with a very long name indeed.", "sources", "csv", "we-will-not-rush-this-said-the-mayor-sources.csv"],
    ["“”…", "", "json", "article.json"],
    ["", "report", "html", "article-report.html"],
  ];
  for (const [text, suffix, ext, want] of cases) {
    assert.equal(fileName(text, suffix, ext), want, JSON.stringify(text));
  }
});
