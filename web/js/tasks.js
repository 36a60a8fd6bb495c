// tasks.js holds what the page's long work shares: how long one task of
// the main thread may work before it gives the thread back, and how it
// asks for the next task. Used by js/page-view.js and js/article-marks.js.

// SLICE_MS is how long one main-thread task may work at a long article
// before it yields: a quarter of the 100 ms a person notices, so that a
// task stays short on a loaded machine too, whose CPU time stretches.
// Shorter slices cost a long article more in all: the browser lays out
// the page between two (on a loaded machine, a 3 MB article took about
// 11-13 s to show with 16 ms slices, 7-8 s with 40 ms).
export const SLICE_MS = 25;

// nextTask runs fn in a task of its own, soon: with the browser's
// scheduler where it has one (no minimum delay), else setTimeout, which
// waits at least 4 ms once such calls nest.
export function nextTask(fn) {
  const s = globalThis.scheduler;
  if (s && typeof s.postTask === "function") {
    s.postTask(fn, { priority: "user-visible" });
  } else {
    setTimeout(fn, 0);
  }
}
