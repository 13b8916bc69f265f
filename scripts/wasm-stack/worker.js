// Runs one probe in a fresh Web Worker, as the page's runtime runs: a trap (the engine's stack
// exhausted) ends this worker only. Messages: { program, recursion, stack } -> "verdict|stack bytes".
importScripts("./wasm_stack.js");
onmessage = async (event) => {
  await wasm_bindgen({ module_or_path: "./wasm_stack_bg.wasm" });
  const { program, recursion, stack } = event.data;
  let out;
  try {
    out = wasm_bindgen.probe(program, recursion, stack);
  } catch (error) {
    out = `CRASH ${error.constructor.name}: ${error.message}`;
  }
  postMessage(out);
};
