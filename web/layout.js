// The workspace's resizable split panes (style/layout.css): every element with `data-split="NAME"` is a
// splitter between two parts of its parent; dragging it (or pressing ←/→/↑/↓ while it has focus) sets
// the CSS variable `--split-NAME` (a percentage of the parent) on the document root, and the sizes are
// remembered in localStorage. Loaded as a plain script before the app mounts, so saved sizes apply on
// first paint. No state lives here but the percentages.
//
// API (window.OrmplayLayout): get(name) -> percentage or undefined; reset() forgets every size;
// whenNear(element, callback) -> cancel: calls `callback` once when `element` comes within a screen of
// the visible part of its scrolling pane (the live tables draw a long list's far tables that late).
(function () {
  "use strict";

  const KEY = "ormplay-layout";
  const LIMITS = { min: 15, max: 85 };
  const STEP = 3; // percent per arrow key

  function load() {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) || "{}");
      return saved && typeof saved === "object" ? saved : {};
    } catch (e) {
      return {};
    }
  }

  const sizes = load();

  function apply(name) {
    const value = sizes[name];
    if (typeof value === "number" && Number.isFinite(value)) {
      document.documentElement.style.setProperty(`--split-${name}`, `${value}%`);
    } else {
      document.documentElement.style.removeProperty(`--split-${name}`);
    }
  }

  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(sizes));
    } catch (e) {
      // Storage full or unavailable: the sizes still apply to this page.
    }
  }

  function set(name, percent, splitter) {
    const value = Math.round(Math.min(LIMITS.max, Math.max(LIMITS.min, percent)) * 10) / 10;
    sizes[name] = value;
    apply(name);
    if (splitter) splitter.setAttribute("aria-valuenow", String(Math.round(value)));
    save();
    // Panes that draw to their size (the diagram) listen for resizes already; editors too.
    window.dispatchEvent(new Event("resize"));
  }

  for (const name of Object.keys(sizes)) apply(name);

  // Splitters report their position to assistive technology (the page renders them with 50).
  new MutationObserver(() => {
    for (const splitter of document.querySelectorAll("[data-split]:not([data-known])")) {
      splitter.dataset.known = "";
      const value = sizes[splitter.dataset.split];
      if (typeof value === "number") splitter.setAttribute("aria-valuenow", String(Math.round(value)));
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  function vertical(splitter) {
    return splitter.getAttribute("aria-orientation") === "vertical";
  }

  // The percentage a pointer at (x, y) means for this splitter: the share of the parent before it.
  function percentAt(splitter, x, y) {
    const box = splitter.parentElement.getBoundingClientRect();
    return vertical(splitter) ? ((x - box.left) / box.width) * 100 : ((y - box.top) / box.height) * 100;
  }

  let drag = null;

  document.addEventListener("pointerdown", (event) => {
    const splitter = event.target instanceof Element ? event.target.closest("[data-split]") : null;
    if (!splitter || event.button !== 0) return;
    drag = { splitter, name: splitter.dataset.split, id: event.pointerId };
    splitter.setPointerCapture(event.pointerId);
    splitter.classList.add("dragging");
    document.body.classList.add("resizing");
    event.preventDefault();
  });

  document.addEventListener("pointermove", (event) => {
    if (!drag || event.pointerId !== drag.id) return;
    set(drag.name, percentAt(drag.splitter, event.clientX, event.clientY), drag.splitter);
  });

  function end(event) {
    if (!drag || event.pointerId !== drag.id) return;
    drag.splitter.classList.remove("dragging");
    document.body.classList.remove("resizing");
    drag = null;
  }
  document.addEventListener("pointerup", end);
  document.addEventListener("pointercancel", end);

  document.addEventListener("keydown", (event) => {
    const splitter = event.target instanceof Element ? event.target.closest("[data-split]") : null;
    if (!splitter) return;
    const back = vertical(splitter) ? "ArrowLeft" : "ArrowUp";
    const forward = vertical(splitter) ? "ArrowRight" : "ArrowDown";
    if (event.key !== back && event.key !== forward) return;
    event.preventDefault();
    const name = splitter.dataset.split;
    const box = splitter.parentElement.getBoundingClientRect();
    const mine = splitter.getBoundingClientRect();
    const now =
      sizes[name] ?? (vertical(splitter) ? ((mine.left - box.left) / box.width) * 100 : ((mine.top - box.top) / box.height) * 100);
    set(name, now + (event.key === forward ? STEP : -STEP), splitter);
  });

  // One observer per scrolling pane (`.scroll`, else the window), reaching a pane's height beyond its
  // visible part, so a table is drawn before it scrolls into view.
  const observers = new Map();
  const waiting = new WeakMap();
  function whenNear(element, callback) {
    if (typeof IntersectionObserver !== "function") {
      callback();
      return () => {};
    }
    const root = element.closest(".scroll");
    let observer = observers.get(root);
    if (!observer) {
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            const done = waiting.get(entry.target);
            observer.unobserve(entry.target);
            waiting.delete(entry.target);
            if (done) done();
          }
        },
        { root, rootMargin: "100% 0px" },
      );
      observers.set(root, observer);
    }
    waiting.set(element, callback);
    observer.observe(element);
    return () => {
      observer.unobserve(element);
      waiting.delete(element);
    };
  }

  window.OrmplayLayout = {
    whenNear,
    get: (name) => sizes[name],
    reset() {
      for (const name of Object.keys(sizes)) {
        delete sizes[name];
        apply(name);
      }
      save();
      window.dispatchEvent(new Event("resize"));
    },
  };
})();
