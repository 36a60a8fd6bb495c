// embed-styles.js: the embed's styles, as constructable stylesheets, so
// that no 'unsafe-inline' is needed. MARK_CSS styles the highlights (in the
// page) and PANEL_CSS the panel (in its shadow root).

// Highlight styles, shared by the page (document.adoptedStyleSheets) and
// the legend in the shadow DOM. Theme with the --aa-* custom properties.
// (The comments on the styles are JavaScript's, above each string, so
// that the minified copy every reader downloads carries none of them.)
// Speaker colours: mid-tones (OKLCH lightness 0.6) that keep 3:1 against a
// white and a near-black page (3.7:1 to 4.4:1 on #fff, 4.2:1 to 5.1:1 on
// #121212), so the defaults suit light and dark sites; the README's Theming
// table lists them, and e2e/embed_share_test.go measures them.
const MARK_CSS = `
mark.aa-hl { background: transparent; color: inherit; padding: 0; margin: 0; border-radius: 0; font: inherit; }
:is(mark.aa-hl, .aa-who)[data-aa-color="0"] { --aa-c: var(--aa-unattributed, #6b7280); --aa-line: dotted; }
:is(mark.aa-hl, .aa-who)[data-aa-color="1"] { --aa-c: var(--aa-speaker-1, #077ef0); --aa-line: solid; }
:is(mark.aa-hl, .aa-who)[data-aa-color="2"] { --aa-c: var(--aa-speaker-2, #d64c08); --aa-line: dashed; }
:is(mark.aa-hl, .aa-who)[data-aa-color="3"] { --aa-c: var(--aa-speaker-3, #019a46); --aa-line: solid; }
:is(mark.aa-hl, .aa-who)[data-aa-color="4"] { --aa-c: var(--aa-speaker-4, #9d57de); --aa-line: dashed; }
:is(mark.aa-hl, .aa-who)[data-aa-color="5"] { --aa-c: var(--aa-speaker-5, #dc3864); --aa-line: double; }
:is(mark.aa-hl, .aa-who)[data-aa-color="6"] { --aa-c: var(--aa-speaker-6, #0d9298); --aa-line: double; }
:is(mark.aa-hl, .aa-who)[data-aa-color="7"] { --aa-c: var(--aa-speaker-7, #ab7306); --aa-line: solid; }
:is(mark.aa-hl, .aa-who)[data-aa-color="8"] { --aa-c: var(--aa-speaker-8, #6e69f3); --aa-line: dashed; }
:is(mark.aa-hl, .aa-who)[data-aa-color="9"] { --aa-c: var(--aa-speaker-9, #5f9205); --aa-line: double; }
:is(mark.aa-hl, .aa-who)[data-aa-color="10"] { --aa-c: var(--aa-speaker-10, #c841a5); --aa-line: solid; }
:is(mark.aa-hl, .aa-who)[data-aa-color="11"] { --aa-c: var(--aa-speaker-11, #158cb7); --aa-line: dashed; }
:is(mark.aa-hl, .aa-who)[data-aa-color="12"] { --aa-c: var(--aa-speaker-12, #918112); --aa-line: double; }
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
mark.aa-hl:focus { outline: 3px solid var(--aa-focus, #bb6802); outline-offset: 2px; }
[aria-keyshortcuts]:focus-visible:has(mark.aa-hl) { outline: 3px solid var(--aa-focus, #bb6802); outline-offset: 4px; }
.aa-who {
display: inline-block; font: 700 .7em/1.25 var(--aa-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
letter-spacing: .02em; padding: 0 .3em; margin: 0 .25em 0 0; vertical-align: .12em; border-radius: 3px;
border: 2px solid var(--aa-c); color: inherit; background: color-mix(in srgb, var(--aa-c) 12%, transparent);
-webkit-user-select: none; user-select: none;
}
.aa-sr {
position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
overflow: hidden; clip-path: inset(50%); white-space: nowrap; -webkit-user-select: none; user-select: none;
}
mark.aa-hl.aa-flash { animation: aa-flash 1.6s ease-out; }
@keyframes aa-flash { from { box-shadow: 0 0 0 6px var(--aa-focus, #bb6802); } to { box-shadow: 0 0 0 0 transparent; } }
@media (prefers-reduced-motion: reduce) { mark.aa-hl.aa-flash { animation: none; } }
@media (forced-colors: active) {
mark.aa-hl.aa-quote { text-decoration-color: Highlight; }
mark.aa-hl.aa-date { outline-color: Highlight; }
.aa-who { border-color: CanvasText; }
}
`;

// Only the panel is styled: the article in the slot inherits from the
// host. Text colours are inherited: no one colour reads at 4.5:1 on light
// and dark pages alike; an error is bold, with a bar in a mid-tone red.
const PANEL_CSS = `
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
background: var(--aa-accent, #026fd7); color: var(--aa-accent-fg, #fff); border: 2px solid var(--aa-accent, #026fd7);
}
.toggle[aria-pressed="true"] { background: transparent; color: inherit; }
.toggle .dot { width: .7em; height: .7em; border-radius: 50%; border: 2px solid currentColor; }
.toggle[aria-pressed="true"] .dot { background: var(--aa-accent, #026fd7); border-color: var(--aa-accent, #026fd7); }
:focus-visible { outline: 3px solid var(--aa-focus, #bb6802); outline-offset: 2px; }
.status { color: var(--aa-muted, inherit); }
.status.error { color: var(--aa-error, inherit); opacity: 1; font-weight: 600; border-left: 4px solid #dc3864; padding-left: .4em; }
details { margin-top: .5rem; }
summary { cursor: pointer; font-weight: 600; }
.legend[hidden] { display: none; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem 1rem; list-style: none; margin: .5rem 0; padding: 0; }
h2 { font-size: 1em; margin: .8rem 0 .3rem; }
ol { margin: 0; padding-left: 1.2rem; }
.speakers > li { margin: .45rem 0; }
.speaker-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .5rem; }
.speaker-head .aa-who { margin: 0; }
.speaker-name { font-weight: 600; }
.count, .aliases, .role { font-size: .93em; margin: .1rem 0; }
.date-human { font-weight: 600; }
h3 { font-size: 1em; margin: 0; font-weight: 600; }
kbd { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em; border: 1px solid currentColor; border-radius: 3px; padding: 0 .25em; }
.legend .keys { flex-basis: 100%; }
.tag { font-size: .8em; border: 1px solid currentColor; border-radius: 4px; padding: 0 .3em; }
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

