// embed-element.js defines the embed's custom elements and starts the
// script tag's annotator (see embed.js, which imports this module):
//
//   <article-annotator>        annotates its own light-DOM children; its
//                              toggle, legend and panel are in its shadow DOM
//   <article-annotator-panel>  the controls for an article elsewhere on the
//                              page (the script tag's)

import { Annotator } from "./embed-annotator.js";
import { Panel } from "./embed-panel.js";
import { h } from "./dom.js";

// assets resolves the URLs of the module and its loaders for one annotator:
// its own attributes (on el), else the script tag's, else beside embed.js
// (for the WebAssembly) and beside the WebAssembly (for the scripts). The
// worker's script is always worker.js beside embed.js.
function assets(el, config) {
  const own = (name) => (el ? el.getAttribute(name) : null);
  const resolve = (value, base) => new URL(value, base || document.baseURI).href;
  const pick = (value, fallback, name, base) =>
    value ? resolve(value) : config[fallback] ? resolve(config[fallback]) : resolve(name, base);
  const wasm = pick(own("wasm"), "wasm", "annotator-embed.wasm", config.base);
  return {
    wasm,
    exec: pick(own("wasm-exec"), "wasmExec", "wasm_exec.js", wasm),
    api: pick(own("annotator-js"), "annotatorJs", "annotator.js", wasm),
    worker: resolve("worker.js", config.base),
  };
}

// mixin gives both elements toggle(), refresh() and result.
const api = {
  /** toggle switches the highlights on or off. */
  toggle() {
    if (this.annotator) {
      this.annotator.toggle();
    }
  },
  /**
   * refresh reads the article again after the page changed it, and
   * highlights what it holds now (when the highlights are on). It returns
   * a promise that resolves once they are in.
   */
  refresh() {
    return this.annotator ? this.annotator.refresh() : Promise.resolve();
  },
  /** result is the annotation shown (UTF-16 offsets into the text read), or null. */
  get result() {
    const a = this.annotator;
    return a && a.state === "on" && a.cache ? a.cache.result : null;
  },
};

// define registers the elements, with config the script tag's options
// ({base, wasm, wasmExec, annotatorJs, selector, dateline, auto}).
function define(config) {
  class ArticleAnnotatorElement extends HTMLElement {
    connectedCallback() {
      if (this.annotator) {
        return;
      }
      const shadow = this.attachShadow({ mode: "open" });
      const panel = new Panel(shadow, () => this.toggle());
      shadow.append(h("slot"));
      this.annotator = new Annotator(this, panel, [this], {
        urls: () => assets(this, config),
        dateline: this.getAttribute("dateline") || config.dateline,
      });
      if (this.hasAttribute("auto")) {
        this.annotator.on();
      }
    }
  }

  class ArticleAnnotatorPanelElement extends HTMLElement {
    // attach makes this the panel of targets.
    attach(targets) {
      if (!this.annotator) {
        const shadow = this.shadowRoot || this.attachShadow({ mode: "open" });
        const panel = new Panel(shadow, () => this.toggle());
        this.annotator = new Annotator(this, panel, targets, { urls: () => assets(this, config), dateline: config.dateline });
      }
      return this.annotator;
    }
  }

  for (const cls of [ArticleAnnotatorElement, ArticleAnnotatorPanelElement]) {
    Object.defineProperties(cls.prototype, Object.getOwnPropertyDescriptors(api));
  }
  customElements.define("article-annotator", ArticleAnnotatorElement);
  customElements.define("article-annotator-panel", ArticleAnnotatorPanelElement);
}

// findTargets returns the article body elements of the page for the
// script tag: its selector, else [data-annotate], else <article>; never
// inside or around an <article-annotator>, never one inside another.
function findTargets(selector) {
  let found = [];
  try {
    found = [...document.querySelectorAll(selector || "[data-annotate]")];
    if (!selector && !found.length) {
      found = [...document.querySelectorAll("article")];
    }
  } catch (err) {
    console.warn("article-annotator: bad data-selector", err); // eslint-disable-line no-console
    return [];
  }
  found = found.filter((el) => !el.closest("article-annotator") && !el.querySelector("article-annotator"));
  return found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
}

// start defines the elements (once per page) and gives the script tag's
// articles their panel, once the document is parsed.
export function start(config) {
  if (customElements.get("article-annotator")) {
    return; // the embed is already on the page
  }
  define(config);
  const init = () => {
    try {
      const targets = findTargets(config.selector);
      if (!targets.length) {
        return;
      }
      let panel = document.querySelector("article-annotator-panel");
      if (!panel) {
        panel = document.createElement("article-annotator-panel");
        targets[0].before(panel);
      }
      const annotator = panel.attach(targets);
      if (config.auto) {
        annotator.on();
      }
    } catch (err) {
      console.warn("article-annotator:", err); // eslint-disable-line no-console
    }
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init, { once: true });
  } else {
    init();
  }
}
