// Runs the build steps of policy_site/pyodide_runtime.py inside Pyodide, under Node.
//
//   node policy_site/pyodide_runtime.mjs JOB.json
//
// JOB.json: {"indexURL": folder of the npm pyodide files, "module": the name of its ES module,
//            "result": path, "runs": [RUN, ...]}.
// Each RUN starts a fresh interpreter, in order:
//   {"stdLib"?: zip path, "lockFile"?: path, "env"?: {NAME: value}, "mounts"?: [[hostDir, fsDir]],
//    "archives"?: [{"path", "extractDir"}], "probe"?: bool, "code": Python source,
//    "makeSnapshot"?: path, "loadSnapshot"?: path}
// `code` runs with runPythonAsync; its value (a string) is collected into `result`, a JSON list
// with one entry per run. A later run may use files an earlier run wrote through a mount.
// With `makeSnapshot`, the interpreter's memory once `code` has run is written to that path (in the
// format of web/snapshot-memory.mjs, as the worker reads it), and its full size to
// `path + ".json"`; `loadSnapshot` starts from such a file (made by an earlier run of the same job
// or not), as the worker does.

import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { pack, unpack } from "../web/snapshot-memory.mjs";
import { unpackStored } from "../web/stored-zip.mjs";

async function run(loadPyodide, indexURL, spec) {
  const options = {
    indexURL,
    stdout: () => {},
    stderr: (line) => process.stderr.write(`${line}\n`),
  };
  if (spec.stdLib) options.stdLibURL = spec.stdLib;
  if (spec.lockFile) options.lockFileURL = spec.lockFile;
  if (spec.env) options.env = spec.env;
  if (spec.makeSnapshot) options._makeSnapshot = true;
  if (spec.loadSnapshot) {
    const { memoryBytes } = JSON.parse(readFileSync(`${spec.loadSnapshot}.json`, "utf8"));
    const memory = new Uint8Array(memoryBytes);
    unpack(new Uint8Array(readFileSync(spec.loadSnapshot)), memory);
    options._loadSnapshot = memory;
  }
  const pyodide = await loadPyodide(options);
  for (const [hostDir, fsDir] of spec.mounts ?? []) {
    pyodide.FS.mkdirTree(fsDir);
    pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: hostDir }, fsDir);
  }
  for (const { path, extractDir } of spec.archives ?? []) {
    // As the worker does: a zip of stored members, written into the file system.
    unpackStored(pyodide.FS, new Uint8Array(readFileSync(path)), extractDir);
  }
  if (spec.probe) {
    // What a worker may also do: let an exception cross into JavaScript, use the event loop.
    try {
      pyodide.runPython("raise ValueError('probe')");
    } catch {
      // expected
    }
    await pyodide.runPythonAsync("import asyncio\nawait asyncio.sleep(0)");
  }
  const value = await pyodide.runPythonAsync(spec.code);
  if (spec.makeSnapshot) {
    const memory = pyodide.makeMemorySnapshot();
    writeFileSync(spec.makeSnapshot, pack(memory));
    writeFileSync(`${spec.makeSnapshot}.json`, JSON.stringify({ memoryBytes: memory.length }));
  }
  return value;
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const { loadPyodide } = await import(pathToFileURL(`${job.indexURL}${job.module}`).href);
  const results = [];
  for (const spec of job.runs) results.push(await run(loadPyodide, job.indexURL, spec));
  writeFileSync(job.result, JSON.stringify(results));
}

try {
  await main();
} catch (error) {
  // A PythonError's message is the Python traceback; the JavaScript stack adds nothing useful,
  // and Node's default report would also print the minified source line, megabytes long.
  const text = error?.type ? error.message : (error?.stack ?? String(error));
  process.stderr.write(`${text}\n`.slice(-8000));
  process.exit(1);
}
