// Unit tests of js/chunks.js under Node's test runner (make test-js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { packChunks, splitBlocks, unpackChunks } from "../js/chunks.js";

test("short HTML stays whole", () => {
  assert.deepEqual(splitBlocks("<p>a</p><p>b</p>", 100), ["<p>a</p><p>b</p>"]);
});

test("cuts only between top-level elements, and loses nothing", () => {
  const html = "<p>one <mark>two</mark></p><hr><p>three<br>four</p><blockquote><p>five</p></blockquote><p>six</p>";
  const chunks = splitBlocks(html, 10);
  assert.equal(chunks.join(""), html);
  assert.deepEqual(chunks, ["<p>one <mark>two</mark></p>", "<hr><p>three<br>four</p>", "<blockquote><p>five</p></blockquote>", "<p>six</p>"]);
});

test("unbalanced HTML is never cut inside an element", () => {
  const html = "<div><p>a</p><p>b</p>";
  assert.deepEqual(splitBlocks(html, 3), [html]);
});

test("packChunks and unpackChunks give back every chunk", () => {
  const chunks = ["<p>“Yes,” she said.</p>", "", "<p>naïve – 日本 😀</p>", "<p>end</p>"];
  const packed = packChunks(chunks);
  assert.ok(packed.bytes instanceof Uint8Array);
  const got = unpackChunks(packed);
  assert.equal(got.length, chunks.length);
  assert.deepEqual(Array.from({ length: got.length }, (_, i) => got.at(i)), chunks);
});

test("void elements, whatever their case, open nothing; longer names and digits do", () => {
  const cases = [
    ["<p>a<BR>b</p><p>c</p>", ["<p>a<BR>b</p>", "<p>c</p>"]],
    ["<img src=x><p>c</p>", ["<img src=x>", "<p>c</p>"]],
    ["<p>a<source>b</p><p>c</p>", ["<p>a<source>b</p>", "<p>c</p>"]],
    ["<h1>a</h1><my-el>b</my-el><p>c</p>", ["<h1>a</h1>", "<my-el>b</my-el>", "<p>c</p>"]],
    ["<sources>a</sources><p>c</p>", ["<sources>a</sources>", "<p>c</p>"]],
    ["<p>1 &lt; 2</p><p>c</p>", ["<p>1 &lt; 2</p>", "<p>c</p>"]],
  ];
  for (const [html, want] of cases) {
    assert.deepEqual(splitBlocks(html, 1), want, html);
  }
});
