// marks.js reads the highlights of the page's rendered article (the
// renderer's <mark class="q|sp|dt"> elements) in one pass: what each shows
// and which colour class each speaker got.

// readMarks walks the marks of article once and returns
//
//   shown:   {of(id), mentions(speakerId)}, for js/summary.js: the text of
//            each quote and date as the article shows it (the result's text
//            is the source, Markdown syntax and all), and of each speaker's
//            mentions in order. A highlight that crosses markup is several
//            marks in a row with no text between them; they are joined (with
//            a space when text lies between, as for a quote across
//            paragraphs).
//   classOf: (speakerId, index) -> the speaker's colour class (spk-N), the
//            one the renderer gave its marks, else one by its index.
export function readMarks(article) {
  const byID = new Map();
  const mentions = new Map();
  const classes = new Map();
  const last = new Map(); // key -> its previous mark
  const add = (map, key, mark, newItem) => {
    const prev = last.get(key);
    last.set(key, mark);
    const list = map.get(key);
    if (!list) {
      map.set(key, [mark.textContent]);
    } else if (continues(article, prev, mark)) {
      list[list.length - 1] += mark.textContent;
    } else if (newItem) {
      list.push(mark.textContent);
    } else {
      list[list.length - 1] += " " + mark.textContent;
    }
  };
  for (const mark of article.querySelectorAll("mark")) {
    const d = mark.dataset;
    if (d.speaker && !classes.has(d.speaker) && (mark.classList.contains("q") || mark.classList.contains("sp"))) {
      const c = Array.from(mark.classList).find((name) => name.startsWith("spk-"));
      if (c) {
        classes.set(d.speaker, c);
      }
    }
    if (d.quote) {
      add(byID, d.quote, mark, false);
    } else if (d.date) {
      add(byID, d.date, mark, false);
    } else if (d.speaker) {
      add(mentions, d.speaker, mark, true);
    }
  }
  return {
    shown: {
      of: (id) => (byID.has(id) ? byID.get(id)[0] : null),
      mentions: (speaker) => mentions.get(speaker) || [],
    },
    classOf: (id, index) => classes.get(id) || "spk-" + ((index % 8) + 1),
  };
}

// continues reports whether mark follows prev with no text between them
// (only tags): two pieces of one highlight split by markup.
function continues(article, prev, mark) {
  for (let n = nextNode(article, prev, true); n; n = nextNode(article, n, false)) {
    if (n === mark) {
      return true;
    }
    if (n.nodeType === Node.TEXT_NODE && n.data !== "") {
      return false;
    }
  }
  return false;
}

// nextNode is the node after n in document order inside article, skipping
// n's children when asked.
function nextNode(article, n, skipChildren) {
  if (!skipChildren && n.firstChild) {
    return n.firstChild;
  }
  for (; n && n !== article; n = n.parentNode) {
    if (n.nextSibling) {
      return n.nextSibling;
    }
  }
  return null;
}

// jumpTo scrolls mark into view, focuses it and flashes it; cls is the
// class of the flash animation.
export function jumpTo(mark, cls) {
  if (!mark) {
    return;
  }
  const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
  mark.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  mark.focus({ preventScroll: true });
  mark.classList.remove(cls);
  void mark.offsetWidth; // restart the animation
  mark.classList.add(cls);
}
