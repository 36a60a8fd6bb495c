// highlight.js reads the text of article elements already on a page and
// wraps ranges of it in <mark> elements, in place, and undoes that byte for
// byte. The embed uses it (js/embed-element.js); it works on any DOM.
//
// The text of the body is read from its text nodes (blocks separated by
// blank lines, white space collapsed as the browser shows it). A range in
// that text (UTF-16 offsets, what the annotator returns) maps back to (text
// node, offset); only the text nodes a range starts or ends in are split,
// and each run of split text is wrapped in a mark. startPoint and endPoint
// are pure and unit-tested under Node (web/test/highlight.test.js).


// Elements whose text is not part of the article body: code and media,
// form controls, and the page furniture inside an article (its header with
// headline and byline, photo captions, asides, navigation).
export const SKIP = new Set([
  "script", "style", "noscript", "template", "textarea", "input", "select", "option", "button",
  "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "picture", "img",
  "figure", "figcaption", "aside", "nav", "header", "footer", "form", "dialog",
  "article-annotator-panel",
]);

// Elements that end a paragraph.
export const BLOCK = new Set([
  "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "h1", "h2",
  "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary",
  "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul", "article-annotator",
]);

const skipped = (el) => SKIP.has(el.localName) || el.hidden || el.hasAttribute("data-annotate-skip") ||
  el.getAttribute("aria-hidden") === "true";

const isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

// extract reads the text of roots as one article. It returns the text and
// its segments, one per text node that contributes: where its part starts
// in the text, its length, and runs mapping that part back to the node.
// A run is either a stretch copied as is (text and node offsets advance
// together) or one space standing for a collapsed run of white space.
export function extract(roots) {
  const parts = [];
  let length = 0;
  const segs = [];
  const blockCache = new Map();
  let pending = ""; // a break waiting for the next visible character
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
      pending = "\n\n";
    }
    space = true;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.nodeType === 1 && skipped(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 1) {
        if (n.localName === "br" && length && !pending) {
          pending = "\n";
          space = true;
        }
        continue;
      }
      const block = blockOf(n, root);
      if (block !== lastBlock) {
        lastBlock = block;
        if (length) {
          pending = "\n\n";
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
            add(" ", i, j, j - i === 1 && data.charCodeAt(i) === 32);
            space = true;
          }
        } else {
          while (j < data.length && !isSpace(data.charCodeAt(j))) {
            j++;
          }
          if (pending) {
            parts.push(pending);
            length += pending.length;
            pending = "";
          }
          add(data.slice(i, j), i, j, true);
          space = false;
        }
        i = j;
      }
    }
  }
  return { text: parts.join(""), segs };
}

// unitRun returns the run of segment g holding its unit u.
export function unitRun(g, u) {
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
export function startPoint(segs, s) {
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
export function endPoint(segs, e) {
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


const KIND_ORDER = { quote: 0, mention: 1, date: 2 };

// highlight wraps every range of ranges ({start, end, kind, ...} in text
// offsets) in marks made by makeMark(range, firstPiece). It returns the
// undo record for restore and, for each range, its first mark (or null).
export function highlight(segs, ranges, makeMark) {
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
      undo.splits.push({ node, data: node.data + extra.map((t) => t.data).join(""), extra });
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
export function restore(undo) {
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

