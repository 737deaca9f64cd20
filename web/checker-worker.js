// The checker's Web Worker: starts Pyodide from the site's own files as soon as the page loads,
// then answers each form submission with the checker's entry point (policy_site/pyodide_wiring.py
// names it, and the runtime's files, for the build to fill in here). Nothing is fetched elsewhere.

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
// checker), as the build measured them: the page shows how far the download is.
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
const APP_DIR = __APP_DIR__; // where the checker is unpacked
const LOCK_FILE = __LOCK_FILE__; // Pyodide's lock file, which lists no package: one request fewer
const archive = watchedFetch(new URL("__ARCHIVE__", import.meta.url)).then((response) => response.arrayBuffer());
const pyodideModule = import(runtime + __PYODIDE_MODULE__);
// The same module record that loadPyodide imports later: fetched and compiled meanwhile.
import(runtime + __ASM_MODULE__).catch(() => {}); // a failure is Pyodide's own import's to report

// The wasm is compiled as its bytes arrive, not once Pyodide's module has run (about 0.3 s later
// on a first visit): Pyodide's instantiateStreaming of the wasm gets this compilation.
const wasmURL = runtime + __WASM__;
const compiledWasm = WebAssembly.compileStreaming(started.get(wasmURL));
compiledWasm.then(() => mark("wasm-compiled"), () => {}); // downloaded and compiled: where time goes
const instantiateStreaming = WebAssembly.instantiateStreaming;
WebAssembly.instantiateStreaming = async (source, imports) => {
  if ((await source).url !== wasmURL) return instantiateStreaming(source, imports);
  const module = await compiledWasm;
  return { module, instance: await WebAssembly.instantiate(module, imports) };
};

// A later visit starts from a snapshot of Python's memory, the checker already imported, instead
// of starting Python (about half a second). The snapshot is made here, on the reader's device, by
// the first visit once the checker is ready, and kept in the Cache Storage, where every engine's
// worker can tell what a visit stored (the HTTP cache does not say it the same way everywhere):
// no byte of it is ever downloaded. Its SHA-256 is kept beside it and checked before use.
// What became of this build's snapshot is also recorded in the names of (empty) caches, which
// engines keep even where they drop entries (WebKit's private sessions): a snapshot that failed,
// or that was made and not kept, is not made again.
const SNAPSHOT_CACHE = "checker-python-memory";
const snapshotKey = new URL("__SNAPSHOT_KEY__", import.meta.url).href;
const recorded = (what) => `${SNAPSHOT_CACHE} ${what} ${snapshotKey}`;
// The requests that walk every path of the checker before the snapshot (policy_site/
// snapshot_walk.py), and the SHA-256 of the answers the build's checker gave to them, one per line.
const WALK = __SNAPSHOT_WALK__;
const WALK_ANSWERS = __SNAPSHOT_ANSWERS__;
// The snapshot's file format, imported only when a snapshot is read or made: a first visit
// fetches it once the checker is ready. If it cannot be had, no snapshot is made or used.
let snapshotFormat;
const format = () => (snapshotFormat ??= import("__SNAPSHOT_FORMAT__"));

// The worker's marks are also posted to the page, where every engine's automation can read them
// (`make bench` and the engine tests; WebDriver BiDi cannot reach a worker's own timeline).
function mark(name) {
  performance.mark(name);
  postMessage({ type: "mark", name });
}

// What the store holds for this build: {cache, snapshot?, makeOne}; no cache (no Cache Storage,
// a private window that refuses it, no SubtleCrypto) means no snapshot, made or used.
const stored = (async () => {
  if (!globalThis.caches || !globalThis.crypto?.subtle) return {};
  const cache = await caches.open(SNAPSHOT_CACHE);
  const [snapshot, failed, made] = await Promise.all([
    cache.match(snapshotKey),
    caches.has(recorded("failed")),
    caches.has(recorded("made")),
  ]);
  if (failed || (made && !snapshot)) mark(failed ? "snapshot-failed-before" : "snapshot-not-kept");
  return { cache, snapshot: failed ? undefined : snapshot, makeOne: !failed && !made };
})().catch(() => ({}));

// Whether `check` gives every answer the build's checker gave to the walk: a snapshot stored by
// other code on this origin, or damaged in a way its digest does not show, answers otherwise.
async function answersAsBuilt(check) {
  const answers = WALK.map((request) => check(request)).join("\n");
  return (await sha256(new TextEncoder().encode(answers))) === WALK_ANSWERS;
}

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

// The file holds the memory's pages that are not all zeros (snapshot-memory.mjs): read, checked
// against its digest, then written into `memory`. If anything is wrong, the memory's header stays
// zeros: Pyodide then refuses the snapshot (no magic number), and Python starts anew.
async function fill(memory, snapshot) {
  try {
    const [{ unpack }, file] = await Promise.all([format(), snapshot.arrayBuffer()]);
    if ((await sha256(file)) !== snapshot.headers.get("x-sha256")) throw new Error("damaged");
    unpack(new Uint8Array(file), memory);
    mark("snapshot-read");
  } catch {
    memory.fill(0, 0, 64);
  }
}

// The marks are for `make bench` (tools/bench_phases.py) and the tests: where the time goes, and
// whether the snapshot was used.
async function startPython({ snapshot, makeSnapshot = false } = {}) {
  const options = { ...__LOAD_OPTIONS__, lockFileContents: LOCK_FILE, _makeSnapshot: makeSnapshot };
  let filled;
  if (snapshot) {
    // Pyodide waits for its snapshot before it instantiates the wasm, and reads it only once
    // its file system is ready: the memory is handed over at once, and filled meanwhile, from
    // now (not once Pyodide's module has arrived: reading, checking and unpacking take as long).
    const memory = new Uint8Array(Number(snapshot.headers.get("x-memory-bytes")));
    filled = fill(memory, snapshot);
    options._loadSnapshot = memory;
  }
  // fsInit runs once the wasm is instantiated, before Python starts (or is restored); Pyodide
  // waits for it.
  options.fsInit = async () => {
    mark("runtime-instantiated");
    await filled;
  };
  const { loadPyodide } = await pyodideModule;
  const pyodide = await loadPyodide(options);
  mark("python-started");
  unpackStored(pyodide.FS, new Uint8Array(await archive), APP_DIR);
  const app = JSON.stringify(APP_DIR); // a Python string literal too
  pyodide.runPython(`import sys\nif ${app} not in sys.path: sys.path.insert(0, ${app})`);
  const check = pyodide.pyimport(__ENTRY_MODULE__)[__ENTRY_FUNCTION__];
  mark("checker-imported");
  return { pyodide, check };
}

async function fromSnapshot(snapshot) {
  try {
    const { check } = await startPython({ snapshot });
    if (!(await answersAsBuilt(check))) throw new Error("the snapshot answers differently");
    mark("snapshot-used");
    return check;
  } catch {
    mark("snapshot-discarded"); // then Python starts as on a first visit
    return undefined;
  }
}

// Runs in the same task as the "ready" message, before any request of the reader is handled: the
// memory holds the checker, walked through the build's requests, and nothing the reader typed.
function takeSnapshot(pyodide, check) {
  for (const request of WALK) check(request);
  pyodide.runPython("import gc\ngc.collect()");
  return pyodide.makeMemorySnapshot();
}

async function keepSnapshot(cache, memory) {
  const { pack } = await format();
  const file = pack(memory);
  const headers = { "x-memory-bytes": String(memory.length), "x-sha256": await sha256(file) };
  for (const request of await cache.keys()) await cache.delete(request); // an older build's, or another language's
  for (const name of await caches.keys()) if (name.startsWith(`${SNAPSHOT_CACHE} `)) await caches.delete(name);
  await caches.open(recorded("made")); // first: a browser that refuses the space is not asked again
  await cache.put(snapshotKey, new Response(file, { headers }));
  mark("snapshot-stored");
}

// The checker's archive, a zip of stored members, is written into Pyodide's file system by
// web/stored-zip.mjs, inlined here by the build (a module of its own would be one request more).
__STORED_ZIP__

let announced = false;
function announceReady() {
  if (!announced) postMessage({ type: "ready" });
  announced = true;
}

const checkJson = (async () => {
  const { cache, snapshot, makeOne } = await stored;
  if (snapshot) {
    const restored = await fromSnapshot(snapshot);
    if (restored) return restored;
    cache.delete(snapshotKey).catch(() => {});
    caches.open(recorded("failed")).catch(() => {});
  }
  const makeSnapshot = Boolean(makeOne) && !snapshot;
  const { pyodide, check } = await startPython({ makeSnapshot });
  if (makeSnapshot) {
    announceReady();
    try {
      const memory = takeSnapshot(pyodide, check);
      keepSnapshot(cache, memory).catch(() => mark("snapshot-not-stored"));
    } catch {
      mark("snapshot-not-stored");
    }
  }
  return check;
})();

checkJson.then(announceReady, fail);

addEventListener("message", async ({ data }) => {
  const check = await checkJson;
  postMessage({ type: "result", id: data.id, json: check(data.payload) });
});
