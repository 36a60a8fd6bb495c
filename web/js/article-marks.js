// article-marks.js keeps the highlights of the page's article in step with
// the summary after each correction: each quote's colour class, initials
// and speaker, dismissed and check states, the quotes the editor added
// (wrapped in marks here), and, for screen readers, where each quote
// starts and ends and who said it (text outside the marks, hidden from the
// eye, skipped when the article's text is read). It also gives the order
// of the quotes for the keyboard and shows or hides layers.

import { extract, highlight } from "./highlight.js";

const SR = "sr-q"; // class of the screen-reader texts

// speakerResolver returns id -> the speaker of the summary that holds the
// quotes of speaker id once merges are followed (or null).
function speakerResolver(summary, corrections) {
  const byId = new Map(summary.speakers.map((s) => [s.id, s]));
  const sc = (corrections && corrections.speakers) || {};
  return (id) => {
    const seen = new Set();
    while (id && !byId.has(id) && sc[id] && sc[id].merged_into && !seen.has(id)) {
      seen.add(id);
      id = sc[id].merged_into;
    }
    return byId.get(id) || null;
  };
}

// patterns gives each speaker the number of speakers before it (in the
// summary's order) that share its colour: 0 (plain), then pat-1 to pat-3.
function patterns(summary) {
  const seen = new Map();
  const out = new Map();
  for (const s of summary.speakers) {
    const n = seen.get(s.palette) || 0;
    seen.set(s.palette, n + 1);
    out.set(s.id, n % 4);
  }
  return out;
}

function setSpeakerClass(mark, s, pattern) {
  for (const c of Array.from(mark.classList)) {
    if (c.startsWith("spk-") || c.startsWith("pat-")) {
      mark.classList.remove(c);
    }
  }
  mark.classList.add(s ? "spk-" + (s.palette + 1) : "spk-none");
  if (s && pattern.get(s.id)) {
    mark.classList.add("pat-" + pattern.get(s.id));
  }
}

// applySummary updates the marks of article to summary (and corrections,
// for the mentions of merged speakers).
export function applySummary(article, summary, corrections) {
  for (const old of article.querySelectorAll("span." + SR)) {
    old.remove();
  }
  const quotes = new Map(summary.quotes.map((q) => [q.id, q]));
  const speakers = new Map(summary.speakers.map((s) => [s.id, s]));
  const resolve = speakerResolver(summary, corrections);
  const pattern = patterns(summary);
  const pieces = new Map(); // quote id -> its marks
  for (const mark of article.querySelectorAll("mark")) {
    mark.tabIndex = -1;
    const d = mark.dataset;
    if (d.quote) {
      const list = pieces.get(d.quote) || [];
      list.push(mark);
      pieces.set(d.quote, list);
    } else if (d.speaker && mark.classList.contains("sp")) {
      const s = resolve(d.speaker);
      setSpeakerClass(mark, s, pattern);
      if (s) {
        d.speakerName = s.name;
        d.speakerNow = s.id;
      }
    }
  }
  for (const [id, marks] of pieces) {
    const q = quotes.get(id);
    if (!q) {
      continue;
    }
    const s = q.speaker ? speakers.get(q.speaker) : null;
    for (const mark of marks) {
      setSpeakerClass(mark, s, pattern);
      mark.classList.toggle("dismissed", q.dismissed);
      mark.classList.toggle("to-check", q.check);
      if (s) {
        mark.dataset.speakerName = s.name;
        mark.dataset.speakerNow = s.id;
      } else {
        delete mark.dataset.speakerName;
        delete mark.dataset.speakerNow;
      }
    }
    const first = marks[0];
    first.dataset.who = s ? s.initials : "?";
    if (q.dismissed) {
      continue;
    }
    const who = s ? "Quote by " + s.name : "Quote, speaker unknown";
    first.before(srText(who + (q.check ? " (to check)" : "") + ": "));
    marks[marks.length - 1].after(srText(" (end of quote)"));
  }
}

function srText(text) {
  const span = document.createElement("span");
  span.className = SR + " visually-hidden";
  span.setAttribute("data-annotate-skip", "");
  span.textContent = text;
  return span;
}

// norm collapses white space, as the article's text shows it.
const norm = (s) => s.replace(/\s+/g, " ").trim();

// occurrence is the index (0-based) of the occurrence of needle in hay
// that starts at at, counting occurrences that start before it.
function countBefore(hay, needle, at) {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0 && i < at; i = hay.indexOf(needle, i + needle.length)) {
    n++;
  }
  return n;
}

function nth(hay, needle, n) {
  let i = hay.indexOf(needle);
  for (; i >= 0 && n > 0; n--) {
    i = hay.indexOf(needle, i + needle.length);
  }
  return i;
}

// sourceRange maps a selection in article to offsets in the source text:
// the selected text (white space collapsed) is found in the source at the
// same occurrence as in the article. null when it cannot be found (text
// across Markdown markup).
export function sourceRange(article, range, source) {
  const needle = norm(range.toString());
  if (!needle) {
    return null;
  }
  const before = document.createRange();
  before.setStart(article, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const { text } = extract([article]);
  const k = countBefore(text, needle, textOf(before).length);
  // Find the k-th occurrence in the source, white space matched loosely.
  const pattern = new RegExp(needle.split(" ").map(escapeRe).join("\\s+"), "g");
  let m;
  for (let i = 0; (m = pattern.exec(source)); i++) {
    if (i === k) {
      return { start: m.index, end: m.index + m[0].length };
    }
  }
  return null;
}

function textOf(range) {
  const div = document.createElement("div");
  div.append(range.cloneContents());
  for (const sr of div.querySelectorAll("." + SR)) {
    sr.remove();
  }
  return extract([div]).text;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// drawAdded wraps the quotes the editor added (corrections.added, source
// offsets) in marks, after removing those drawn before.
export function drawAdded(article, corrections, source) {
  for (const m of article.querySelectorAll("mark[data-added]")) {
    m.replaceWith(...m.childNodes);
  }
  article.normalize();
  const added = (corrections && corrections.added) || [];
  if (added.length === 0) {
    return;
  }
  const { text, segs } = extract([article]);
  const ranges = [];
  for (const a of added) {
    const needle = norm(source.slice(a.start, a.end));
    const k = countBefore(source, source.slice(a.start, a.end), a.start);
    const at = nth(text, needle, k);
    if (needle && at >= 0) {
      ranges.push({ start: at, end: at + needle.length, kind: "quote", id: a.id });
    }
  }
  highlight(segs, ranges, (r, first) => {
    const m = document.createElement("mark");
    m.className = "q spk-none";
    m.dataset.quote = r.id;
    m.dataset.added = "true";
    if (first) {
      m.id = r.id;
    }
    return m;
  });
}

// liveQuotes lists the first mark of each quote not dismissed, in text
// order: the stops of j/k and the arrow keys.
export function liveQuotes(article) {
  return Array.from(article.querySelectorAll("mark.q[id]:not(.dismissed)"));
}

// setLayers shows or hides the layers ({quotes, speakers, dates}: booleans)
// and limits the quotes shown to one speaker (only: an ID or "").
export function setLayers(article, layers, only) {
  article.classList.toggle("hide-quotes", !layers.quotes);
  article.classList.toggle("hide-speakers", !layers.speakers);
  article.classList.toggle("hide-dates", !layers.dates);
  for (const m of article.querySelectorAll("mark.q, mark.sp")) {
    const id = m.dataset.speakerNow;
    m.classList.toggle("other", !!only && id !== only);
  }
}
