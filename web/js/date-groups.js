// date-groups.js groups the dates of a summary (the Go summary's
// timeline, durations and sets) as the page lists them: by value and
// modifier, in the summary's order, at most MAX_GROUPS groups of at most
// MAX_ITEMS mentions each, with counts of the rest; and their readable
// forms by type, value and modifier, for the tooltips. The worker groups them
// (a long article has a hundred thousand dates, which would cost the page's
// main thread a long task to receive), the page shows the groups
// (js/date-list.js). Pure, unit-tested under Node (web/test/date-groups.test.js).

export const MAX_GROUPS = 300;
export const MAX_ITEMS = 20;

// groupDates returns {groups: [{type, value, mod, readable, items: [{index,
// text}], more}], more}: more counts the mentions, or the groups, left out.
export function groupDates(items) {
  const byKey = new Map();
  const groups = [];
  let more = 0;
  for (const d of items) {
    const key = dateKey(d.type, d.value, d.mod);
    let g = byKey.get(key);
    if (!g) {
      if (groups.length >= MAX_GROUPS) {
        more++;
        continue;
      }
      g = { type: d.type, value: d.value, mod: d.mod || "", readable: d.readable || "", items: [], more: 0 };
      byKey.set(key, g);
      groups.push(g);
    }
    if (g.items.length < MAX_ITEMS) {
      g.items.push({ index: d.index, text: d.text });
    } else {
      g.more++;
    }
  }
  return { groups, more };
}

// dateKey is what a date's readable form depends on (timex.Readable in Go):
// its type, value and modifier.
export function dateKey(type, value, mod) {
  return type + " " + value + " " + (mod || "");
}

// readableByKey maps the dateKey of each of items (the Go summary's
// timeline, durations and sets) to its readable form, for the page's
// tooltips: one entry per distinct date, those whose readable form is more
// than the value itself.
export function readableByKey(items) {
  const out = {};
  for (const d of items) {
    if (d.readable && d.readable !== d.value) {
      out[dateKey(d.type, d.value, d.mod)] = d.readable;
    }
  }
  return out;
}
