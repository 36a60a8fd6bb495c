// app.js drives the annotator page: it sends the article to the worker
// (worker.js, which runs the Go annotator compiled to WebAssembly), shows
// the safe HTML the worker returns, and builds the side panel, tooltips and
// exports from the result. It holds no annotation logic.
//
// Safety: the article HTML comes from the Go renderer, which escapes all
// text. It is still parsed with DOMParser (an inert document: no scripts
// run, nothing loads) and filtered through an allowlist of elements and
// attributes before its nodes are moved into the page. Everything else the
// page shows from the article is set with textContent.
"use strict";

(() => {
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
    tip: $("tip"),
    example: $("example"),
    clear: $("clear"),
    exportJSON: $("export-json"),
    copyHTML: $("copy-html"),
    version: $("version"),
  };

  // Tunables.
  const DEBOUNCE_MS = 250; // wait after the last keystroke
  const DEBOUNCE_LARGE_MS = 700; // the same for large texts
  const LARGE = 200000; // characters from which a text counts as large
  const SHOW_PROGRESS_MS = 300; // a run longer than this shows progress and Cancel
  const PANEL_LIMIT = 300; // items per panel list before "and N more"

  const state = {
    module: null, // Promise<WebAssembly.Module|null>, compiled once per page
    worker: null,
    ready: false,
    version: "",
    seq: 0, // id of the last request sent
    running: null, // {id, size, started} of the request in the worker
    pending: null, // the newest request, waiting for the worker
    timer: 0, // debounce timer
    ticker: 0, // progress timer
    display: 0, // generation of the DOM insertion in progress
    showing: false, // a long article is being parsed into the page
    datelineByUser: false,
    rate: 4e6, // characters per second, measured after each run
    result: null,
    html: "",
  };

  // ---- The worker -------------------------------------------------------

  // compileModule compiles annotator.wasm once, so that a worker restarted
  // after a cancel does not fetch or compile it again.
  function compileModule() {
    if (!state.module) {
      state.module = (async () => {
        try {
          const response = fetch("annotator.wasm");
          if (WebAssembly.compileStreaming) {
            return await WebAssembly.compileStreaming(response);
          }
          return await WebAssembly.compile(await (await response).arrayBuffer());
        } catch (err) {
          console.warn("annotator: compiling on the page failed; the worker will load the module itself", err);
          return null;
        }
      })();
    }
    return state.module;
  }

  async function startWorker() {
    state.ready = false;
    const worker = new Worker("worker.js");
    state.worker = worker;
    worker.onmessage = (event) => onWorkerMessage(worker, event.data);
    worker.onerror = (event) => {
      if (worker === state.worker) {
        setStatus("The annotator failed to start: " + (event.message || "worker error"), "error");
      }
    };
    const module = await compileModule();
    if (worker === state.worker) {
      worker.postMessage(module ? { type: "init", module } : { type: "init" });
    }
  }

  function restartWorker() {
    if (state.worker) {
      state.worker.terminate();
    }
    state.running = null;
    stopTicker();
    startWorker();
  }

  function onWorkerMessage(worker, msg) {
    if (worker !== state.worker) {
      return; // a terminated worker's last words
    }
    switch (msg.type) {
      case "ready":
        state.ready = true;
        state.version = msg.version;
        el.version.textContent = "Annotator " + msg.version + ".";
        document.documentElement.dataset.ready = "true";
        if (state.pending) {
          send(state.pending);
        } else if (!state.result) {
          setStatus("Ready. Paste an article to start.");
        }
        break;
      case "fatal":
        setStatus("The annotator could not load: " + msg.message, "error");
        break;
      case "result":
      case "error":
        onDone(msg);
        break;
    }
  }

  // ---- Requests ---------------------------------------------------------

  function currentRequest() {
    const format = document.querySelector('input[name="format"]:checked').value;
    return {
      text: el.text.value,
      dateline: state.datelineByUser ? el.dateline.value : "",
      format,
    };
  }

  // schedule re-annotates after a pause in editing.
  function schedule(now) {
    clearTimeout(state.timer);
    // What is shown no longer matches the input until the next result.
    delete document.documentElement.dataset.annotated;
    const req = currentRequest();
    // A newer edit makes a long run in progress useless: stop it now.
    if (state.running && state.running.size >= LARGE) {
      cancelRun(true);
    }
    const delay = now ? 0 : req.text.length >= LARGE ? DEBOUNCE_LARGE_MS : DEBOUNCE_MS;
    state.timer = setTimeout(() => submit(req), delay);
  }

  function submit(req) {
    req.id = ++state.seq;
    if (!state.ready || state.running) {
      state.pending = req; // sent when the worker is free; the newest wins
      if (!state.ready) {
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
      showEmpty();
      return;
    }
    state.running = { id: req.id, size: req.text.length, started: performance.now(), text: req.text };
    delete document.documentElement.dataset.annotated;
    state.worker.postMessage({ type: "render", id: req.id, text: req.text, dateline: req.dateline, format: req.format });
    document.documentElement.dataset.busy = "true";
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
      delete document.documentElement.dataset.busy;
      setStatus(msg.message, "error");
      return;
    }
    if (run.size > 20000 && msg.ms > 50) {
      state.rate = run.size / (msg.ms / 1000);
    }
    state.result = msg.result;
    state.html = msg.chunks.join("");
    showResult(msg, run);
  }

  // cancelRun stops the run in progress by replacing the worker.
  function cancelRun(quiet) {
    if (!state.running && !state.pending && !state.showing) {
      return;
    }
    clearTimeout(state.timer);
    state.pending = null;
    state.display++;
    state.showing = false;
    el.progress.hidden = true;
    el.cancel.hidden = true;
    delete document.documentElement.dataset.busy;
    if (state.running) {
      restartWorker();
    }
    if (!quiet) {
      setStatus("Cancelled. Edit the text or press the Example button to annotate again.");
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
      const pct = Math.min(95, Math.round((100 * elapsed) / Math.max(expected, 1)));
      el.progress.hidden = false;
      el.progress.value = pct;
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

  function formatSize(n) {
    if (n >= 1e6) {
      return (n / 1e6).toFixed(1) + " million characters";
    }
    if (n >= 1e4) {
      return Math.round(n / 1e3) + " thousand characters";
    }
    return n.toLocaleString("en") + " characters";
  }

  // ---- Showing a result ---------------------------------------------------

  function showEmpty() {
    delete document.documentElement.dataset.busy;
    state.result = null;
    state.html = "";
    el.article.replaceChildren(paragraph("empty", "Paste an article, or load the example, to see its quotes, speakers and dates."));
    el.summary.textContent = "Nothing annotated yet.";
    el.speakers.replaceChildren();
    el.dates.replaceChildren();
    el.exportJSON.disabled = true;
    el.copyHTML.disabled = true;
    el.formatDetected.textContent = "";
    if (!state.datelineByUser) {
      el.dateline.value = "";
    }
    delete document.documentElement.dataset.annotated;
    setStatus(state.ready ? "Ready. Paste an article to start." : "Loading the annotator…");
  }

  function showResult(msg, run) {
    const res = msg.result;
    if (!state.datelineByUser) {
      el.dateline.value = res.dateline || "";
      el.datelineNote.textContent = res.dateline
        ? "Detected in the article. Change it to resolve relative dates against another day."
        : "No dateline found in the article: relative dates keep unknown parts as X. Set one here.";
    }
    el.formatDetected.textContent = "(" + (res.format === "markdown" ? "Markdown" : "plain") + ")";
    el.exportJSON.disabled = false;
    el.copyHTML.disabled = false;
    const generation = state.display;
    const done = () => {
      state.showing = false;
      el.progress.hidden = true;
      el.cancel.hidden = true;
      delete document.documentElement.dataset.busy;
      buildPanel(res);
      document.documentElement.dataset.annotated = String(run.id);
      document.documentElement.dataset.workerMs = String(Math.round(msg.ms));
      setStatus(
        "Annotated " + formatSize(run.size) + " in " + Math.max(1, Math.round(msg.ms)) + " ms: " + counts(res) + ".",
      );
    };
    if (msg.chunks.length === 1) {
      el.article.classList.remove("huge");
      el.article.replaceChildren(...sanitizedNodes(msg.chunks[0]));
      done();
      return;
    }
    // A long article is parsed a piece at a time, yielding between pieces
    // so that the page keeps answering, into a detached fragment that goes
    // into the page at once (laying it out once). A newer result or a
    // cancel abandons it.
    const frag = document.createDocumentFragment();
    let i = 0;
    state.showing = true;
    el.cancel.hidden = false;
    const step = () => {
      if (generation !== state.display) {
        return;
      }
      const t0 = performance.now();
      while (i < msg.chunks.length && performance.now() - t0 < 40) {
        frag.append(...sanitizedNodes(msg.chunks[i]));
        msg.chunks[i] = null;
        i++;
      }
      if (i < msg.chunks.length) {
        setStatus("Showing the article… " + Math.round((100 * i) / msg.chunks.length) + "%");
        el.progress.hidden = false;
        el.progress.value = Math.round((100 * i) / msg.chunks.length);
        setTimeout(step, 0);
        return;
      }
      el.article.classList.add("huge"); // off-screen blocks skip layout
      el.article.replaceChildren(frag);
      done();
    };
    step();
  }

  function counts(res) {
    const n = (k, one, many) => k.toLocaleString("en") + " " + (k === 1 ? one : many);
    return [
      n(res.quotes.length, "quote", "quotes"),
      n(res.speakers.length, "speaker", "speakers"),
      n(res.dates.length, "date", "dates"),
    ].join(", ");
  }

  function paragraph(cls, text) {
    const p = document.createElement("p");
    p.className = cls;
    p.textContent = text;
    return p;
  }

  // ---- Sanitizing ---------------------------------------------------------

  const ALLOWED = new Set(
    ("p h1 h2 h3 h4 h5 h6 em strong b i u s del ins sub sup small code pre kbd " +
      "blockquote ul ol li dl dt dd a br hr mark span table thead tbody tfoot tr th td caption figure figcaption")
      .split(" "),
  );
  const DROP = new Set(["script", "style", "template", "iframe", "object", "embed", "noscript", "svg", "math", "link", "meta"]);
  const SAFE_HREF = /^(?:https?:|mailto:|#)/i;

  // sanitizedNodes parses the renderer's HTML inertly and returns its
  // top-level nodes, keeping only allowed elements and attributes.
  function sanitizedNodes(html) {
    const doc = new DOMParser().parseFromString("<!doctype html><body>" + html, "text/html");
    const body = doc.body;
    clean(body);
    return Array.from(body.childNodes).map((n) => document.adoptNode(n));
  }

  function clean(root) {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    const unwrap = [];
    const drop = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const tag = node.localName;
      if (DROP.has(tag)) {
        drop.push(node);
        continue;
      }
      if (tag === "img") {
        // Show an image as its alt text: the page loads nothing from articles.
        const alt = node.getAttribute("alt");
        node.replaceWith(root.ownerDocument.createTextNode(alt ? "[image: " + alt + "]" : "[image]"));
        continue;
      }
      if (!ALLOWED.has(tag)) {
        unwrap.push(node);
      }
      for (const attr of Array.from(node.attributes)) {
        const name = attr.name;
        const keep =
          name === "class" || name === "id" || name.startsWith("data-") ||
          (name === "href" && tag === "a" && SAFE_HREF.test(attr.value.trim())) ||
          (name === "start" && tag === "ol") || name === "colspan" || name === "rowspan";
        if (!keep) {
          node.removeAttribute(name);
        }
      }
      if (tag === "a" && node.hasAttribute("href")) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
      if (tag === "mark") {
        node.tabIndex = 0;
        if (node.id && node.classList.contains("q")) {
          // The speaker's initials open each quote, so that speakers
          // differ by more than colour.
          node.dataset.who = initials(node.dataset.speakerName);
        }
      }
    }
    for (const node of drop) {
      node.remove();
    }
    for (const node of unwrap) {
      node.replaceWith(...node.childNodes);
    }
  }

  // initials shortens a speaker's name to the capitals of its words ("Donald
  // Trump" -> "DT"), "?" for an unattributed quote.
  function initials(name) {
    if (!name) {
      return "?";
    }
    const caps = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);
    const letters = caps.length > 0 ? caps : [name[0].toUpperCase()];
    return letters.length > 3 ? letters[0] + letters[letters.length - 1] : letters.join("");
  }

  // ---- The side panel -----------------------------------------------------

  function buildPanel(res) {
    el.summary.textContent =
      counts(res) + (res.dateline ? ". Dateline " + res.dateline + (state.datelineByUser ? " (set by you)." : " (detected).") : ". No dateline.");
    // The panel shows quotes, dates and aliases as the article shows them.
    const shown = shownTexts();
    buildSpeakers(res, shown);
    buildDates(res, shown);
  }

  const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "him", "her", "them"]);

  function buildSpeakers(res, shown) {
    const bySpeaker = new Map(res.speakers.map((s) => [s.id, []]));
    const unattributed = [];
    for (const q of res.quotes) {
      (q.speaker && bySpeaker.has(q.speaker) ? bySpeaker.get(q.speaker) : unattributed).push(q);
    }
    const order = res.speakers
      .map((s, i) => ({ s, i, quotes: bySpeaker.get(s.id) }))
      .sort((a, b) => b.quotes.length - a.quotes.length || a.i - b.i);
    const items = order.slice(0, PANEL_LIMIT).map(({ s, i, quotes }) => {
      const li = document.createElement("li");
      li.className = "speaker";
      li.dataset.speaker = s.id;
      const head = document.createElement("div");
      head.className = "speaker-head";
      const swatch = document.createElement("span");
      swatch.className = "swatch " + speakerClass(s.id, i);
      swatch.setAttribute("aria-hidden", "true");
      swatch.textContent = initials(s.name);
      const name = document.createElement("span");
      name.className = "speaker-name";
      name.textContent = s.name || s.id;
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = quotesLabel(quotes.length);
      head.append(swatch, name, count);
      li.append(head);
      const aliases = aliasesOf(s, shown);
      if (aliases.length > 0) {
        const p = document.createElement("p");
        p.className = "aliases";
        p.textContent = "Also: " + aliases.join(", ");
        li.append(p);
      }
      if (s.kind && s.kind !== "person") {
        head.append(tag(s.kind));
      }
      li.append(quoteList(quotes, shown));
      return li;
    });
    if (unattributed.length > 0) {
      const li = document.createElement("li");
      li.className = "speaker unattributed";
      const head = document.createElement("div");
      head.className = "speaker-head";
      const swatch = document.createElement("span");
      swatch.className = "swatch spk-none";
      swatch.setAttribute("aria-hidden", "true");
      swatch.textContent = "?";
      const name = document.createElement("span");
      name.className = "speaker-name";
      name.textContent = "Unattributed";
      const count = document.createElement("span");
      count.className = "count";
      count.textContent = quotesLabel(unattributed.length);
      head.append(swatch, name, count);
      li.append(head, quoteList(unattributed, shown));
      items.push(li);
    }
    if (order.length > PANEL_LIMIT) {
      items.push(more(order.length - PANEL_LIMIT, "speakers"));
    }
    if (items.length === 0) {
      items.push(paragraphItem("No quotes found."));
    }
    el.speakers.replaceChildren(...items);
  }

  function quotesLabel(n) {
    return n === 1 ? "1 quote" : n.toLocaleString("en") + " quotes";
  }

  // shownTexts reads what the article shows of each highlight: the text of
  // its rendered marks, where the result's "text" is the source, Markdown
  // syntax and all. A highlight that crosses markup is several marks in a
  // row with no text between them; they are joined (with a space when text
  // lies between, as for a quote across paragraphs). It returns, by quote
  // and date id, the text of each, and by speaker id, the texts of its
  // mentions in order.
  function shownTexts() {
    const byID = new Map();
    const mentions = new Map();
    const last = new Map(); // key -> its previous mark
    const add = (map, key, mark, newItem) => {
      const prev = last.get(key);
      last.set(key, mark);
      const list = map.get(key);
      if (!list) {
        map.set(key, [mark.textContent]);
      } else if (continues(prev, mark)) {
        list[list.length - 1] += mark.textContent;
      } else if (newItem) {
        list.push(mark.textContent);
      } else {
        list[list.length - 1] += " " + mark.textContent;
      }
    };
    for (const mark of el.article.querySelectorAll("mark")) {
      const d = mark.dataset;
      if (d.quote) {
        add(byID, d.quote, mark, false);
      } else if (d.date) {
        add(byID, d.date, mark, false);
      } else if (d.speaker) {
        add(mentions, "s:" + d.speaker, mark, true);
      }
    }
    return {
      of: (id) => (byID.has(id) ? byID.get(id)[0] : null),
      mentions: (speaker) => mentions.get("s:" + speaker) || [],
    };
  }

  // aliasesOf lists the names a speaker goes by besides its own, as shown.
  function aliasesOf(s, shown) {
    const seen = new Set([s.name]);
    const out = [];
    for (const text of shown.mentions(s.id)) {
      const t = text.replace(/\s+/g, " ").trim();
      if (!t || seen.has(t) || PRONOUNS.has(t.toLowerCase())) {
        continue;
      }
      seen.add(t);
      out.push(t);
    }
    return out;
  }

  // speakerClass is the colour class the renderer gave a speaker's marks.
  function speakerClass(id, index) {
    const mark = el.article.querySelector('mark.sp[data-speaker="' + CSS.escape(id) + '"], mark.q[data-speaker="' + CSS.escape(id) + '"]');
    const found = mark && Array.from(mark.classList).find((c) => c.startsWith("spk-"));
    return found || "spk-" + ((index % 8) + 1);
  }

  function quoteList(quotes, shown) {
    const ol = document.createElement("ol");
    ol.className = "quotes";
    for (const q of quotes.slice(0, PANEL_LIMIT)) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "jump";
      b.dataset.target = q.id;
      b.textContent = shorten(shown.of(q.id) ?? q.text, 140);
      b.title = "Show this quote in the article (paragraph " + (q.paragraph + 1) + ")";
      li.append(b);
      if (q.unclosed) {
        li.append(tag("closing mark missing"));
      }
      ol.append(li);
    }
    if (quotes.length > PANEL_LIMIT) {
      ol.append(more(quotes.length - PANEL_LIMIT, "quotes"));
    }
    return ol;
  }

  function buildDates(res, shown) {
    // One entry per value, in time order: calendar values (which sort as
    // text: 2025 < 2025-01 < 2025-10-16 < 2025-10-16TNI), then the rest
    // (durations, sets, values with unknown parts).
    const groups = new Map();
    res.dates.forEach((d, index) => {
      const key = d.type + " " + d.value + (d.mod ? " " + d.mod : "");
      if (!groups.has(key)) {
        groups.set(key, { type: d.type, value: d.value, mod: d.mod, items: [] });
      }
      groups.get(key).items.push({ d, index });
    });
    const calendar = (g) => /^\d{4}/.test(g.value) && (g.type === "DATE" || g.type === "TIME");
    const list = Array.from(groups.values()).sort((a, b) => {
      const ca = calendar(a), cb = calendar(b);
      if (ca !== cb) {
        return ca ? -1 : 1;
      }
      return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
    });
    const items = list.slice(0, PANEL_LIMIT).map((g) => {
      const li = document.createElement("li");
      li.className = "date";
      const head = document.createElement("div");
      head.className = "date-head";
      const value = document.createElement("span");
      value.className = "date-value";
      value.textContent = g.value + (g.mod ? " (" + g.mod + ")" : "");
      const human = humanDate(g.value);
      head.append(value);
      if (human) {
        const h = document.createElement("span");
        h.className = "date-human";
        h.textContent = human;
        head.append(h);
      }
      head.append(tag(g.type));
      const mentions = document.createElement("div");
      mentions.className = "date-mentions";
      for (const { d, index } of g.items.slice(0, 20)) {
        const b = document.createElement("button");
        b.type = "button";
        b.className = "jump chip";
        b.dataset.target = "d" + (index + 1); // the id of its mark (see RenderHTML)
        const text = shorten(shown.of(b.dataset.target) ?? d.text, 40);
        b.textContent = text;
        b.title = "Show “" + text + "” in the article";
        mentions.append(b);
      }
      if (g.items.length > 20) {
        mentions.append(document.createTextNode(" and " + (g.items.length - 20) + " more"));
      }
      li.append(head, mentions);
      return li;
    });
    if (list.length > PANEL_LIMIT) {
      items.push(more(list.length - PANEL_LIMIT, "dates"));
    }
    if (items.length === 0) {
      items.push(paragraphItem("No dates found."));
    }
    el.dates.replaceChildren(...items);
  }

  const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  const PARTS = { MO: "morning", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };

  // humanDate spells out a calendar value for reading ("Thursday 16 October
  // 2025, night"); "" when the value is not one.
  function humanDate(value) {
    let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(MO|AF|EV|NI|DT))?$/.exec(value);
    if (m) {
      const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
      if (Number.isNaN(date.getTime())) {
        return "";
      }
      return DAYS[date.getUTCDay()] + " " + +m[3] + " " + MONTHS[+m[2] - 1] + " " + m[1] + (m[4] ? ", " + PARTS[m[4]] : "");
    }
    m = /^(\d{4})-(\d{2})$/.exec(value);
    if (m && +m[2] >= 1 && +m[2] <= 12) {
      return MONTHS[+m[2] - 1] + " " + m[1];
    }
    return "";
  }

  function tag(text) {
    const s = document.createElement("span");
    s.className = "tag";
    s.textContent = text;
    return s;
  }

  function more(n, what) {
    const li = document.createElement("li");
    li.className = "more";
    li.textContent = "and " + n.toLocaleString("en") + " more " + what;
    return li;
  }

  function paragraphItem(text) {
    const li = document.createElement("li");
    li.className = "none";
    li.textContent = text;
    return li;
  }

  function shorten(s, n) {
    s = s.replace(/\s+/g, " ").trim();
    return s.length <= n ? s : s.slice(0, n - 1) + "…";
  }

  // ---- Jumping to a highlight ----------------------------------------------

  function jumpTo(mark) {
    if (!mark) {
      return;
    }
    mark.scrollIntoView({ block: "center", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    mark.focus({ preventScroll: true });
    mark.classList.remove("flash");
    void mark.offsetWidth; // restart the animation
    mark.classList.add("flash");
  }

  // continues reports whether mark follows prev with no text between them
  // (only tags): two pieces of one highlight split by markup.
  function continues(prev, mark) {
    for (let n = nextNode(prev, true); n; n = nextNode(n, false)) {
      if (n === mark) {
        return true;
      }
      if (n.nodeType === Node.TEXT_NODE && n.data !== "") {
        return false;
      }
    }
    return false;
  }

  // nextNode is the node after n in document order inside the article,
  // skipping n's children when asked.
  function nextNode(n, skipChildren) {
    if (!skipChildren && n.firstChild) {
      return n.firstChild;
    }
    for (; n && n !== el.article; n = n.parentNode) {
      if (n.nextSibling) {
        return n.nextSibling;
      }
    }
    return null;
  }

  // highlight returns the mark with the given id in the article.
  function highlight(id) {
    const mark = id ? document.getElementById(id) : null;
    return mark && el.article.contains(mark) ? mark : null;
  }

  // ---- Tooltips -------------------------------------------------------------

  let tipFor = null;

  function tipLines(mark) {
    const lines = [];
    for (let m = mark; m && m !== el.article; m = m.parentElement) {
      if (m.localName !== "mark") {
        continue;
      }
      const d = m.dataset;
      if (m.classList.contains("q")) {
        let line = d.speakerName ? "Quote by " + d.speakerName : "Unattributed quote";
        if (d.cue) {
          line += " · cue “" + d.cue + "”";
        }
        if (d.paragraph !== undefined) {
          line += " · paragraph " + (Number(d.paragraph) + 1);
        }
        if (d.unclosed === "true") {
          line += " · closing mark missing";
        }
        lines.push(["quote", line]);
      } else if (m.classList.contains("sp")) {
        lines.push(["speaker", "Speaker: " + (d.speakerName || d.speaker || "")]);
      } else if (m.classList.contains("dt")) {
        const human = humanDate(d.value || "");
        lines.push(["date", (d.type || "DATE") + " " + (d.value || "") + (d.mod ? " (" + d.mod + ")" : "") + (human ? " · " + human : "")]);
      }
    }
    return lines;
  }

  function showTip(mark) {
    const lines = tipLines(mark);
    if (lines.length === 0) {
      hideTip();
      return;
    }
    tipFor = mark;
    el.tip.replaceChildren(
      ...lines.map(([kind, text]) => {
        const div = document.createElement("div");
        div.className = "tip-" + kind;
        div.textContent = text;
        return div;
      }),
    );
    el.tip.hidden = false;
    mark.setAttribute("aria-describedby", "tip");
    const r = mark.getClientRects()[0] || mark.getBoundingClientRect();
    const tw = el.tip.offsetWidth, th = el.tip.offsetHeight;
    let x = Math.min(Math.max(8, r.left), window.innerWidth - tw - 8);
    let y = r.top - th - 8;
    if (y < 8) {
      y = r.bottom + 8;
    }
    el.tip.style.left = x + "px";
    el.tip.style.top = y + "px";
  }

  function hideTip() {
    if (tipFor) {
      tipFor.removeAttribute("aria-describedby");
    }
    tipFor = null;
    el.tip.hidden = true;
  }

  function innermostMark(target) {
    return target instanceof Element ? target.closest("mark") : null;
  }

  el.article.addEventListener("mouseover", (e) => {
    const mark = innermostMark(e.target);
    if (mark && el.article.contains(mark)) {
      showTip(mark);
    } else {
      hideTip();
    }
  });
  el.article.addEventListener("mouseleave", hideTip);
  el.article.addEventListener("focusin", (e) => {
    const mark = innermostMark(e.target);
    if (mark) {
      showTip(mark);
    }
  });
  el.article.addEventListener("focusout", hideTip);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      hideTip();
      if (state.running || state.showing) {
        cancelRun(false);
      }
    }
  });
  window.addEventListener("scroll", hideTip, { passive: true });

  // ---- Exports --------------------------------------------------------------

  function downloadJSON() {
    if (!state.result) {
      return;
    }
    // The page's export is the bridge's result: the CLI's JSON format with
    // offsets in UTF-16 code units, as "offsets" says.
    const { format, dateline, ...rest } = state.result;
    const out = { format, dateline, offsets: "utf-16", ...rest };
    const blob = new Blob([JSON.stringify(out, null, 2) + "\n"], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = "annotations.json";
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus("Downloaded annotations.json.");
  }

  async function copyHTML() {
    if (!state.html) {
      return;
    }
    try {
      if (navigator.clipboard && window.ClipboardItem) {
        await navigator.clipboard.write([
          new ClipboardItem({
            "text/html": new Blob([state.html], { type: "text/html" }),
            "text/plain": new Blob([state.html], { type: "text/plain" }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(state.html);
      }
      setStatus("Copied the highlighted HTML to the clipboard.");
    } catch (err) {
      setStatus("Could not copy: " + err.message, "error");
    }
  }

  // ---- Example --------------------------------------------------------------

  const EXAMPLE = [
    "Harbour council approves flood wall after stormy debate",
    "",
    "By a staff reporter, Published 14 March 2024",
    "",
    "The harbour council voted on Wednesday night to build a 2km flood wall along the old quay, ending a dispute that has run for the past three years.",
    "",
    "“We cannot keep filling sandbags every winter and calling it a plan,” said Mayor Elena Ruiz, who proposed the wall in January. “This is the year we stop waiting.”",
    "",
    "The fishermen’s association had argued that the wall would cut boats off from the slipway. Its chair, Tomas Byrne, told reporters the final design was “a fair compromise”.",
    "",
    "“Nobody got everything they wanted,” he said. “But the slipway stays open, and that was our line in the sand.”",
    "",
    "Work is due to start in September and to take eighteen months. Ms Ruiz said the first section, by the lifeboat station, would be finished before next winter.",
    "",
    "“I will be down there with a shovel on the first morning,” she added.",
  ].join("\n");

  // ---- Wiring ---------------------------------------------------------------

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
  el.exportJSON.addEventListener("click", downloadJSON);
  el.copyHTML.addEventListener("click", copyHTML);

  // A quote or date in the panel jumps to its highlight, by id.
  for (const list of [el.speakers, el.dates]) {
    list.addEventListener("click", (e) => {
      const b = e.target instanceof Element && e.target.closest("button.jump");
      if (b) {
        jumpTo(highlight(b.dataset.target));
      }
    });
  }

  startWorker();
  if (el.text.value.trim() !== "") {
    schedule(true); // text restored by the browser after a reload
  }
})();
