// sanitize.js turns the renderer's HTML into nodes for the page. The HTML
// comes from the Go renderer, which escapes all text; it is still parsed
// inertly (DOMParser: no scripts run, nothing loads) and filtered through an
// allowlist of elements and attributes before its nodes are adopted, so a
// renderer bug cannot put a script, a style or a request on the page.
// keepAttribute and imageText are pure and unit-tested under Node
// (web/test/sanitize.test.js); clean is tested in Chromium (e2e/).


// ALLOWED elements are kept; others are unwrapped (their content kept).
const ALLOWED = new Set(
  ("p h1 h2 h3 h4 h5 h6 em strong b i u s del ins sub sup small code pre kbd " +
    "blockquote ul ol li dl dt dd a br hr mark span table thead tbody tfoot tr th td caption figure figcaption")
    .split(" "),
);

// DROP elements go with their content.
const DROP = new Set(["script", "style", "template", "iframe", "object", "embed", "noscript", "svg", "math", "link", "meta"]);

// SAFE_HREF are the links kept: the web, mail, and places in the page.
// Relative links (which would resolve against the page) and other schemes
// (javascript:, data:, tel:, …) are dropped.
const SAFE_HREF = /^(?:https?:\/\/|mailto:|#)/i;

// keepAttribute reports whether attribute name="value" stays on an element
// tag: classes, ids and data-* (the highlights' details), safe links, list
// starts and table spans.
export function keepAttribute(tag, name, value) {
  name = name.toLowerCase();
  return name === "class" || name === "id" || name.startsWith("data-") ||
    (name === "href" && tag === "a" && SAFE_HREF.test(String(value).trim())) ||
    (name === "start" && tag === "ol") ||
    ((name === "colspan" || name === "rowspan") && (tag === "td" || tag === "th"));
}

// imageText is what shows in place of an image: the page loads nothing
// from articles.
export function imageText(alt) {
  return alt ? "[image: " + alt + "]" : "[image]";
}

// sanitizedNodes parses html inertly and returns its top-level nodes,
// cleaned and adopted into document.
export function sanitizedNodes(html, document) {
  const doc = new DOMParser().parseFromString("<!doctype html><body>" + html, "text/html");
  clean(doc.body);
  return Array.from(doc.body.childNodes).map((n) => document.adoptNode(n));
}

// clean filters root's subtree in place. The walk only reads and edits
// attributes; nodes are removed, replaced or unwrapped after it, since
// replacing the walker's current node would end the walk there.
export function clean(root) {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const unwrap = [];
  const drop = [];
  const images = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const tag = node.localName;
    if (DROP.has(tag)) {
      drop.push(node);
      continue;
    }
    if (tag === "img") {
      images.push(node);
      continue;
    }
    if (!ALLOWED.has(tag)) {
      unwrap.push(node);
    }
    for (const attr of Array.from(node.attributes)) {
      if (!keepAttribute(tag, attr.name, attr.value)) {
        node.removeAttribute(attr.name);
      }
    }
    if (tag === "a" && node.hasAttribute("href")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
    if (tag === "mark") {
      // Focusable by the keys of the article, not each a Tab stop. The
      // speaker's initials (data-who) come from the Go summary, set by
      // js/article-marks.js.
      node.tabIndex = -1;
    }
  }
  for (const node of drop) {
    node.remove();
  }
  for (const node of images) {
    node.replaceWith(doc.createTextNode(imageText(node.getAttribute("alt"))));
  }
  for (const node of unwrap) {
    node.replaceWith(...node.childNodes);
  }
}
