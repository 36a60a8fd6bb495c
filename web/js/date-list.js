// date-list.js builds the page's date lists from the summary (computed in
// Go): the dates and times in time order, grouped by value, each in its
// readable form with the TIMEX value beside it, and apart from them the
// durations and the repeats (sets). Every mention is a button.jump whose
// data-target is its highlight's id (d1, d2…: the Result's order).

import { h } from "./dom.js";
import { shorten } from "./format.js";

const LIMIT = 300;

// dateId is the id the renderer gives the first mark of the date at index
// i of the result.
const dateId = (i) => "d" + (i + 1);

// dateGroups groups the summary's items by value (and modifier), in their
// order.
function dateGroups(items) {
  const groups = new Map();
  for (const d of items) {
    const key = d.type + " " + d.value + " " + (d.mod || "");
    if (!groups.has(key)) {
      groups.set(key, { ...d, items: [] });
    }
    groups.get(key).items.push(d);
  }
  return [...groups.values()];
}

// dateItems returns the <li> of each group of items (a summary's timeline,
// or its durations and sets), or one saying none was found.
export function dateItems(items, none) {
  const groups = dateGroups(items);
  const out = groups.slice(0, LIMIT).map((g) => h("li", { class: "date" },
    h("div", { class: "date-head" },
      h("span", { class: "date-human" }, g.readable || g.value),
      h("span", { class: "date-value", title: "TIMEX3 value" + (g.mod ? " and modifier" : "") }, g.value + (g.mod ? " (" + g.mod + ")" : "")),
      h("span", { class: "tag" }, g.type)),
    h("div", { class: "date-mentions" },
      g.items.slice(0, 20).map((d) => {
        const text = shorten(d.text, 40);
        return h("button", { type: "button", class: "jump chip", "data-target": dateId(d.index), title: "Show “" + text + "” in the article" }, text);
      }),
      g.items.length > 20 ? " and " + (g.items.length - 20) + " more" : null)));
  if (groups.length > LIMIT) {
    out.push(h("li", { class: "more" }, "and " + (groups.length - LIMIT).toLocaleString("en") + " more"));
  }
  if (out.length === 0) {
    out.push(h("li", { class: "none" }, none));
  }
  return out;
}
