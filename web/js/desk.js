// desk.js is the editor's desk of the page: once an article is shown, it
// loads the corrections kept for its text, asks the worker for the summary
// (the contract's shape), and shows the sources table and the review list;
// each correction is kept (js/store.js), summarized again and shown, the
// article's marks updated (js/article-marks.js). It also offers the
// exports, which the worker computes. app.js owns the article and the run.

import { ArticleMarks, drawAdded, liveQuotes, setLayers, shownQuoteText, sourceRange } from "./article-marks.js";
import * as C from "./corrections.js";
import { h } from "./dom.js";
import { fileName, plural } from "./format.js";
import { unpackSummary } from "./quote-table.js";
import { NEW, fillMerge, reviewItems, speakerMenu } from "./review.js";
import { sourceRows, sourcesTable } from "./sources-table.js";
import { clearCorrections, loadCorrections, saveCorrections, textHash } from "./store.js";
import { sliced } from "./tasks.js";

// EXPORTS are the download buttons' formats: [format, suffix, ext, type].
const EXPORTS = {
  json: ["json", "", "json", "application/json"],
  "csv-quotes": ["csv-quotes", "quotes", "csv", "text/csv"],
  "csv-sources": ["csv-sources", "sources", "csv", "text/csv"],
  "html-report": ["html-report", "report", "html", "text/html"],
};

export class Desk {
  // el: the page's elements; engine: the worker client; say(text, kind):
  // the status line.
  constructor(el, engine, say) {
    this.el = el;
    this.engine = engine;
    this.say = say;
    this.gen = 0;
    this.tasks = new Set(); // the work in progress (open, an edit), for cancel
    this.onBusy = () => {}; // told true when work starts, false when none is left
    this.reset();
    el.sources.addEventListener("change", (e) => this.onTableChange(e));
    el.speakers.addEventListener("click", (e) => this.onReviewClick(e));
    el.speakers.addEventListener("change", (e) => this.onReviewChange(e));
    el.addQuote.addEventListener("click", () => this.addSelection());
    el.clearCorrections.addEventListener("click", () => this.clearAll());
    el.nextCheck.addEventListener("click", () => this.step("check", 1));
    el.only.addEventListener("change", () => this.layers());
    for (const box of el.layerBoxes) {
      box.addEventListener("change", () => this.layers());
    }
    for (const b of el.exportButtons) {
      b.addEventListener("click", () => this.download(b.dataset.export));
    }
    el.copyHTML.addEventListener("click", () => this.copy());
  }

  reset() {
    this.gen++;
    this.req = null; // the render shown: {id, text, dateline, format}
    this.text = "";
    this.hash = "";
    this.corr = C.emptyCorrections();
    this.summary = null;
    this.texts = new Map();
    this.marks = null;
    this.drawn = false; // quotes the editor added are drawn in the article
  }

  // open starts the desk on the render of req ({id, text, dateline,
  // format}), its result and the hash of the text (the worker's), shown in
  // el.article. It resolves to false when a newer article or a cancel took
  // its place. progress(share), if given, hears how much of the first
  // look at the article's marks is done (0 to 1), a long article's a
  // slice at a time.
  async open(req, result, hash, progress) {
    return this.track(() => this.opening(req, result, hash, progress));
  }

  // busy reports whether the desk is at work that cancel would stop.
  get busy() {
    return this.tasks.size > 0;
  }

  // cancel stops the work in progress: the summary asked of the worker is
  // dropped, the marks stop between two slices (the next summary redoes
  // them all) and the lists stay as they were. It reports whether there
  // was work to stop.
  cancel() {
    if (!this.busy) {
      return false;
    }
    this.gen++;
    this.tasks.clear();
    this.onBusy(false);
    return true;
  }

  // track runs work() as a task that cancel can stop.
  async track(work) {
    const task = {};
    this.tasks.add(task);
    if (this.tasks.size === 1) {
      this.onBusy(true);
    }
    try {
      return await work();
    } finally {
      if (this.tasks.delete(task) && this.tasks.size === 0) {
        this.onBusy(false);
      }
    }
  }

  async opening(req, result, hash, progress) {
    this.reset();
    const gen = this.gen;
    this.req = req;
    this.text = req.text;
    this.marks = new ArticleMarks(this.el.article);
    this.hash = hash || (await textHash(req.text));
    if (gen !== this.gen) {
      return false;
    }
    this.corr = C.normalize(loadCorrections(this.hash));
    if (C.isEmpty(this.corr) && result.summary) {
      this.summary = unpackSummary(result.summary); // the engine's view, computed with the result
      await this.show(gen, progress);
    } else {
      await this.refresh(gen, progress);
    }
    if (gen === this.gen && !C.isEmpty(this.corr)) {
      this.say("Restored your corrections to this article (kept in this browser).");
    }
    return gen === this.gen;
  }

  close() {
    this.reset();
    this.el.sources.replaceChildren();
    this.el.speakers.replaceChildren();
    this.el.checkCount.textContent = "";
    this.el.only.replaceChildren(h("option", { value: "" }, "All speakers"));
  }

  // textOf is the text of quote id as the article shows it, read from its
  // highlight when first asked for (the lists show only some quotes).
  textOf(id) {
    if (!this.texts.has(id)) {
      const a = this.corr.added.find((x) => x.id === id);
      const shown = shownQuoteText(this.el.article, id);
      this.texts.set(id, shown ?? (a ? this.text.slice(a.start, a.end) : ""));
    }
    return this.texts.get(id);
  }

  // refresh summarizes the corrections and shows them; false when a newer
  // article or a cancel stopped it.
  async refresh(gen = this.gen, progress) {
    let summary;
    try {
      summary = unpackSummary(await this.engine.summarize(this.req, this.corr));
    } catch (err) {
      if (gen === this.gen) {
        this.say("Could not summarize: " + err.message, "error");
      }
      return false;
    }
    if (gen !== this.gen) {
      return false;
    }
    this.summary = summary;
    return this.show(gen, progress);
  }

  // show shows this.summary: the article's marks a slice at a time, then
  // the lists; false when a newer article or a cancel stopped it.
  async show(gen = this.gen, progress) {
    const s = this.summary;
    const el = this.el;
    const focus = focusKey(document.activeElement);
    if (this.corr.added.length > 0 || this.drawn) {
      drawAdded(el.article, this.corr, this.text);
      this.drawn = this.corr.added.length > 0;
      if (this.marks.quotes) {
        this.marks.added();
      }
    }
    const alive = () => gen === this.gen;
    if (!(await this.marks.apply(s, this.corr, alive, progress)) || gen !== this.gen) {
      return false;
    }
    // The lists, made a slice at a time (an article of hundreds of
    // speakers has thousands of rows), then shown at once.
    const make = async (makers) => {
      const out = [];
      return (await sliced(makers.length, (i) => out.push(makers[i]()), alive, null, true)) ? out : null;
    };
    const rows = await make(sourceRows(s));
    const items = rows && await make(reviewItems(s, (id) => this.textOf(id)));
    if (!items || gen !== this.gen) {
      return false;
    }
    el.sources.replaceChildren(sourcesTable(s, rows));
    el.speakers.replaceChildren(...items);
    const toCheck = s.quotes.count("check");
    el.checkCount.textContent = toCheck ? plural(toCheck, "quote", "quotes") + " to check" : "Nothing left to check";
    el.nextCheck.disabled = toCheck === 0;
    el.clearCorrections.disabled = C.isEmpty(this.corr);
    const only = el.only.value;
    el.only.replaceChildren(h("option", { value: "" }, "All speakers"),
      ...s.speakers.map((sp) => h("option", { value: sp.id, selected: sp.id === only ? true : null }, sp.name)));
    this.layers();
    restoreFocus(focus);
    const root = document.documentElement.dataset; // what the tests wait for
    root.deskShown = String(Number(root.deskShown || 0) + 1);
    root.corrections = String(Object.keys(this.corr.quotes).length +
      this.corr.added.length + Object.keys(this.corr.speakers).length);
    return true;
  }

  layers() {
    const on = {};
    for (const box of this.el.layerBoxes) {
      on[box.value] = box.checked;
    }
    setLayers(this.el.article, on);
    if (this.marks) {
      this.marks.filter(this.el.only.value);
    }
  }

  // edit applies a correction, keeps it and shows the new summary.
  async edit(change, message) {
    return this.track(() => this.editing(change, message));
  }

  async editing(change, message) {
    if (!this.summary) {
      return;
    }
    try {
      this.corr = change(this.corr);
    } catch (err) {
      this.say(err.message, "error");
      return;
    }
    const kept = saveCorrections(this.hash, this.corr, C.isEmpty(this.corr));
    if (!(await this.refresh())) {
      return; // cancelled, or a newer article: its status stands
    }
    this.say(message + (kept ? "" : " This browser refused to keep it: it will be lost on reload."), kept ? "" : "error");
  }

  onTableChange(e) {
    const t = e.target;
    const id = t.dataset.speaker;
    if (!id || !["kind", "category", "gender"].includes(t.dataset.action)) {
      return;
    }
    this.edit((c) => C.setAttribute(c, id, t.dataset.action, t.value), "Recorded the " + t.dataset.action + " of " + this.nameOf(id) + ".");
  }

  nameOf(id) {
    const s = this.summary && this.summary.speakers.find((x) => x.id === id);
    return s ? s.name : id;
  }

  onReviewChange(e) {
    const t = e.target;
    if (t.dataset.action !== "reassign") {
      return;
    }
    const id = t.dataset.quote;
    if (t.value === NEW) {
      const row = t.closest(".quote-tools");
      if (!row.querySelector(".new-speaker")) {
        const input = h("input", { type: "text", class: "new-speaker", "aria-label": "Name of the new speaker", placeholder: "Name" });
        row.append(input, h("button", { type: "button", class: "btn btn-small", "data-action": "new-speaker", "data-quote": id }, "Add speaker"));
        input.focus();
      }
      return;
    }
    this.edit((c) => C.reassign(c, id, t.value), t.value ? "Gave the quote to " + this.nameOf(t.value) + "." : "The quote now has no speaker.");
  }

  onReviewClick(e) {
    const opening = e.target instanceof Element && e.target.closest(".edit-speaker > summary");
    if (opening) {
      // Its menu is made as it opens (the click comes before the toggle).
      const menu = opening.parentElement.querySelector("select[id^='merge-']");
      if (menu && this.summary) {
        fillMerge(menu, this.summary);
      }
      return;
    }
    const b = e.target instanceof Element && e.target.closest("button");
    if (!b) {
      return;
    }
    if (b.classList.contains("jump")) {
      this.jump(b.dataset.target, b);
      return;
    }
    const q = b.dataset.quote;
    const sp = b.dataset.speaker;
    switch (b.dataset.action) {
      case "speaker-menu": {
        const quote = this.summary.quotes.get(q);
        const menu = speakerMenu(this.summary, quote, b.getAttribute("aria-label"));
        b.replaceWith(menu);
        menu.focus();
        break;
      }
      case "dismiss":
        this.edit((c) => C.dismiss(c, q), "Dismissed the quote: it no longer counts. Restore it from “Dismissed”.");
        break;
      case "restore":
        this.edit((c) => C.restore(c, q), "Restored the quote.");
        break;
      case "checked":
        this.edit((c) => C.markChecked(c, q), "Marked the quote as checked.");
        break;
      case "new-speaker": {
        const name = b.parentElement.querySelector(".new-speaker").value.trim();
        if (!name) {
          this.say("Type the new speaker's name first.", "error");
          return;
        }
        this.edit((c) => {
          const [next, id] = C.newSpeaker(c, name);
          return C.reassign(next, q, id);
        }, "Added " + name + " and gave them the quote.");
        break;
      }
      case "rename": {
        const name = document.getElementById("rename-" + sp).value.trim();
        if (name) {
          this.edit((c) => C.rename(c, sp, name), "Renamed the speaker " + name + ".");
        }
        break;
      }
      case "merge": {
        const menu = document.getElementById("merge-" + sp);
        fillMerge(menu, this.summary);
        const into = menu.value;
        this.edit((c) => C.merge(c, sp, into), "Merged " + this.nameOf(sp) + " into " + this.nameOf(into) + ".");
        break;
      }
    }
  }

  // addSelection marks the text selected in the article as a quote.
  addSelection() {
    const sel = window.getSelection();
    const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
    if (!range || range.collapsed || !this.el.article.contains(range.commonAncestorContainer)) {
      this.say("Select the words of the quote in the article first, then press “Add selected text as a quote”.", "error");
      return;
    }
    const r = sourceRange(this.el.article, range, this.text);
    if (!r) {
      this.say("Could not find the selected text in the article's source: select it within one paragraph.", "error");
      return;
    }
    sel.removeAllRanges();
    this.edit((c) => C.addQuote(c, r.start, r.end, "")[0], "Added the quote. Choose its speaker in the list.");
  }

  async clearAll() {
    clearCorrections(this.hash);
    this.corr = C.emptyCorrections();
    if (await this.track(() => this.refresh())) {
      this.say("Cleared your corrections to this article.");
    }
  }

  // jump scrolls to the highlight of quote or date id, from the panel's
  // button from, and offers the way back.
  jump(id, from) {
    const mark = id ? document.getElementById(id) : null;
    if (!mark || !this.el.article.contains(mark)) {
      return;
    }
    focusMark(mark);
    const back = this.el.back;
    back.hidden = false;
    back.onclick = (e) => {
      e.preventDefault();
      back.hidden = true;
      (from && from.isConnected ? from : this.el.panel).focus();
    };
  }

  // step moves the focus to the next (dir 1) or previous (-1) quote, or
  // the next one to check (what "check").
  step(what, dir) {
    let marks = liveQuotes(this.el.article);
    if (what === "check") {
      marks = marks.filter((m) => m.classList.contains("to-check"));
    }
    if (marks.length === 0) {
      this.say(what === "check" ? "No quote left to check." : "No quotes in this article.");
      return;
    }
    const cur = document.activeElement;
    const i = marks.indexOf(cur);
    let next;
    if (i >= 0) {
      next = marks[(i + dir + marks.length) % marks.length];
    } else {
      // from the first quote after the focus (or the top)
      const after = marks.findIndex((m) => cur && this.el.article.contains(cur) && cur !== this.el.article &&
        (cur.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING));
      next = dir > 0 ? marks[Math.max(0, after)] : marks[after > 0 ? after - 1 : marks.length - 1];
    }
    focusMark(next);
  }

  async download(format) {
    const [fmt, suffix, ext, type] = EXPORTS[format];
    try {
      const content = await this.engine.exportAs(this.req, this.corr, fmt, new Date().toISOString());
      const name = fileName(this.text, suffix, ext);
      const url = URL.createObjectURL(new Blob([content], { type: type + ";charset=utf-8" }));
      const a = h("a", { href: url, download: name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      this.say("Downloaded " + name + ".");
    } catch (err) {
      this.say("Could not export: " + err.message, "error");
    }
  }

  // copy puts the article on the clipboard as HTML with inline styles and
  // as readable plain text.
  async copy() {
    try {
      const time = new Date().toISOString();
      const [html, text] = await Promise.all([
        this.engine.exportAs(this.req, this.corr, "html-fragment", time),
        this.engine.exportAs(this.req, this.corr, "text", time),
      ]);
      await navigator.clipboard.write([new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      })]);
      this.say("Copied the article with its highlights (HTML and plain text).");
    } catch (err) {
      this.say("Could not copy: " + err.message, "error");
    }
  }
}

// focusMark scrolls mark into view, focuses it and flashes it.
export function focusMark(mark) {
  const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
  mark.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  mark.focus({ preventScroll: true });
  mark.classList.remove("flash");
  void mark.offsetWidth;
  mark.classList.add("flash");
}

// focusKey names the focused control so that it can be found again after
// the lists are rebuilt.
function focusKey(el) {
  if (!el || !el.dataset || !(el.dataset.action || el.classList.contains("jump"))) {
    return null;
  }
  return { action: el.dataset.action || "jump", quote: el.dataset.quote || el.dataset.target || "", speaker: el.dataset.speaker || "" };
}

function restoreFocus(key) {
  if (!key) {
    return;
  }
  const sel = key.action === "jump"
    ? `button.jump[data-target="${CSS.escape(key.quote)}"]`
    : `[data-action="${CSS.escape(key.action)}"]` + (key.quote ? `[data-quote="${CSS.escape(key.quote)}"]` : "") +
      (key.speaker ? `[data-speaker="${CSS.escape(key.speaker)}"]` : "");
  const el = document.querySelector(sel);
  if (el) {
    el.focus({ preventScroll: true });
  }
}
