// dom.js: the one helper that builds elements, for the page and the embed.
// Text always goes in as text nodes: nothing here parses HTML.

// h makes an element with attributes and children (strings become text;
// null, undefined and false are left out; arrays are flattened).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined && v !== false) {
      el.setAttribute(k, v === true ? "" : String(v));
    }
  }
  for (const c of children.flat(Infinity)) {
    if (c !== null && c !== undefined && c !== false) {
      el.append(c);
    }
  }
  return el;
}
