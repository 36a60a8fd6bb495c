// worker.js runs the annotator off the page's main thread, so typing and
// scrolling never wait for it. It is a module worker (new Worker(url,
// {type: "module"})); the page's side of its protocol is js/worker-client.js:
//
//   page -> worker  {type: "init", module?: WebAssembly.Module, url?: string,
//                    markdown?: WebAssembly.Module | string}
//                      (markdown: the module that reads Markdown, or its URL,
//                      loaded when a text needs it, js/markdown-module.js;
//                      without it the worker keeps the module it was given)
//                   {type: "render", id, text, dateline, format, keep}
//                      (keep: the reader keeps the article in this browser;
//                      the worker writes it to IndexedDB, js/store.js)
//                   {type: "annotate", id, text, dateline, format}  (the embed's: no HTML)
//                   {type: "warm"}   (annotate a short text once, unanswered)
//                   {type: "summarize", id, of, corrections, article?}
//                   {type: "export", id, of, corrections, format, time, article?}
//                      (of: the ID of the render they are about, the last;
//                      article: {text, dateline, format} of that render, sent
//                      when the worker may hold another: one started after a
//                      cancel holds none; it is annotated again)
//   worker -> page  {type: "ready", version, ms}
//                   {type: "markdown-module", module}  (compiled from its URL, once)
//                   {type: "result", id, html, result, ms, hash, kept}
//                      (html: the article's HTML in pieces, packed by
//                      js/chunks.js into one transferred buffer;
//                      hash: SHA-256 of the text, the key of its corrections;
//                      kept: false when the browser refused to keep it; result: {format,
//                      dateline, counts: {quotes, speakers, dates}, summary,
//                      dates: {timeline, periods, readable}}: the summary without its
//                      dates, which come grouped (the Go summary's date_groups), with
//                      their readable forms by type, value and modifier, and its
//                      quotes packed in transferred columns (js/quote-table.js); the
//                      full result stays here, for summarize and export)
//                   {type: "annotated", id, result, ms}  (the whole result, summary included)
//                   {type: "summary", id, summary}   (without its dates, its quotes packed)
//                   {type: "exported", id, format, content}
//                   {type: "error", id, name, message}
//                   {type: "fatal", message}         (the module could not load)
//
// A call cannot be interrupted from inside; the page cancels a long one by
// terminating this worker and starting another, to which it hands the
// already compiled module.
//
// The embed only annotates: what only the page's messages need (render,
// summarize, export, the Markdown module) is imported on first use
// (pageParts), so that the embed's readers do not download it.
import "./wasm_exec.js";
import { ArticleAnnotator } from "./annotator.js";

const WASM = new URL("annotator.wasm", import.meta.url).href;

let ready = null;
let source = WASM; // the compiled module, or its URL
let last = null; // {id, text, result} of the last render, for summarize and export
let markdown = null; // a promise of the MarkdownModule, when the page named one
let parts = null; // the promise of pageParts

// pageParts imports, once, the modules that only the page's messages use:
// the HTML's packing (js/chunks.js), the dates' readable forms
// (js/date-groups.js), the summary's columns (js/quote-table.js) and the
// text's hash and keeping (js/store.js).
function pageParts() {
  parts ||= Promise.all([
    import("./js/chunks.js"), import("./js/date-groups.js"), import("./js/quote-table.js"), import("./js/store.js"),
  ]).then((mods) => Object.assign({}, ...mods));
  return parts;
}

// CHUNK is the size of HTML (in characters) from which the article is cut
// into pieces that the page parses one at a time: one piece takes the
// page about 10 ms to parse and clean (30 ms on a loaded machine), well
// inside a task of 100 ms.
const CHUNK = 64 * 1024;

// WARM_TEXT is annotated once when the page asks, while the reader has not
// pasted anything yet: the engine's first call costs several times a later
// one (the WebAssembly's first runs, tables built on first use).
const WARM_TEXT = "“We will open the bridge on Friday,” the mayor said on 3 March 2025. " +
  "**She** added: “It took two years.”";

function warm() {
  try {
    if (ArticleAnnotator.loaded) {
      ArticleAnnotator.render(WARM_TEXT, { format: "auto", titles: false });
    }
  } catch {
    // a failure shows on the first real call
  }
}

self.onmessage = async (event) => {
  const msg = event.data || {};
  if (msg.type === "init") {
    const t0 = performance.now();
    source = msg.module || msg.url || WASM;
    markdown = msg.markdown
      ? import("./js/markdown-module.js").then(({ MarkdownModule }) =>
        new MarkdownModule(ArticleAnnotator, msg.markdown, (module) => self.postMessage({ type: "markdown-module", module })))
      : null;
    ready = ArticleAnnotator.load(source);
    try {
      await ready;
      self.postMessage({ type: "ready", version: ArticleAnnotator.version, ms: performance.now() - t0 });
    } catch (err) {
      self.postMessage({ type: "fatal", message: String((err && err.message) || err) });
    }
    return;
  }
  if (msg.type === "warm") {
    warm();
    return;
  }
  if (msg.type === "summarize" || msg.type === "export") {
    await answer(msg);
    return;
  }
  if (msg.type !== "render" && msg.type !== "annotate") {
    return;
  }
  try {
    if (!ready || !ArticleAnnotator.loaded) {
      ready = ArticleAnnotator.load(source); // first use, or the module stopped
    }
    await ready;
    if (markdown) {
      await (await markdown).ready(msg.text, msg.format);
    }
    const t0 = performance.now();
    if (msg.type === "annotate") {
      const result = ArticleAnnotator.annotate(msg.text, { dateline: msg.dateline || "", format: msg.format || "auto" });
      self.postMessage({ type: "annotated", id: msg.id, result, ms: performance.now() - t0 });
      return;
    }
    // titles: false: the page's tooltips read the data attributes, and
    // its sanitizer (js/sanitize.js) would drop every title.
    const out = ArticleAnnotator.render(msg.text, { dateline: msg.dateline || "", format: msg.format || "auto", titles: false });
    const ms = performance.now() - t0;
    const { summary, ...result } = out.result;
    last = { id: msg.id, text: msg.text, result }; // the summary is not sent back to summarize
    const { packChunks, packSummary, putArticle, readableByKey, splitBlocks, textHash } = await pageParts();
    // The page gets what it shows, packed: a long article's full result,
    // or its summary's quotes as objects, would cost its main thread a
    // long task to receive.
    const packed = packSummary(withoutDates(summary));
    const slim = {
      format: result.format, dateline: result.dateline, summary: packed.summary,
      counts: { quotes: result.quotes.length, speakers: result.speakers.length, dates: result.dates.length },
      dates: {
        timeline: summary.date_groups.timeline, periods: summary.date_groups.periods,
        readable: readableByKey([...summary.timeline, ...summary.durations, ...summary.sets]),
      },
    };
    // The hash and the keeping run off this thread (crypto.subtle,
    // IndexedDB) while the HTML is cut and packed.
    const pending = Promise.all([
      textHash(msg.text),
      msg.keep ? putArticle({ text: msg.text, dateline: msg.dateline || "", format: msg.format || "auto" }) : true,
    ]);
    const html = packChunks(splitBlocks(out.html, CHUNK));
    const [hash, kept] = await pending;
    self.postMessage({ type: "result", id: msg.id, html, result: slim, ms, hash, kept }, [html.bytes.buffer, ...packed.transfer]);
  } catch (err) {
    self.postMessage({
      type: "error",
      id: msg.id,
      name: (err && err.name) || "Error",
      message: String((err && err.message) || err),
    });
  }
};

// answer serves summarize and export (the bridge's, computed in Go) for
// the render of ID msg.of, the last one, so that the article and its
// result never cross to the worker again. A worker started after a cancel
// has no render: the page then sends the article along (msg.article:
// {text, dateline, format}), annotated here once and kept as the last.
async function answer(msg) {
  try {
    if (!ready || !ArticleAnnotator.loaded) {
      ready = ArticleAnnotator.load(source);
    }
    await ready; // and the messages before this one are served
    if (msg.article && (!last || last.id !== msg.of)) {
      const a = msg.article;
      if (markdown) {
        await (await markdown).ready(a.text, a.format || "auto"); // a Markdown article needs the whole engine
      }
      const result = ArticleAnnotator.annotate(a.text, { dateline: a.dateline || "", format: a.format || "auto" });
      delete result.summary; // not read: computed only when read (annotator.js)
      last = { id: msg.of, text: a.text, result };
    }
    if (!last || last.id !== msg.of) {
      throw new Error(last ? "the annotator holds another article: edit the text to annotate it again" : "nothing annotated yet");
    }
    if (msg.type === "summarize") {
      const { packSummary } = await pageParts();
      const packed = packSummary(withoutDates(ArticleAnnotator.summarize(last.text, last.result, msg.corrections)));
      self.postMessage({ type: "summary", id: msg.id, summary: packed.summary }, packed.transfer);
      return;
    }
    const content = ArticleAnnotator.export(last.text, last.result, msg.corrections, msg.format, msg.time);
    self.postMessage({ type: "exported", id: msg.id, format: msg.format, content });
  } catch (err) {
    self.postMessage({ type: "error", id: msg.id, name: (err && err.name) || "Error", message: String((err && err.message) || err) });
  }
}

// withoutDates is the summary without its dates (the page gets them
// grouped, once).
function withoutDates(summary) {
  const { timeline, durations, sets, date_groups: groups, ...rest } = summary;
  return rest;
}
