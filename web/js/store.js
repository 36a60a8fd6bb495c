// store.js keeps the editor's work in this browser, and nowhere else: the
// corrections of each article in localStorage under a hash of its text,
// and the article last worked on (unless the reader opts out) in IndexedDB,
// which takes megabytes; the worker writes it (putArticle), so that a long
// article costs the page's main thread nothing, and a reload loses
// nothing. The worker hashes the text too (textHash). Every call survives a browser that refuses storage
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
    forgetArticle();
  }
}

// db opens the page's IndexedDB database (one object store, "kept").
let opening = null;
function db() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const req = indexedDB.open("annotator", 1);
      req.onupgradeneeded = () => req.result.createObjectStore("kept");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    opening.catch(() => {
      opening = null;
    });
  }
  return opening;
}

// kept runs one request on the store and resolves to its result.
async function kept(mode, use) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const tx = d.transaction("kept", mode);
    const req = use(tx.objectStore("kept"));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

// putArticle keeps {text, dateline, format} (or forgets it when its text
// is blank); it resolves false when the browser refused. The worker calls
// it, when the page says the reader keeps the article.
export async function putArticle(article) {
  try {
    if (article.text.trim() === "") {
      await kept("readwrite", (s) => s.delete(ARTICLE));
    } else {
      await kept("readwrite", (s) => s.put(article, ARTICLE));
    }
    return true;
  } catch {
    return false;
  }
}

// forgetArticle removes the article kept.
export function forgetArticle() {
  return kept("readwrite", (s) => s.delete(ARTICLE)).catch(() => {});
}

// loadArticle resolves to the article kept, or null.
export async function loadArticle() {
  try {
    const a = await kept("readonly", (s) => s.get(ARTICLE));
    return a && typeof a.text === "string" ? a : null;
  } catch {
    return null;
  }
}

// forgetAll removes everything the page kept in this browser.
export function forgetAll() {
  kept("readwrite", (s) => s.clear()).catch(() => {});
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
