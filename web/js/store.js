// store.js keeps the editor's work in this browser's localStorage, and
// nowhere else: the corrections of each article under a hash of its text,
// and the article last worked on (unless the reader opts out), so that a
// reload loses nothing. Every call survives a browser that refuses storage
// (private mode, full quota): it returns false or null and the page says so.

const PREFIX = "annotator:";
const ARTICLE = PREFIX + "article";
const KEEP = PREFIX + "keep-article";
const CORR = PREFIX + "corrections:";

// textHash is the SHA-256 of text (UTF-8), in hex: the key of its
// corrections.
export async function textHash(text) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function read(key) {
  try {
    const v = localStorage.getItem(key);
    return v === null ? null : JSON.parse(v);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function remove(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing kept, nothing to remove
  }
}

export const loadCorrections = (hash) => read(CORR + hash);

// saveCorrections keeps c for the text of hash; empty corrections are
// removed instead.
export function saveCorrections(hash, c, empty) {
  if (empty) {
    remove(CORR + hash);
    return true;
  }
  return write(CORR + hash, { ...c, saved: new Date().toISOString() });
}

export const clearCorrections = (hash) => remove(CORR + hash);

// keepArticle reports whether the reader lets the page keep the article.
export const keepArticle = () => read(KEEP) !== false;

export function setKeepArticle(on) {
  write(KEEP, !!on);
  if (!on) {
    remove(ARTICLE);
  }
}

// saveArticle keeps {text, dateline, format}; false when the browser
// refused (too large for its quota).
export function saveArticle(article) {
  if (!keepArticle()) {
    return true;
  }
  if (article.text.trim() === "") {
    remove(ARTICLE);
    return true;
  }
  return write(ARTICLE, article);
}

export function loadArticle() {
  const a = read(ARTICLE);
  return a && typeof a.text === "string" ? a : null;
}

// forgetAll removes everything the page kept in this browser.
export function forgetAll() {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k && k.startsWith(PREFIX) && k !== KEEP) {
        localStorage.removeItem(k);
      }
    }
  } catch {
    // nothing kept
  }
}
