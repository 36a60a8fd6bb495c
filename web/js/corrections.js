// corrections.js: the editor's decisions about one article, in the shape
// of the summary contract (annotate.Corrections): quotes reassigned,
// dismissed or checked by ID, quotes added by offsets (UTF-16, as the page
// counts), speakers renamed, merged, new, and the category, gender and
// kind the journalist records. Each edit returns a new object; nothing
// here touches the DOM or storage. Unit-tested under Node
// (web/test/corrections.test.js).

// GENDERS are the values a journalist may record; "" is unset. Never
// guessed: the page starts every speaker unset.
export const GENDERS = ["", "woman", "man", "non-binary", "unknown", "prefer not to say"];

// CATEGORIES are suggestions; any text is allowed.
export const CATEGORIES = ["expert", "official", "politician", "member of the public", "business", "campaigner", "journalist"];

// KINDS are the kinds of speaker.
export const KINDS = ["person", "organization"];

export function emptyCorrections() {
  return { version: 1, quotes: {}, added: [], speakers: {} };
}

// normalize returns a well-formed copy of c (as read from storage), or
// empty corrections for anything else.
export function normalize(c) {
  if (!c || typeof c !== "object" || c.version !== 1) {
    return emptyCorrections();
  }
  const obj = (v) => (v && typeof v === "object" && !Array.isArray(v) ? v : {});
  return {
    version: 1,
    quotes: { ...obj(c.quotes) },
    added: Array.isArray(c.added) ? c.added.filter((a) => a && typeof a.id === "string" && a.start < a.end) : [],
    speakers: { ...obj(c.speakers) },
  };
}

// isEmpty reports whether c records no decision.
export function isEmpty(c) {
  return Object.keys(c.quotes).length === 0 && c.added.length === 0 && Object.keys(c.speakers).length === 0;
}

function withQuote(c, id, patch) {
  const q = { ...(c.quotes[id] || {}), ...patch };
  for (const k of Object.keys(q)) {
    if (q[k] === undefined || q[k] === false) {
      delete q[k];
    }
  }
  const quotes = { ...c.quotes, [id]: q };
  if (Object.keys(q).length === 0) {
    delete quotes[id];
  }
  return { ...c, quotes };
}

function withSpeaker(c, id, patch) {
  const s = { ...(c.speakers[id] || {}), ...patch };
  for (const k of Object.keys(s)) {
    if (s[k] === undefined || s[k] === "") {
      delete s[k];
    }
  }
  const speakers = { ...c.speakers, [id]: s };
  if (Object.keys(s).length === 0) {
    delete speakers[id];
  }
  return { ...c, speakers };
}

// reassign gives quote id to speaker ("" for no speaker). An added quote
// keeps its speaker in its own record.
export function reassign(c, id, speaker) {
  const added = c.added.findIndex((a) => a.id === id);
  if (added >= 0) {
    const list = c.added.slice();
    list[added] = { ...list[added], speaker };
    return { ...c, added: list };
  }
  return withQuote({ ...c }, id, { speaker, checked: true });
}

// newSpeaker adds a speaker named name and returns [corrections, its ID]
// ("u1", "u2"…).
export function newSpeaker(c, name) {
  let n = 1;
  while (c.speakers["u" + n]) {
    n++;
  }
  const id = "u" + n;
  return [withSpeaker(c, id, { name: name.trim() || "New speaker", kind: "person" }), id];
}

export const dismiss = (c, id) => withQuote(c, id, { dismissed: true });
export const restore = (c, id) => withQuote(c, id, { dismissed: undefined });
export const markChecked = (c, id) => withQuote(c, id, { checked: true });

// rename sets speaker id's name.
export const rename = (c, id, name) => withSpeaker(c, id, { name: name.trim() });

// merge sends the quotes of speaker from to speaker into.
export function merge(c, from, into) {
  if (!from || !into || from === into) {
    return c;
  }
  return withSpeaker(c, from, { merged_into: into });
}

// setAttribute records a speaker's kind, category or gender.
export function setAttribute(c, id, key, value) {
  if (!["kind", "category", "gender"].includes(key)) {
    throw new RangeError("unknown speaker attribute " + key);
  }
  if (key === "gender" && !GENDERS.includes(value)) {
    throw new RangeError("gender " + JSON.stringify(value) + " is not one of " + GENDERS.join(", "));
  }
  return withSpeaker(c, id, { [key]: String(value).trim() });
}

// addQuote marks [start, end) of the text as a quote by speaker; it
// returns [corrections, the quote's ID] ("a1", "a2"…).
export function addQuote(c, start, end, speaker) {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start < end)) {
    throw new RangeError("a quote needs start < end");
  }
  let n = 1;
  while (c.added.some((a) => a.id === "a" + n)) {
    n++;
  }
  const id = "a" + n;
  return [{ ...c, added: [...c.added, { id, start, end, speaker: speaker || "" }] }, id];
}
