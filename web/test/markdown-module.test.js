// Unit tests of js/markdown-module.js under Node's test runner (make
// test-js), with a fake ArticleAnnotator: which texts make the page's
// worker load the Markdown module, and that it is fetched and compiled once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MarkdownModule } from "../js/markdown-module.js";

// EMPTY is the smallest WebAssembly module: its magic and version.
const EMPTY = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

// fakeAPI stands for ArticleAnnotator: it reads no Markdown until replace
// is called, and says Markdown for texts that start with "#".
function fakeAPI() {
  return {
    readsMarkdown: false,
    replaced: [],
    detectFormat(text) {
      return text.startsWith("#") ? "markdown" : "plain";
    },
    async replace(source) {
      this.replaced.push(source);
      this.readsMarkdown = true;
    },
  };
}

test("only a Markdown text, or the Markdown format, needs the module", () => {
  const md = new MarkdownModule(fakeAPI(), new WebAssembly.Module(EMPTY));
  assert.equal(md.needed("plain news", "auto"), false);
  assert.equal(md.needed("plain news", ""), false, "no format is auto");
  assert.equal(md.needed("# Title", "auto"), true);
  assert.equal(md.needed("# Title", "plain"), false, "the reader chose plain");
  assert.equal(md.needed("plain news", "markdown"), true, "the reader chose Markdown");
});

test("a module that reads Markdown needs nothing", async () => {
  const api = fakeAPI();
  api.readsMarkdown = true;
  const md = new MarkdownModule(api, "never-fetched.wasm");
  await md.ready("# Title", "markdown");
  assert.deepEqual(api.replaced, []);
});

test("a compiled module is used as it is, once", async () => {
  const api = fakeAPI();
  const module = new WebAssembly.Module(EMPTY);
  let told = 0;
  const md = new MarkdownModule(api, module, () => told++);
  await Promise.all([md.ready("# One", "auto"), md.ready("# Two", "auto")]);
  await md.ready("# Three", "auto");
  assert.deepEqual(api.replaced, [module], "replaced once, with the module given");
  assert.equal(told, 0, "nothing compiled, so nothing to tell the page");
});

test("a URL is fetched and compiled once, and the page told the module", async (t) => {
  const fetched = [];
  t.mock.method(globalThis, "fetch", async (url) => {
    fetched.push(url);
    return new Response(EMPTY, { headers: { "Content-Type": "application/wasm" } });
  });
  const api = fakeAPI();
  const told = [];
  const md = new MarkdownModule(api, "http://localhost/annotator.wasm", (m) => told.push(m));
  await md.ready("plain news", "auto");
  assert.deepEqual(fetched, [], "a plain text fetches nothing");
  await md.ready("# Title", "auto");
  api.readsMarkdown = false; // the module stopped, and the worker loaded the first one again
  await md.ready("# Title", "auto");
  assert.deepEqual(fetched, ["http://localhost/annotator.wasm"]);
  assert.equal(told.length, 1);
  assert.ok(told[0] instanceof WebAssembly.Module);
  assert.deepEqual(api.replaced, [told[0], told[0]]);
});

test("a failed fetch is an error, and the next Markdown text tries again", async (t) => {
  let status = 404;
  t.mock.method(globalThis, "fetch", async () => new Response(status === 200 ? EMPTY : "missing",
    { status, headers: { "Content-Type": "application/wasm" } }));
  const api = fakeAPI();
  const md = new MarkdownModule(api, "http://localhost/annotator.wasm");
  await assert.rejects(md.ready("# Title", "auto"), /answered 404/);
  assert.equal(api.readsMarkdown, false);
  status = 200;
  await md.ready("# Title", "auto");
  assert.equal(api.readsMarkdown, true);
});
