// date-groups.js groups the dates of a summary (the Go summary's
// timeline, durations and sets) as the page lists them: by value and
// modifier, in the summary's order, at most MAX_GROUPS groups of at most
// MAX_ITEMS mentions each, with counts of the rest. The worker groups them
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
    const key = d.type + " " + d.value + " " + (d.mod || "");
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
