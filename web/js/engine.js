// engine.js loads the annotator on the page's main thread, for the embed:
// Go's wasm_exec.js (a classic script), annotator.js (the module of
// ArticleAnnotator) and the WebAssembly, once per page however many
// articles. A page that loaded the annotator itself shares it.

const engines = new Map(); // wasm URL -> Promise<ArticleAnnotator>

// loadEngine loads the annotator of urls ({wasm, exec, api}: absolute URLs)
// the first time it is asked for, and returns the same promise afterwards.
// A failed load is forgotten, so that the next toggle tries again. The
// browser's HTTP cache keeps the files between pages.
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
  const ready = globalThis.ArticleAnnotator;
  if (ready && ready.loaded) {
    return ready;
  }
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
