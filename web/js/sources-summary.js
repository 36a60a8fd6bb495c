// sources-summary.js is a stand-in, in JavaScript, for the Go summary of
// issue 12 (annotate.Summarize; the bridge's summarize): the shape agreed
// in the summary contract (speakers with their figures, the unattributed
// quotes, each quote with its check flag, the time line, durations and sets
// apart, totals by gender, category and kind), computed from a result
// (UTF-16 offsets) and the editor's corrections. It exists only until the
// bridge has summarize; the worker uses it when the module lacks that
// function, so the page reads one shape either way. Pure (no DOM),
// unit-tested under Node (web/test/sources-summary.test.js).

import { initials } from "./format.js";

// PALETTE is the number of speaker colours (classes spk-1 … spk-12).
export const PALETTE = 12;

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "him", "her", "them", "you"]);

// quoteWords counts words as annotate.QuoteWords does: runs of letters,
// digits and marks; ' ’ - join letters, . , join digits.
export function quoteWords(text) {
  const word = /[\p{L}\p{N}\p{M}]/u;
  const digit = /[0-9]/;
  const chars = Array.from(text);
  let n = 0;
  let inWord = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (word.test(c)) {
      if (!inWord) {
        n++;
        inWord = true;
      }
    } else if (inWord && (c === "'" || c === "’" || c === "-") && i + 1 < chars.length && word.test(chars[i + 1])) {
      // joins the word
    } else if (inWord && (c === "." || c === ",") && digit.test(chars[i - 1]) && i + 1 < chars.length && digit.test(chars[i + 1])) {
      // 3.5, 10,000
    } else {
      inWord = false;
    }
  }
  return n;
}

// uniqueInitials gives each name initials no other name of the list has:
// the capitals of its words, then with more letters of the last word, then
// numbered.
export function uniqueInitials(names) {
  const taken = new Set();
  return names.map((name) => {
    const base = initials(name);
    const last = (name || "").trim().split(/\s+/).pop() || "";
    const tries = [base];
    for (let k = 2; k <= last.length; k++) {
      tries.push(base.slice(0, -1) + last.slice(0, k));
    }
    let pick = tries.find((t) => !taken.has(t));
    for (let k = 2; !pick; k++) {
      if (!taken.has(base + k)) {
        pick = base + k;
      }
    }
    taken.add(pick);
    return pick;
  });
}

// resolveSpeaker follows merges from id to the speaker that holds its
// quotes ("" for none); a cycle stops where it closes.
function resolveSpeaker(id, corr) {
  const seen = new Set();
  while (id && corr.speakers && corr.speakers[id] && corr.speakers[id].merged_into && !seen.has(id)) {
    seen.add(id);
    id = corr.speakers[id].merged_into;
  }
  return id || "";
}

// summarizeSources returns the contract's summary of result (offsets in
// UTF-16 code units into text) with corrections applied.
export function summarizeSources(text, result, corrections) {
  const corr = corrections || {};
  const sc = corr.speakers || {};
  const qc = corr.quotes || {};
  const known = new Map(result.speakers.map((s, i) => [s.id, { s, i }]));
  for (const id of Object.keys(sc)) {
    if (!known.has(id) && !sc[id].merged_into) {
      known.set(id, { s: { id, name: sc[id].name || "New speaker", kind: sc[id].kind || "person", mentions: [] }, i: known.size });
    }
  }
  const quotes = result.quotes.map((q) => {
    const c = qc[q.id] || {};
    const speaker = resolveSpeaker(c.speaker !== undefined && c.speaker !== null ? c.speaker : q.speaker || "", corr);
    const conf = typeof q.confidence === "number" ? q.confidence : null;
    const why = [];
    if (conf === null || conf < 0.5) {
      why.push("low confidence");
    }
    if (!speaker) {
      why.push("no speaker");
    }
    if (q.unclosed) {
      why.push("unclosed");
    }
    const check = !c.checked && !c.dismissed && why.length > 0;
    return {
      id: q.id, speaker: speaker || null, words: quoteWords(q.text), paragraph: q.paragraph,
      attribution: c.speaker !== undefined ? "editor" : q.attribution || (q.cue ? "cue" : "none"),
      confidence: conf === null ? 0 : conf, check, check_why: check ? why : [],
      dismissed: !!c.dismissed, added: false, start: q.start, end: q.end,
    };
  });
  for (const a of corr.added || []) {
    const speaker = resolveSpeaker(a.speaker || "", corr);
    const c = qc[a.id] || {};
    quotes.push({
      id: a.id, speaker: speaker || null, words: quoteWords(text.slice(a.start, a.end)), paragraph: paragraphAt(text, a.start),
      attribution: "editor", confidence: 1, check: false, check_why: [], dismissed: !!c.dismissed, added: true,
      start: a.start, end: a.end,
    });
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  const live = quotes.filter((q) => !q.dismissed);
  const total = live.reduce((n, q) => n + q.words, 0);
  const share = (w) => (total > 0 ? w / total : 0);
  const firstAt = new Map();
  const rows = new Map();
  for (const q of live) {
    if (q.speaker && known.has(q.speaker)) {
      if (!rows.has(q.speaker)) {
        rows.set(q.speaker, []);
        firstAt.set(q.speaker, q.start);
      }
      rows.get(q.speaker).push(q);
    } else {
      q.speaker = null;
    }
  }
  const ordered = [...rows.keys()].sort((a, b) => rows.get(b).length - rows.get(a).length || firstAt.get(a) - firstAt.get(b));
  const names = ordered.map((id) => (sc[id] && sc[id].name) || known.get(id).s.name || id);
  const inits = uniqueInitials(names);
  const speakers = ordered.map((id, k) => {
    const { s, i } = known.get(id);
    const c = sc[id] || {};
    const qs = rows.get(id);
    const words = qs.reduce((n, q) => n + q.words, 0);
    return {
      id, name: names[k], role: s.role || "", kind: c.kind || s.kind || "person", initials: inits[k], palette: i % PALETTE,
      category: c.category || "", gender: c.gender || "", quotes: qs.length, words, share: share(words),
      aliases: aliases(names[k], s, result, corr), quote_ids: qs.map((q) => q.id),
      edited: Object.keys(c).length > 0 || qs.some((q) => q.attribution === "editor"),
    };
  });
  const un = live.filter((q) => !q.speaker);
  const unWords = un.reduce((n, q) => n + q.words, 0);
  return {
    version: "", dateline: result.dateline || "", unit: "utf-16",
    speakers,
    unattributed: { quotes: un.length, words: unWords, share: share(unWords), quote_ids: un.map((q) => q.id) },
    quotes: quotes.map(({ start, end, ...q }) => q), ...dateLists(result.dates),
    totals: {
      sources: speakers.length, quotes: live.length, words: total,
      by_gender: tally(speakers, "gender", "unset", total),
      by_category: tally(speakers, "category", "unset", total),
      by_kind: tally(speakers, "kind", "unset", total),
    },
  };
}

// aliases are the texts of the mentions of speaker s and of those merged
// into it, other than its name, pronouns left out.
function aliases(name, s, result, corr) {
  const ids = new Set([s.id]);
  for (const other of result.speakers) {
    if (resolveSpeaker(other.id, corr) === s.id) {
      ids.add(other.id);
    }
  }
  const seen = new Set([name]);
  const out = [];
  for (const other of result.speakers) {
    if (!ids.has(other.id)) {
      continue;
    }
    for (const t of [other.name, ...other.mentions.map((m) => m.text)]) {
      const v = (t || "").replace(/\s+/g, " ").trim();
      if (v && !seen.has(v) && !PRONOUNS.has(v.toLowerCase())) {
        seen.add(v);
        out.push(v);
      }
    }
  }
  return out;
}

function tally(speakers, key, unset, total) {
  const groups = new Map();
  for (const s of speakers) {
    const k = s[key] || unset;
    const g = groups.get(k) || { key: k, sources: 0, words: 0, share: 0 };
    g.sources++;
    g.words += s.words;
    g.share = total > 0 ? g.words / total : 0;
    groups.set(k, g);
  }
  return [...groups.values()].sort((a, b) => b.words - a.words || (a.key < b.key ? -1 : 1));
}

function paragraphAt(text, offset) {
  const before = text.slice(0, offset).trim();
  return before === "" ? 0 : before.split(/\n\s*\n/).length - 1;
}

const isCalendar = (d) => /^\d{4}/.test(d.value) && (d.type === "DATE" || d.type === "TIME");

// dateLists splits the dates as the contract does: dates and times in time
// order (unresolved ones last, in text order), durations and sets apart.
function dateLists(dates) {
  const item = (d, index) => ({ index, text: d.text, type: d.type, value: d.value, readable: d.value });
  const all = (dates || []).map(item);
  const points = all.filter((d) => d.type === "DATE" || d.type === "TIME");
  const known = points.filter(isCalendar).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.index - b.index));
  return {
    timeline: [...known, ...points.filter((d) => !isCalendar(d))],
    durations: all.filter((d) => d.type === "DURATION"),
    sets: all.filter((d) => d.type === "SET"),
  };
}
