// embed-marks.js adds to the embed's highlights what the eye and the ear
// need beyond colour: before each quote a visible label with its speaker's
// initials (unique per article, from the summary computed in Go) and, for
// screen readers, who said it and where it ends (text hidden from the eye);
// and the keyboard: each article body is one Tab stop while highlighted,
// and j/k or the arrow keys move between its quotes (the quotes are no Tab
// stops), as on the annotator page. Everything added is marked
// data-annotate-skip, so that reading the article again ignores it, and is
// removed again by the function each call returns.

// labelQuotes puts the labels around each quote of summary: marks maps a
// quote's id to {first, last}, its first and last mark. It returns the
// function that removes them.
export function labelQuotes(summary, marks) {
  const speakers = new Map(summary.speakers.map((s) => [s.id, s]));
  const added = [];
  for (const q of summary.quotes) {
    const m = marks.get(q.id);
    if (!m || q.dismissed) {
      continue;
    }
    const s = q.speaker ? speakers.get(q.speaker) : null;
    const label = span("aa-who", s ? String(s.palette + 1) : "0");
    label.title = s ? s.name : "Speaker unknown";
    const seen = span("", null, s ? s.initials : "?");
    seen.setAttribute("aria-hidden", "true");
    label.append(seen, span("aa-sr", null, (s ? "Quote by " + s.name : "Quote, speaker unknown") + ": "));
    const end = span("aa-sr", null, " (end of quote)");
    m.first.before(label);
    m.last.after(end);
    added.push(label, end);
  }
  return () => {
    for (const n of added) {
      n.remove();
    }
  };
}

function span(cls, color, text) {
  const el = document.createElement("span");
  if (cls) {
    el.className = cls;
    el.setAttribute("data-annotate-skip", "");
  }
  if (color) {
    el.setAttribute("data-aa-color", color);
  }
  if (text) {
    el.textContent = text;
  }
  return el;
}

// MOVES are the keys that step between quotes, as on the page.
const MOVES = { j: 1, ArrowDown: 1, ArrowRight: 1, k: -1, ArrowUp: -1, ArrowLeft: -1 };

// KEYS is the value of aria-keyshortcuts on a body.
const KEYS = "j k ArrowDown ArrowUp ArrowRight ArrowLeft";

// quoteKeys makes each of targets one Tab stop (unless it is focusable
// already) whose keys move the focus between quotes (the first marks of
// the quotes, in text order), with focus(mark) doing the move. It
// returns the function that takes all this off again, restoring the
// targets' attributes as they were.
export function quoteKeys(targets, quotes, focus) {
  const saved = targets.map((t) => [t, t.getAttribute("tabindex"), t.getAttribute("aria-keyshortcuts")]);
  const onKey = (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !(e.key in MOVES)) {
      return;
    }
    const origin = e.composedPath()[0];
    const onBody = targets.includes(origin);
    if (!onBody && !(origin instanceof Element && origin.matches("mark.aa-hl"))) {
      return; // a link, a control or the shadow panel keeps its keys
    }
    if (quotes.length === 0) {
      return;
    }
    e.preventDefault();
    const dir = MOVES[e.key];
    let i = quotes.indexOf(origin);
    if (i >= 0) {
      i = (i + dir + quotes.length) % quotes.length;
    } else {
      // from the body, the first quote; from another mark, the next quote after it
      const after = onBody ? 0 : quotes.findIndex((m) => origin.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
      i = dir > 0 ? Math.max(0, after) : (after > 0 ? after - 1 : quotes.length - 1);
    }
    focus(quotes[i]);
  };
  for (const t of targets) {
    if (!t.hasAttribute("tabindex")) {
      t.setAttribute("tabindex", "0");
    }
    t.setAttribute("aria-keyshortcuts", KEYS);
    t.addEventListener("keydown", onKey);
  }
  return () => {
    for (const [t, tabindex, keys] of saved) {
      t.removeEventListener("keydown", onKey);
      setOrRemove(t, "tabindex", tabindex);
      setOrRemove(t, "aria-keyshortcuts", keys);
    }
  };
}

function setOrRemove(el, name, value) {
  if (value === null) {
    el.removeAttribute(name);
  } else {
    el.setAttribute(name, value);
  }
}
