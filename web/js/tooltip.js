// tooltip.js shows the details of the page's highlights (speaker, cue,
// paragraph, date) in one tooltip element, on hover and on focus. A date
// shows its readable form (computed in Go: the summary's, by type, value
// and modifier) with its TIMEX value after it. tipLines and dateLine are
// unit-tested under Node (web/test/tooltip.test.js).

import { dateKey } from "./date-groups.js";

// DATE_KINDS name the TIMEX3 types for reading.
const DATE_KINDS = { DATE: "Date", TIME: "Time", DURATION: "Duration", SET: "Recurring" };

// dateLine is the tooltip's line for a date mark's dataset d (type, value,
// mod), readable mapping dateKey to the readable form: "Date: Thursday 16
// October 2025 · TIMEX 2025-10-16".
export function dateLine(d, readable) {
  const value = (d.value || "") + (d.mod ? " (" + d.mod + ")" : "");
  const human = readable ? readable[dateKey(d.type || "DATE", d.value || "", d.mod)] : "";
  return (DATE_KINDS[d.type] || "Date") + ": " + (human ? human + " · TIMEX " + value : value);
}

// tipLines lists [kind, text] for mark and the marks around it; readable
// maps a date's dateKey to its readable form.
export function tipLines(mark, article, readable) {
  const lines = [];
  for (let m = mark; m && m !== article; m = m.parentElement) {
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
      lines.push(["date", dateLine(d, readable)]);
    }
  }
  return lines;
}

// attachTooltips wires the tooltip tip to the marks of article and returns
// hide, to close it from elsewhere; readable() is the readable forms of
// the dates shown (see tipLines), or null.
export function attachTooltips(article, tip, readable) {
  let tipFor = null;
  const hide = () => {
    if (tipFor) {
      tipFor.removeAttribute("aria-describedby");
    }
    tipFor = null;
    tip.hidden = true;
  };
  const show = (mark) => {
    const lines = tipLines(mark, article, readable());
    if (lines.length === 0) {
      hide();
      return;
    }
    tipFor = mark;
    tip.replaceChildren(...lines.map(([kind, text]) => {
      const div = document.createElement("div");
      div.className = "tip-" + kind;
      div.textContent = text;
      return div;
    }));
    tip.hidden = false;
    mark.setAttribute("aria-describedby", tip.id);
    const r = mark.getClientRects()[0] || mark.getBoundingClientRect();
    const x = Math.min(Math.max(8, r.left), window.innerWidth - tip.offsetWidth - 8);
    let y = r.top - tip.offsetHeight - 8;
    if (y < 8) {
      y = r.bottom + 8;
    }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  };
  const markOf = (target) => (target instanceof Element ? target.closest("mark") : null);
  article.addEventListener("mouseover", (e) => {
    const mark = markOf(e.target);
    if (mark && article.contains(mark)) {
      show(mark);
    } else {
      hide();
    }
  });
  article.addEventListener("mouseleave", hide);
  article.addEventListener("focusin", (e) => {
    const mark = markOf(e.target);
    if (mark) {
      show(mark);
    }
  });
  article.addEventListener("focusout", hide);
  window.addEventListener("scroll", hide, { passive: true });
  return hide;
}
