// article-marks.js keeps the highlights of the page's article in step with
// the summary after each correction: each quote's colour class, initials
// and speaker, dismissed and check states, the quotes the editor added
// (wrapped in marks here), and, for screen readers, where each quote
// starts and ends and who said it (text outside the marks, hidden from the
// eye, skipped when the article's text is read). It also gives the order
// of the quotes for the keyboard and shows or hides layers.

import { extract, highlight } from "./highlight.js";
import { sliced as upTo } from "./tasks.js";

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

// setSpeakerClass gives mark the colour, pattern and name of speaker s (or
// none). It writes only what changes: a write is a change of the element
// for the browser to restyle, and the renderer already gave most marks
// of a long article their look.
function setSpeakerClass(mark, s, pattern, only) {
  const colour = s ? "spk-" + (s.palette + 1) : "spk-none";
  const pat = s && pattern ? "pat-" + pattern : "";
  const list = mark.classList;
  for (let k = list.length - 1; k >= 0; k--) {
    const c = list[k];
    if ((c.startsWith("spk-") && c !== colour) || (c.startsWith("pat-") && c !== pat)) {
      list.remove(c);
    }
  }
  if (!list.contains(colour)) {
    list.add(colour);
  }
  if (pat && !list.contains(pat)) {
    list.add(pat);
  }
  const lit = !!s && s.id === only;
  if (list.contains("only") !== lit) {
    list.toggle("only", lit);
  }
  setData(mark, "speakerName", s ? s.name : undefined);
  setData(mark, "speakerNow", s ? s.id : undefined);
}

// setData sets mark.dataset[key] to value (undefined: none) if it differs.
function setData(mark, key, value) {
  if (mark.dataset[key] !== value) {
    if (value === undefined) {
      delete mark.dataset[key];
    } else {
      mark.dataset[key] = value;
    }
  }
}

// slices runs step(items[i]) for every item of items (an array, or a
// live collection read in order), as js/tasks.js's sliced does.
function slices(items, step, alive, tick, heavy) {
  return upTo(items.length, (i) => step(items[i]), alive, tick, heavy);
}

// ArticleMarks keeps the marks of one shown article in step with the
// summary. It indexes the marks once (by quote and by speaker), then on
// each summary touches only the quotes and speakers whose look changed,
// a slice at a time, so that a correction to a long article costs what
// it changes.
export class ArticleMarks {
  constructor(article) {
    this.article = article;
    this.quotes = null; // quote id -> its marks, in order
    this.blocks = 0; // the article's blocks that index went through
    this.mentions = new Map(); // engine speaker id -> its mention marks
    this.applied = new Map(); // quote id or "sp:" + speaker id -> the look last given
    this.sr = new Map(); // quote id -> its screen-reader texts
    this.only = ""; // the speaker whose highlights alone show, or ""
    this.filtering = 0; // generation of the filter being applied
    this.lit = new Set(); // speakers whose marks may carry "only"
  }

  // index finds the marks of the article, a slice at a time; tick(i, n)
  // hears that i of its n blocks are done.
  async index(alive, tick) {
    const quotes = new Map();
    const mentions = new Map();
    // A block of the article (a long article's: a part, see
    // js/page-view.js) at a time: the marks of a long article all at once
    // (a copy, or even the length of the live collection) would be one
    // long task.
    const blocks = this.article.children;
    const n = blocks.length;
    const found = (mark) => {
      const quote = mark.getAttribute("data-quote");
      const speaker = mark.getAttribute("data-speaker");
      if (quote) {
        push(quotes, quote, mark);
      } else if (speaker && mark.classList.contains("sp")) {
        push(mentions, speaker, mark);
      }
    };
    const done = await slices(blocks, (block) => {
      if (block.localName === "mark") {
        found(block);
      }
      for (const mark of block.getElementsByTagName("mark")) {
        found(mark);
      }
    }, alive, tick && ((i) => tick(i, n)), true);
    if (done) {
      this.blocks = n;
      this.quotes = quotes;
      this.mentions = mentions;
    }
    return done;
  }

  // added re-indexes the quotes the editor added (after drawAdded).
  added() {
    for (const [id] of this.quotes) {
      if (/^a\d+$/.test(id)) {
        this.quotes.delete(id);
        this.applied.delete(id);
        for (const old of this.sr.get(id) || []) {
          old.remove();
        }
        this.sr.delete(id);
      }
    }
    for (const mark of this.article.querySelectorAll("mark[data-added]")) {
      push(this.quotes, mark.dataset.quote, mark);
    }
  }

  // apply updates the marks to summary (its quotes a QuoteTable); false
  // when alive() stopped it. progress(share), if given, hears the share
  // of the work done (0 to 1) before each task: the marks to find (the
  // first time), then the quotes, then the speakers' mentions to update,
  // each counted as one.
  async apply(summary, corrections, alive, progress) {
    const table = summary.quotes; // a js/quote-table.js QuoteTable
    let before = 0; // the work done in the steps before
    let total = table.length;
    const tick = progress && ((i) => progress(Math.min(1, (before + i) / Math.max(total, 1))));
    if (!this.quotes) {
      if (!(await this.index(alive, progress && ((i, n) => progress(i / Math.max(n + table.length, 1)))))) {
        return false;
      }
      before = this.blocks;
      total += before;
    }
    const speakers = new Map(summary.speakers.map((s) => [s.id, s]));
    const resolve = speakerResolver(summary, corrections);
    const pattern = patterns(summary);
    const looks = new Map(summary.speakers.map((s) => [s.id, [s.id, s.palette, pattern.get(s.id), s.name, s.initials].join("\u0001")]));
    // The mentions to update, by speaker (no object per mark: a long
    // article has tens of thousands).
    const mentionWork = [];
    let mentionCount = 0;
    for (const [id, marks] of this.mentions) {
      const s = resolve(id);
      const key = s ? looks.get(s.id) : "";
      if (this.applied.get("sp:" + id) !== key) {
        this.applied.set("sp:" + id, key);
        mentionWork.push({ marks, s, pattern: s && pattern.get(s.id) });
        mentionCount += marks.length;
      }
    }
    total += mentionCount;
    let group = 0; // the cursor of the mentions' walk, which goes in order
    let first = 0; // the place of mentionWork[group].marks[0] in the walk
    const done = await upTo(table.length, (i) => {
      const id = table.id(i);
      const speaker = table.speaker(i);
      const q = { id, dismissed: table.dismissed(i), check: table.check(i) };
      const key = (speaker ? looks.get(speaker) : "") + "|" + q.dismissed + "|" + q.check;
      if (this.applied.get(id) !== key && this.quotes.has(id)) {
        this.applied.set(id, key);
        this.showQuote(q, speaker ? speakers.get(speaker) : null, pattern);
      }
    }, alive, tick) && await upTo(mentionCount, (i) => {
      while (i - first >= mentionWork[group].marks.length) {
        first += mentionWork[group].marks.length;
        group++;
      }
      const w = mentionWork[group];
      setSpeakerClass(w.marks[i - first], w.s, w.pattern, this.only);
    }, alive, tick && ((i) => tick(table.length + i)));
    if (!done) {
      this.applied.clear(); // half done: the next apply redoes everything
    }
    return done;
  }

  showQuote(q, s, pattern) {
    const marks = this.quotes.get(q.id);
    for (const mark of marks) {
      if (mark.tabIndex !== -1) {
        mark.tabIndex = -1;
      }
      setSpeakerClass(mark, s, s && pattern.get(s.id), this.only);
      for (const [c, on] of [["dismissed", q.dismissed], ["to-check", q.check]]) {
        if (mark.classList.contains(c) !== on) {
          mark.classList.toggle(c, on);
        }
      }
    }
    const first = marks[0];
    setData(first, "who", s ? s.initials : "?");
    for (const old of this.sr.get(q.id) || []) {
      old.remove();
    }
    this.sr.delete(q.id);
    if (q.dismissed) {
      return;
    }
    const who = s ? "Quote by " + s.name : "Quote, speaker unknown";
    const open = srText(who + (q.check ? " (to check)" : "") + ": ");
    const close = srText(" (end of quote)");
    first.before(open);
    marks[marks.length - 1].after(close);
    this.sr.set(q.id, [open, close]);
  }

  // filter shows only the quotes and mentions of speaker only (an ID, or
  // "" for all), touching the marks of the speaker before and after.
  filter(only) {
    const before = this.only;
    this.only = only;
    this.article.classList.toggle("filtered", !!only);
    if (only === before) {
      return;
    }
    // The speakers whose marks may carry "only": the one before, and those
    // of a filter stopped half way.
    const touch = new Set([...this.lit, before, only].filter(Boolean));
    this.lit = touch;
    const groups = [];
    let n = 0;
    for (const list of [this.quotes || new Map(), this.mentions]) {
      for (const marks of list.values()) {
        const now = marks[0] && marks[0].dataset.speakerNow;
        if (now && touch.has(now)) {
          groups.push({ marks, on: now === only });
          n += marks.length;
        }
      }
    }
    // A slice at a time: one speaker of a long article has tens of
    // thousands of marks. A newer filter stops this one.
    const gen = ++this.filtering;
    let group = 0;
    let first = 0;
    upTo(n, (i) => {
      while (i - first >= groups[group].marks.length) {
        first += groups[group].marks.length;
        group++;
      }
      const { marks, on } = groups[group];
      if (marks[i - first].classList.contains("only") !== on) {
        marks[i - first].classList.toggle("only", on);
      }
    }, () => gen === this.filtering).then((done) => {
      if (done) {
        this.lit = new Set(only ? [only] : []);
      }
    });
  }
}

function push(map, key, value) {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

function srText(text) {
  const span = document.createElement("span");
  span.className = SR + " visually-hidden";
  span.setAttribute("data-annotate-skip", "");
  span.textContent = text;
  return span;
}

// shownQuoteText is the text of quote id as the article shows it: its
// pieces joined (with a space between blocks), found from its first piece
// on; null when it has no highlight.
export function shownQuoteText(article, id) {
  const first = document.getElementById(id);
  if (!first || !article.contains(first)) {
    return null;
  }
  let text = first.textContent;
  let prev = first;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = first;
  for (let n = walker.nextNode(), k = 0; n && k < 20000; n = walker.nextNode(), k++) {
    if (n.localName !== "mark" || first.contains(n)) {
      continue;
    }
    if (n.dataset.quote === id) {
      text += (blockOf(n, article) === blockOf(prev, article) ? "" : " ") + n.textContent;
      prev = n;
    } else if (n.id && n.classList.contains("q")) {
      break; // the next quote: quotes do not overlap
    }
  }
  return text;
}

function blockOf(n, article) {
  let e = n.parentElement;
  while (e && e !== article && getComputedStyle(e).display.startsWith("inline")) {
    e = e.parentElement;
  }
  return e;
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
  const parents = new Set();
  for (const m of article.querySelectorAll("mark[data-added]")) {
    parents.add(m.parentNode);
    m.replaceWith(...m.childNodes);
  }
  for (const p of parents) {
    p.normalize(); // the text nodes the marks split, joined again
  }
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

// setLayers shows or hides the layers ({quotes, speakers, dates}: booleans).
export function setLayers(article, layers) {
  article.classList.toggle("hide-quotes", !layers.quotes);
  article.classList.toggle("hide-speakers", !layers.speakers);
  article.classList.toggle("hide-dates", !layers.dates);
}
