// Checks per second inside Pyodide under Node: the same rule module and payloads as on CPython.
// Usage: node tools/bench_pyodide.mjs <repo root> <seconds> <Pyodide's ES module>
import { pathToFileURL } from "node:url";

const [root, seconds, module] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(module).href);
const pyodide = await loadPyodide();
pyodide.FS.mkdirTree("/mnt/proj");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root }, "/mnt/proj");
pyodide.runPython(`
import sys
sys.path.insert(0, "/mnt/proj")
from tools.bench_rules import checks_per_second
print(checks_per_second(${Number(seconds)}))
`);
