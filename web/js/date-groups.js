// date-groups.js maps the readable forms of a summary's dates (the Go
// summary's timeline, durations and sets) by type, value and modifier, for
// the page's tooltips. The lists are grouped in Go (the summary's
// date_groups: internal/annotate/summary_groups.go), and the page shows
// them (js/date-list.js). Pure, unit-tested under Node
// (web/test/tooltip.test.js).

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
