// page-view.js shows a result on the annotator page: the article from the
// renderer's HTML (sanitized, a piece at a time for long articles), the
// side panel from the shared summary, and the exports. The page's controls
// (app.js) decide when.

import { plural } from "./format.js";
import { dateItems } from "./date-list.js";
import { sanitizedNodes } from "./sanitize.js";
import { SLICE_MS, nextTask } from "./tasks.js";

// CLEAR_AT is the number of top-level nodes of the article shown before
// above which it is taken out a slice at a time.
const CLEAR_AT = 200;

// PX_PER_CHAR is the height, in pixels, that a part of a long article is
// taken to have per character of its text until it is first laid out (a
// column of about 90 characters a line, lines of about 28 px): what the
// scroll bar shows meanwhile.
const PX_PER_CHAR = 28 / 90;

// counts is "3 quotes, 2 speakers, 4 dates" for the worker's result.
export function counts(res) {
  return [
    plural(res.counts.quotes, "quote", "quotes"),
    plural(res.counts.speakers, "speaker", "speakers"),
    plural(res.counts.dates, "date", "dates"),
  ].join(", ");
}

// showArticle puts the chunks of rendered HTML ({length, at(i)}, from
// js/chunks.js) into article. One chunk goes in at once; more are parsed a
// slice at a time (SLICE_MS of work, then the page gets the thread back)
// and appended to the article as they come, so that the first highlights
// show after the first slice and no task of the main thread grows with the
// article. Each slice's blocks go into a part of their own (div.part),
// which the browser skips laying out while it is off screen (class huge,
// content-visibility): with a few hundred parts in place of tens of
// thousands of paragraphs, laying out the page between two slices stays
// cheap as the article grows. alive() false abandons the work between
// slices; progress(pct) reports the share of the article shown. It
// resolves true when the whole article is in.
export function showArticle(article, chunks, alive, progress) {
  // A long article shown before goes a slice at a time: taking it out at
  // once is a long task of its own.
  let clearing = article.classList.contains("huge") || article.childNodes.length > CLEAR_AT;
  if (chunks.length === 1 && !clearing) {
    article.replaceChildren(...sanitizedNodes(chunks.at(0), document));
    return Promise.resolve(true);
  }
  article.classList.add("huge");
  return new Promise((resolve) => {
    let i = 0;
    let started = false;
    const step = () => {
      if (!alive()) {
        resolve(false);
        return;
      }
      const t0 = performance.now();
      if (clearing) {
        while (article.lastChild && performance.now() - t0 < SLICE_MS) {
          article.lastChild.remove();
        }
        clearing = article.lastChild !== null;
        nextTask(step);
        return;
      }
      if (chunks.length === 1) {
        // A short article after a long one: in at once, as ever.
        article.classList.remove("huge");
        article.replaceChildren(...sanitizedNodes(chunks.at(0), document));
        resolve(true);
        return;
      }
      const part = document.createElement("div");
      part.className = "part";
      while (i < chunks.length && performance.now() - t0 < SLICE_MS) {
        part.append(...sanitizedNodes(chunks.at(i), document));
        i++;
      }
      part.style.containIntrinsicSize = "auto " + Math.round(part.textContent.length * PX_PER_CHAR) + "px";
      if (started) {
        article.append(part);
      } else {
        started = true;
        article.replaceChildren(part); // what a short article shown before left
      }
      if (i < chunks.length) {
        progress(Math.round((100 * i) / chunks.length));
        nextTask(step);
        return;
      }
      resolve(true);
    };
    step();
  });
}

// emptyArticle puts node in place of what article shows. A long article
// goes a slice at a time (SLICE_MS of work, then the page gets the thread
// back), node shown at its top from the start; alive() false leaves the
// rest to whoever took the article over (showArticle clears it too).
export function emptyArticle(article, node, alive) {
  if (!article.classList.contains("huge") && article.childNodes.length <= CLEAR_AT) {
    article.replaceChildren(node);
    return;
  }
  article.prepend(node);
  const step = () => {
    if (!alive() || node.parentNode !== article) {
      return;
    }
    const t0 = performance.now();
    while (article.lastChild !== node && performance.now() - t0 < SLICE_MS) {
      article.lastChild.remove();
    }
    if (article.lastChild !== node) {
      nextTask(step);
    } else {
      article.classList.remove("huge");
    }
  };
  step();
}

// showPanel fills the summary line and the date lists (el: {summary,
// dates, periods}) from the worker's res; the speakers and the sources
// table are the desk's (js/desk.js).
export function showPanel(el, res, datelineByUser) {
  el.summary.textContent = counts(res) +
    (res.dateline ? ". Dateline " + res.dateline + (datelineByUser ? " (set by you)." : " (detected).") : ". No dateline.");
  el.dates.replaceChildren(...dateItems(res.dates.timeline, "No dates or times found."));
  el.periods.replaceChildren(...dateItems(res.dates.periods, "No durations or repeats found."));
}
