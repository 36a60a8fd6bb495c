// sources-table.js builds the page's sources table from a summary (the
// contract's shape): one row per speaker with name, role, kind, quotes,
// quoted words and share, and the category and gender the journalist
// records (unset until set; never guessed), then totals at the foot. Every
// control carries data-action and data-speaker; the page listens for
// change events on the table.

import { h } from "./dom.js";
import { CATEGORIES, GENDERS, KINDS } from "./corrections.js";
import { percent, plural } from "./format.js";

// sourceRows returns what makes each row of the sources table's body: a
// function per row, so that a long table can be built a slice at a time.
export function sourceRows(summary) {
  const rows = summary.speakers.map((s) => () => {
    const label = (what) => what + " of " + s.name;
    return h("tr", { "data-speaker": s.id },
      h("th", { scope: "row" }, h("span", { class: "swatch spk-" + (s.palette + 1), "aria-hidden": "true" }, s.initials), " ", s.name),
      h("td", null, s.role || h("span", { class: "muted" }, "—")),
      h("td", null, choice(KINDS, s.kind, { "data-action": "kind", "data-speaker": s.id, "aria-label": label("Kind") })),
      h("td", { class: "num" }, String(s.quotes)),
      h("td", { class: "num" }, String(s.words)),
      h("td", { class: "num" }, percent(s.share)),
      h("td", null, h("input", {
        type: "text", list: "categories", value: s.category, placeholder: "unset", size: 10,
        "data-action": "category", "data-speaker": s.id, "aria-label": label("Category"),
      })),
      h("td", null, choice(GENDERS, s.gender, { "data-action": "gender", "data-speaker": s.id, "aria-label": label("Gender, as recorded") })));
  });
  const un = summary.unattributed;
  if (un.quotes > 0) {
    rows.push(() => h("tr", { class: "unattributed" },
      h("th", { scope: "row" }, h("span", { class: "swatch spk-none", "aria-hidden": "true" }, "?"), " Unattributed"),
      h("td", null), h("td", null),
      h("td", { class: "num" }, String(un.quotes)),
      h("td", { class: "num" }, String(un.words)),
      h("td", { class: "num" }, percent(un.share)),
      h("td", null), h("td", null)));
  }
  return rows;
}

// sourcesTable returns the <table> of summary; rows, if given, are its
// rows already made (sourceRows).
export function sourcesTable(summary, rows = sourceRows(summary).map((row) => row())) {
  const head = h("thead", null, h("tr", null,
    ["Speaker", "Role", "Kind", "Quotes", "Words", "Share", "Category", "Gender"].map((t, i) =>
      h("th", { scope: "col", class: i >= 3 && i <= 5 ? "num" : null }, t))));
  const t = summary.totals;
  const foot = h("tfoot", null,
    h("tr", null,
      h("th", { scope: "row" }, "Total: " + plural(t.sources, "source", "sources")),
      h("td", null), h("td", null),
      h("td", { class: "num" }, String(t.quotes)),
      h("td", { class: "num" }, String(t.words)),
      h("td", { class: "num" }, t.words > 0 ? "100%" : "—"),
      h("td", null), h("td", null)),
    breakdown("By gender (as recorded)", t.by_gender),
    breakdown("By category", t.by_category));
  return h("table", { class: "sources-table" },
    h("caption", { class: "visually-hidden" }, "Sources of this article: quotes, quoted words and share of all quoted words"),
    head, h("tbody", null, rows), foot,
    h("datalist", { id: "categories" }, CATEGORIES.map((c) => h("option", { value: c }))));
}

// breakdown is a footer row listing the share of quoted words per value.
function breakdown(label, groups) {
  const text = groups.length === 0 ? "—" : groups.map((g) =>
    g.key + ": " + plural(g.sources, "source", "sources") + ", " + percent(g.share) + " of words").join(" · ");
  return h("tr", { class: "breakdown" }, h("th", { scope: "row" }, label), h("td", { colspan: 7 }, text));
}

function choice(values, current, attrs) {
  return h("select", attrs, values.map((v) =>
    h("option", { value: v, selected: v === current ? true : null }, v === "" ? "unset" : v)));
}
