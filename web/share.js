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

  window.OrmplayShare = { copyText };
})();
