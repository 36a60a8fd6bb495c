// worker-client.js is the page's side of the worker protocol (see
// worker.js): it compiles the module once per page (annotator-plain.wasm,
// the engine without Markdown), starts the worker, hands it the module and
// the URL of the one that reads Markdown (annotator.wasm, which the worker
// loads only for a Markdown text, js/markdown-module.js), sends render
// requests, and replaces the worker to cancel a run, handing the next one
// both modules compiled. It knows nothing of the page's controls: the page
// passes callbacks.

const base = new URL("../", import.meta.url);

// AnnotatorWorker runs renders in a Web Worker. on is {ready(msg),
// fatal(message), done(msg), failed(message)}: done gets the worker's
// "result" and "error" messages for the id of the request. urls, optional,
// is {wasm, worker, markdown}: the module, the worker script and the
// module for Markdown texts (default: the page's, beside js/; the embed
// passes its own module and no Markdown one, so that its worker never
// loads another).
export class AnnotatorWorker {
  constructor(on, urls) {
    this.on = on;
    this.wasmURL = (urls && urls.wasm) || new URL("annotator-plain.wasm", base).href;
    this.workerURL = (urls && urls.worker) || new URL("worker.js", base).href;
    this.markdownURL = urls ? urls.markdown || null : new URL("annotator.wasm", base).href;
    this.markdownModule = null; // the Markdown module, once a worker compiled it
    this.worker = null;
    this.ready = false;
    this.version = "";
    this.module = null; // Promise<WebAssembly.Module|null>
    this.calls = new Map(); // id -> {resolve, reject} of summarize and export
    this.callSeq = 0;
    this.started = null; // Promise: the worker of start() has its init message
    this.holds = null; // ID of the render the worker will hold when it reads the next message
  }

  // ask sends a summarize or export message and resolves to the answer.
  // Its ids are negative, apart from the renders' ids.
  // req, if given, is the render the message is about (see about).
  async ask(msg, req) {
    const id = --this.callSeq;
    let started;
    do {
      started = this.started;
      await started; // the init goes first, to the worker of now
    } while (started !== this.started);
    const of = req ? this.about(req) : {};
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      this.worker.postMessage({ ...msg, ...of, id });
    });
  }

  // about is what summarize and export send of the render of req ({id,
  // text, dateline, format}): its ID, and the article too when the worker
  // may hold another (it was started after a cancel, or rendered a newer
  // text since), so that it annotates it again instead of failing.
  about(req) {
    if (this.holds === req.id) {
      return { of: req.id };
    }
    this.holds = req.id;
    return { of: req.id, article: { text: req.text, dateline: req.dateline, format: req.format } };
  }

  // annotate resolves to the result (summary included) of text, annotated
  // with options ({dateline, format}) and no HTML: the embed's call.
  async annotate(text, options) {
    return (await this.ask({ type: "annotate", text, dateline: options.dateline || "", format: options.format || "auto" })).result;
  }

  // summarize resolves to the summary (its quotes packed, see
  // js/quote-table.js) of the render of req with corrections.
  async summarize(req, corrections) {
    return (await this.ask({ type: "summarize", corrections }, req)).summary;
  }

  // exportAs resolves to the content of the render of req exported in
  // format (see the summary contract), at time (ISO 8601).
  async exportAs(req, corrections, format, time) {
    return (await this.ask({ type: "export", corrections, format, time }, req)).content;
  }

  // compile compiles the module once, so that a worker restarted after
  // a cancel does not fetch or compile it again.
  compile() {
    if (!this.module) {
      this.module = (async () => {
        try {
          const response = fetch(this.wasmURL);
          if (WebAssembly.compileStreaming) {
            return await WebAssembly.compileStreaming(response);
          }
          return await WebAssembly.compile(await (await response).arrayBuffer());
        } catch (err) {
          console.warn("annotator: compiling on the page failed; the worker will load the module itself", err);
          return null;
        }
      })();
    }
    return this.module;
  }

  // start starts a worker (the old one, if any, is terminated).
  start() {
    if (this.worker) {
      this.worker.terminate();
    }
    this.ready = false;
    this.holds = null;
    this.rejectCalls(new Error("cancelled"));
    const worker = new Worker(this.workerURL, { type: "module" });
    this.worker = worker;
    worker.onmessage = (event) => this.receive(worker, event.data || {});
    worker.onerror = (event) => {
      if (worker === this.worker) {
        this.on.failed("The annotator failed to start: " + (event.message || "worker error"));
      }
    };
    this.started = (async () => {
      const module = await this.compile();
      if (worker === this.worker) {
        const init = module ? { type: "init", module } : { type: "init", url: this.wasmURL };
        if (this.markdownURL) {
          init.markdown = this.markdownModule || this.markdownURL;
        }
        worker.postMessage(init);
      }
    })();
    return this.started;
  }

  // rejectCalls fails every summarize, export and annotate call still
  // waiting for its answer with err.
  rejectCalls(err) {
    for (const call of this.calls.values()) {
      call.reject(err);
    }
    this.calls.clear();
  }

  receive(worker, msg) {
    if (worker !== this.worker) {
      return; // a terminated worker's last words
    }
    switch (msg.type) {
      case "ready":
        this.ready = true;
        this.version = msg.version;
        this.on.ready(msg);
        break;
      case "fatal":
        this.on.fatal(msg.message);
        break;
      case "markdown-module":
        this.markdownModule = msg.module;
        break;
      case "summary":
      case "exported":
      case "annotated":
      case "error":
        if (this.calls.has(msg.id)) {
          const call = this.calls.get(msg.id);
          this.calls.delete(msg.id);
          if (msg.type === "error") {
            call.reject(new Error(msg.message));
          } else {
            call.resolve(msg);
          }
          break;
        }
        this.on.done(msg);
        break;
      case "result":
        this.on.done(msg);
        break;
    }
  }

  // render asks for the annotation of req ({id, text, dateline, format,
  // keep}).
  render(req) {
    this.holds = req.id; // once rendered; a failed render leaves the one before, which about() then sends
    this.worker.postMessage({ type: "render", id: req.id, text: req.text, dateline: req.dateline, format: req.format, keep: req.keep });
  }

  // warm lets the worker make its first, slow call on a short text of its
  // own, while nobody waits for it.
  warm() {
    if (this.ready) {
      this.worker.postMessage({ type: "warm" });
    }
  }
}
