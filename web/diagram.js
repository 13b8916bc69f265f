// The diagram pane's viewport: shows the SVG the core renders (src/diagram/svg.rs), and turns pointer
// input into zoom, pan, fit-to-view, entity drags, entity clicks and edge hovers. It holds no model
// state: drags and clicks are reported to Rust (src/ui/diagram.rs), which owns the pinned positions,
// re-lays the diagram out and hands back a new SVG. Loaded as a plain script (no bundling needed).
//
// API (window.OrmplayDiagram):
//   attach(host, { onDrag(table, x, y, done), onEntityClick(table), onEdgeHover(fromLine, toLine) })
//     -> handle
//   handle.render(svgText)       replace the drawing; fits to view when the set of tables changed
//   handle.fit() / handle.zoomBy(factor)
//   handle.aspect()              the viewport's width / height (0 before it has a size)
//   handle.highlightLines([line, ...])   mark edges and entities defined on those models.py lines
//   handle.exportSvg(fileName) / handle.exportPng(fileName) / handle.copyPng() -> Promise<boolean>
//   handle.setInteract(on)       touch: pan, drag and pinch the diagram instead of scrolling the page
//   Tables are focusable (Tab), Enter or Space on one reports onEntityClick.
//
// The SVG text comes from the core, which escapes every user-supplied string (crate::text::escape_html),
// so it is safe to parse as markup here.
(function () {
  "use strict";

  const MIN_SCALE = 0.2;
  const MAX_SCALE = 3;
  // Fitting never shrinks below this: row text (12 px in the SVG) stays at 10 px or more on screen.
  // A drawing too big for the pane at this scale starts at its top-left corner and is panned.
  const READABLE_SCALE = 0.85;
  const CLICK_SLOP = 4; // px a pointer may move and still count as a click

  function clamp(v, lo, hi) {
    return Math.min(hi, Math.max(lo, v));
  }

  function attach(host, callbacks) {
    const cb = callbacks || {};
    const stage = document.createElement("div");
    stage.className = "diagram-stage";
    host.appendChild(stage);
    let view = { x: 0, y: 0, scale: 1 };
    let tablesKey = null;
    let svgText = "";
    let gesture = null;
    let hoveredEdge = null;
    let pendingDrag = null;
    let frame = 0;
    // Until the person zooms or pans, the view keeps fitting the drawing to the pane (also on resize).
    let userView = false;

    function apply() {
      stage.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
      host.dataset.scale = view.scale.toFixed(3);
    }

    function svg() {
      return stage.querySelector("svg");
    }

    function size() {
      const el = svg();
      return el ? { w: Number(el.getAttribute("width")) || 1, h: Number(el.getAttribute("height")) || 1 } : { w: 1, h: 1 };
    }

    // The host's size as the last layout left it (its ResizeObserver keeps it), so fitting a new
    // drawing and the layout's aspect ratio need no forced layout while the page is changing. Measured
    // once here, when the viewport is attached (just after a frame, when the layout is clean): a run's
    // answer may come before the observer's first report, and measuring then forced a layout of all the
    // answer had just built (a 100-table run: two forced layouts of ~80 ms each, issue 15).
    const measured = host.getBoundingClientRect();
    let hostBox = { width: measured.width, height: measured.height };
    function hostSize() {
      return hostBox;
    }

    function fit() {
      const { w, h } = size();
      const box = hostSize();
      if (box.width < 10 || box.height < 10) return;
      const scale = clamp(Math.min((box.width - 24) / w, (box.height - 24) / h), READABLE_SCALE, 1.25);
      const x = w * scale <= box.width ? (box.width - w * scale) / 2 : 12;
      const y = h * scale <= box.height ? (box.height - h * scale) / 2 : 12;
      view = { scale, x, y };
      apply();
    }

    function zoomAt(factor, cx, cy) {
      userView = true;
      const scale = clamp(view.scale * factor, MIN_SCALE, MAX_SCALE);
      const k = scale / view.scale;
      view = { scale, x: cx - (cx - view.x) * k, y: cy - (cy - view.y) * k };
      apply();
    }

    // Each table is reachable by keyboard: Tab moves between them, Enter or Space jumps to the class.
    // The drawing becomes a group of buttons (named by their own text) instead of one image.
    function makeFocusable() {
      const drawing = svg();
      if (drawing) drawing.setAttribute("role", "group");
      for (const entity of stage.querySelectorAll("[data-table]")) {
        entity.setAttribute("tabindex", "0");
        entity.setAttribute("role", "button");
      }
    }

    function reveal(entity) {
      const r = entity.getBoundingClientRect();
      const box = host.getBoundingClientRect();
      let dx = 0;
      let dy = 0;
      if (r.left < box.left) dx = box.left - r.left + 12;
      else if (r.right > box.right) dx = box.right - r.right - 12;
      if (r.top < box.top) dy = box.top - r.top + 12;
      else if (r.bottom > box.bottom) dy = box.bottom - r.bottom - 12;
      if (dx || dy) {
        userView = true;
        view = { ...view, x: view.x + dx, y: view.y + dy };
        apply();
      }
    }

    host.addEventListener("focusin", (event) => {
      const entity = entityAt(event.target);
      if (entity) reveal(entity);
    });

    host.addEventListener("keydown", (event) => {
      const entity = entityAt(event.target);
      if (!entity || (event.key !== "Enter" && event.key !== " ")) return;
      event.preventDefault();
      if (typeof cb.onEntityClick === "function") cb.onEntityClick(entity.dataset.table);
    });

    function render(text) {
      const focused = entityAt(document.activeElement)?.dataset.table;
      svgText = String(text ?? "");
      stage.innerHTML = svgText;
      makeFocusable();
      if (focused) stage.querySelector(`[data-table="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
      const key = [...stage.querySelectorAll("[data-table]")].map((g) => g.dataset.table).join(",");
      if (key !== tablesKey) {
        tablesKey = key;
        userView = false;
      }
      if (!userView) fit();
      if (hoveredEdge !== null) {
        const edge = stage.querySelector(`[data-testid="edge"][data-edge="${hoveredEdge}"]`);
        if (edge) edge.classList.add("hl");
      }
    }

    function highlightLines(lines) {
      // From Rust a Vec<u32> arrives as a Uint32Array: accept any array-like.
      const wanted = new Set((lines && typeof lines.length === "number" ? Array.from(lines) : []).map(String));
      for (const edge of stage.querySelectorAll('[data-testid="edge"]')) {
        const on = wanted.has(edge.dataset.fromLine) || wanted.has(edge.dataset.toLine);
        edge.classList.toggle("hl", on);
      }
      for (const entity of stage.querySelectorAll("[data-table]")) {
        entity.classList.toggle("hl", wanted.has(entity.dataset.line));
      }
    }

    function local(event) {
      const box = host.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    }

    function entityAt(target) {
      const g = target instanceof Element ? target.closest("[data-table]") : null;
      return g && stage.contains(g) ? g : null;
    }

    function flushDrag() {
      frame = 0;
      if (pendingDrag && typeof cb.onDrag === "function") {
        const { table, x, y, done } = pendingDrag;
        pendingDrag = null;
        cb.onDrag(table, x, y, done);
      }
    }

    // Touch: the page scrolls over the diagram unless the learner turned on interact mode; there,
    // one finger pans or drags a table and two fingers pinch to zoom.
    let interact = false;
    const touches = new Map();
    let pinch = null;

    function pinchStart() {
      const [a, b] = [...touches.values()];
      pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y) || 1, scale: view.scale };
      gesture = null;
    }

    host.addEventListener("pointerdown", (event) => {
      if (event.pointerType === "touch") {
        if (!interact) return;
        touches.set(event.pointerId, local(event));
        if (touches.size === 2) {
          host.setPointerCapture(event.pointerId);
          pinchStart();
          event.preventDefault();
          return;
        }
      }
      if (event.button !== 0) return;
      const entity = entityAt(event.target);
      const start = local(event);
      if (entity) {
        const rect = entity.querySelector("rect.box");
        gesture = {
          kind: "drag",
          table: entity.dataset.table,
          start,
          origin: { x: Number(rect?.getAttribute("x")) || 0, y: Number(rect?.getAttribute("y")) || 0 },
          moved: false,
        };
      } else {
        gesture = { kind: "pan", start, origin: { x: view.x, y: view.y }, moved: false };
      }
      host.setPointerCapture(event.pointerId);
      host.classList.add(gesture.kind === "drag" ? "dragging" : "panning");
      event.preventDefault();
    });

    host.addEventListener("pointermove", (event) => {
      if (event.pointerType === "touch" && touches.has(event.pointerId)) {
        touches.set(event.pointerId, local(event));
        if (pinch && touches.size === 2) {
          const [a, b] = [...touches.values()];
          const distance = Math.hypot(a.x - b.x, a.y - b.y) || 1;
          const target = clamp(pinch.scale * (distance / pinch.distance), MIN_SCALE, MAX_SCALE);
          zoomAt(target / view.scale, (a.x + b.x) / 2, (a.y + b.y) / 2);
          return;
        }
      }
      if (!gesture) return;
      const p = local(event);
      const dx = p.x - gesture.start.x;
      const dy = p.y - gesture.start.y;
      if (!gesture.moved && Math.hypot(dx, dy) < CLICK_SLOP) return;
      gesture.moved = true;
      if (gesture.kind === "pan") {
        userView = true;
        view = { ...view, x: gesture.origin.x + dx, y: gesture.origin.y + dy };
        apply();
        return;
      }
      userView = true; // keep the view still under the pointer while boxes move
      const x = Math.max(0, Math.round(gesture.origin.x + dx / view.scale));
      const y = Math.max(0, Math.round(gesture.origin.y + dy / view.scale));
      gesture.last = { x, y };
      pendingDrag = { table: gesture.table, x, y, done: false };
      if (!frame) frame = requestAnimationFrame(flushDrag);
    });

    function endGesture(event, cancelled) {
      touches.delete(event.pointerId);
      if (touches.size < 2) pinch = null;
      if (!gesture) return;
      const g = gesture;
      gesture = null;
      host.classList.remove("dragging", "panning");
      if (host.hasPointerCapture(event.pointerId)) host.releasePointerCapture(event.pointerId);
      if (g.kind !== "drag" || cancelled) return;
      if (!g.moved) {
        if (typeof cb.onEntityClick === "function") cb.onEntityClick(g.table);
        return;
      }
      if (frame) cancelAnimationFrame(frame);
      const last = g.last ?? g.origin;
      pendingDrag = { table: g.table, x: last.x, y: last.y, done: true };
      flushDrag();
    }
    host.addEventListener("pointerup", (event) => endGesture(event, false));
    host.addEventListener("pointercancel", (event) => endGesture(event, true));

    // Ctrl/⌘ + wheel (and trackpad pinch, which arrives as ctrl+wheel) zooms around the pointer; a plain
    // wheel keeps scrolling the page.
    host.addEventListener(
      "wheel",
      (event) => {
        if (!event.ctrlKey && !event.metaKey) return;
        event.preventDefault();
        const p = local(event);
        zoomAt(Math.exp(-event.deltaY * 0.002), p.x, p.y);
      },
      { passive: false },
    );

    host.addEventListener("mouseover", (event) => {
      const edge = event.target instanceof Element ? event.target.closest('[data-testid="edge"]') : null;
      const id = edge ? edge.dataset.edge : null;
      if (id === hoveredEdge) return;
      hoveredEdge = id;
      if (typeof cb.onEdgeHover === "function") {
        cb.onEdgeHover(Number(edge?.dataset.fromLine) || 0, Number(edge?.dataset.toLine) || 0);
      }
    });
    host.addEventListener("mouseleave", () => {
      if (hoveredEdge === null) return;
      hoveredEdge = null;
      if (typeof cb.onEdgeHover === "function") cb.onEdgeHover(0, 0);
    });

    function download(name, blob) {
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }

    function exportSvg(name) {
      download(name || "ormplay-diagram.svg", new Blob([svgText], { type: "image/svg+xml" }));
    }

    // The drawing as a PNG blob (twice the resolution), or null if the browser cannot draw it.
    function pngBlob() {
      const { w, h } = size();
      const ratio = 2;
      return new Promise((resolve) => {
        const image = new Image();
        const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
        image.onload = () => {
          const canvas = document.createElement("canvas");
          canvas.width = Math.ceil(w * ratio);
          canvas.height = Math.ceil(h * ratio);
          const ctx = canvas.getContext("2d");
          ctx.scale(ratio, ratio);
          ctx.drawImage(image, 0, 0, w, h);
          URL.revokeObjectURL(url);
          canvas.toBlob((blob) => resolve(blob), "image/png");
        };
        image.onerror = () => {
          URL.revokeObjectURL(url);
          resolve(null);
        };
        image.src = url;
      });
    }

    function exportPng(name) {
      pngBlob().then((blob) => blob && download(name || "ormplay-diagram.png", blob));
    }

    // Copies the drawing as an image; resolves to true when the clipboard took it.
    function copyPng() {
      const clipboard = navigator.clipboard;
      if (!clipboard || typeof clipboard.write !== "function" || typeof ClipboardItem !== "function") {
        return Promise.resolve(false);
      }
      return clipboard
        .write([new ClipboardItem({ "image/png": pngBlob().then((b) => b || Promise.reject(new Error("no image"))) })])
        .then(
          () => true,
          () => false,
        );
    }

    if (typeof ResizeObserver === "function") {
      new ResizeObserver((entries) => {
        const rect = entries[entries.length - 1].contentRect; // the host has no padding or border
        hostBox = { width: rect.width, height: rect.height };
        if (!userView) fit();
      }).observe(host);
    }

    apply();
    const handle = {
      render,
      fit() {
        userView = false;
        fit();
      },
      zoomBy(factor) {
        const box = hostSize();
        zoomAt(Number(factor) || 1, box.width / 2, box.height / 2);
      },
      // Width over height of the viewport (0 if it has no size yet): the layout's target shape.
      aspect() {
        const box = hostSize();
        return box.width > 0 && box.height > 0 ? box.width / box.height : 0;
      },
      highlightLines,
      exportSvg,
      exportPng,
      copyPng,
      setInteract(on) {
        interact = Boolean(on);
        host.classList.toggle("interact", interact);
      },
    };
    host.ormplayDiagram = handle;
    return handle;
  }

  window.OrmplayDiagram = { attach };
})();
