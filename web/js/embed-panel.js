// embed-panel.js: the embed's controls in a shadow root (toggle, status,
// legend) and its lists of speakers and dates, built by the shared
// js/panel.js from the shared js/summary.js, as on the annotator page.

import { h } from "./dom.js";
import { initials } from "./format.js";
import { stylePanel } from "./embed-styles.js";
import { dateItems, speakerItems } from "./panel.js";
import { summarize } from "./summary.js";

// Panel builds the controls in shadow and shows a result in it.
export class Panel {
  constructor(shadow, onToggle) {
    stylePanel(shadow);
    this.toggle = h("button", { type: "button", class: "toggle", "aria-pressed": "false", part: "toggle" },
      h("span", { class: "dot", "aria-hidden": "true" }), "Highlight quotes and dates");
    this.status = h("span", { class: "status", role: "status", "aria-live": "polite", part: "status" });
    this.legend = h("ul", { class: "legend", "aria-label": "Legend", hidden: true, part: "legend" },
      h("li", null, h("mark", { class: "aa-hl aa-quote", "data-aa-color": "1" }, "“Quote”"), " coloured by speaker"),
      h("li", null, h("mark", { class: "aa-hl aa-quote", "data-aa-color": "0" }, "“Quote”"), " speaker unknown"),
      h("li", null, h("mark", { class: "aa-hl aa-mention", "data-aa-color": "1" }, "Speaker"), " named"),
      h("li", null, h("mark", { class: "aa-hl aa-date" }, "Date"), " or duration"));
    this.details = h("details", { class: "details", hidden: true, part: "details" });
    this.toggle.addEventListener("click", () => onToggle());
    shadow.append(h("div", { class: "panel", part: "panel" },
      h("div", { class: "bar" }, this.toggle, this.status), this.legend, this.details));
  }

  setStatus(text, error) {
    this.status.textContent = text;
    this.status.classList.toggle("error", !!error);
  }

  setPressed(on) {
    this.toggle.setAttribute("aria-pressed", on ? "true" : "false");
  }

  // show lists the speakers with their quotes, and the dates in time
  // order; jump(id) scrolls to the highlight of a quote or date.
  show(result, colors, jump) {
    const summary = summarize(result);
    const swatch = (entry) => h("mark", {
      class: "aa-hl " + (entry ? "aa-mention" : "aa-quote"),
      "data-aa-color": entry ? colors.get(entry.speaker.id) : "0",
      "aria-hidden": "true",
    }, entry ? initials(entry.speaker.name) : "?");
    const hasQuotes = summary.speakers.length > 0 || summary.unattributed.length > 0;
    const hasDates = summary.dates.length > 0;
    const speakers = h("ol", { class: "speakers" }, hasQuotes ? speakerItems(summary, { swatch }) : []);
    const dates = h("ol", { class: "dates" }, hasDates ? dateItems(summary, {}) : []);
    for (const list of [speakers, dates]) {
      list.addEventListener("click", (e) => {
        const b = e.target instanceof Element && e.target.closest("button.jump");
        if (b) {
          jump(b.dataset.target);
        }
      });
    }
    const label = hasQuotes && hasDates ? "Speakers, quotes and dates" : hasQuotes ? "Speakers and quotes" : "Dates";
    this.details.replaceChildren(...[
      h("summary", null, label),
      hasQuotes ? [h("h2", null, "Speakers and their quotes"), speakers] : [],
      hasDates ? [h("h2", null, "Dates in time order"), dates] : [],
    ].flat());
    this.details.hidden = !hasQuotes && !hasDates;
    this.legend.hidden = false;
  }

  clear() {
    this.legend.hidden = true;
    this.details.hidden = true;
    this.details.replaceChildren();
  }
}
