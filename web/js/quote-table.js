// quote-table.js packs the quotes of a summary (the Go summary's quotes:
// one object per quote) into columns of typed arrays that the worker
// transfers to the page, and reads them back there one quote at a time.
// A long article's summary holds tens of thousands of quotes: as objects,
// receiving them is one long task of the page's main thread (the structured
// clone builds every object and string at once, and the garbage collector
// follows); as a few buffers it costs next to nothing, and a quote becomes
// an object only when the page asks for it. Pure, used by worker.js and
// js/desk.js, unit-tested under Node (web/test/quote-table.test.js).

// Bits of the flags column.
const CHECK = 1;
const DISMISSED = 2;
const ADDED = 4;

// dictionary gives each distinct value of values (strings) a small number:
// {keys, at}, values[i] === keys[at[i]].
function dictionary(values, Type) {
  const keys = [];
  const seen = new Map();
  const at = new Type(values.length);
  values.forEach((v, i) => {
    let k = seen.get(v);
    if (k === undefined) {
      k = keys.length;
      seen.set(v, k);
      keys.push(v);
    }
    at[i] = k;
  });
  return { keys, at };
}

// packSummary returns {summary, transfer}: summary (the Go summary, dates
// left out or not) with its quotes packed (packQuotes) and each quote group's
// quote_ids (its speakers' and the unattributed one) as quote_at, an
// Int32Array of the quotes' places in the table; transfer lists the
// buffers to transfer.
export function packSummary(summary) {
  const place = new Map(summary.quotes.map((q, i) => [q.id, i]));
  const transfer = [];
  const group = (g) => {
    const { quote_ids: ids, ...rest } = g;
    const at = Int32Array.from(ids, (id) => place.get(id) ?? -1);
    transfer.push(at.buffer);
    return { ...rest, quote_at: at };
  };
  const quotes = packQuotes(summary.quotes);
  transfer.push(...quotes.transfer);
  return {
    summary: {
      ...summary,
      quotes: quotes.packed,
      speakers: summary.speakers.map(group),
      unattributed: group(summary.unattributed),
    },
    transfer,
  };
}

// packQuotes packs quotes (the summary's) into {packed, transfer}: packed
// holds the IDs as one string with their ends, the speakers, attributions
// and check reasons as dictionaries, the numbers and flags as typed arrays.
export function packQuotes(quotes) {
  const n = quotes.length;
  const idEnds = new Int32Array(n);
  let len = 0;
  quotes.forEach((q, i) => {
    len += q.id.length;
    idEnds[i] = len;
  });
  const ids = quotes.map((q) => q.id).join("");
  const speakers = dictionary(quotes.map((q) => (q.speaker == null ? null : q.speaker)), Int32Array);
  const attributions = dictionary(quotes.map((q) => q.attribution), Uint8Array);
  const whys = dictionary(quotes.map((q) => q.check_why.join("\n")), Uint8Array);
  const words = Int32Array.from(quotes, (q) => q.words);
  const paragraph = Int32Array.from(quotes, (q) => q.paragraph);
  const confidence = Float64Array.from(quotes, (q) => (q.confidence == null ? NaN : q.confidence));
  const flags = Uint8Array.from(quotes, (q) => (q.check ? CHECK : 0) | (q.dismissed ? DISMISSED : 0) | (q.added ? ADDED : 0));
  const packed = {
    length: n, ids, idEnds, words, paragraph, confidence, flags,
    speakers: speakers.keys, speaker: speakers.at,
    attributions: attributions.keys, attribution: attributions.at,
    whys: whys.keys.map((w) => (w === "" ? [] : w.split("\n"))), why: whys.at,
  };
  const transfer = [idEnds, words, paragraph, confidence, flags, speakers.at, attributions.at, whys.at].map((a) => a.buffer);
  return { packed, transfer };
}

// QuoteTable reads what packQuotes packed: the quotes by place (0 to
// length - 1, in text order) or by ID, each made an object of the Go
// summary's shape only when asked for.
export class QuoteTable {
  constructor(packed) {
    this.p = packed;
    this.places = null; // id -> place, built when first asked for
  }

  get length() {
    return this.p.length;
  }

  // id is the ID of the quote at place i.
  id(i) {
    return this.p.ids.slice(i > 0 ? this.p.idEnds[i - 1] : 0, this.p.idEnds[i]);
  }

  // speaker is the speaker ID of the quote at place i, or null.
  speaker(i) {
    return this.p.speakers[this.p.speaker[i]];
  }

  check(i) {
    return (this.p.flags[i] & CHECK) !== 0;
  }

  dismissed(i) {
    return (this.p.flags[i] & DISMISSED) !== 0;
  }

  // at is the quote at place i as the Go summary gives it: {id, speaker,
  // words, paragraph, attribution, confidence, check, check_why,
  // dismissed, added}.
  at(i) {
    const p = this.p;
    const c = p.confidence[i];
    return {
      id: this.id(i), speaker: this.speaker(i), words: p.words[i], paragraph: p.paragraph[i],
      attribution: p.attributions[p.attribution[i]], confidence: Number.isNaN(c) ? null : c,
      check: this.check(i), check_why: p.whys[p.why[i]].slice(), dismissed: this.dismissed(i), added: (p.flags[i] & ADDED) !== 0,
    };
  }

  // indexOf is the place of quote id, or -1.
  indexOf(id) {
    if (!this.places) {
      this.places = new Map();
      for (let i = 0; i < this.length; i++) {
        this.places.set(this.id(i), i);
      }
    }
    return this.places.get(id) ?? -1;
  }

  // get is the quote of ID id (at's object), or undefined.
  get(id) {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.at(i);
  }

  // count is the number of quotes to check (what "check") or dismissed
  // ("dismissed").
  count(what) {
    const bit = what === "check" ? CHECK : DISMISSED;
    let n = 0;
    for (const f of this.p.flags) {
      n += (f & bit) !== 0 ? 1 : 0;
    }
    return n;
  }

  // where lists the places of the quotes to check or dismissed, as count.
  where(what) {
    const bit = what === "check" ? CHECK : DISMISSED;
    const out = [];
    this.p.flags.forEach((f, i) => {
      if (f & bit) {
        out.push(i);
      }
    });
    return out;
  }

  // list is the quotes (at's objects) at the places of places, the first
  // limit of them (all when limit is omitted); places out of the table
  // are skipped.
  list(places, limit = Infinity) {
    const out = [];
    for (const i of places) {
      if (out.length >= limit) {
        break;
      }
      if (i >= 0 && i < this.length) {
        out.push(this.at(i));
      }
    }
    return out;
  }
}

// unpackSummary is the summary of packSummary with its quotes as a
// QuoteTable (quote groups keep quote_at). A summary not packed (the
// bridge's own, in tests) is packed first, so that the page reads one shape.
export function unpackSummary(summary) {
  if (Array.isArray(summary.quotes)) {
    summary = packSummary(summary).summary;
  }
  return { ...summary, quotes: new QuoteTable(summary.quotes) };
}
