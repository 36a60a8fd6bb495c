// panel.js builds the lists of a panel from a summary (js/summary.js): the
// speakers with their quotes, and the dates in time order. The page's side
// panel and the embed's shadow-DOM panel both use it; each passes a look:
//
//   swatch(entry)  the element that opens a speaker's row (entry is a
//                  summary speaker, or null for the unattributed quotes)
//   limit          items per list before "and N more"
//
// Every quote and date is a button.jump whose data-target is the id of its
// highlight (q1…, d1…: the renderer's ids, and the embed's marks' keys);
// the caller listens for clicks on the list.

import { h } from "./dom.js";
import { humanDate, plural, shorten } from "./format.js";

// speakerItems is the <li> of each speaker, most quoted first, then one for
// the unattributed quotes, or a "No quotes found." item.
export function speakerItems(summary, look) {
  const limit = look.limit || 300;
  const items = summary.speakers.slice(0, limit).map((entry) => {
    const s = entry.speaker;
    const head = h("div", { class: "speaker-head" },
      look.swatch(entry),
      h("span", { class: "speaker-name" }, s.name || s.id),
      h("span", { class: "count" }, plural(entry.quotes.length, "quote", "quotes")),
      s.kind && s.kind !== "person" ? tag(s.kind) : null);
    return h("li", { class: "speaker", "data-speaker": s.id },
      head,
      entry.aliases.length ? h("p", { class: "aliases" }, "Also: " + entry.aliases.join(", ")) : null,
      quoteList(entry.quotes, limit));
  });
  if (summary.unattributed.length > 0) {
    items.push(h("li", { class: "speaker unattributed" },
      h("div", { class: "speaker-head" },
        look.swatch(null),
        h("span", { class: "speaker-name" }, "Unattributed"),
        h("span", { class: "count" }, plural(summary.unattributed.length, "quote", "quotes"))),
      quoteList(summary.unattributed, limit)));
  }
  if (summary.speakers.length > limit) {
    items.push(more(summary.speakers.length - limit, "speakers"));
  }
  if (items.length === 0) {
    items.push(h("li", { class: "none" }, "No quotes found."));
  }
  return items;
}

function quoteList(quotes, limit) {
  return h("ol", { class: "quotes" },
    quotes.slice(0, limit).map((item) => h("li", null,
      h("button", {
        type: "button",
        class: "jump",
        "data-target": item.id,
        title: "Show this quote in the article (paragraph " + (item.quote.paragraph + 1) + ")",
      }, shorten(item.text, 140)),
      item.quote.unclosed ? tag("closing mark missing") : null)),
    quotes.length > limit ? more(quotes.length - limit, "quotes") : null);
}

// dateItems is the <li> of each date value, in the summary's time order,
// each with its mentions as buttons, or a "No dates found." item.
export function dateItems(summary, look) {
  const limit = look.limit || 300;
  const items = summary.dates.slice(0, limit).map((g) => {
    const human = humanDate(g.value);
    const mentions = g.items.slice(0, 20).map((item) => {
      const text = shorten(item.text, 40);
      return h("button", { type: "button", class: "jump chip", "data-target": item.id, title: "Show “" + text + "” in the article" }, text);
    });
    return h("li", { class: "date" },
      h("div", { class: "date-head" },
        h("span", { class: "date-value" }, g.value + (g.mod ? " (" + g.mod + ")" : "")),
        human ? h("span", { class: "date-human" }, human) : null,
        tag(g.type)),
      h("div", { class: "date-mentions" }, mentions,
        g.items.length > 20 ? " and " + (g.items.length - 20) + " more" : null));
  });
  if (summary.dates.length > limit) {
    items.push(more(summary.dates.length - limit, "dates"));
  }
  if (items.length === 0) {
    items.push(h("li", { class: "none" }, "No dates found."));
  }
  return items;
}

function tag(text) {
  return h("span", { class: "tag" }, text);
}

function more(n, what) {
  return h("li", { class: "more" }, "and " + n.toLocaleString("en") + " more " + what);
}
