// page-view.js shows a result on the annotator page: the article from the
// renderer's HTML (sanitized, a piece at a time for long articles), the
// side panel from the shared summary, and the exports. The page's controls
// (app.js) decide when.

import { initials, plural } from "./format.js";
import { readMarks } from "./marks.js";
import { dateItems, speakerItems } from "./panel.js";
import { sanitizedNodes } from "./sanitize.js";
import { summarize } from "./summary.js";
import { h } from "./dom.js";

// PANEL_LIMIT is the number of items per panel list before "and N more".
const PANEL_LIMIT = 300;

// SLICE_MS is how long one main-thread task may parse pieces of a long
// article before it yields.
const SLICE_MS = 40;

// counts is "3 quotes, 2 speakers, 4 dates".
export function counts(res) {
  return [
    plural(res.quotes.length, "quote", "quotes"),
    plural(res.speakers.length, "speaker", "speakers"),
    plural(res.dates.length, "date", "dates"),
  ].join(", ");
}

// showArticle puts the chunks of rendered HTML into article. One chunk goes
// in at once; more are parsed a piece at a time into a detached fragment,
// yielding between pieces so that the page keeps answering, and the
// fragment goes into the page at once (laid out once). alive() false
// abandons the work; progress(pct) reports it. It resolves true when the
// article is in.
export function showArticle(article, chunks, alive, progress) {
  if (chunks.length === 1) {
    article.classList.remove("huge");
    article.replaceChildren(...sanitizedNodes(chunks[0], document));
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const frag = document.createDocumentFragment();
    let i = 0;
    const step = () => {
      if (!alive()) {
        resolve(false);
        return;
      }
      const t0 = performance.now();
      while (i < chunks.length && performance.now() - t0 < SLICE_MS) {
        frag.append(...sanitizedNodes(chunks[i], document));
        chunks[i] = null;
        i++;
      }
      if (i < chunks.length) {
        progress(Math.round((100 * i) / chunks.length));
        setTimeout(step, 0);
        return;
      }
      article.classList.add("huge"); // off-screen blocks skip layout
      article.replaceChildren(frag);
      resolve(true);
    };
    step();
  });
}

// showPanel fills the summary line and the speaker and date lists (el:
// {summary, speakers, dates}) from res and the article as shown.
export function showPanel(el, article, res, datelineByUser) {
  el.summary.textContent = counts(res) +
    (res.dateline ? ". Dateline " + res.dateline + (datelineByUser ? " (set by you)." : " (detected).") : ". No dateline.");
  const marks = readMarks(article);
  const summary = summarize(res, marks.shown);
  const swatch = (entry) => entry
    ? h("span", { class: "swatch " + marks.classOf(entry.speaker.id, entry.index), "aria-hidden": "true" }, initialsOf(entry))
    : h("span", { class: "swatch spk-none", "aria-hidden": "true" }, "?");
  el.speakers.replaceChildren(...speakerItems(summary, { swatch, limit: PANEL_LIMIT }));
  el.dates.replaceChildren(...dateItems(summary, { limit: PANEL_LIMIT }));
}

const initialsOf = (entry) => initials(entry.speaker.name);

// exportJSON is the page's JSON download: the bridge's result (the CLI's
// format) with "offsets" saying that they count UTF-16 code units.
export function exportJSON(result) {
  const { format, dateline, ...rest } = result;
  return JSON.stringify({ format, dateline, offsets: "utf-16", ...rest }, null, 2) + "\n";
}

// download saves text as a file named name.
export function download(text, name, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// copyHTML puts the highlighted HTML on the clipboard.
export async function copyHTML(html) {
  if (navigator.clipboard && window.ClipboardItem) {
    await navigator.clipboard.write([
      new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([html], { type: "text/plain" }),
      }),
    ]);
  } else {
    await navigator.clipboard.writeText(html);
  }
}
