// embed-annotator.js: the embed's controller, one per article. It ties a
// panel (js/embed-panel.js) to the body elements it annotates: reads their
// text (js/highlight.js), annotates it (js/engine.js: in a worker when the
// page allows one), highlights it in place with its speaker labels and
// keys (js/embed-marks.js) and lists the summary computed in Go in the
// panel; toggling off restores the body.

import { loadEngine } from "./engine.js";
import { datelineFor } from "./dateline.js";
import { labelQuotes, quoteKeys } from "./embed-marks.js";
import { adoptMarkStyles } from "./embed-styles.js";
import { plural } from "./format.js";
import { extract, highlight, restore } from "./highlight.js";
import { jumpTo } from "./marks.js";

// dateId is the id of the i-th date of a result (d1, d2…), as the page's
// renderer names its marks and the summary's index points at.
const dateId = (i) => "d" + (i + 1);

// Annotator ties a panel to targets. host is the element that carries the
// state attribute and receives the events; opts is {urls: () => the asset
// URLs, dateline}.
export class Annotator {
  constructor(host, panel, targets, opts) {
    this.host = host;
    this.panel = panel;
    this.targets = targets;
    this.opts = opts;
    this.state = "off";
    this.applied = null; // {undo, first}, and what labels and keys added: {unlabel, unkey}
    this.marks = null; // highlight id (q1, d1) -> its first mark
    this.cache = null; // {text, dateline, result}
    this.generation = 0;
    this.setState("off");
  }

  setState(state) {
    this.state = state;
    this.host.setAttribute("state", state);
  }

  toggle() {
    if (this.state === "on" || this.state === "loading") {
      this.off();
    } else {
      this.on();
    }
  }

  // refresh reads the article again and shows what it holds now, for an
  // article that changed after the highlights went in (a live page); the
  // engine runs again only if its text changed. Off, it does nothing. It
  // resolves once the highlights are back.
  refresh() {
    if (this.state !== "on" && this.state !== "loading") {
      return Promise.resolve();
    }
    this.unhighlight();
    return this.on();
  }

  // on annotates the body and highlights it; errors end up in the status.
  async on() {
    const gen = ++this.generation;
    const t0 = performance.now();
    this.setState("loading");
    this.panel.setPressed(true);
    this.panel.setStatus("Loading the annotator…");
    try {
      const engine = await loadEngine(this.opts.urls());
      if (gen !== this.generation) {
        return; // toggled off meanwhile
      }
      const t1 = performance.now();
      const { text, segs } = extract(this.targets);
      const dateline = datelineFor(this.targets, this.opts.dateline);
      const limit = engine.maxTextLength;
      if (limit && text.length > limit) {
        throw new Error(`the article is ${plural(text.length, "character", "characters")} long; the annotator takes up to ${limit.toLocaleString("en")}`);
      }
      let result;
      let annotateMs = 0;
      const cached = !!this.cache && this.cache.text === text && this.cache.dateline === dateline;
      if (cached) {
        result = this.cache.result;
      } else {
        const options = { format: "plain" };
        if (dateline) {
          options.dateline = dateline;
        }
        this.panel.setStatus("Annotating…");
        const t2 = performance.now();
        result = await engine.annotate(text, options);
        annotateMs = performance.now() - t2;
        if (gen !== this.generation) {
          return;
        }
        if (!result.summary) {
          throw new Error("the annotator module is older than this embed (its result has no summary): update annotator.wasm");
        }
        this.cache = { text, dateline, result };
      }
      const summary = result.summary;
      adoptMarkStyles();
      const last = new Map(); // quote id -> its last mark
      this.applied = highlight(segs, this.ranges(result, summary), (r, isFirst) => {
        const m = this.mark(r, isFirst);
        if (r.kind === "quote") {
          last.set(r.id, m);
        }
        return m;
      });
      this.marks = new Map([...this.applied.first].filter(([r]) => r.id).map(([r, m]) => [r.id, m]));
      const ends = new Map([...last].map(([id, m]) => [id, { first: this.marks.get(id), last: m }]));
      this.applied.unlabel = labelQuotes(summary, ends);
      const quotes = summary.quotes.filter((q) => !q.dismissed && this.marks.has(q.id)).map((q) => this.marks.get(q.id));
      this.applied.unkey = quoteKeys(this.targets, quotes, (m) => jumpTo(m, "aa-flash"));
      this.panel.show(result, summary, (id) => this.jump(id));
      this.setState("on");
      const t4 = performance.now();
      this.panel.setStatus(`${plural(result.quotes.length, "quote", "quotes")} from ${plural(summary.speakers.length, "speaker", "speakers")}, ` +
        plural(result.dates.length, "date", "dates") + (result.dateline ? ` · dates read against ${result.dateline}` : ""));
      this.host.dispatchEvent(new CustomEvent("article-annotator:highlighted", {
        bubbles: true,
        composed: true,
        detail: {
          ms: t4 - t0, // from the toggle to the highlights and panel in place
          loadMs: t1 - t0, // loading and starting the module (0 once loaded)
          annotateMs, // the engine, with the trip to the worker (0 when the text did not change)
          domMs: t4 - t1 - annotateMs, // reading the text, highlighting, the panel
          where: engine.where, // "worker" or "main": where the engine ran
          cached,
          textLength: text.length,
          quotes: result.quotes.length,
          speakers: summary.speakers.length,
          dates: result.dates.length,
        },
      }));
    } catch (err) {
      if (gen !== this.generation) {
        return;
      }
      this.unhighlight();
      this.setState("error");
      this.panel.setPressed(false);
      this.panel.setStatus(`Annotator unavailable: ${err && err.message ? err.message : err}`, true);
      console.warn("article-annotator:", err); // eslint-disable-line no-console
    }
  }

  // off removes every highlight, restoring the body as it was.
  off() {
    this.generation++;
    this.unhighlight();
    this.panel.clear();
    this.panel.setPressed(false);
    this.panel.setStatus("");
    this.setState("off");
  }

  // unhighlight takes the labels, keys and marks out of the body.
  unhighlight() {
    const a = this.applied;
    this.applied = null;
    this.marks = null;
    if (a) {
      if (a.unkey) {
        a.unkey();
      }
      if (a.unlabel) {
        a.unlabel();
      }
      restore(a.undo);
    }
  }

  // ranges turns a result into the ranges to highlight, each speaker in
  // the colour of its place in the summary's palette.
  ranges(result, summary) {
    const speakers = new Map(summary.speakers.map((s) => [s.id, s]));
    const color = (id) => (id && speakers.has(id) ? String(speakers.get(id).palette + 1) : "0");
    const out = [];
    for (const q of result.quotes) {
      const s = q.speaker && speakers.get(q.speaker);
      out.push({
        kind: "quote", start: q.start, end: q.end, item: q, id: q.id, color: color(q.speaker),
        title: `Quote · ${s ? s.name : "speaker unknown"}` +
          (q.cue ? ` (${q.cue.text})` : "") + ` · paragraph ${q.paragraph + 1}` + (q.unclosed ? " · unclosed" : ""),
      });
    }
    for (const s of result.speakers) {
      const shown = speakers.get(s.id);
      for (const m of s.mentions) {
        out.push({ kind: "mention", start: m.start, end: m.end, item: m, speaker: s.id, color: color(s.id), title: `Speaker · ${shown ? shown.name : s.name}` });
      }
    }
    const readable = new Map([...summary.timeline, ...summary.durations, ...summary.sets].map((d) => [d.index, d.readable]));
    result.dates.forEach((d, i) => {
      const kind = d.type === "DURATION" ? "Duration" : d.type === "SET" ? "Recurring" : d.type === "TIME" ? "Time" : "Date";
      const human = readable.get(i);
      out.push({ kind: "date", start: d.start, end: d.end, item: d, id: dateId(i), title: `${kind} · ${human ? human + " (" + d.value + ")" : d.value}` });
    });
    return out;
  }

  // mark makes the <mark> for one piece of a range.
  mark(r, isFirst) {
    const m = document.createElement("mark");
    m.className = `aa-hl aa-${r.kind}`;
    if (r.color) {
      m.setAttribute("data-aa-color", r.color);
    }
    if (r.kind === "quote") {
      m.setAttribute("data-aa-speaker", r.item.speaker || "");
      m.setAttribute("data-aa-quote", r.item.id);
    } else if (r.kind === "mention") {
      m.setAttribute("data-aa-speaker", r.speaker);
    } else if (r.kind === "date") {
      m.setAttribute("data-aa-value", r.item.value);
      m.setAttribute("data-aa-type", r.item.type);
    }
    m.title = r.title;
    if (isFirst && r.kind !== "mention") {
      m.tabIndex = -1; // a target for the panel's links and the keys
    }
    return m;
  }

  // jump scrolls to the highlight of a quote or date (by id) and focuses it.
  jump(id) {
    const m = this.marks && this.marks.get(id);
    if (!m || !m.isConnected) {
      return;
    }
    jumpTo(m, "aa-flash");
  }
}
