// worker.js runs the annotator off the page's main thread, so typing and
// scrolling never wait for it. The page (app.js) talks to it by messages:
//
//   page -> worker  {type: "init", module?: WebAssembly.Module}
//                   {type: "render", id, text, dateline, format}
//   worker -> page  {type: "ready", version, ms}
//                   {type: "result", id, chunks, result, ms}
//                   {type: "error", id, name, message}
//                   {type: "fatal", message}         (the module could not load)
//
// A call cannot be interrupted from inside; the page cancels a long one by
// terminating this worker and starting another, to which it hands the
// already compiled module.
"use strict";

importScripts("wasm_exec.js", "annotator.js");

let ready = null;
let source = "annotator.wasm"; // the compiled module, or its URL

// CHUNK is the size of HTML (in characters) from which the article is cut
// into pieces that the page parses one at a time.
const CHUNK = 128 * 1024;

// VOID lists the elements that have no end tag.
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

// splitBlocks cuts the renderer's HTML between top-level elements into
// pieces of about size characters, so that the page can parse and insert a
// long article without freezing. The renderer escapes every "<" and ">" in
// text and attribute values, so each "<" starts a tag; a piece is cut only
// where all tags are closed. If that never happens the HTML stays whole.
function splitBlocks(html, size) {
  if (html.length <= size) {
    return [html];
  }
  const chunks = [];
  let depth = 0;
  let start = 0;
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i + 1)) {
    const end = html.indexOf(">", i);
    if (end < 0) {
      break;
    }
    if (html[i + 1] === "/") {
      depth = Math.max(0, depth - 1);
    } else if (html[end - 1] !== "/") {
      const name = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(i, i + 16));
      if (name && !VOID.has(name[1].toLowerCase())) {
        depth++;
      }
    }
    i = end;
    if (depth === 0 && end + 1 - start >= size) {
      chunks.push(html.slice(start, end + 1));
      start = end + 1;
    }
  }
  if (start < html.length) {
    chunks.push(html.slice(start));
  }
  return chunks;
}

self.onmessage = async (event) => {
  const msg = event.data || {};
  if (msg.type === "init") {
    const t0 = performance.now();
    source = msg.module || "annotator.wasm";
    ready = ArticleAnnotator.load(source);
    try {
      await ready;
      self.postMessage({ type: "ready", version: ArticleAnnotator.version, ms: performance.now() - t0 });
    } catch (err) {
      self.postMessage({ type: "fatal", message: String((err && err.message) || err) });
    }
    return;
  }
  if (msg.type !== "render") {
    return;
  }
  try {
    if (!ready || !ArticleAnnotator.loaded) {
      ready = ArticleAnnotator.load(source); // first use, or the module stopped
    }
    await ready;
    const t0 = performance.now();
    const out = ArticleAnnotator.render(msg.text, { dateline: msg.dateline || "", format: msg.format || "auto" });
    const ms = performance.now() - t0;
    self.postMessage({ type: "result", id: msg.id, chunks: splitBlocks(out.html, CHUNK), result: out.result, ms });
  } catch (err) {
    self.postMessage({
      type: "error",
      id: msg.id,
      name: (err && err.name) || "Error",
      message: String((err && err.message) || err),
    });
  }
};
