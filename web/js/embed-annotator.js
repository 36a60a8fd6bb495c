// embed-annotator.js: the embed's controller, one per article. It ties a
// panel (js/embed-panel.js) to the body elements it annotates: reads their
// text (js/highlight.js), annotates it (js/engine.js), highlights it in
// place and lists it in the panel; toggling off restores the body.

import { loadEngine } from "./engine.js";
import { datelineFor } from "./dateline.js";
import { adoptMarkStyles } from "./embed-styles.js";
import { plural } from "./format.js";
import { extract, highlight, restore } from "./highlight.js";
import { jumpTo } from "./marks.js";
import { dateId } from "./summary.js";

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
    this.applied = null; // {undo, first}
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
        const t2 = performance.now();
        result = engine.annotate(text, options);
        annotateMs = performance.now() - t2;
        this.cache = { text, dateline, result };
      }
      const view = this.view(result);
      adoptMarkStyles();
      this.applied = highlight(segs, view.ranges, (r, isFirst) => this.mark(r, isFirst));
      this.marks = new Map([...this.applied.first].filter(([r]) => r.id).map(([r, m]) => [r.id, m]));
      this.panel.show(result, view.colors, (id) => this.jump(id));
      this.setState("on");
      const t3 = performance.now();
      this.panel.setStatus(`${plural(result.quotes.length, "quote", "quotes")} from ${plural(result.speakers.length, "speaker", "speakers")}, ` +
        plural(result.dates.length, "date", "dates") + (result.dateline ? ` · dates read against ${result.dateline}` : ""));
      this.host.dispatchEvent(new CustomEvent("article-annotator:highlighted", {
        bubbles: true,
        composed: true,
        detail: {
          ms: t3 - t0, // from the toggle to the highlights and panel in place
          loadMs: t1 - t0, // loading and starting the module (0 once loaded)
          annotateMs, // the engine (0 when the text did not change since the last toggle)
          domMs: t3 - t1 - annotateMs, // reading the text, highlighting, the panel
          cached,
          textLength: text.length,
          quotes: result.quotes.length,
          speakers: result.speakers.length,
          dates: result.dates.length,
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
      this.setState("error");
      this.panel.setPressed(false);
      this.panel.setStatus(`Annotator unavailable: ${err && err.message ? err.message : err}`, true);
      console.warn("article-annotator:", err); // eslint-disable-line no-console
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
    this.panel.setStatus("");
    this.setState("off");
  }

  // view turns a result into ranges to highlight and speaker colours.
  view(result) {
    const colors = new Map();
    result.speakers.forEach((s, i) => colors.set(s.id, String((i % 6) + 1)));
    const names = new Map(result.speakers.map((s) => [s.id, s.name]));
    const ranges = [];
    for (const q of result.quotes) {
      ranges.push({
        kind: "quote", start: q.start, end: q.end, item: q, id: q.id,
        color: q.speaker && colors.has(q.speaker) ? colors.get(q.speaker) : "0",
        title: `Quote · ${q.speaker && names.has(q.speaker) ? names.get(q.speaker) : "speaker unknown"}` +
          (q.cue ? ` (${q.cue.text})` : "") + ` · paragraph ${q.paragraph + 1}` + (q.unclosed ? " · unclosed" : ""),
      });
    }
    for (const s of result.speakers) {
      for (const m of s.mentions) {
        ranges.push({ kind: "mention", start: m.start, end: m.end, item: m, speaker: s.id, color: colors.get(s.id), title: `Speaker · ${s.name}` });
      }
    }
    result.dates.forEach((d, i) => {
      const kind = d.type === "DURATION" ? "Duration" : d.type === "SET" ? "Recurring" : d.type === "TIME" ? "Time" : "Date";
      ranges.push({ kind: "date", start: d.start, end: d.end, item: d, id: dateId(i), title: `${kind} · ${d.value}` });
    });
    return { colors, ranges };
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
      m.tabIndex = -1; // a target for the panel's links
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
