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
