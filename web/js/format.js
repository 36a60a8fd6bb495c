// format.js: words and numbers as the page and the embed show them. Pure
// functions (no DOM), unit-tested under Node (web/test/format.test.js).

// plural is "1 quote", "2 quotes", "1,200 quotes".
export function plural(n, one, many) {
  return n.toLocaleString("en") + " " + (n === 1 ? one : many);
}

// formatSize describes a text length in characters for the status line:
// exact below ten thousand, then in thousands, then in millions (one
// decimal). Rounding never gives "1000 thousand": from 999,500 on it is
// millions.
export function formatSize(n) {
  if (n >= 999500) {
    return (n / 1e6).toFixed(1) + " million characters";
  }
  if (n >= 1e4) {
    return Math.round(n / 1e3) + " thousand characters";
  }
  return plural(n, "character", "characters");
}

// shorten collapses white space and cuts s to at most n characters, ending
// with an ellipsis when cut.
export function shorten(s, n) {
  const t = String(s).replace(/\s+/g, " ").trim();
  return t.length <= n ? t : t.slice(0, n - 1).trimEnd() + "…";
}

// validDay reports whether y-m-d (numbers) is a day of the calendar.
export function validDay(y, m, d) {
  if (!(m >= 1 && m <= 12 && d >= 1)) {
    return false;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  date.setUTCFullYear(y); // years 0-99 are not 1900-1999
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// fileName is the name of an export: the headline (the first line of the
// text, Markdown heading marks dropped) or else its first words, as a
// lower-case slug of at most eight words, with ext ("json", "csv").
export function fileName(text, suffix, ext) {
  const first = String(text).split("\n").map((l) => l.replace(/^\s*#+\s*/, "").trim()).find((l) => l !== "") || "";
  const words = first.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 8);
  const slug = words.join("-").slice(0, 60).replace(/-+$/, "") || "article";
  return slug + (suffix ? "-" + suffix : "") + "." + ext;
}

// percent is "41%" (one decimal under 10%).
export function percent(share) {
  const p = share * 100;
  return (p > 0 && p < 10 ? p.toFixed(1) : Math.round(p).toString()) + "%";
}
