// marks.js: moving to one of the highlights (<mark>) of an article, shared
// by the page and the embed.

// jumpTo scrolls mark into view, focuses it and flashes it; cls is the
// class of the flash animation.
export function jumpTo(mark, cls) {
  if (!mark) {
    return;
  }
  const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
  mark.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  mark.focus({ preventScroll: true });
  mark.classList.remove(cls);
  void mark.offsetWidth; // restart the animation
  mark.classList.add(cls);
}
