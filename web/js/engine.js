// engine.js loads the annotator for the embed, once per page however many
// articles: in a Web Worker when the page allows one (a long article then
// never freezes the page), else on the page's main thread (Go's
// wasm_exec.js, a classic script, annotator.js, the module of
// ArticleAnnotator, and the WebAssembly). A page that loaded the annotator
// itself shares it, on its thread.
//
// Either way the engine is {where: "worker" | "main", maxTextLength,
// annotate(text, options) -> Promise<result>}, the result with its summary
// (computed in Go, see wasm/main.go).

import { AnnotatorWorker } from "./worker-client.js";

const engines = new Map(); // wasm URL -> Promise<engine>

// loadEngine loads the annotator of urls ({wasm, exec, api, worker}:
// absolute URLs) the first time it is asked for, and returns the same
// promise afterwards. A failed load is forgotten, so that the next toggle
// tries again. The browser's HTTP cache keeps the files between pages.
export function loadEngine(urls) {
  let p = engines.get(urls.wasm);
  if (!p) {
    p = startEngine(urls);
    engines.set(urls.wasm, p);
    p.catch(() => engines.delete(urls.wasm));
  }
  return p;
}

async function startEngine(urls) {
  const shared = globalThis.ArticleAnnotator;
  if (shared && shared.loaded) {
    return onMain(shared);
  }
  if (workerAllowed(urls.worker)) {
    const worker = await startWorker(urls);
    if (worker) {
      return worker;
    }
  }
  return onMain(await startMain(urls));
}

// onMain is the engine of api, an ArticleAnnotator on this thread.
function onMain(api) {
  return {
    where: "main",
    maxTextLength: api.maxTextLength,
    annotate: async (text, options) => api.annotate(text, options),
  };
}

// workerAllowed reports whether a worker may be tried at all: the browser
// has module workers' constructor and the script is on the page's origin
// (a worker's script must be; a blob: URL would need worker-src blob:).
function workerAllowed(url) {
  try {
    return typeof Worker === "function" && !!url && new URL(url).origin === location.origin;
  } catch {
    return false;
  }
}

// startWorker starts worker.js and resolves to its engine once the module
// runs in it, or to null when it cannot: the page's Content-Security-Policy
// refuses the worker (worker-src, else script-src), or the worker cannot
// load the module. The caller then falls back to the main thread.
function startWorker(urls) {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (engine, why) => {
      if (!settled) {
        settled = true;
        if (!engine) {
          console.info("article-annotator: no worker (" + why + "); annotating on the page's main thread"); // eslint-disable-line no-console
        }
        resolve(engine);
      }
    };
    const client = new AnnotatorWorker({
      ready: () => settle({
        where: "worker",
        maxTextLength: 10_000_000, // annotator.js's MAX_TEXT_LENGTH, which the worker also checks
        annotate: (text, options) => client.annotate(text, options),
      }),
      fatal: (message) => settle(null, message),
      failed: (message) => {
        if (settled) {
          // The worker died after it started: what waits fails, and the
          // next toggle starts the engine again.
          client.rejectCalls(new Error("the annotator's worker stopped (" + message + ")"));
          engines.delete(urls.wasm);
        }
        settle(null, message);
      },
      done: () => {},
    }, { wasm: urls.wasm, worker: urls.worker });
    client.start().catch((err) => settle(null, String((err && err.message) || err)));
  });
}

async function startMain(urls) {
  if (typeof globalThis.Go !== "function") {
    await loadScript(urls.exec);
  }
  let api = globalThis.ArticleAnnotator;
  if (!api) {
    try {
      api = (await import(urls.api)).ArticleAnnotator;
    } catch (err) {
      throw new Error(`could not load ${urls.api} (${err && err.message})`);
    }
  }
  if (!api || typeof api.load !== "function") {
    throw new Error(`${urls.api} did not define ArticleAnnotator`);
  }
  try {
    return await api.load(urls.wasm);
  } catch (err) {
    const msg = String(err && err.message);
    if (/Content.Security.Policy|unsafe-eval|CSP/i.test(msg)) {
      throw new Error("the page's Content-Security-Policy blocks WebAssembly: add 'wasm-unsafe-eval' to script-src");
    }
    if (err instanceof TypeError && /fetch/i.test(msg)) {
      throw new Error(`could not fetch ${urls.wasm} (offline, not allowed by the CSP's connect-src, ` +
        "or on another origin without Access-Control-Allow-Origin)");
    }
    throw err;
  }
}

// loadScript adds a classic script element and waits for it.
function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.async = true;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    (document.head || document.documentElement).appendChild(s);
  });
}
