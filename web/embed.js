/*
 * Article annotator: the embed. One script tag gives the article already on
 * a page a toggle that highlights its direct quotes (coloured by speaker),
 * the speakers' names, and its dates, in place, entirely in the browser.
 *
 *   <script src="/annotator/embed.js" data-wasm="/annotator/annotator.wasm" defer></script>
 *
 * Script attributes (all optional):
 *   data-wasm       URL of annotator.wasm (default: beside embed.js)
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
 * toggle() and result (the annotation shown, or null), carry a state
 * attribute (off, loading, on, error), and fire article-annotator:highlighted
 * (detail: ms, loadMs, annotateMs, domMs, counts) when the highlights are in.
 *
 * Inside the body, these are not read: script, style, form controls, media,
 * figure/figcaption, header, footer, aside, nav, and anything hidden,
 * aria-hidden="true" or marked data-annotate-skip.
 *
 * Theming: CSS custom properties, set on :root or on the elements:
 *   --aa-speaker-1 … --aa-speaker-6  quote/speaker colours (underline styles
 *                                    differ too: colour is never the only cue)
 *   --aa-unattributed  quotes without a speaker     --aa-date  dates
 *   --aa-quote-tint, --aa-date-tint  background strength (13%, 16%)
 *   --aa-accent, --aa-accent-fg  the toggle         --aa-focus  focus ring
 *   --aa-panel-bg, --aa-panel-fg, --aa-panel-border, --aa-radius, --aa-font,
 *   --aa-font-size, --aa-muted, --aa-error, --aa-panel-margin  the panel
 * and ::part(panel|toggle|status|legend|details) for anything else.
 *
 * How it works: the text of the body is read from its text nodes (blocks
 * separated by blank lines, white space collapsed as the browser shows it),
 * annotated by the WebAssembly module (offsets in UTF-16 code units, what JS
 * strings index), and each range is mapped back to (text node, offset). Only
 * the text nodes a range starts or ends in are split; each run of split text
 * is wrapped in a <mark>. Toggling off unwraps the marks and joins the split
 * nodes again, so the body's markup is restored byte for byte. No innerHTML,
 * no inline styles (constructable stylesheets, CSP-safe), no request but the
 * module's own files.
 */
(() => {
  'use strict';

  if (typeof customElements === 'undefined' || customElements.get('article-annotator')) {
    return; // no custom elements (very old browser), or the embed is already on the page
  }

  const script = document.currentScript;

  /* ------------------------------------------------------------------ */
  /* Configuration                                                       */
  /* ------------------------------------------------------------------ */

  // resolve turns an attribute value into an absolute URL, relative to the
  // page (as a src attribute would be).
  const resolve = (value, base) => new URL(value, base || document.baseURI).href;

  // scriptBase is where embed.js came from: default assets sit beside it.
  const scriptBase = script && script.src ? script.src : document.baseURI;

  // pageConfig reads the options of the script tag.
  function pageConfig() {
    const attr = (name) => (script ? script.getAttribute(name) : null);
    return {
      wasm: attr('data-wasm'),
      wasmExec: attr('data-wasm-exec'),
      annotatorJs: attr('data-annotator-js'),
      selector: attr('data-selector'),
      dateline: attr('data-dateline'),
      auto: script ? script.hasAttribute('data-auto') : false,
    };
  }

  const config = pageConfig();

  // assetURLs returns the URLs of the module and its loader for one
  // annotator, from its own attributes or the script's.
  function assetURLs(el) {
    const own = (name) => (el ? el.getAttribute(name) : null);
    const pick = (value, fallback, base) => (value ? resolve(value) : config[fallback] ? resolve(config[fallback]) : resolve(base[0], base[1]));
    const wasm = pick(own('wasm'), 'wasm', ['annotator.wasm', scriptBase]);
    return {
      wasm,
      exec: pick(own('wasm-exec'), 'wasmExec', ['wasm_exec.js', wasm]),
      api: pick(own('annotator-js'), 'annotatorJs', ['annotator.js', wasm]),
    };
  }

  /* ------------------------------------------------------------------ */
  /* Loading the engine: once per page                                   */
  /* ------------------------------------------------------------------ */

  const engines = new Map(); // wasm URL -> Promise<ArticleAnnotator>

  // loadEngine loads the annotator the first time it is asked for, and
  // returns the same promise afterwards: one module per page, however many
  // articles. A failed load is forgotten, so that the next toggle tries
  // again. The browser's HTTP cache keeps the files between pages.
  function loadEngine(urls) {
    let p = engines.get(urls.wasm);
    if (!p) {
      p = startEngine(urls);
      engines.set(urls.wasm, p);
      p.catch(() => engines.delete(urls.wasm));
    }
    return p;
  }

  // startEngine loads what is missing of wasm_exec.js (Go's loader),
  // annotator.js (the ArticleAnnotator API) and the module. A page that
  // loaded the annotator itself shares it.
  async function startEngine(urls) {
    const ready = globalThis.ArticleAnnotator;
    if (ready && ready.loaded) {
      return ready;
    }
    if (typeof globalThis.Go !== 'function') {
      await loadScript(urls.exec);
    }
    if (!globalThis.ArticleAnnotator) {
      await loadScript(urls.api);
    }
    const api = globalThis.ArticleAnnotator;
    if (!api || typeof api.load !== 'function') {
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
          'or on another origin without Access-Control-Allow-Origin)');
      }
      throw err;
    }
  }

  // loadScript adds a classic script element and waits for it.
  function loadScript(src) {
    return new Promise((resolvePromise, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.async = true;
      s.onload = () => resolvePromise();
      s.onerror = () => reject(new Error(`could not load ${src}`));
      (document.head || document.documentElement).appendChild(s);
    });
  }

  /* ------------------------------------------------------------------ */
  /* Reading the text of the body                                        */
  /* ------------------------------------------------------------------ */

  // Elements whose text is not part of the article body: code and media,
  // form controls, and the page furniture inside an article (its header with
  // headline and byline, photo captions, asides, navigation).
  const SKIP = new Set([
    'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
    'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'picture', 'img',
    'figure', 'figcaption', 'aside', 'nav', 'header', 'footer', 'form', 'dialog',
    'article-annotator-panel',
  ]);

  // Elements that end a paragraph.
  const BLOCK = new Set([
    'address', 'article', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'h1', 'h2',
    'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'ul', 'article-annotator',
  ]);

  const skipped = (el) => SKIP.has(el.localName) || el.hidden || el.hasAttribute('data-annotate-skip') ||
    el.getAttribute('aria-hidden') === 'true';

  const isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

  // extract reads the text of roots as one article. It returns the text and
  // its segments, one per text node that contributes: where its part starts
  // in the text, its length, and runs mapping that part back to the node.
  // A run is either a stretch copied as is (text and node offsets advance
  // together) or one space standing for a collapsed run of white space.
  function extract(roots) {
    const parts = [];
    let length = 0;
    const segs = [];
    const blockCache = new Map();
    let pending = ''; // a break waiting for the next visible character
    let space = true; // the last unit written is white space (or none yet)
    let lastBlock = null;

    const blockOf = (node, root) => {
      const parent = node.parentNode;
      if (blockCache.has(parent)) {
        return blockCache.get(parent);
      }
      let el = parent;
      while (el !== root && !BLOCK.has(el.localName)) {
        el = el.parentNode;
      }
      blockCache.set(parent, el);
      return el;
    };

    for (const root of roots) {
      lastBlock = root;
      if (length) {
        pending = '\n\n';
      }
      space = true;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.nodeType === 1 && skipped(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === 1) {
          if (n.localName === 'br' && length && !pending) {
            pending = '\n';
            space = true;
          }
          continue;
        }
        const block = blockOf(n, root);
        if (block !== lastBlock) {
          lastBlock = block;
          if (length) {
            pending = '\n\n';
          }
          space = true;
        }
        const data = n.data;
        let seg = null;
        // add appends str, read from data[from:to], to the text; copied says
        // whether str is that data as is.
        const add = (str, from, to, copied) => {
          if (!seg) {
            seg = { node: n, start: length, len: 0, runs: [] };
            segs.push(seg);
          }
          const last = seg.runs[seg.runs.length - 1];
          if (copied && last && last.copied && last.to === from) {
            last.to = to; // extend the stretch
          } else {
            seg.runs.push({ at: seg.len, from, to, copied });
          }
          parts.push(str);
          seg.len += str.length;
          length += str.length;
        };
        let i = 0;
        while (i < data.length) {
          let j = i + 1;
          if (isSpace(data.charCodeAt(i))) {
            while (j < data.length && isSpace(data.charCodeAt(j))) {
              j++;
            }
            if (!space && !pending) {
              add(' ', i, j, j - i === 1 && data.charCodeAt(i) === 32);
              space = true;
            }
          } else {
            while (j < data.length && !isSpace(data.charCodeAt(j))) {
              j++;
            }
            if (pending) {
              parts.push(pending);
              length += pending.length;
              pending = '';
            }
            add(data.slice(i, j), i, j, true);
            space = false;
          }
          i = j;
        }
      }
    }
    return { text: parts.join(''), segs };
  }

  // unitRun returns the run of segment g holding its unit u.
  function unitRun(g, u) {
    let lo = 0;
    let hi = g.runs.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (g.runs[m].at <= u) {
        lo = m;
      } else {
        hi = m - 1;
      }
    }
    return g.runs[lo];
  }

  // startPoint maps a text offset where a range starts to {k, off}: segment
  // k, offset off in its node. An offset in a break moves to the next unit.
  function startPoint(segs, s) {
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (segs[m].start + segs[m].len > s) {
        hi = m;
      } else {
        lo = m + 1;
      }
    }
    if (lo === segs.length) {
      return null;
    }
    const g = segs[lo];
    const u = Math.max(0, s - g.start);
    const r = unitRun(g, u);
    return { k: lo, off: r.copied ? r.from + (u - r.at) : r.from };
  }

  // endPoint maps a text offset where a range ends (exclusive) to {k, off}.
  // An offset in a break moves back to the end of the previous unit.
  function endPoint(segs, e) {
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (segs[m].start < e) {
        lo = m + 1;
      } else {
        hi = m;
      }
    }
    const k = lo - 1;
    if (k < 0) {
      return null;
    }
    const g = segs[k];
    const u = Math.min(g.len, e - g.start) - 1; // the last unit in the range
    const r = unitRun(g, u);
    return { k, off: r.copied ? r.from + (u - r.at) + 1 : r.to };
  }

  /* ------------------------------------------------------------------ */
  /* Highlighting and restoring                                          */
  /* ------------------------------------------------------------------ */

  const KIND_ORDER = { quote: 0, mention: 1, date: 2 };

  // highlight wraps every range of ranges ({start, end, kind, ...} in text
  // offsets) in marks made by makeMark(range, firstPiece). It returns the
  // undo record for restore and, for each range, its first mark (or null).
  function highlight(segs, ranges, makeMark) {
    const spans = [];
    for (const r of ranges) {
      const a = startPoint(segs, r.start);
      const b = endPoint(segs, r.end);
      if (a && b && (a.k < b.k || (a.k === b.k && a.off < b.off))) {
        spans.push({ r, a, b });
      }
    }
    // Outer ranges first, so that inner ones nest inside their marks.
    spans.sort((x, y) => x.r.start - y.r.start || y.r.end - x.r.end || KIND_ORDER[x.r.kind] - KIND_ORDER[y.r.kind]);

    // Split each text node once, at every offset where a range starts or ends.
    const cuts = new Map(); // segment index -> Set of node offsets
    const cut = (p) => {
      let set = cuts.get(p.k);
      if (!set) {
        set = new Set();
        cuts.set(p.k, set);
      }
      set.add(p.off);
    };
    for (const s of spans) {
      cut(s.a);
      cut(s.b);
    }
    const undo = { marks: [], splits: [] };
    const pieces = new Map(); // segment index -> [{node, from, to}]
    const piecesOf = (k) => {
      let list = pieces.get(k);
      if (list) {
        return list;
      }
      const node = segs[k].node;
      const len = node.length;
      const offs = [...(cuts.get(k) || [])].filter((o) => o > 0 && o < len).sort((x, y) => x - y);
      list = [];
      let cur = node;
      let base = 0;
      const extra = [];
      for (const o of offs) {
        const rest = cur.splitText(o - base);
        list.push({ node: cur, from: base, to: o });
        extra.push(rest);
        cur = rest;
        base = o;
      }
      list.push({ node: cur, from: base, to: len });
      if (extra.length) {
        undo.splits.push({ node, data: node.data + extra.map((t) => t.data).join(''), extra });
      }
      pieces.set(k, list);
      return list;
    };

    const first = new Map();
    for (const { r, a, b } of spans) {
      let mark = null;
      for (let k = a.k; k <= b.k; k++) {
        for (const p of piecesOf(k)) {
          if ((k === a.k && p.from < a.off) || (k === b.k && p.to > b.off)) {
            continue;
          }
          if (mark && mark.nextSibling === p.node) {
            mark.appendChild(p.node); // the same run of text: one mark
            continue;
          }
          mark = makeMark(r, !first.has(r));
          if (!first.has(r)) {
            first.set(r, mark);
          }
          p.node.parentNode.insertBefore(mark, p.node);
          mark.appendChild(p.node);
          undo.marks.push(mark);
        }
        mark = null; // never merge across text nodes of the page
      }
    }
    return { undo, first };
  }

  // restore undoes highlight: unwraps the marks and joins the text nodes it
  // split, leaving every other node as it was.
  function restore(undo) {
    for (let i = undo.marks.length - 1; i >= 0; i--) {
      const m = undo.marks[i];
      if (m.parentNode) {
        m.replaceWith(...m.childNodes);
      }
    }
    for (const s of undo.splits) {
      for (const t of s.extra) {
        t.remove();
      }
      s.node.data = s.data;
    }
  }

  /* ------------------------------------------------------------------ */
  /* Styles: constructable stylesheets, so no 'unsafe-inline' is needed  */
  /* ------------------------------------------------------------------ */

  // Highlight styles, shared by the page (document.adoptedStyleSheets) and
  // the legend in the shadow DOM. Theme with the --aa-* custom properties.
  const MARK_CSS = `
mark.aa-hl { background: transparent; color: inherit; padding: 0; margin: 0; border-radius: 0; font: inherit; }
mark.aa-hl[data-aa-color="0"] { --aa-c: var(--aa-unattributed, #6b7280); --aa-line: dotted; }
mark.aa-hl[data-aa-color="1"] { --aa-c: var(--aa-speaker-1, #1d4ed8); --aa-line: solid; }
mark.aa-hl[data-aa-color="2"] { --aa-c: var(--aa-speaker-2, #b4380b); --aa-line: dashed; }
mark.aa-hl[data-aa-color="3"] { --aa-c: var(--aa-speaker-3, #047857); --aa-line: solid; }
mark.aa-hl[data-aa-color="4"] { --aa-c: var(--aa-speaker-4, #7e22ce); --aa-line: dashed; }
mark.aa-hl[data-aa-color="5"] { --aa-c: var(--aa-speaker-5, #be123c); --aa-line: double; }
mark.aa-hl[data-aa-color="6"] { --aa-c: var(--aa-speaker-6, #0e7490); --aa-line: double; }
mark.aa-hl.aa-quote {
  background: color-mix(in srgb, var(--aa-c) var(--aa-quote-tint, 13%), transparent);
  text-decoration: underline var(--aa-line) var(--aa-c);
  text-decoration-thickness: 2px; text-underline-offset: .24em; text-decoration-skip-ink: none;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
mark.aa-hl.aa-mention { font-weight: 700; border-bottom: 3px solid var(--aa-c); }
mark.aa-hl.aa-date {
  background: color-mix(in srgb, var(--aa-date, #a16207) var(--aa-date-tint, 16%), transparent);
  outline: 1px dashed var(--aa-date, #a16207); outline-offset: 1px; border-radius: 2px;
}
mark.aa-hl:focus { outline: 3px solid var(--aa-focus, #f59e0b); outline-offset: 2px; }
mark.aa-hl.aa-flash { animation: aa-flash 1.6s ease-out; }
@keyframes aa-flash { from { box-shadow: 0 0 0 6px var(--aa-focus, #f59e0b); } to { box-shadow: 0 0 0 0 transparent; } }
@media (prefers-reduced-motion: reduce) { mark.aa-hl.aa-flash { animation: none; } }
@media (forced-colors: active) {
  mark.aa-hl.aa-quote { text-decoration-color: Highlight; }
  mark.aa-hl.aa-date { outline-color: Highlight; }
}
`;

  const PANEL_CSS = `
/* Only the panel is styled: the article in the slot inherits from the host. */
:host { display: block; }
:host([hidden]) { display: none; }
.panel {
  color: var(--aa-panel-fg, inherit);
  font: var(--aa-font-size, 15px)/1.45 var(--aa-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  margin: var(--aa-panel-margin, 0 0 1.25rem);
  background: var(--aa-panel-bg, color-mix(in srgb, currentColor 5%, transparent));
  border: 1px solid var(--aa-panel-border, color-mix(in srgb, currentColor 22%, transparent));
  border-radius: var(--aa-radius, 10px); padding: .6rem .8rem;
}
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem .9rem; }
button { font: inherit; color: inherit; }
.toggle {
  display: inline-flex; align-items: center; gap: .45rem; min-height: 36px; cursor: pointer;
  padding: .35rem .95rem; border-radius: 999px; font-weight: 600;
  background: var(--aa-accent, #0b57a4); color: var(--aa-accent-fg, #fff); border: 2px solid var(--aa-accent, #0b57a4);
}
.toggle[aria-pressed="true"] { background: transparent; color: inherit; }
.toggle .dot { width: .7em; height: .7em; border-radius: 50%; border: 2px solid currentColor; }
.toggle[aria-pressed="true"] .dot { background: var(--aa-accent, #0b57a4); border-color: var(--aa-accent, #0b57a4); }
:focus-visible { outline: 3px solid var(--aa-focus, #f59e0b); outline-offset: 2px; }
.status { color: var(--aa-muted, inherit); opacity: .85; }
.status.error { color: var(--aa-error, #b91c1c); opacity: 1; font-weight: 600; }
details { margin-top: .5rem; }
summary { cursor: pointer; font-weight: 600; }
.legend[hidden] { display: none; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1rem; list-style: none; margin: .5rem 0; padding: 0; }
h2 { font-size: 1em; margin: .8rem 0 .3rem; }
ol { margin: 0; padding-left: 1.2rem; }
.speakers > li { margin: .35rem 0; }
.meta { opacity: .8; font-size: .93em; }
.quotes { padding-left: 1rem; list-style: none; }
.link {
  background: none; border: 0; padding: .1rem 0; cursor: pointer; text-align: left;
  text-decoration: underline; text-underline-offset: .18em; color: inherit;
}
.link:hover { text-decoration-thickness: 2px; }
.dates { columns: 2 14rem; }
.dates li { break-inside: avoid; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .92em; }
`;

  // constructable reports whether the browser adopts constructed
  // stylesheets (all current engines; Safari from 16.4).
  const constructable = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype &&
    'adoptedStyleSheets' in Document.prototype && 'adoptedStyleSheets' in ShadowRoot.prototype;

  let marksSheet = null;
  let panelSheet = null;

  // adoptMarkStyles puts the highlight styles in the document, again if the
  // page replaced its adopted stylesheets since. An older browser gets a
  // <style> element instead, which a CSP without 'unsafe-inline' blocks:
  // the highlights then show unstyled, and the page is unharmed.
  function adoptMarkStyles() {
    if (constructable) {
      if (!marksSheet) {
        marksSheet = new CSSStyleSheet();
        marksSheet.replaceSync(MARK_CSS);
      }
      if (!document.adoptedStyleSheets.includes(marksSheet)) {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, marksSheet];
      }
    } else if (!marksSheet || !marksSheet.isConnected) {
      marksSheet = document.createElement('style');
      marksSheet.textContent = MARK_CSS;
      (document.head || document.documentElement).append(marksSheet);
    }
  }

  // stylePanel gives a panel's shadow root its styles.
  function stylePanel(shadow) {
    if (constructable) {
      if (!panelSheet) {
        panelSheet = new CSSStyleSheet();
        panelSheet.replaceSync(MARK_CSS + PANEL_CSS);
      }
      shadow.adoptedStyleSheets = [panelSheet];
    } else {
      const style = document.createElement('style');
      style.textContent = MARK_CSS + PANEL_CSS;
      shadow.append(style);
    }
  }

  /* ------------------------------------------------------------------ */
  /* The dateline                                                        */
  /* ------------------------------------------------------------------ */

  const DAY = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/;

  // datelineFor finds the date the article was published: an explicit
  // value, else a <time> marked as the publication date, the
  // article:published_time meta, or the first <time datetime> of the
  // article's header, then of the article. The local date as written is
  // kept: "2025-10-17T23:30:00-04:00" is 2025-10-17 where it was written.
  function datelineFor(targets, explicit) {
    const day = (v) => {
      const m = DAY.exec((v || '').trim());
      return m ? m[1] : '';
    };
    if (day(explicit)) {
      return day(explicit);
    }
    const scopes = [];
    for (const t of targets) {
      const article = t.localName === 'article' ? t : t.closest('article');
      if (article && !scopes.includes(article)) {
        scopes.push(article);
      }
      if (!scopes.includes(t)) {
        scopes.push(t);
      }
    }
    scopes.push(document);
    const candidates = [];
    for (const scope of scopes) {
      candidates.push(...scope.querySelectorAll('time[itemprop="datePublished"][datetime], time[pubdate][datetime]'));
    }
    for (const el of candidates) {
      if (day(el.getAttribute('datetime'))) {
        return day(el.getAttribute('datetime'));
      }
    }
    const meta = document.querySelector(
      'meta[property="article:published_time"], meta[itemprop="datePublished"], meta[name="article:published_time"]');
    if (meta && day(meta.getAttribute('content'))) {
      return day(meta.getAttribute('content'));
    }
    for (const scope of scopes) {
      for (const el of scope.querySelectorAll('header time[datetime], time[datetime]')) {
        if (day(el.getAttribute('datetime'))) {
          return day(el.getAttribute('datetime'));
        }
      }
    }
    return '';
  }

  /* ------------------------------------------------------------------ */
  /* The panel: toggle, status, legend, speakers and dates (shadow DOM)  */
  /* ------------------------------------------------------------------ */

  // h makes an element with attributes and children (strings become text).
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined && v !== false) {
        el.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children.flat()) {
      if (c !== null && c !== undefined && c !== false) {
        el.append(c);
      }
    }
    return el;
  }

  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

  const excerpt = (s, max) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
  };

  // Panel builds the controls in a shadow root and shows a result in it.
  class Panel {
    constructor(shadow, onToggle) {
      stylePanel(shadow);
      this.toggle = h('button', { type: 'button', class: 'toggle', 'aria-pressed': 'false', part: 'toggle' },
        h('span', { class: 'dot', 'aria-hidden': 'true' }), 'Highlight quotes and dates');
      this.status = h('span', { class: 'status', role: 'status', 'aria-live': 'polite', part: 'status' });
      this.legend = h('ul', { class: 'legend', 'aria-label': 'Legend', hidden: true, part: 'legend' },
        h('li', null, h('mark', { class: 'aa-hl aa-quote', 'data-aa-color': '1' }, '“Quote”'), ' coloured by speaker'),
        h('li', null, h('mark', { class: 'aa-hl aa-quote', 'data-aa-color': '0' }, '“Quote”'), ' speaker unknown'),
        h('li', null, h('mark', { class: 'aa-hl aa-mention', 'data-aa-color': '1' }, 'Speaker'), ' named'),
        h('li', null, h('mark', { class: 'aa-hl aa-date' }, 'Date'), ' or duration'));
      this.details = h('details', { class: 'details', hidden: true, part: 'details' });
      this.toggle.addEventListener('click', () => onToggle());
      shadow.append(h('div', { class: 'panel', part: 'panel' },
        h('div', { class: 'bar' }, this.toggle, this.status), this.legend, this.details));
    }

    setStatus(text, error) {
      this.status.textContent = text;
      this.status.classList.toggle('error', !!error);
    }

    setPressed(on) {
      this.toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    }

    // show lists the speakers with their quotes, and the dates in time
    // order; jump(item) scrolls to a highlight.
    show(view, jump) {
      const { result, colors } = view;
      const button = (label, item) => {
        const b = h('button', { type: 'button', class: 'link' }, label);
        b.addEventListener('click', () => jump(item));
        return b;
      };
      const bySpeaker = new Map();
      for (const q of result.quotes) {
        const key = q.speaker || '';
        if (!bySpeaker.has(key)) {
          bySpeaker.set(key, []);
        }
        bySpeaker.get(key).push(q);
      }
      const speakers = h('ol', { class: 'speakers' });
      const rows = result.speakers.map((s) => [s, bySpeaker.get(s.id) || []]);
      rows.sort((x, y) => y[1].length - x[1].length);
      if (bySpeaker.has('')) {
        rows.push([null, bySpeaker.get('')]);
      }
      for (const [s, quotes] of rows) {
        const aliases = s ? [...new Set(s.mentions.map((m) => m.text.trim()))].filter((t) => t && t !== s.name) : [];
        const name = s ? s.name : 'Speaker unknown';
        speakers.append(h('li', null,
          h('mark', { class: `aa-hl ${s ? 'aa-mention' : 'aa-quote'}`, 'data-aa-color': s ? colors.get(s.id) : '0' }, name),
          h('span', { class: 'meta' }, ` · ${plural(quotes.length, 'quote', 'quotes')}`,
            aliases.length ? ` · also ${aliases.map((a) => `“${a}”`).join(', ')}` : ''),
          quotes.length ? h('ol', { class: 'quotes' }, quotes.map((q) => h('li', null, button(excerpt(q.text, 90), q)))) : null));
      }

      const dates = [...result.dates].sort((x, y) => (x.value < y.value ? -1 : x.value > y.value ? 1 : x.start - y.start));
      const dateList = h('ol', { class: 'dates' },
        dates.map((d) => h('li', null, button(d.text, d), ' ', h('code', null, d.value))));

      const summary = rows.length && dates.length ? 'Speakers, quotes and dates' : rows.length ? 'Speakers and quotes' : 'Dates';
      this.details.replaceChildren(...[
        h('summary', null, summary),
        rows.length ? [h('h2', null, 'Speakers and their quotes'), speakers] : [],
        dates.length ? [h('h2', null, 'Dates in time order'), dateList] : [],
      ].flat());
      this.details.hidden = !rows.length && !dates.length;
      this.legend.hidden = false;
    }

    clear() {
      this.legend.hidden = true;
      this.details.hidden = true;
      this.details.replaceChildren();
    }
  }

  /* ------------------------------------------------------------------ */
  /* The controller: one per article                                     */
  /* ------------------------------------------------------------------ */

  // Annotator ties a panel to the body elements it annotates. host is the
  // element that carries the state attribute and receives the events.
  class Annotator {
    constructor(host, panel, targets, opts) {
      this.host = host;
      this.panel = panel;
      this.targets = targets;
      this.opts = opts; // {source: the element whose attributes name the assets, or null; dateline}
      this.state = 'off';
      this.applied = null; // {undo, first}
      this.cache = null; // {text, dateline, result}
      this.generation = 0;
      this.setState('off');
    }

    setState(state) {
      this.state = state;
      this.host.setAttribute('state', state);
    }

    toggle() {
      if (this.state === 'on' || this.state === 'loading') {
        this.off();
      } else {
        this.on();
      }
    }

    // on annotates the body and highlights it; errors end up in the status.
    async on() {
      const gen = ++this.generation;
      const t0 = performance.now();
      this.setState('loading');
      this.panel.setPressed(true);
      this.panel.setStatus('Loading the annotator…');
      try {
        const engine = await loadEngine(assetURLs(this.opts.source));
        if (gen !== this.generation) {
          return; // toggled off meanwhile
        }
        const t1 = performance.now();
        const { text, segs } = extract(this.targets);
        const dateline = datelineFor(this.targets, this.opts.dateline);
        let result;
        let annotateMs = 0;
        const cached = !!this.cache && this.cache.text === text && this.cache.dateline === dateline;
        if (cached) {
          result = this.cache.result;
        } else {
          const options = { format: 'plain' };
          if (dateline) {
            options.dateline = dateline;
          }
          const t2 = performance.now();
          result = engine.annotate(text, options);
          annotateMs = performance.now() - t2;
          this.cache = { text, dateline, result };
        }
        const view = this.view(result);
        adoptMarkStyles();
        this.applied = highlight(segs, view.ranges, (r, isFirst) => this.mark(r, isFirst, view));
        this.quoteMarks = new Map([...this.applied.first].map(([r, m]) => [r.item, m]));
        this.panel.show(view, (item) => this.jump(item));
        this.setState('on');
        const t3 = performance.now();
        const ms = t3 - t0;
        this.panel.setStatus(`${plural(result.quotes.length, 'quote', 'quotes')} from ${plural(result.speakers.length, 'speaker', 'speakers')}, ` +
          `${plural(result.dates.length, 'date', 'dates')}` + (result.dateline ? ` · dates read against ${result.dateline}` : ''));
        this.host.dispatchEvent(new CustomEvent('article-annotator:highlighted', {
          bubbles: true, composed: true,
          detail: {
            ms, // from the toggle to the highlights and panel in place
            loadMs: t1 - t0, // loading and starting the module (0 once loaded)
            annotateMs, // the engine (0 when the text did not change since the last toggle)
            domMs: t3 - t1 - annotateMs, // reading the text, highlighting, the panel
            cached,
            textLength: text.length,
            quotes: result.quotes.length, speakers: result.speakers.length, dates: result.dates.length,
          },
        }));
      } catch (err) {
        if (gen !== this.generation) {
          return;
        }
        if (this.applied) {
          restore(this.applied.undo);
          this.applied = null;
        }
        this.setState('error');
        this.panel.setPressed(false);
        this.panel.setStatus(`Annotator unavailable: ${err && err.message ? err.message : err}`, true);
        console.warn('article-annotator:', err); // eslint-disable-line no-console
      }
    }

    // off removes every highlight, restoring the body as it was.
    off() {
      this.generation++;
      if (this.applied) {
        restore(this.applied.undo);
        this.applied = null;
      }
      this.panel.clear();
      this.panel.setPressed(false);
      this.panel.setStatus('');
      this.setState('off');
    }

    // view turns a result into ranges to highlight and speaker colours.
    view(result) {
      const colors = new Map();
      result.speakers.forEach((s, i) => colors.set(s.id, String((i % 6) + 1)));
      const names = new Map(result.speakers.map((s) => [s.id, s.name]));
      const ranges = [];
      for (const q of result.quotes) {
        ranges.push({ kind: 'quote', start: q.start, end: q.end, item: q,
          color: q.speaker && colors.has(q.speaker) ? colors.get(q.speaker) : '0',
          title: `Quote · ${q.speaker && names.has(q.speaker) ? names.get(q.speaker) : 'speaker unknown'}` +
            (q.cue ? ` (${q.cue.text})` : '') + ` · paragraph ${q.paragraph + 1}` + (q.unclosed ? ' · unclosed' : '') });
      }
      for (const s of result.speakers) {
        for (const m of s.mentions) {
          ranges.push({ kind: 'mention', start: m.start, end: m.end, item: m, speaker: s.id,
            color: colors.get(s.id), title: `Speaker · ${s.name}` });
        }
      }
      for (const d of result.dates) {
        ranges.push({ kind: 'date', start: d.start, end: d.end, item: d,
          title: `${d.type === 'DURATION' ? 'Duration' : d.type === 'SET' ? 'Recurring' : d.type === 'TIME' ? 'Time' : 'Date'} · ${d.value}` });
      }
      return { result, colors, ranges };
    }

    // mark makes the <mark> for one piece of a range.
    mark(r, isFirst) {
      const m = document.createElement('mark');
      m.className = `aa-hl aa-${r.kind}`;
      if (r.color) {
        m.setAttribute('data-aa-color', r.color);
      }
      if (r.kind === 'quote') {
        m.setAttribute('data-aa-speaker', r.item.speaker || '');
        m.setAttribute('data-aa-quote', r.item.id);
      } else if (r.kind === 'mention') {
        m.setAttribute('data-aa-speaker', r.speaker);
      } else if (r.kind === 'date') {
        m.setAttribute('data-aa-value', r.item.value);
        m.setAttribute('data-aa-type', r.item.type);
      }
      m.title = r.title;
      if (isFirst && r.kind !== 'mention') {
        m.tabIndex = -1; // a target for the panel's links
      }
      return m;
    }

    // jump scrolls to the highlight of a quote or date and focuses it.
    jump(item) {
      const m = this.quoteMarks && this.quoteMarks.get(item);
      if (!m || !m.isConnected) {
        return;
      }
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      m.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
      m.focus({ preventScroll: true });
      m.classList.remove('aa-flash');
      void m.offsetWidth; // restart the animation
      m.classList.add('aa-flash');
    }
  }

  /* ------------------------------------------------------------------ */
  /* Custom elements                                                     */
  /* ------------------------------------------------------------------ */

  // <article-annotator>: annotates its own light-DOM children.
  class ArticleAnnotatorElement extends HTMLElement {
    connectedCallback() {
      if (this.annotator) {
        return;
      }
      const shadow = this.attachShadow({ mode: 'open' });
      let annotator = null;
      const panel = new Panel(shadow, () => annotator && annotator.toggle());
      shadow.append(h('slot'));
      annotator = new Annotator(this, panel, [this], {
        source: this,
        dateline: this.getAttribute('dateline') || config.dateline,
      });
      this.annotator = annotator;
      if (this.hasAttribute('auto')) {
        annotator.on();
      }
    }

    /** toggle switches the highlights on or off. */
    toggle() {
      if (this.annotator) {
        this.annotator.toggle();
      }
    }

    /** result is the annotation shown (UTF-16 offsets into the text read), or null. */
    get result() {
      const a = this.annotator;
      return a && a.state === 'on' && a.cache ? a.cache.result : null;
    }
  }

  // <article-annotator-panel>: the controls for an article elsewhere on the
  // page; the script tag makes one before the article body, or uses the one
  // the page placed.
  class ArticleAnnotatorPanelElement extends HTMLElement {
    attach(targets, opts) {
      if (this.annotator) {
        return this.annotator;
      }
      const shadow = this.shadowRoot || this.attachShadow({ mode: 'open' });
      let annotator = null;
      const panel = new Panel(shadow, () => annotator && annotator.toggle());
      annotator = new Annotator(this, panel, targets, opts);
      this.annotator = annotator;
      return annotator;
    }

    /** toggle switches the highlights on or off. */
    toggle() {
      if (this.annotator) {
        this.annotator.toggle();
      }
    }

    /** result is the annotation shown (UTF-16 offsets into the text read), or null. */
    get result() {
      const a = this.annotator;
      return a && a.state === 'on' && a.cache ? a.cache.result : null;
    }
  }

  // findTargets returns the article body elements of the page for the
  // script tag: data-selector, else [data-annotate], else <article>; never
  // inside or around an <article-annotator>, never one inside another.
  function findTargets() {
    let found = [];
    try {
      if (config.selector) {
        found = [...document.querySelectorAll(config.selector)];
      } else {
        found = [...document.querySelectorAll('[data-annotate]')];
        if (!found.length) {
          found = [...document.querySelectorAll('article')];
        }
      }
    } catch (err) {
      console.warn('article-annotator: bad data-selector', err); // eslint-disable-line no-console
      return [];
    }
    found = found.filter((el) => !el.closest('article-annotator') && !el.querySelector('article-annotator'));
    return found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
  }

  function init() {
    try {
      customElements.define('article-annotator', ArticleAnnotatorElement);
      customElements.define('article-annotator-panel', ArticleAnnotatorPanelElement);
      const targets = findTargets();
      if (!targets.length) {
        return;
      }
      let panel = document.querySelector('article-annotator-panel');
      if (!panel) {
        panel = document.createElement('article-annotator-panel');
        targets[0].before(panel);
      }
      const annotator = panel.attach(targets, {
        source: panel, dateline: config.dateline,
      });
      if (config.auto) {
        annotator.on();
      }
    } catch (err) {
      console.warn('article-annotator:', err); // eslint-disable-line no-console
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init, { once: true });
  } else {
    init();
  }
})();
