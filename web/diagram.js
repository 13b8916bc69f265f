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
//   handle.highlightLines([line, ...])   mark edges and entities defined on those models.py lines
//   handle.exportSvg(fileName) / handle.exportPng(fileName)
//
// The SVG text comes from the core, which escapes every user-supplied string (crate::text::escape_html),
// so it is safe to parse as markup here.
(function () {
  "use strict";

  const MIN_SCALE = 0.2;
  const MAX_SCALE = 3;
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

    function fit() {
      const { w, h } = size();
      const box = host.getBoundingClientRect();
      if (box.width < 10 || box.height < 10) return;
      const scale = clamp(Math.min((box.width - 24) / w, (box.height - 24) / h), MIN_SCALE, 1.6);
      view = { scale, x: (box.width - w * scale) / 2, y: (box.height - h * scale) / 2 };
      apply();
    }

    function zoomAt(factor, cx, cy) {
      userView = true;
      const scale = clamp(view.scale * factor, MIN_SCALE, MAX_SCALE);
      const k = scale / view.scale;
      view = { scale, x: cx - (cx - view.x) * k, y: cy - (cy - view.y) * k };
      apply();
    }

    function render(text) {
      svgText = String(text ?? "");
      stage.innerHTML = svgText;
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

    host.addEventListener("pointerdown", (event) => {
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

    function exportPng(name) {
      const { w, h } = size();
      const ratio = 2;
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
        canvas.toBlob((blob) => blob && download(name || "ormplay-diagram.png", blob), "image/png");
      };
      image.onerror = () => URL.revokeObjectURL(url);
      image.src = url;
    }

    if (typeof ResizeObserver === "function") {
      new ResizeObserver(() => {
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
        const box = host.getBoundingClientRect();
        zoomAt(Number(factor) || 1, box.width / 2, box.height / 2);
      },
      highlightLines,
      exportSvg,
      exportPng,
    };
    host.ormplayDiagram = handle;
    return handle;
  }

  window.OrmplayDiagram = { attach };
})();
