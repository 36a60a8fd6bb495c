// embed-panel.js: the embed's controls in a shadow root (toggle, status,
// legend, keys) and its lists, from the summary computed in Go (the one the
// annotator page shows): each speaker with quotes, quoted words and share,
// the unattributed quotes, then the dates and times in time order and, apart,
// the durations and repeats, in readable form (js/date-list.js, shared with
// the page, grouped as the Go summary's date_groups has them).

import { h } from "./dom.js";
import { dateItems } from "./date-list.js";
import { stylePanel } from "./embed-styles.js";
import { percent, plural, shorten } from "./format.js";

// LIMIT is the number of speakers, and of quotes per speaker, listed
// before "and N more".
const LIMIT = 300;

// Panel builds the controls in shadow and shows a result in it.
export class Panel {
  constructor(shadow, onToggle) {
    stylePanel(shadow);
    this.toggle = h("button", { type: "button", class: "toggle", "aria-pressed": "false", part: "toggle" },
      h("span", { class: "dot", "aria-hidden": "true" }), "Highlight quotes and dates");
    this.status = h("span", { class: "status", role: "status", "aria-live": "polite", part: "status" });
    this.legend = h("ul", { class: "legend", "aria-label": "Legend", hidden: true, part: "legend" },
      h("li", null, h("span", { class: "aa-who", "data-aa-color": "1", "aria-hidden": "true" }, "AB"),
        h("mark", { class: "aa-hl aa-quote", "data-aa-color": "1" }, "“Quote”"), " by the speaker with these initials"),
      h("li", null, h("span", { class: "aa-who", "data-aa-color": "0", "aria-hidden": "true" }, "?"),
        h("mark", { class: "aa-hl aa-quote", "data-aa-color": "0" }, "“Quote”"), " speaker unknown"),
      h("li", null, h("mark", { class: "aa-hl aa-mention", "data-aa-color": "1" }, "Speaker"), " named"),
      h("li", null, h("mark", { class: "aa-hl aa-date" }, "Date"), " or duration"),
      h("li", { class: "keys" }, "Keys: Tab to the article, then ", h("kbd", null, "j"), " / ", h("kbd", null, "k"),
        " or the arrows for the next or previous quote"));
    this.details = h("details", { class: "details", hidden: true, part: "details" });
    this.toggle.addEventListener("click", () => onToggle());
    shadow.append(h("div", { class: "panel", part: "panel" },
      h("div", { class: "bar" }, this.toggle, this.status), this.legend, this.details));
  }

  setStatus(text, error) {
    this.status.textContent = text;
    this.status.classList.toggle("error", !!error);
  }

  setPressed(on) {
    this.toggle.setAttribute("aria-pressed", on ? "true" : "false");
  }

  // show lists the summary's speakers with their figures and quotes (the
  // quotes' texts from result), and its dates; jump(id) scrolls to the
  // highlight of a quote or date.
  show(result, summary, jump) {
    const texts = new Map(result.quotes.map((q) => [q.id, q]));
    const hasQuotes = summary.speakers.length > 0 || summary.unattributed.quotes > 0;
    const periods = [...summary.durations, ...summary.sets];
    const hasDates = summary.timeline.length > 0 || periods.length > 0;
    const speakers = h("ol", { class: "speakers" }, hasQuotes ? speakerItems(summary, texts) : []);
    const dates = h("ol", { class: "dates" }, dateItems(summary.date_groups.timeline, "No dates or times found."));
    const others = h("ol", { class: "dates" }, dateItems(summary.date_groups.periods, "No durations or repeats found."));
    for (const list of [speakers, dates, others]) {
      list.addEventListener("click", (e) => {
        const b = e.target instanceof Element && e.target.closest("button.jump");
        if (b) {
          jump(b.dataset.target);
        }
      });
    }
    const label = hasQuotes && hasDates ? "Speakers, quotes and dates" : hasQuotes ? "Speakers and quotes" : "Dates";
    this.details.replaceChildren(...[
      h("summary", null, label),
      hasQuotes ? [h("h2", null, "Speakers and their quotes"), speakers] : [],
      hasDates ? [h("h2", null, "Dates and times in time order"), dates, h("h2", null, "Durations and repeats"), others] : [],
    ].flat());
    this.details.hidden = !hasQuotes && !hasDates;
    this.legend.hidden = false;
  }

  clear() {
    this.legend.hidden = true;
    this.details.hidden = true;
    this.details.replaceChildren();
  }
}

// speakerItems is the <li> of each speaker of summary (most quoted first,
// as the summary orders them), then one for the unattributed quotes.
function speakerItems(summary, quotes) {
  const items = summary.speakers.slice(0, LIMIT).map((s) => h("li", { class: "speaker", "data-speaker": s.id },
    h("h3", { class: "speaker-head" },
      h("span", { class: "aa-who", "data-aa-color": String(s.palette + 1), "aria-hidden": "true" }, s.initials),
      h("span", { class: "speaker-name" }, s.name),
      s.kind && s.kind !== "person" ? h("span", { class: "tag" }, s.kind) : null),
    s.role ? h("p", { class: "role" }, s.role) : null,
    figures(s),
    s.aliases && s.aliases.length ? h("p", { class: "aliases" }, "Also: " + s.aliases.join(", ")) : null,
    quoteList(s.quote_ids, quotes)));
  const un = summary.unattributed;
  if (un.quotes > 0) {
    items.push(h("li", { class: "speaker unattributed" },
      h("h3", { class: "speaker-head" },
        h("span", { class: "aa-who", "data-aa-color": "0", "aria-hidden": "true" }, "?"),
        h("span", { class: "speaker-name" }, "Unattributed")),
      figures(un),
      quoteList(un.quote_ids, quotes)));
  }
  if (summary.speakers.length > LIMIT) {
    items.push(h("li", { class: "more" }, "and " + (summary.speakers.length - LIMIT).toLocaleString("en") + " more speakers"));
  }
  return items;
}

// figures is "3 quotes · 57 words · 41% of quoted words".
function figures(f) {
  return h("p", { class: "count" },
    plural(f.quotes, "quote", "quotes") + " · " + plural(f.words, "word", "words") + " · " + percent(f.share) + " of quoted words");
}

function quoteList(ids, quotes) {
  return h("ol", { class: "quotes" },
    ids.slice(0, LIMIT).map((id) => {
      const q = quotes.get(id);
      return h("li", null,
        h("button", {
          type: "button", class: "jump", "data-target": id,
          title: "Show this quote in the article" + (q ? " (paragraph " + (q.paragraph + 1) + ")" : ""),
        }, shorten(q ? q.text : id, 140)),
        q && q.unclosed ? h("span", { class: "tag" }, "closing mark missing") : null);
    }),
    ids.length > LIMIT ? h("li", { class: "more" }, "and " + (ids.length - LIMIT).toLocaleString("en") + " more quotes") : null);
}
