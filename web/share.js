// Clipboard for the Share button (src/ui/share.rs): copyText(text) -> Promise<boolean>, never rejecting,
// so a denied permission (or a browser without the async clipboard) is a `false`, not an uncaught error.
// The fallback copies through a hidden textarea, which works where the async API is refused.
(function () {
  "use strict";

  function legacyCopy(text) {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    area.remove();
    return ok;
  }

  function copyText(text) {
    const value = String(text ?? "");
    const clipboard = navigator.clipboard;
    if (!clipboard || typeof clipboard.writeText !== "function") return Promise.resolve(legacyCopy(value));
    return clipboard.writeText(value).then(
      () => true,
      () => legacyCopy(value),
    );
  }

  // Saves `text` as a file named `name` (the diagram's text exports).
  function downloadText(name, text) {
    const url = URL.createObjectURL(new Blob([String(text ?? "")], { type: "text/plain;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = String(name || "ormplay.txt");
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  window.OrmplayShare = { copyText, downloadText };
})();
