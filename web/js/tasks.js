// tasks.js holds what the page's long work shares: how long one task of
// the main thread may work before it gives the thread back, how it asks
// for the next task, and a loop that works so. Used by js/page-view.js,
// js/article-marks.js and js/desk.js.

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

// sliced runs step(i) for i from 0 to n - 1, SLICE_MS of work per task; it
// resolves false when alive() turns false between tasks, true when done.
// tick(i), if given, hears how many are done before each task. The clock
// is read every 16 steps, or every step when each is heavy.
export function sliced(n, step, alive, tick, heavy) {
  const every = heavy ? 0 : 15;
  return new Promise((resolve) => {
    let i = 0;
    const run = () => {
      if (!alive()) {
        resolve(false);
        return;
      }
      if (tick) {
        tick(i);
      }
      const t0 = performance.now();
      while (i < n && (i & every || performance.now() - t0 < SLICE_MS)) {
        step(i++);
      }
      if (i < n) {
        nextTask(run);
      } else {
        resolve(true);
      }
    };
    run();
  });
}
