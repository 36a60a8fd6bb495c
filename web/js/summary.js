// summary.js turns an annotation result (the bridge's JSON, offsets in
// UTF-16 code units) into what a panel lists: speakers with their quotes
// and the other names they go by, the unattributed quotes, and the dates
// grouped by value in time order. The page's panel and the embed's panel
// both show this one summary, so they agree. Pure (no DOM), unit-tested
// under Node (web/test/summary.test.js).
//
// An editor's view (issue 12: a sources table, reassigned or dismissed
// quotes) builds on the same shape: one row per speaker, quotes grouped.

// PRONOUNS are the mentions that are not names: a speaker's "he" is not an
// alias worth listing.
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "him", "her", "them", "you"]);

// summarize returns {quotes, speakers, unattributed, dates} for result.
// shown, optional, gives the text each highlight shows where it differs
// from the source (the page's Markdown): shown.of(id) is the text of quote
// or date id (or null), shown.mentions(speakerId) the texts of a speaker's
// mentions in order.
//
//   speakers:     [{speaker, index, quotes, aliases}] most quoted first, then
//                 in the result's order (index: the speaker's place in it)
//   unattributed: the quotes with no known speaker, in text order
//   dates:        [{type, value, mod, items: [{date, id, text}]}], calendar
//                 values first in time order (2025 < 2025-01 < 2025-10-16),
//                 then durations, sets and values with unknown parts
export function summarize(result, shown) {
  const textOf = (id, fallback) => (shown && shown.of(id) != null ? shown.of(id) : fallback);
  const bySpeaker = new Map(result.speakers.map((s) => [s.id, []]));
  const unattributed = [];
  for (const q of result.quotes) {
    const item = { quote: q, id: q.id, text: textOf(q.id, q.text) };
    (q.speaker && bySpeaker.has(q.speaker) ? bySpeaker.get(q.speaker) : unattributed).push(item);
  }
  const speakers = result.speakers
    .map((s, index) => ({
      speaker: s,
      index,
      quotes: bySpeaker.get(s.id),
      aliases: aliases(s, shown ? shown.mentions(s.id) : s.mentions.map((m) => m.text)),
    }))
    .sort((a, b) => b.quotes.length - a.quotes.length || a.index - b.index);
  return { quotes: result.quotes.length, speakers, unattributed, dates: dateGroups(result.dates, textOf) };
}

// aliases lists the names among texts that differ from the speaker's own
// (s.name), once each, pronouns left out.
export function aliases(s, texts) {
  const seen = new Set([s.name]);
  const out = [];
  for (const text of texts) {
    const t = text.replace(/\s+/g, " ").trim();
    if (!t || seen.has(t) || PRONOUNS.has(t.toLowerCase())) {
      continue;
    }
    seen.add(t);
    out.push(t);
  }
  return out;
}

// dateId is the id the renderer gives the first mark of the i-th date.
export const dateId = (i) => "d" + (i + 1);

// isCalendar reports whether a group's value is a point on the calendar,
// which sorts as text.
const isCalendar = (g) => /^\d{4}/.test(g.value) && (g.type === "DATE" || g.type === "TIME");

function dateGroups(dates, textOf) {
  const groups = new Map();
  dates.forEach((d, i) => {
    const key = d.type + " " + d.value + (d.mod ? " " + d.mod : "");
    if (!groups.has(key)) {
      groups.set(key, { type: d.type, value: d.value, mod: d.mod || "", items: [] });
    }
    groups.get(key).items.push({ date: d, id: dateId(i), text: textOf(dateId(i), d.text) });
  });
  return [...groups.values()].sort((a, b) => {
    const ca = isCalendar(a);
    const cb = isCalendar(b);
    if (ca !== cb) {
      return ca ? -1 : 1;
    }
    return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  });
}
