// The checker's Web Worker: starts Pyodide from the site's own files as soon as the page loads,
// then answers each form submission with checker.web.check_json. Nothing is fetched elsewhere.
import { loadPyodide } from "__RUNTIME__pyodide.mjs";

const runtime = new URL("__RUNTIME__", import.meta.url).href;
const archive = fetch(new URL("__ARCHIVE__", import.meta.url)).then((response) => {
  if (!response.ok) throw new Error(`checker archive: HTTP ${response.status}`);
  return response.arrayBuffer();
});

const checkJson = (async () => {
  const pyodide = await loadPyodide(__LOAD_OPTIONS__);
  pyodide.unpackArchive(await archive, "zip", { extractDir: "/home/pyodide/app" });
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/app')");
  return pyodide.pyimport("checker.web").check_json;
})();

// Pyodide can fail without settling loadPyodide's promise (a blocked wasm download): any
// unhandled rejection means the runtime cannot start, so the page shows its fallback at once.
addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  postMessage({ type: "failed", detail: String(event.reason) });
});

checkJson.then(
  () => postMessage({ type: "ready" }),
  (error) => postMessage({ type: "failed", detail: String(error) }),
);

addEventListener("message", async ({ data }) => {
  const check = await checkJson;
  postMessage({ type: "result", id: data.id, json: check(data.payload) });
});
