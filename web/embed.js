/*
 * Article annotator: the embed. One script tag gives the article already on
 * a page a toggle that highlights its direct quotes (coloured by speaker),
 * the speakers' names, and its dates, in place, entirely in the browser.
 *
 *   <script src="/annotator/embed.js" defer></script>
 *
 * Script attributes (all optional):
 *   data-wasm       URL of the module (default: annotator-embed.wasm, the
 *                   embed's build without Markdown, beside embed.js)
 *   data-wasm-exec  URL of Go's wasm_exec.js (default: beside the wasm)
 *   data-annotator-js  URL of annotator.js (default: beside the wasm)
 *   data-selector   CSS selector of the article body (default: the elements
 *                   marked data-annotate, else the <article> elements)
 *   data-dateline   the article's date, YYYY-MM-DD, against which "Friday" or
 *                   "last week" are read (default: from the page, see
 *                   datelineFor: <time itemprop=datePublished|pubdate>, then
 *                   <meta property="article:published_time">, then the first
 *                   <time datetime> of the article)
 *   data-auto       annotate as soon as the page is ready
 *
 * The controls go in an <article-annotator-panel> made before the first body
 * element, or in the one the page placed itself.
 *
 * Or wrap content in <article-annotator> (attributes wasm, wasm-exec,
 * annotator-js, dateline, auto): its toggle, legend and speaker panel live in
 * its shadow DOM; the highlights live in the page. Both elements have
 * toggle(), refresh() (read the article again after the page changed it)
 * and result (the annotation shown, its summary included, or null), carry
 * a state attribute (off, loading, on, error), and fire
 * article-annotator:highlighted (detail: ms, loadMs, annotateMs, domMs,
 * where: "worker" | "main", counts) when the highlights are in.
 *
 * Inside the body, these are not read: script, style, form controls, media,
 * figure/figcaption, header, footer, aside, nav, and anything hidden,
 * aria-hidden="true" or marked data-annotate-skip.
 *
 * Theming: CSS custom properties, set on :root or on the elements:
 *   --aa-speaker-1 … --aa-speaker-12  quote/speaker colours (underline styles
 *                                    and initials too: colour is never the
 *                                    only cue; the defaults keep 3:1 on light
 *                                    and dark pages)
 *   --aa-unattributed  quotes without a speaker     --aa-date  dates
 *   --aa-quote-tint, --aa-date-tint  background strength (13%, 16%)
 *   --aa-accent, --aa-accent-fg  the toggle         --aa-focus  focus ring
 *   --aa-panel-bg, --aa-panel-fg, --aa-panel-border, --aa-radius, --aa-font,
 *   --aa-font-size, --aa-muted, --aa-error, --aa-panel-margin  the panel
 * and ::part(panel|toggle|status|legend|details) for anything else.
 *
 * Files: this script is a small classic loader (so one plain script tag
 * works, with or without defer); it imports js/embed-element.js from beside
 * itself, and that module imports the rest of js/ (ES modules, no build
 * step). The engine runs in worker.js (beside this script) when the page's
 * CSP allows a worker (worker-src, else script-src, 'self') and this script
 * is on the page's origin; otherwise on the main thread. From another origin, the asset host must send
 * Access-Control-Allow-Origin with every file: browsers fetch module
 * scripts and the WebAssembly with CORS.
 *
 * How it works: the text of the body is read from its text nodes (blocks
 * separated by blank lines, white space collapsed as the browser shows it),
 * annotated by the WebAssembly module (offsets in UTF-16 code units, what JS
 * strings index), and each range is mapped back to (text node, offset). Only
 * the text nodes a range starts or ends in are split; each run of split text
 * is wrapped in a <mark>. Toggling off unwraps the marks and joins the split
 * nodes again, so the body's markup is restored byte for byte. Each quote
 * gets a label with its speaker's initials and texts for screen readers
 * (data-annotate-skip), and the body is one Tab stop whose j/k and arrow
 * keys step between the quotes, all taken off again. No innerHTML,
 * no inline styles (constructable stylesheets, CSP-safe), no request but the
 * annotator's own files.
 */
(() => {
  "use strict";

  if (typeof customElements === "undefined" || customElements.get("article-annotator")) {
    return; // no custom elements (very old browser), or the embed is already on the page
  }
  const script = document.currentScript;
  const attr = (name) => (script ? script.getAttribute(name) : null);
  // base is where embed.js came from: its modules and default assets sit beside it.
  const base = script && script.src ? script.src : document.baseURI;
  const config = {
    base,
    wasm: attr("data-wasm"),
    wasmExec: attr("data-wasm-exec"),
    annotatorJs: attr("data-annotator-js"),
    selector: attr("data-selector"),
    dateline: attr("data-dateline"),
    auto: script ? script.hasAttribute("data-auto") : false,
  };
  import(new URL("js/embed-element.js", base).href).then(
    (embed) => embed.start(config),
    (err) => console.warn("article-annotator: could not load its modules", err), // eslint-disable-line no-console
  );
})();
