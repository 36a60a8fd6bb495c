// date-list.js builds the page's date lists from groups of dates (the Go
// summary's date_groups): each value in its
// readable form with the TIMEX value beside it and its mentions as
// buttons. Every mention is a button.jump whose data-target is its
// highlight's id (d1, d2…: the Result's order).

import { h } from "./dom.js";
import { shorten } from "./format.js";

// dateId is the id the renderer gives the first mark of the date at index
// i of the result.
const dateId = (i) => "d" + (i + 1);

// dateItems returns the <li> of each group of list ({groups, more}), or
// one saying none was found.
export function dateItems(list, none) {
  const out = list.groups.map((g) => h("li", { class: "date" },
    h("div", { class: "date-head" },
      h("span", { class: "date-human" }, g.readable || g.value),
      h("span", { class: "date-value", title: "TIMEX3 value" + (g.mod ? " and modifier" : "") }, g.value + (g.mod ? " (" + g.mod + ")" : "")),
      h("span", { class: "tag" }, g.type)),
    h("div", { class: "date-mentions" },
      g.items.map((d) => {
        const text = shorten(d.text, 40);
        return h("button", { type: "button", class: "jump chip", "data-target": dateId(d.index), title: "Show “" + text + "” in the article" }, text);
      }),
      g.more > 0 ? " and " + g.more.toLocaleString("en") + " more" : null)));
  if (list.more > 0) {
    out.push(h("li", { class: "more" }, "and " + list.more.toLocaleString("en") + " more"));
  }
  if (out.length === 0) {
    out.push(h("li", { class: "none" }, none));
  }
  return out;
}
