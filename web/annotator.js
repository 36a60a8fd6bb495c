// annotator.js defines ArticleAnnotator, the JavaScript API of the
// WebAssembly annotator (wasm/main.go). Load it after wasm_exec.js, in a
// page or a worker:
//
//   importScripts("wasm_exec.js", "annotator.js");        // in a worker
//   await ArticleAnnotator.load("annotator.wasm");        // URL, Response or WebAssembly.Module
//   const result = ArticleAnnotator.annotate(text, { dateline: "2025-10-17", format: "auto" });
//   const { html, result } = ArticleAnnotator.render(text, { dateline: "" });
//   ArticleAnnotator.version;                             // e.g. "dev (go1.26.8)"
//
// annotate(text, options) returns the result in the JSON format of the CLI
// ({format, dateline, quotes, speakers, dates}), with one difference: every
// start and end is an offset in UTF-16 code units into text, which is what
// JavaScript strings index (text.slice(q.start, q.end) is the quote).
// render(text, options) returns {html, result}: the article as a safe HTML
// fragment with <mark> highlights (class q, sp or dt, data attributes for
// speaker, cue, paragraph, type and value), and the same result as annotate,
// computed once.
//
// options is optional; dateline is "YYYY-MM-DD" (empty or absent: detect it
// in the text); format is "auto" (the default), "plain" or "markdown".
// A call with bad arguments throws a TypeError (wrong types) or a RangeError
// (a bad dateline or format) whose message starts "ArticleAnnotator.<method>:".
// Internal failures are recovered and thrown as an Error; the module keeps
// working for the next call.
(function (global) {
  "use strict";

  let bridge = null; // the raw functions the Go program exposes
  let loading = null; // the promise of load, while it runs or once it succeeded

  // unwrap turns the {ok} / {error, name} answer of a raw call into a value
  // or a thrown Error.
  function unwrap(method, answer) {
    if (answer && Object.prototype.hasOwnProperty.call(answer, "ok")) {
      return answer.ok;
    }
    const kinds = { TypeError, RangeError };
    const Kind = (answer && kinds[answer.name]) || Error;
    throw new Kind(
      (answer && answer.error) || "ArticleAnnotator." + method + ": no answer from the module",
    );
  }

  // invoke calls the raw method with the caller's arguments as they are, so
  // that the Go side checks their number and types.
  function invoke(method, args) {
    if (!bridge) {
      throw new Error(
        "ArticleAnnotator." + method + ": the module is not loaded; await ArticleAnnotator.load() first",
      );
    }
    let answer;
    try {
      answer = bridge[method].apply(null, args);
    } catch (err) {
      // Only a Go program that exited (a fatal runtime error) gets here.
      bridge = null;
      loading = null;
      throw new Error("ArticleAnnotator." + method + ": the module stopped (" + err.message + "); load it again");
    }
    return unwrap(method, answer);
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

  const api = {
    // load fetches (or takes) the module and starts it; it resolves to
    // ArticleAnnotator. Calling it again returns the same promise.
    load(source = "annotator.wasm") {
      if (loading) {
        return loading;
      }
      loading = (async () => {
        if (typeof global.Go !== "function") {
          throw new Error("ArticleAnnotator.load: load wasm_exec.js before annotator.js");
        }
        const go = new global.Go();
        const instance = await instantiate(source, go);
        // run executes main until it waits for calls, which sets the bridge
        // synchronously; its promise settles only if the program exits.
        const stopped = () => {
          bridge = null;
          loading = null;
        };
        go.run(instance).then(stopped, stopped);
        bridge = global._articleAnnotatorGo;
        delete global._articleAnnotatorGo;
        if (!bridge) {
          throw new Error("ArticleAnnotator.load: the module did not start");
        }
        return api;
      })();
      loading.catch(() => {
        loading = null;
      });
      return loading;
    },

    // loaded reports whether the module is ready for calls.
    get loaded() {
      return bridge !== null;
    },

    // version identifies the module's build ("" until loaded).
    get version() {
      return bridge ? String(bridge.version) : "";
    },

    annotate(text, options) {
      return invoke("annotate", arguments);
    },

    render(text, options) {
      return invoke("render", arguments);
    },
  };

  Object.defineProperty(global, "ArticleAnnotator", {
    value: Object.freeze(api),
    writable: false,
    configurable: false,
    enumerable: true,
  });
})(globalThis);
