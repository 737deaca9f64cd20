// The checker's Web Worker: starts Pyodide from the site's own files as soon as the page loads,
// then answers each form submission with checker.web.check_json. Nothing is fetched elsewhere.

// Some of Pyodide's error paths (a blocked wasm download) never settle loadPyodide's promise:
// a runtime file that cannot be fetched, or any unhandled rejection, means Python cannot start,
// so the page is told at once and shows its fallback.
let failed = false;
function fail(error) {
  if (!failed) postMessage({ type: "failed", detail: String(error) });
  failed = true;
}
addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  fail(event.reason);
});

// The bytes the runtime fetches before Python can start (the wasm, the standard library, the
// lock file, the checker), as the build measured them: the page shows how far the download is.
const DOWNLOAD_BYTES = __DOWNLOAD_BYTES__;
let downloaded = 0;

// A copy of each response's body is read only to count its bytes: the response itself goes to
// Pyodide untouched (its URL is what Chromium's compiled-wasm cache keys on).
async function countBytes(response) {
  const reader = response.clone().body?.getReader();
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) return;
    downloaded += chunk.value.byteLength;
    postMessage({ type: "progress", loaded: downloaded, total: DOWNLOAD_BYTES });
  }
}

const fetchFile = globalThis.fetch;
globalThis.fetch = async (...args) => {
  try {
    const response = await fetchFile(...args);
    if (!response.ok) fail(`${response.url}: HTTP ${response.status}`);
    else countBytes(response).catch(() => {}); // a failed download is reported by Pyodide's own read
    return response;
  } catch (error) {
    fail(error);
    throw error;
  }
};

const runtime = new URL("__RUNTIME__", import.meta.url).href;
const archive = fetch(new URL("__ARCHIVE__", import.meta.url)).then((response) => response.arrayBuffer());

const checkJson = (async () => {
  // Imported after fetch is wrapped, so Pyodide's own downloads are watched too.
  const { loadPyodide } = await import(`${runtime}pyodide.mjs`);
  const pyodide = await loadPyodide(__LOAD_OPTIONS__);
  pyodide.unpackArchive(await archive, "zip", { extractDir: "/home/pyodide/app" });
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/app')");
  return pyodide.pyimport("checker.web").check_json;
})();

checkJson.then(() => postMessage({ type: "ready" }), fail);

addEventListener("message", async ({ data }) => {
  const check = await checkJson;
  postMessage({ type: "result", id: data.id, json: check(data.payload) });
});
