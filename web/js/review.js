// review.js builds the page's review list from a summary: each speaker as a
// heading with their quotes, then the unattributed and the dismissed
// quotes. Each quote jumps to its highlight, shows a "check" flag when the
// engine is unsure, and can be reassigned (to a speaker, a new one or
// none), dismissed or restored, and marked checked; each speaker can be
// renamed or merged into another. Controls carry data-action and data-quote
// or data-speaker; the page listens for clicks and changes on the list.
// texts(id) gives a quote's text as the article shows it.

import { h } from "./dom.js";
import { plural, shorten } from "./format.js";

// NEW is the value of the "new speaker…" choice of a reassign menu.
export const NEW = "\u0000new";

// reviewItems returns what makes the <li> of each speaker, the
// unattributed quotes and the dismissed ones, from summary (its quotes a
// js/quote-table.js QuoteTable, its groups' quotes as quote_at): a
// function per item, so that a long list can be built a slice at a time.
export function reviewItems(summary, texts) {
  // Quotes listed per speaker: LIMIT, fewer when many speakers share the
  // list (ROWS in all), at least FEW.
  const limit = Math.max(FEW, Math.min(LIMIT, Math.floor(ROWS / Math.max(1, summary.speakers.length))));
  const items = summary.speakers.map((s) => () => {
    const others = summary.speakers.length > 1;
    return h("li", { class: "speaker", "data-speaker": s.id },
      h("h4", { class: "speaker-head", id: "speaker-" + s.id },
        h("span", { class: "swatch spk-" + (s.palette + 1), "aria-hidden": "true" }, s.initials),
        h("span", { class: "speaker-name" }, s.name),
        h("span", { class: "count" }, plural(s.quotes, "quote", "quotes")),
        s.kind !== "person" ? h("span", { class: "tag" }, s.kind) : null,
        s.edited ? h("span", { class: "tag" }, "edited") : null),
      s.role ? h("p", { class: "role" }, s.role) : null,
      aliasList(s.aliases),
      h("details", { class: "edit-speaker" },
        h("summary", null, "Rename or merge"),
        h("div", { class: "edit-row" },
          h("label", { for: "rename-" + s.id }, "Name"),
          h("input", { type: "text", id: "rename-" + s.id, value: s.name, "data-speaker": s.id }),
          h("button", { type: "button", class: "btn btn-small", "data-action": "rename", "data-speaker": s.id }, "Rename")),
        others ? h("div", { class: "edit-row" },
          h("label", { for: "merge-" + s.id }, "Merge into"),
          h("select", { id: "merge-" + s.id, "data-speaker": s.id }), // filled by fillMerge when opened
          h("button", { type: "button", class: "btn btn-small", "data-action": "merge", "data-speaker": s.id }, "Merge")) : null),
      quoteList(summary.quotes, s.quote_at, texts, limit));
  });
  if (summary.unattributed.quotes > 0) {
    items.push(() => h("li", { class: "speaker unattributed" },
      h("h4", { class: "speaker-head" },
        h("span", { class: "swatch spk-none", "aria-hidden": "true" }, "?"),
        h("span", { class: "speaker-name" }, "Unattributed"),
        h("span", { class: "count" }, plural(summary.unattributed.quotes, "quote", "quotes"))),
      quoteList(summary.quotes, summary.unattributed.quote_at, texts, LIMIT)));
  }
  const dismissed = summary.quotes.list(summary.quotes.where("dismissed"));
  if (dismissed.length > 0) {
    items.push(() => h("li", { class: "speaker dismissed" },
      h("h4", { class: "speaker-head" },
        h("span", { class: "speaker-name" }, "Dismissed"),
        h("span", { class: "count" }, plural(dismissed.length, "quote", "quotes"))),
      h("ol", { class: "quotes" }, dismissed.map((q) => h("li", { class: "quote-row" },
        h("button", { type: "button", class: "jump", "data-target": q.id, title: "Show it in the article" }, shorten(texts(q.id), 140)),
        h("div", { class: "quote-tools" },
          h("button", { type: "button", class: "btn btn-small", "data-action": "restore", "data-quote": q.id }, "Restore")))))));
  }
  if (items.length === 0) {
    items.push(() => h("li", { class: "none" }, "No quotes found. Select text in the article and press “Add selected text as a quote”."));
  }
  return items;
}

// fillMerge gives the "Merge into" menu of a speaker (select, empty until
// its details are first opened: a menu of every other speaker for each
// speaker would cost an article of hundreds of speakers a long task) the
// other speakers of summary.
export function fillMerge(select, summary) {
  if (select.options.length === 0) {
    const id = select.dataset.speaker;
    select.append(...summary.speakers.filter((o) => o.id !== id).map((o) => h("option", { value: o.id }, o.name)));
  }
}

// speakerMenu is the menu that reassigns quote q, made when asked for (a
// menu per quote would cost a long article thousands of options).
export function speakerMenu(summary, q, label) {
  return h("select", { "data-action": "reassign", "data-quote": q.id, "aria-label": label },
    summary.speakers.map((s) => h("option", { value: s.id, selected: s.id === q.speaker ? true : null }, s.name)),
    h("option", { value: "", selected: q.speaker ? null : true }, "No speaker"),
    h("option", { value: NEW }, "New speaker…"));
}

// LIMIT is the number of quotes listed per speaker before "and N more";
// ROWS caps the quotes of all speakers together (an article of hundreds of
// speakers would list thousands, a long task to build), but each speaker
// lists FEW at least.
const LIMIT = 100;
const ROWS = 400;
const FEW = 2;

function aliasList(names) {
  return names.length ? h("p", { class: "aliases" }, "Also: " + names.join(", ")) : null;
}

// quoteList lists the quotes of table at places, the first limit of them.
function quoteList(table, places, texts, limit) {
  const quotes = table.list(places, limit);
  const all = Array.from(places).filter((i) => i >= 0 && i < table.length).length;
  return h("ol", { class: "quotes" }, quotes.map((q) => {
    const text = shorten(texts(q.id), 140);
    return h("li", { class: "quote-row" + (q.check ? " to-check" : ""), "data-quote": q.id },
      h("button", {
        type: "button", class: "jump", "data-target": q.id,
        title: "Show this quote in the article (paragraph " + (q.paragraph + 1) + ")",
      }, text),
      h("div", { class: "quote-tools" },
        q.check ? h("span", { class: "flag", title: "Check: " + q.check_why.join(", ") }, "check: " + q.check_why.join(", ")) : null,
        q.added ? h("span", { class: "tag" }, "added") : null,
        h("button", { type: "button", class: "btn btn-small", "data-action": "speaker-menu", "data-quote": q.id,
          "aria-label": "Change the speaker of “" + shorten(text, 40) + "”" }, "Speaker…"),
        q.check ? h("button", { type: "button", class: "btn btn-small", "data-action": "checked", "data-quote": q.id }, "Looks right") : null,
        h("button", { type: "button", class: "btn btn-small", "data-action": "dismiss", "data-quote": q.id }, "Not a quote")));
  }), all > limit ? h("li", { class: "more" }, "and " + (all - limit).toLocaleString("en") + " more quotes") : null);
}
