// app.js drives the annotator page: its controls. It sends the article to
// the worker (js/worker-client.js, worker.js: the Go annotator compiled to
// WebAssembly), shows what comes back (js/page-view.js) and wires the
// buttons, the tooltips and the keyboard. It holds no annotation logic.
//
// Safety: the article HTML comes from the Go renderer, which escapes all
// text, and is sanitized again (js/sanitize.js) before it enters the page.
// Everything else the page shows from the article is set as text.

import { MAX_TEXT_LENGTH } from "./annotator.js";
import { unpackChunks } from "./js/chunks.js";
import { Desk } from "./js/desk.js";
import { formatSize, plural } from "./js/format.js";
import { counts, emptyArticle, showArticle, showPanel } from "./js/page-view.js";
import { forgetAll, forgetArticle, keepArticle, loadArticle, setKeepArticle } from "./js/store.js";
import { attachTooltips } from "./js/tooltip.js";
import { AnnotatorWorker } from "./js/worker-client.js";
import { EXAMPLE } from "./js/example.js";

const $ = (id) => document.getElementById(id);
const el = {
  text: $("text"),
  dateline: $("dateline"),
  datelineReset: $("dateline-reset"),
  datelineNote: $("dateline-note"),
  formatDetected: $("format-detected"),
  status: $("status"),
  statusText: $("status-text"),
  progress: $("progress"),
  cancel: $("cancel"),
  article: $("article"),
  summary: $("summary"),
  speakers: $("speakers"),
  dates: $("dates"),
  periods: $("periods"),
  tip: $("tip"),
  example: $("example"),
  clear: $("clear"),
  copyHTML: $("copy-html"),
  exportButtons: Array.from(document.querySelectorAll("button[data-export]")),
  version: $("version"),
  panel: $("panel"),
  sources: $("sources"),
  addQuote: $("add-quote"),
  clearCorrections: $("clear-corrections"),
  nextCheck: $("next-check"),
  checkCount: $("check-count"),
  only: $("only"),
  layerBoxes: Array.from(document.querySelectorAll('input[name="layer"]')),
  back: $("back"),
  keep: $("keep-article"),
  forget: $("forget"),
};
const root = document.documentElement.dataset; // state the tests read: ready, busy, annotated, workerMs

// Tunables.
const DEBOUNCE_MS = 250; // wait after the last keystroke
const DEBOUNCE_LARGE_MS = 700; // the same for large texts
const LARGE = 200000; // characters from which a text counts as large
const SHOW_PROGRESS_MS = 300; // a run longer than this shows progress and Cancel

const state = {
  seq: 0, // id of the last request sent
  running: null, // {id, size, started} of the request in the worker
  pending: null, // the newest request, waiting for the worker
  timer: 0, // debounce timer
  scheduled: false, // an edit waits for the debounce timer
  ticker: 0, // progress timer
  display: 0, // generation of the DOM insertion in progress
  showing: false, // a new result is being put on the page (its article, then the desk's first look)
  datelineByUser: false,
  rate: 1e6, // characters per second from the edit sent to the result received, measured after each run
  result: null,
};

const engine = new AnnotatorWorker({
  ready(msg) {
    el.version.textContent = "Annotator " + msg.version + ".";
    root.ready = "true";
    if (state.pending) {
      send(state.pending);
    } else {
      engine.warm(); // nobody waits: pay the first call's cost now
      if (!state.result) {
        setStatus("Ready. Paste an article to start.");
      }
    }
  },
  fatal: (message) => setStatus("The annotator could not load: " + message, "error"),
  failed: (message) => setStatus(message, "error"),
  done: onDone,
});
const desk = new Desk(el, engine, setStatus);
// The desk's work (its summary, its marks a slice at a time) can be
// cancelled like the run: Cancel shows when it lasts.
let deskTimer = 0;
desk.onBusy = (on) => {
  clearTimeout(deskTimer);
  if (on) {
    root.deskBusy = "true";
    deskTimer = setTimeout(() => {
      el.cancel.hidden = false;
    }, SHOW_PROGRESS_MS);
    return;
  }
  delete root.deskBusy;
  if (!state.running && !state.showing) {
    el.cancel.hidden = true;
  }
};

// ---- Requests ---------------------------------------------------------

function currentRequest() {
  return {
    text: el.text.value,
    dateline: state.datelineByUser ? el.dateline.value : "",
    format: document.querySelector('input[name="format"]:checked').value,
  };
}

// sameRequest reports whether requests a and b annotate alike.
function sameRequest(a, b) {
  return a.text === b.text && a.dateline === b.dateline && a.format === b.format;
}

// schedule re-annotates after a pause in editing.
function schedule(now) {
  clearTimeout(state.timer);
  delete root.annotated; // what is shown no longer matches the input
  const req = currentRequest();
  if (state.running && sameRequest(req, state.running.req)) {
    // Back to the text being annotated (a character typed and taken
    // back): its run goes on, and nothing newer waits.
    state.scheduled = false;
    state.pending = null;
    return;
  }
  // A newer edit makes a long run in progress useless: stop it now.
  if (state.running && state.running.size >= LARGE) {
    cancelRun(true);
  }
  const delay = now ? 0 : req.text.length >= LARGE ? DEBOUNCE_LARGE_MS : DEBOUNCE_MS;
  state.scheduled = true;
  state.timer = setTimeout(() => submit(req), delay);
}

function submit(req) {
  state.scheduled = false;
  req.id = ++state.seq;
  req.keep = el.keep.checked; // the worker keeps it, off this thread
  if (state.running && sameRequest(req, state.running.req)) {
    state.pending = null; // the same text is being annotated
    return;
  }
  if (!engine.ready || state.running) {
    state.pending = req; // sent when the worker is free; the newest wins
    if (!engine.ready) {
      setStatus("Loading the annotator…");
    }
    return;
  }
  send(req);
}

function send(req) {
  state.pending = null;
  state.display++; // abandon any insertion of an older result
  state.showing = false;
  if (req.text.trim() === "") {
    forgetArticle();
    showEmpty();
    return;
  }
  if (req.text.length > MAX_TEXT_LENGTH) {
    // Refused here, before the worker's memory runs out on it.
    delete root.busy;
    setStatus("This text is " + plural(req.text.length, "character", "characters") + " long; the annotator takes up to " +
      MAX_TEXT_LENGTH.toLocaleString("en") + ". Paste a shorter part.", "error");
    return;
  }
  state.running = { id: req.id, size: req.text.length, text: req.text, req, started: performance.now() };
  delete root.annotated;
  engine.render(req);
  root.busy = "true";
  startTicker();
}

function onDone(msg) {
  if (!state.running || msg.id !== state.running.id) {
    return;
  }
  const run = state.running;
  state.running = null;
  stopTicker();
  if (state.pending) {
    send(state.pending); // the text changed meanwhile: this answer is stale
    return;
  }
  if (msg.type === "error") {
    delete root.busy;
    setStatus(msg.message, "error");
    return;
  }
  // The speed of the whole stage the progress bar stands for (the engine,
  // the HTML, the trip to the page), not of the engine alone.
  const took = performance.now() - run.started;
  if (run.size > 20000 && took > 50) {
    state.rate = run.size / (took / 1000);
  }
  state.result = msg.result;
  showResult(msg, run);
  if (msg.kept === false) {
    setStatus("This browser would not keep the article: a reload will lose it.", "error");
  }
}

// cancelRun stops the run in progress by replacing the worker, the
// insertion of the article, and the desk's work, and leaves the page
// consistent: a cancel before the new result reaches the page keeps the
// article shown before (its desk and exports work on: the new worker is
// given that article again when they ask, see js/worker-client.js); a
// cancel while the new result is being put on the page (its article, then
// the desk's first look) empties the page, since the article shown before
// is gone already; a cancel of a correction keeps the lists as they were.
function cancelRun(quiet) {
  const showing = state.showing;
  const deskStopped = desk.cancel(); // its summary and its marks' slices
  const annotating = Boolean(state.running || state.pending || showing);
  if (!annotating && !deskStopped) {
    return;
  }
  clearTimeout(state.timer);
  state.scheduled = false;
  state.pending = null;
  state.display++;
  state.showing = false;
  el.progress.hidden = true;
  el.cancel.hidden = true;
  delete root.busy;
  if (state.running) {
    state.running = null;
    stopTicker();
    engine.start();
  }
  if (showing) {
    showEmpty("Cancelled before the article was shown in full. Edit the text, or load the example, to annotate again.");
  }
  if (!quiet) {
    setStatus(showing ? "Cancelled: the article is not shown. Edit the text to annotate again."
      : annotating ? (state.result ? "Cancelled. The article annotated before is still shown."
        : "Cancelled. Edit the text or press the Example button to annotate again.")
        : "Cancelled: the highlights and the lists may not show the last change; the next one brings them up to date.");
  }
}

// ---- Status and progress ------------------------------------------------

function setStatus(text, kind) {
  el.statusText.textContent = text;
  el.status.dataset.kind = kind || "";
}

function startTicker() {
  stopTicker();
  const tick = () => {
    const run = state.running;
    if (!run) {
      return;
    }
    const elapsed = performance.now() - run.started;
    if (elapsed < SHOW_PROGRESS_MS) {
      return;
    }
    // The engine is one call: progress is an estimate from the speed
    // measured on earlier runs, and never claims to be done.
    const expected = (run.size / state.rate) * 1000;
    el.progress.hidden = false;
    el.progress.value = Math.min(95, Math.round((100 * elapsed) / Math.max(expected, 1)));
    el.cancel.hidden = false;
    setStatus("Annotating " + formatSize(run.size) + "… " + (elapsed / 1000).toFixed(1) + " s");
  };
  state.ticker = setInterval(tick, 100);
  tick();
}

function stopTicker() {
  clearInterval(state.ticker);
  state.ticker = 0;
  el.progress.hidden = true;
  el.cancel.hidden = true;
}

// ---- Showing a result ---------------------------------------------------

// showEmpty empties the page: the article (a long one a slice at a time)
// gives way to message, and the panel to nothing.
function showEmpty(message) {
  delete root.busy;
  state.result = null;
  desk.close();
  const p = document.createElement("p");
  p.className = "empty";
  p.textContent = message || "Paste an article, or load the example, to see its quotes, speakers and dates.";
  const generation = state.display;
  emptyArticle(el.article, p, () => generation === state.display);
  el.summary.textContent = message ? "Nothing annotated." : "Nothing annotated yet.";
  el.dates.replaceChildren();
  el.periods.replaceChildren();
  enableExports(false);
  el.formatDetected.textContent = "";
  if (!state.datelineByUser) {
    el.dateline.value = "";
    el.datelineNote.textContent = "Detected in the article when it gives one. Relative dates (“Thursday”, “last week”) count from it.";
  }
  delete root.annotated;
  if (!message) {
    setStatus(engine.ready ? "Ready. Paste an article to start." : "Loading the annotator…");
  }
}

async function showResult(msg, run) {
  const res = msg.result;
  if (!state.datelineByUser) {
    el.dateline.value = res.dateline || "";
    el.datelineNote.textContent = res.dateline
      ? "Detected in the article. Change it to resolve relative dates against another day."
      : "No dateline found in the article: relative dates keep unknown parts as X. Set one here.";
  }
  el.formatDetected.textContent = "(" + (res.format === "markdown" ? "Markdown" : "plain") + ")";
  desk.close();
  const generation = state.display;
  let chunks = unpackChunks(msg.html);
  msg.html = null; // the pieces hold the buffer until the article is in, and no longer
  state.showing = true; // until the desk has had its first look: a cancel meanwhile empties the page
  el.cancel.hidden = chunks.length === 1;
  const shown = await showArticle(el.article, chunks, () => generation === state.display, (pct) => {
    setStatus("Showing the article… " + pct + "%");
    el.progress.hidden = false;
    el.progress.value = pct;
  });
  chunks = null;
  if (!shown || generation !== state.display) {
    return; // a newer result or a cancel
  }
  el.progress.hidden = true;
  delete root.busy;
  showPanel(el, res, state.datelineByUser);
  const annotated = "Annotated " + formatSize(run.size) + " in " + Math.max(1, Math.round(msg.ms)) + " ms: " + counts(res) + ".";
  setStatus(annotated);
  // The desk's first look gives each mark its speaker's look and what
  // screen readers say: a long article's takes seconds, with progress.
  const opening = performance.now();
  let shownPct = -1;
  let marking = "";
  const opened = await desk.open(run.req, res, msg.hash, (share) => {
    const pct = Math.max(shownPct, Math.floor(100 * share)); // never backwards
    if (pct === shownPct || performance.now() - opening < SHOW_PROGRESS_MS || generation !== state.display) {
      return;
    }
    shownPct = pct;
    marking = "Marking the quotes and speakers… " + pct + "%";
    setStatus(marking);
    el.progress.hidden = false;
    el.progress.value = pct;
  });
  if (!opened || generation !== state.display) {
    return;
  }
  el.progress.hidden = true;
  const status = el.statusText.textContent;
  if (status === annotated || status === marking) { // the desk said nothing of its own since
    // The engine's time, and the whole wait when showing took long.
    const total = performance.now() - run.started;
    setStatus(annotated + (total >= 1000 ? " Shown in full after " + (total / 1000).toFixed(1) + " s." : ""));
  }
  state.showing = false;
  el.cancel.hidden = !desk.busy;
  enableExports(true);
  if (!state.scheduled) {
    root.annotated = String(run.id); // what is shown is the text as it is
  }
  root.workerMs = String(Math.round(msg.ms));
}

function enableExports(on) {
  for (const b of [...el.exportButtons, el.copyHTML, el.addQuote]) {
    b.disabled = !on;
  }
}

// ---- Wiring ---------------------------------------------------------------

const hideTip = attachTooltips(el.article, el.tip, () => (state.result && state.result.dates.readable) || null);
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") {
    if (!el.tip.hidden) {
      hideTip(); // Esc closes the tooltip first; the next one cancels
      return;
    }
    if (state.running || state.showing || desk.busy) {
      cancelRun(false);
    }
  }
});

// Typing waits for a pause; a paste, a drop or any edit that changes the
// length by more than a typist does at once annotates straight away.
let lastLength = el.text.value.length;
el.text.addEventListener("input", (e) => {
  const length = el.text.value.length;
  const jump = Math.abs(length - lastLength) > 64 || /^insertFrom(Paste|Drop)/.test(e.inputType || "");
  lastLength = length;
  schedule(jump);
});
el.dateline.addEventListener("input", () => {
  state.datelineByUser = el.dateline.value !== "";
  el.datelineReset.hidden = !state.datelineByUser;
  if (state.datelineByUser) {
    el.datelineNote.textContent = "Set by you. Relative dates count from this day.";
  }
  schedule(true);
});
el.datelineReset.addEventListener("click", () => {
  state.datelineByUser = false;
  el.datelineReset.hidden = true;
  schedule(true);
});
for (const radio of document.querySelectorAll('input[name="format"]')) {
  radio.addEventListener("change", () => schedule(true));
}
el.cancel.addEventListener("click", () => cancelRun(false));
el.example.addEventListener("click", () => {
  el.text.value = EXAMPLE;
  state.datelineByUser = false;
  el.datelineReset.hidden = true;
  schedule(true);
  el.text.focus();
  el.text.setSelectionRange(0, 0);
  el.text.scrollTop = 0;
});
el.clear.addEventListener("click", () => {
  el.text.value = "";
  schedule(true);
  el.text.focus();
});
// A date in the panel jumps to its highlight (the desk does the quotes).
for (const list of [el.dates, el.periods]) {
  list.addEventListener("click", (e) => {
    const b = e.target instanceof Element && e.target.closest("button.jump");
    if (b) {
      desk.jump(b.dataset.target, b);
    }
  });
}

// The article is one Tab stop; its keys move between the quotes.
el.article.addEventListener("keydown", (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey) {
    return;
  }
  const moves = { j: 1, ArrowDown: 1, ArrowRight: 1, k: -1, ArrowUp: -1, ArrowLeft: -1 };
  if (e.key in moves) {
    e.preventDefault();
    desk.step("quote", moves[e.key]);
  } else if (e.key === "n") {
    e.preventDefault();
    desk.step("check", 1);
  }
});

el.keep.checked = keepArticle();
el.keep.addEventListener("change", () => {
  setKeepArticle(el.keep.checked);
  if (el.keep.checked) {
    schedule(true); // the worker keeps it with the next annotation
  }
  setStatus(el.keep.checked ? "The article is kept in this browser, so a reload loses nothing." : "The article is no longer kept in this browser (corrections still are).");
});
el.forget.addEventListener("click", () => {
  forgetAll();
  setStatus("Forgot the article and every correction kept in this browser.");
  if (state.result) {
    desk.clearAll();
  }
});

engine.start();
const kept = el.text.value.trim() === "" ? await loadArticle() : null;
if (kept) {
  el.text.value = kept.text;
  if (kept.dateline) {
    el.dateline.value = kept.dateline;
    state.datelineByUser = true;
    el.datelineReset.hidden = false;
  }
  const radio = document.querySelector('input[name="format"][value="' + CSS.escape(kept.format || "auto") + '"]');
  if (radio) {
    radio.checked = true;
  }
}
if (el.text.value.trim() !== "") {
  schedule(true); // the article kept, or text restored by the browser after a reload
}
