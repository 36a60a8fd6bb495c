// annotator.js is the JavaScript API of the WebAssembly annotator
// (wasm/main.go): the ES module that exports ArticleAnnotator. Load Go's
// wasm_exec.js first (it defines globalThis.Go), in a page or a module
// worker:
//
//   import "./wasm_exec.js";
//   import { ArticleAnnotator } from "./annotator.js";
//   await ArticleAnnotator.load("annotator.wasm");        // URL, Response or WebAssembly.Module
//   const result = ArticleAnnotator.annotate(text, { dateline: "2025-10-17", format: "auto" });
//   const { html, result } = ArticleAnnotator.render(text, { dateline: "", titles: false });
//   ArticleAnnotator.version;                             // e.g. "dev (go1.26.8)"
//   ArticleAnnotator.detectFormat(text);                  // "markdown" or "plain"
//   ArticleAnnotator.readsMarkdown;                       // false for a build without Markdown
//   await ArticleAnnotator.replace("annotator.wasm");     // another module from now on
//
// annotator.wasm is the whole engine. annotator-plain.wasm (the page's
// first module) and annotator-embed.wasm (the embed's) read no Markdown:
// format "markdown" is refused there and "auto" reads every text as plain;
// the embed's has annotate only (no render, summarize or export).
//
// The module also sets globalThis.ArticleAnnotator (unless one is there
// already), so that the embed shares a copy the page loaded.
//
// annotate(text, options) returns the result in the JSON format of the CLI
// ({format, dateline, quotes, speakers, dates}), with one difference: every
// start and end is an offset in UTF-16 code units into text, which is what
// JavaScript strings index (text.slice(q.start, q.end) is the quote).
// render(text, options) returns {html, result}: the article as a safe HTML
// fragment with <mark> highlights (class q, sp or dt, data attributes for
// speaker, cue, paragraph, type and value, and a title for the browser's
// tooltip unless options.titles is false), and the same result as
// annotate, computed once.
//
// options is optional; dateline is "YYYY-MM-DD" (empty or absent: detect it
// in the text); format is "auto" (the default), "plain" or "markdown".
// result.summary is computed when it is first read (the module keeps the
// last call's result for it until then, or until the next call), so a
// caller who never reads it does not pay for it.
// A call with bad arguments throws a TypeError (wrong types) or a RangeError
// (a bad dateline or format, or a text longer than MAX_TEXT_LENGTH) whose
// message starts "ArticleAnnotator.<method>:". Internal failures are
// recovered and thrown as an Error; the module keeps working for the next
// call.

// MAX_TEXT_LENGTH is the longest text (in UTF-16 code units, what
// text.length counts) that annotate and render accept. The module's memory
// grows to about 45 times the text while rendering, and WebAssembly's runs
// out near 40 million characters; this limit keeps a wide margin (see the
// README, "What size"). wasm/main.go refuses the same.
export const MAX_TEXT_LENGTH = 10_000_000;

// OPTION_KEYS are the options of each method; render's titles: false
// leaves the highlights' title attributes out (a page that shows its own
// tooltips, and whose sanitizer drops title, has no use for them).
const OPTION_KEYS = { annotate: ["dateline", "format"], render: ["dateline", "format", "titles"] };

let bridge = null; // the raw functions the Go program exposes
let loading = null; // the promise of load, while it runs or once it succeeded

// unwrap turns the answer of a raw call into a value or a thrown Error: a
// string is the value in JSON (what annotate gives: one string crosses
// from Go, and JSON.parse builds the objects faster than Go can one call
// at a time), [html, resultJSON] is render's {html, result}, {ok} holds
// the value itself, {error, name} is an error.
export function unwrap(method, answer) {
  if (typeof answer === "string") {
    return JSON.parse(answer);
  }
  if (Array.isArray(answer) && answer.length === 2) {
    return { html: answer[0], result: JSON.parse(answer[1]) }; // render's: the HTML crosses unescaped
  }
  if (answer && Object.prototype.hasOwnProperty.call(answer, "ok")) {
    return answer.ok;
  }
  const kinds = { TypeError, RangeError };
  const Kind = (answer && kinds[answer.name]) || Error;
  throw new Kind((answer && answer.error) || "ArticleAnnotator." + method + ": no answer from the module");
}

// checkArgs checks what Go cannot check safely and returns the arguments to
// pass on: a text too long for the module's memory is refused, and options
// is copied into a plain object of its data values, so that a getter that
// throws, a Proxy or a BigInt never reaches the Go program (an exception
// thrown inside a Go call ends the program). Other checks stay in Go.
export function checkArgs(method, args) {
  const fail = (Kind, msg) => {
    throw new Kind("ArticleAnnotator." + method + ": " + msg);
  };
  const [text, options] = args;
  if (typeof text === "bigint") {
    fail(TypeError, "text must be a string, got bigint");
  }
  if (typeof text === "string" && text.length > MAX_TEXT_LENGTH) {
    fail(RangeError, "the text is " + text.length.toLocaleString("en") + " characters long; the limit is " +
      MAX_TEXT_LENGTH.toLocaleString("en") + " (split the article)");
  }
  if (args.length < 2 || options === null || typeof options !== "object" || Array.isArray(options)) {
    if (typeof options === "bigint") {
      fail(TypeError, "options must be an object like {dateline: \"2025-10-17\", format: \"auto\"}, got bigint");
    }
    return Array.from(args); // Go reports what is wrong, if anything
  }
  const copy = {};
  let keys;
  try {
    keys = Object.keys(options);
  } catch (err) {
    fail(TypeError, "options could not be read (" + describeError(err) + ")");
  }
  for (const key of keys) {
    if (!(OPTION_KEYS[method] || OPTION_KEYS.annotate).includes(key)) {
      copy[key] = undefined; // Go names the unknown option
      continue;
    }
    let value;
    try {
      value = options[key];
    } catch (err) {
      fail(TypeError, "reading options." + key + " threw " + describeError(err));
    }
    if (typeof value === "bigint") {
      fail(TypeError, "options." + key + " must be a string, got bigint");
    }
    copy[key] = value;
  }
  return [text, copy, ...Array.from(args).slice(2)];
}

// deskArgs prepares the arguments of summarize(text, result, corrections)
// and export(text, result, corrections, format, time): a result or
// corrections object becomes JSON text here, where an exception (a getter,
// a cycle, a BigInt) can be caught, so that Go only ever reads strings.
export function deskArgs(method, args) {
  const out = Array.from(args);
  if (typeof out[0] === "bigint") {
    throw new TypeError("ArticleAnnotator." + method + ": text must be a string, got bigint");
  }
  for (const [i, name] of [[1, "result"], [2, "corrections"]]) {
    if (out[i] !== null && typeof out[i] === "object") {
      try {
        out[i] = JSON.stringify(out[i]);
      } catch (err) {
        throw new TypeError("ArticleAnnotator." + method + ": " + name + " could not be written as JSON (" + describeError(err) + ")");
      }
    }
  }
  return out;
}

function describeError(err) {
  try {
    return err instanceof Error ? err.name + ": " + err.message : String(err);
  } catch {
    return "an exception";
  }
}

// invoke calls the raw method with the checked arguments, so that the Go
// side checks their number and types.
function invoke(method, args) {
  if (!bridge) {
    throw new Error("ArticleAnnotator." + method + ": the module is not loaded; await ArticleAnnotator.load() first");
  }
  if (typeof bridge[method] !== "function") {
    throw new Error("ArticleAnnotator." + method + ": this module is built without it (the embed's build, " +
      "annotator-embed.wasm, has annotate only); load annotator.wasm");
  }
  const checked = method === "summarize" || method === "export" ? deskArgs(method, args) : checkArgs(method, args);
  const own = bridge;
  // After an annotate or a render call, failed or not, the module holds
  // no earlier annotate call's result.
  const call = method === "annotate" || method === "render" ? ++calls : 0;
  const value = unwrap(method, callRaw(method, own, checked));
  if (method === "annotate") {
    return withLazySummary(fillTexts(value, checked[0]), own, call, checked);
  }
  if (method === "render") {
    fillTexts(value.result, checked[0]);
  }
  return value;
}

// fillTexts sets the text of every span of result (a quote, its cue, a
// mention, a date), which the module leaves null so that the article's
// quoted parts do not cross from Go a second time, to what its offsets
// select in text: text.slice(start, end), which is what the module's would
// be (for a lone surrogate, which reaches Go as U+FFFD, the surrogate
// itself). It returns result.
export function fillTexts(result, text) {
  for (const q of result.quotes) {
    q.text = text.slice(q.start, q.end);
    if (q.cue) {
      q.cue.text = text.slice(q.cue.start, q.cue.end);
    }
  }
  for (const s of result.speakers) {
    for (const m of s.mentions || []) {
      m.text = text.slice(m.start, m.end);
    }
  }
  for (const d of result.dates) {
    d.text = text.slice(d.start, d.end);
  }
  return result;
}

// callRaw calls the raw method of the module own with args.
function callRaw(method, own, args) {
  try {
    return own[method].apply(null, args);
  } catch (err) {
    // Only a Go program that exited (a fatal runtime error) gets here.
    if (bridge === own) {
      bridge = null;
      loading = null;
    }
    throw new Error("ArticleAnnotator." + method + ": the module stopped (" + err.message + "); load it again");
  }
}

// calls counts the annotate and render calls, so that a result of annotate
// knows whether the module still holds it for its summary.
let calls = 0;

// withLazySummary gives result (the answer of annotate call number call to
// the module own, with arguments args) its summary as a property computed
// when it is first read: the module keeps the last call's result for it,
// and a caller who never reads the summary (or sends the result on without
// it) does not pay for it, about a third of a call on a short article. Read
// after a later call, the summary is computed again from the text. The
// property is an own, enumerable one, after the others, as when the module
// gave it at once: JSON.stringify, structuredClone and postMessage read it
// and carry a plain value; once read, or set, it is a plain data property.
export function withLazySummary(result, own, call, args) {
  let value;
  let known = false;
  const settle = (v) => {
    value = v;
    known = true;
    try {
      Object.defineProperty(result, "summary", { value: v, writable: true, enumerable: true, configurable: true });
    } catch {
      // a frozen or sealed result keeps the accessor, which gives the value now known
    }
    return v;
  };
  Object.defineProperty(result, "summary", {
    enumerable: true,
    configurable: true,
    get() {
      return known ? value : settle(summaryOf(own, call, args));
    },
    set(v) {
      settle(v);
    },
  });
  return result;
}

// summaryOf is the summary of annotate call number call to the module own:
// the module's, if it still holds that call's result, or else that of the
// same text annotated again by the module loaded now.
function summaryOf(own, call, args) {
  let target = own;
  if (bridge !== own || calls !== call) {
    if (!bridge) {
      throw new Error("ArticleAnnotator.annotate: the module is not loaded; the summary cannot be computed");
    }
    target = bridge;
    calls++; // the module holds this call's result, which no result object has
    unwrap("annotate", callRaw("annotate", target, args));
  }
  return unwrap("summary", callRaw("summary", target, []));
}

// instantiate compiles (unless given a Module) and instantiates the
// WebAssembly with the imports of go.
async function instantiate(source, go) {
  if (source instanceof WebAssembly.Module) {
    return WebAssembly.instantiate(source, go.importObject);
  }
  const response = typeof source === "string" || source instanceof URL ? await fetch(source) : await source;
  if (!response.ok) {
    throw new Error("ArticleAnnotator.load: " + response.url + " answered " + response.status);
  }
  const type = response.headers.get("Content-Type") || "";
  if (WebAssembly.instantiateStreaming && type.startsWith("application/wasm")) {
    return (await WebAssembly.instantiateStreaming(response, go.importObject)).instance;
  }
  const bytes = await response.arrayBuffer();
  return (await WebAssembly.instantiate(bytes, go.importObject)).instance;
}

// start instantiates source, runs its Go program and returns the raw
// functions it exposes. When the program ends (a fatal error, or stop()),
// the API forgets it, if it is still the one calls go to.
async function start(source) {
  if (typeof globalThis.Go !== "function") {
    throw new Error("ArticleAnnotator.load: load wasm_exec.js before annotator.js");
  }
  const go = new globalThis.Go();
  const instance = await instantiate(source, go);
  let own = null;
  const stopped = () => {
    if (own && bridge === own) {
      bridge = null;
      loading = null;
    }
  };
  // run executes main until it waits for calls, which sets the bridge
  // synchronously; its promise settles only if the program exits.
  go.run(instance).then(stopped, stopped);
  own = globalThis._articleAnnotatorGo;
  delete globalThis._articleAnnotatorGo;
  if (!own) {
    throw new Error("ArticleAnnotator.load: the module did not start");
  }
  return own;
}

const api = {
  // load fetches (or takes) the module and starts it; it resolves to
  // ArticleAnnotator. Calling it again returns the same promise. A relative
  // URL is read against the document (or the worker's script).
  load(source = "annotator.wasm") {
    if (loading) {
      return loading;
    }
    loading = (async () => {
      bridge = await start(source);
      return api;
    })();
    loading.catch(() => {
      loading = null;
    });
    return loading;
  },

  // replace loads source (like load) and, once it runs, sends every later
  // call to it; the module loaded before is stopped, and its memory freed.
  // The page's worker starts with a module that reads no Markdown and
  // replaces it with one that does when a text needs it
  // (js/markdown-module.js). If source fails to load, the module before
  // keeps serving, and the promise rejects.
  replace(source) {
    const before = loading;
    loading = (async () => {
      if (before) {
        await before.catch(() => {});
      }
      const next = await start(source);
      const old = bridge;
      bridge = next;
      if (old && typeof old.stop === "function") {
        old.stop();
      }
      return api;
    })();
    const current = loading;
    current.catch(() => {
      if (loading === current) {
        loading = bridge ? Promise.resolve(api) : null;
      }
    });
    return current;
  },

  // loaded reports whether the module is ready for calls.
  get loaded() {
    return bridge !== null;
  },

  // version identifies the module's build ("" until loaded).
  get version() {
    return bridge ? String(bridge.version) : "";
  },

  // readsMarkdown reports whether the module reads Markdown: false for a
  // build without it (annotator-plain.wasm, annotator-embed.wasm), which
  // refuses format "markdown" and reads "auto" as plain text.
  get readsMarkdown() {
    return bridge ? bridge.readsMarkdown !== false : false;
  },

  // detectFormat(text) is "markdown" when text reads as Markdown, else
  // "plain": what format "auto" decides in a module that reads Markdown,
  // answered by every module.
  detectFormat(text) {
    return invoke("detectFormat", arguments);
  },

  // maxTextLength is MAX_TEXT_LENGTH.
  maxTextLength: MAX_TEXT_LENGTH,

  annotate(text, options) {
    return invoke("annotate", arguments);
  },

  render(text, options) {
    return invoke("render", arguments);
  },

  // summarize(text, result, corrections) returns the summary of the
  // article after the editor's corrections (an object or its JSON; offsets
  // in UTF-16 units), as annotate's result.summary has it with none.
  summarize(text, result, corrections) {
    return invoke("summarize", arguments);
  },

  // export(text, result, corrections, format, time) returns an export as a
  // string: format "json", "csv-quotes", "csv-sources", "html-report",
  // "html-fragment" or "text"; time (ISO 8601) is recorded in the JSON.
  export(text, result, corrections, format, time) {
    return invoke("export", arguments);
  },
};

// ArticleAnnotator is the API above, frozen.
export const ArticleAnnotator = Object.freeze(api);

if (!globalThis.ArticleAnnotator) {
  Object.defineProperty(globalThis, "ArticleAnnotator", {
    value: ArticleAnnotator,
    writable: false,
    configurable: false,
    enumerable: true,
  });
}
