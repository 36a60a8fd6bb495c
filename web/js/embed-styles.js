// embed-styles.js: the embed's styles, as constructable stylesheets, so
// that no 'unsafe-inline' is needed. MARK_CSS styles the highlights (in the
// page) and PANEL_CSS the panel (in its shadow root).

// Highlight styles, shared by the page (document.adoptedStyleSheets) and
// the legend in the shadow DOM. Theme with the --aa-* custom properties.
const MARK_CSS = `
mark.aa-hl { background: transparent; color: inherit; padding: 0; margin: 0; border-radius: 0; font: inherit; }
mark.aa-hl[data-aa-color="0"] { --aa-c: var(--aa-unattributed, #6b7280); --aa-line: dotted; }
mark.aa-hl[data-aa-color="1"] { --aa-c: var(--aa-speaker-1, #1d4ed8); --aa-line: solid; }
mark.aa-hl[data-aa-color="2"] { --aa-c: var(--aa-speaker-2, #b4380b); --aa-line: dashed; }
mark.aa-hl[data-aa-color="3"] { --aa-c: var(--aa-speaker-3, #047857); --aa-line: solid; }
mark.aa-hl[data-aa-color="4"] { --aa-c: var(--aa-speaker-4, #7e22ce); --aa-line: dashed; }
mark.aa-hl[data-aa-color="5"] { --aa-c: var(--aa-speaker-5, #be123c); --aa-line: double; }
mark.aa-hl[data-aa-color="6"] { --aa-c: var(--aa-speaker-6, #0e7490); --aa-line: double; }
mark.aa-hl.aa-quote {
background: color-mix(in srgb, var(--aa-c) var(--aa-quote-tint, 13%), transparent);
text-decoration: underline var(--aa-line) var(--aa-c);
text-decoration-thickness: 2px; text-underline-offset: .24em; text-decoration-skip-ink: none;
-webkit-box-decoration-break: clone; box-decoration-break: clone;
}
mark.aa-hl.aa-mention { font-weight: 700; border-bottom: 3px solid var(--aa-c); }
mark.aa-hl.aa-date {
background: color-mix(in srgb, var(--aa-date, #a16207) var(--aa-date-tint, 16%), transparent);
outline: 1px dashed var(--aa-date, #a16207); outline-offset: 1px; border-radius: 2px;
}
mark.aa-hl:focus { outline: 3px solid var(--aa-focus, #f59e0b); outline-offset: 2px; }
mark.aa-hl.aa-flash { animation: aa-flash 1.6s ease-out; }
@keyframes aa-flash { from { box-shadow: 0 0 0 6px var(--aa-focus, #f59e0b); } to { box-shadow: 0 0 0 0 transparent; } }
@media (prefers-reduced-motion: reduce) { mark.aa-hl.aa-flash { animation: none; } }
@media (forced-colors: active) {
mark.aa-hl.aa-quote { text-decoration-color: Highlight; }
mark.aa-hl.aa-date { outline-color: Highlight; }
}
`;

const PANEL_CSS = `
/* Only the panel is styled: the article in the slot inherits from the host. */
:host { display: block; }
:host([hidden]) { display: none; }
.panel {
color: var(--aa-panel-fg, inherit);
font: var(--aa-font-size, 15px)/1.45 var(--aa-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
margin: var(--aa-panel-margin, 0 0 1.25rem);
background: var(--aa-panel-bg, color-mix(in srgb, currentColor 5%, transparent));
border: 1px solid var(--aa-panel-border, color-mix(in srgb, currentColor 22%, transparent));
border-radius: var(--aa-radius, 10px); padding: .6rem .8rem;
}
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem .9rem; }
button { font: inherit; color: inherit; }
.toggle {
display: inline-flex; align-items: center; gap: .45rem; min-height: 36px; cursor: pointer;
padding: .35rem .95rem; border-radius: 999px; font-weight: 600;
background: var(--aa-accent, #0b57a4); color: var(--aa-accent-fg, #fff); border: 2px solid var(--aa-accent, #0b57a4);
}
.toggle[aria-pressed="true"] { background: transparent; color: inherit; }
.toggle .dot { width: .7em; height: .7em; border-radius: 50%; border: 2px solid currentColor; }
.toggle[aria-pressed="true"] .dot { background: var(--aa-accent, #0b57a4); border-color: var(--aa-accent, #0b57a4); }
:focus-visible { outline: 3px solid var(--aa-focus, #f59e0b); outline-offset: 2px; }
.status { color: var(--aa-muted, inherit); opacity: .85; }
.status.error { color: var(--aa-error, #b91c1c); opacity: 1; font-weight: 600; }
details { margin-top: .5rem; }
summary { cursor: pointer; font-weight: 600; }
.legend[hidden] { display: none; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1rem; list-style: none; margin: .5rem 0; padding: 0; }
h2 { font-size: 1em; margin: .8rem 0 .3rem; }
ol { margin: 0; padding-left: 1.2rem; }
.speakers > li { margin: .45rem 0; }
.speaker-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .5rem; }
.speaker-name { font-weight: 600; }
.count, .aliases, .date-human { opacity: .8; font-size: .93em; }
.aliases { margin: .1rem 0; }
.tag { font-size: .8em; border: 1px solid currentColor; border-radius: 4px; padding: 0 .3em; opacity: .8; }
.quotes { padding-left: 1rem; list-style: none; }
.jump {
  background: none; border: 0; padding: .1rem 0; cursor: pointer; text-align: left;
  text-decoration: underline; text-underline-offset: .18em; color: inherit;
}
.jump:hover { text-decoration-thickness: 2px; }
.chip { margin-right: .6rem; }
.dates > li { margin: .35rem 0; }
.date-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .5rem; }
.date-value { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .92em; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .92em; }
`;

// constructable reports whether the browser adopts constructed
// stylesheets (all current engines; Safari from 16.4).
const constructable = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype &&
  'adoptedStyleSheets' in Document.prototype && 'adoptedStyleSheets' in ShadowRoot.prototype;

let marksSheet = null;
let panelSheet = null;

// adoptMarkStyles puts the highlight styles in the document, again if the
// page replaced its adopted stylesheets since. An older browser gets a
// <style> element instead, which a CSP without 'unsafe-inline' blocks:
// the highlights then show unstyled, and the page is unharmed.
export function adoptMarkStyles() {
  if (constructable) {
    if (!marksSheet) {
      marksSheet = new CSSStyleSheet();
      marksSheet.replaceSync(MARK_CSS);
    }
    if (!document.adoptedStyleSheets.includes(marksSheet)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, marksSheet];
    }
  } else if (!marksSheet || !marksSheet.isConnected) {
    marksSheet = document.createElement('style');
    marksSheet.textContent = MARK_CSS;
    (document.head || document.documentElement).append(marksSheet);
  }
}

// stylePanel gives a panel's shadow root its styles.
export function stylePanel(shadow) {
  if (constructable) {
    if (!panelSheet) {
      panelSheet = new CSSStyleSheet();
      panelSheet.replaceSync(MARK_CSS + PANEL_CSS);
    }
    shadow.adoptedStyleSheets = [panelSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = MARK_CSS + PANEL_CSS;
    shadow.append(style);
  }
}

