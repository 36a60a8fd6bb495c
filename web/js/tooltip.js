// tooltip.js shows the details of the page's highlights (speaker, cue,
// paragraph, date value) in one tooltip element, on hover and on focus.

import { humanDate } from "./format.js";

// tipLines lists [kind, text] for mark and the marks around it.
export function tipLines(mark, article) {
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
      const human = humanDate(d.value || "");
      lines.push(["date", (d.type || "DATE") + " " + (d.value || "") + (d.mod ? " (" + d.mod + ")" : "") + (human ? " · " + human : "")]);
    }
  }
  return lines;
}

// attachTooltips wires the tooltip tip to the marks of article and returns
// hide, to close it from elsewhere.
export function attachTooltips(article, tip) {
  let tipFor = null;
  const hide = () => {
    if (tipFor) {
      tipFor.removeAttribute("aria-describedby");
    }
    tipFor = null;
    tip.hidden = true;
  };
  const show = (mark) => {
    const lines = tipLines(mark, article);
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
