// chunks.js cuts the renderer's HTML into pieces the page can parse and
// insert one at a time. Pure, used by worker.js and app.js, unit-tested under Node
// (web/test/chunks.test.js); packs them for the trip to the page.

// VOID lists the elements that have no end tag.
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

// LONGEST_VOID is the length of the longest name in VOID.
const LONGEST_VOID = Math.max(...Array.from(VOID, (n) => n.length));

const isLetter = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c) => c >= 0x30 && c <= 0x39;

// splitBlocks cuts html between top-level elements into pieces of about
// size characters. The renderer escapes every "<" and ">" in text and
// attribute values, so each "<" starts a tag; a piece is cut only where all
// tags are closed. If that never happens the HTML stays whole.
export function splitBlocks(html, size) {
  if (html.length <= size) {
    return [html];
  }
  const chunks = [];
  let depth = 0;
  let start = 0;
  for (let i = html.indexOf("<"); i >= 0; i = html.indexOf("<", i + 1)) {
    const end = html.indexOf(">", i);
    if (end < 0) {
      break;
    }
    if (html.charCodeAt(i + 1) === 0x2f) { // "</"
      depth = Math.max(0, depth - 1);
    } else if (html.charCodeAt(end - 1) !== 0x2f && isLetter(html.charCodeAt(i + 1))) {
      // The name, read a character at a time: a long article has a
      // million tags, and a string or a match for each costs seconds.
      let j = i + 2;
      while (j < end && (isLetter(html.charCodeAt(j)) || isDigit(html.charCodeAt(j)) || html.charCodeAt(j) === 0x2d)) {
        j++;
      }
      if (j - i - 1 > LONGEST_VOID || !VOID.has(html.slice(i + 1, j).toLowerCase())) {
        depth++;
      }
    }
    i = end;
    if (depth === 0 && end + 1 - start >= size) {
      chunks.push(html.slice(start, end + 1));
      start = end + 1;
    }
  }
  if (start < html.length) {
    chunks.push(html.slice(start));
  }
  return chunks;
}

// packChunks encodes chunks as UTF-8 into one buffer that the worker
// transfers to the page instead of copying: a long article's HTML as
// strings costs the page's main thread a long task to receive (the copy
// into its heap, and the garbage collection that follows). It returns
// {bytes, ends}: chunk i is bytes from ends[i - 1] (or 0) to ends[i].
export function packChunks(chunks) {
  const enc = new TextEncoder();
  const parts = chunks.map((c) => enc.encode(c));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  const ends = [];
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
    ends.push(at);
  }
  return { bytes, ends };
}

// unpackChunks reads what packChunks made: {length, at(i)}, chunk i decoded
// when asked for.
export function unpackChunks({ bytes, ends }) {
  const dec = new TextDecoder();
  return {
    length: ends.length,
    at: (i) => dec.decode(bytes.subarray(i > 0 ? ends[i - 1] : 0, ends[i])),
  };
}
