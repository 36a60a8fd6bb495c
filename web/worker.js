// worker.js runs the annotator off the page's main thread, so typing and
// scrolling never wait for it. The page (app.js) talks to it by messages:
//
//   page -> worker  {type: "init", module?: WebAssembly.Module}
//                   {type: "render", id, text, dateline, format}
//   worker -> page  {type: "ready", version, ms}
//                   {type: "result", id, html, result, ms}
//                   {type: "error", id, name, message}
//                   {type: "fatal", message}         (the module could not load)
//
// A call cannot be interrupted from inside; the page cancels a long one by
// terminating this worker and starting another, to which it hands the
// already compiled module.
"use strict";

importScripts("wasm_exec.js", "annotator.js");

let ready = null;

self.onmessage = async (event) => {
  const msg = event.data || {};
  if (msg.type === "init") {
    const t0 = performance.now();
    ready = ArticleAnnotator.load(msg.module || "annotator.wasm");
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
    await (ready || (ready = ArticleAnnotator.load("annotator.wasm")));
    const t0 = performance.now();
    const out = ArticleAnnotator.render(msg.text, { dateline: msg.dateline || "", format: msg.format || "auto" });
    self.postMessage({ type: "result", id: msg.id, html: out.html, result: out.result, ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({
      type: "error",
      id: msg.id,
      name: (err && err.name) || "Error",
      message: String((err && err.message) || err),
    });
  }
};
