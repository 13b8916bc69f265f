// Trunk's initializer for the page's own wasm (index.html, data-initializer): reports the download's
// progress in the loading shell's bar (#boot-progress) while the module streams in and compiles.
export default function initializer() {
  const bar = () => document.getElementById("boot-progress");
  const text = () => document.getElementById("boot-status");
  return {
    onProgress({ current, total }) {
      const b = bar();
      if (b && total > 0) {
        b.max = total;
        b.value = current;
      }
      const t = text();
      if (t && total > 0) t.textContent = `Loading ormplay… ${Math.round((100 * current) / total)}% of ${(total / 1e6).toFixed(1)} MB`;
    },
    onFailure(error) {
      const t = text();
      if (t) t.textContent = `ormplay could not start: ${error && error.message ? error.message : error}. Reload to try again.`;
    },
  };
}
