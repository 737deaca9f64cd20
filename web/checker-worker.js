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
async function watchedFetch(...args) {
  try {
    const response = await fetchFile(...args);
    if (!response.ok) fail(`${response.url}: HTTP ${response.status}`);
    else countBytes(response).catch(() => {}); // a failed download is reported by Pyodide's own read
    return response;
  } catch (error) {
    fail(error);
    throw error;
  }
}

// Pyodide asks for its files one after the other, as it gets to them: the wasm and the standard
// library only once its own module has arrived and run. They are all asked for here, at once,
// and Pyodide's fetch of each is answered with the response already on its way.
const runtime = new URL("__RUNTIME__", import.meta.url).href;
const started = new Map(__FETCHED__.map((name) => [runtime + name, watchedFetch(runtime + name)]));
globalThis.fetch = (resource, options) => {
  const url = new URL(resource instanceof Request ? resource.url : resource, location).href;
  const response = started.get(url);
  started.delete(url); // each one is answered once
  return response ?? watchedFetch(resource, options);
};
const archive = watchedFetch(new URL("__ARCHIVE__", import.meta.url)).then((response) => response.arrayBuffer());
const pyodideModule = import(`${runtime}pyodide.mjs`);
// The same module record that loadPyodide imports later: fetched and compiled meanwhile.
import(`${runtime}pyodide.asm.mjs`).catch(() => {}); // a failure is Pyodide's own import's to report

// The wasm is compiled as its bytes arrive, not once Pyodide's module has run (about 0.3 s later
// on a first visit): Pyodide's instantiateStreaming of the wasm gets this compilation.
const wasmURL = `${runtime}pyodide.asm.wasm`;
const compiledWasm = WebAssembly.compileStreaming(started.get(wasmURL));
const instantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = async (source, imports) => {
  if ((await source).url !== wasmURL) return instantiateStreaming(source, imports);
  const module = await compiledWasm;
  return { module, instance: await WebAssembly.instantiate(module, imports) };
};

// A later visit starts from a snapshot of Python's memory taken at build time, the checker
// already imported, instead of starting Python (about half a second): but only if the snapshot is
// in the HTTP cache already (asked with the unwrapped fetch: a miss is no failure). A first visit
// starts normally and fetches it in the background once ready, unless the reader saves data.
const snapshotURL = new URL("__SNAPSHOT__", import.meta.url).href;
const SNAPSHOT_MEMORY_BYTES = __SNAPSHOT_MEMORY_BYTES__;
const [PROBE_REQUEST, PROBE_ANSWER] = __SNAPSHOT_PROBE__;
const cachedSnapshot = fetchFile(snapshotURL, { cache: "only-if-cached", mode: "same-origin" })
  .then((response) => (response.ok ? response : undefined))
  .catch(() => undefined);

// The file holds the memory's pages that are not all zeros (snapshot-memory.mjs); they are
// written into `memory`. If the file cannot be read, the memory's header stays zeros: Pyodide
// then refuses the snapshot (no magic number), and Python starts anew.
async function fill(memory, snapshot) {
  try {
    const [{ unpack }, file] = await Promise.all([import("__SNAPSHOT_FORMAT__"), snapshot.arrayBuffer()]);
    unpack(new Uint8Array(file), memory);
    performance.mark("snapshot-read");
  } catch {
    memory.fill(0, 0, 64);
  }
}

// The marks are for `make bench` (tools/bench_phases.py) and the tests: where the time goes, and
// whether the snapshot was used.
async function startPython(snapshot) {
  const { loadPyodide } = await pyodideModule;
  const options = { ...__LOAD_OPTIONS__ };
  let filled;
  if (snapshot) {
    // Pyodide waits for its snapshot before it instantiates the wasm, and reads it only once
    // its file system is ready: the memory is handed over at once, and filled meanwhile.
    const memory = new Uint8Array(SNAPSHOT_MEMORY_BYTES);
    filled = fill(memory, snapshot);
    options._loadSnapshot = memory;
  }
  // fsInit runs once the wasm is instantiated, before Python starts (or is restored); Pyodide
  // waits for it.
  options.fsInit = async () => {
    performance.mark("runtime-instantiated");
    await filled;
  };
  const pyodide = await loadPyodide(options);
  performance.mark("python-started");
  pyodide.unpackArchive(await archive, "zip", { extractDir: "/home/pyodide/app" });
  pyodide.runPython("import sys\nif '/home/pyodide/app' not in sys.path: sys.path.insert(0, '/home/pyodide/app')");
  const check = pyodide.pyimport("checker.web").check_json;
  performance.mark("checker-imported");
  return check;
}

async function fromSnapshot(snapshot) {
  try {
    const check = await startPython(snapshot);
    if (check(PROBE_REQUEST) !== PROBE_ANSWER) throw new Error("the snapshot answers differently");
    performance.mark("snapshot-used");
    return check;
  } catch {
    performance.mark("snapshot-discarded"); // then Python starts as on a first visit
    return undefined;
  }
}

// A discarded snapshot is fetched again past the HTTP cache, which would give the same bytes.
function keepSnapshot(discarded) {
  if (navigator.connection?.saveData) return;
  fetchFile(snapshotURL, { priority: "low", cache: discarded ? "reload" : "default" })
    .then((response) => response.ok && response.body.pipeTo(new WritableStream()))
    .catch(() => {}); // the next visit starts normally
}

const checkJson = (async () => {
  const snapshot = await cachedSnapshot;
  const restored = snapshot && (await fromSnapshot(snapshot));
  if (restored) return restored;
  const check = await startPython();
  keepSnapshot(restored === undefined);
  return check;
})();

checkJson.then(() => postMessage({ type: "ready" }), fail);

addEventListener("message", async ({ data }) => {
  const check = await checkJson;
  postMessage({ type: "result", id: data.id, json: check(data.payload) });
});
