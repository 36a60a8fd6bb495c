// dateline.js finds the date an article on a page was published, for the
// embed: the day against which "Friday" and "last week" are read.

import { validDay } from "./format.js";

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

// dayOf returns the YYYY-MM-DD day that starts an ISO 8601 date or
// date-time value, or "" when there is none or it is not a day of the
// calendar ("2025-13-45T…", "2025-02-30"). The local date as written is
// kept: "2025-10-17T23:30:00-04:00" is 2025-10-17 where it was written.
export function dayOf(value) {
  const m = DAY.exec(String(value || "").trim());
  if (!m || !validDay(+m[1], +m[2], +m[3])) {
    return "";
  }
  return m[1] + "-" + m[2] + "-" + m[3];
}

// datelineFor finds the date the article of targets was published: an
// explicit value, else a <time> marked as the publication date, the
// article:published_time meta, or the first <time datetime> of the
// article's header, then of the article. A source that holds no valid day
// is passed over for the next; with none, it returns "" and the engine
// looks for a dateline in the text.
export function datelineFor(targets, explicit) {
  if (dayOf(explicit)) {
    return dayOf(explicit);
  }
  const scopes = [];
  for (const t of targets) {
    const article = t.localName === "article" ? t : t.closest("article");
    if (article && !scopes.includes(article)) {
      scopes.push(article);
    }
    if (!scopes.includes(t)) {
      scopes.push(t);
    }
  }
  scopes.push(document);
  const sources = [];
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll('time[itemprop="datePublished"][datetime], time[pubdate][datetime]')) {
      sources.push(el.getAttribute("datetime"));
    }
  }
  for (const meta of document.querySelectorAll(
    'meta[property="article:published_time"], meta[itemprop="datePublished"], meta[name="article:published_time"]')) {
    sources.push(meta.getAttribute("content"));
  }
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll("header time[datetime], time[datetime]")) {
      sources.push(el.getAttribute("datetime"));
    }
  }
  for (const value of sources) {
    if (dayOf(value)) {
      return dayOf(value);
    }
  }
  return "";
}
