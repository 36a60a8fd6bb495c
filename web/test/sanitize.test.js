// Unit tests of the pure parts of js/sanitize.js under Node's test runner
// (make test-js); clean() itself is tested in Chromium (e2e/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { imageText, keepAttribute } from "../js/sanitize.js";

test("links: the web, mail and the page's own anchors only", () => {
  for (const [href, keep] of [
    ["https://example.com/a", true],
    ["HTTP://example.com", true],
    ["mailto:desk@example.com", true],
    ["#q1", true],
    ["  https://example.com", true],
    ["tel:+441234", false],
    ["/api/logout", false],
    ["logout", false],
    ["//evil.example/x", false],
    ["javascript:alert(1)", false],
    ["data:text/html,x", false],
    ["http:relative", false],
  ]) {
    assert.equal(keepAttribute("a", "href", href), keep, href);
  }
  assert.equal(keepAttribute("img", "href", "https://example.com"), false);
});

test("attributes", () => {
  assert.ok(keepAttribute("mark", "class", "q spk-1"));
  assert.ok(keepAttribute("mark", "data-speaker", "s1"));
  assert.ok(keepAttribute("ol", "start", "3"));
  assert.ok(keepAttribute("td", "colspan", "2"));
  for (const [tag, name] of [["p", "style"], ["p", "onclick"], ["img", "src"], ["ul", "start"], ["a", "target"], ["p", "colspan"]]) {
    assert.equal(keepAttribute(tag, name, "x"), false, tag + " " + name);
  }
});

test("images show as text", () => {
  assert.equal(imageText("A map"), "[image: A map]");
  assert.equal(imageText(""), "[image]");
  assert.equal(imageText(null), "[image]");
});
