// The standard-library files Pyodide's own start-up imports, before any line of the checker:
// loadPyodide() from the site's built runtime folder, then the zip members of every module
// loaded. Usage: node tools/bench_floor.mjs <runtime folder>/ <its ES module's name> <lock file>
// (prints a JSON list; the site ships no lock file: its worker gives loadPyodide the contents of
// one)
import { pathToFileURL } from "node:url";

const [folder, module, lockFileURL] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${folder}${module}`).href);
const pyodide = await loadPyodide({ indexURL: folder, lockFileURL, stdout: () => {} });
console.log(pyodide.runPython(`
import json, sys
zip_path = next(entry for entry in sys.path if entry.endswith(".zip")) + "/"
json.dumps(sorted(
    origin[len(zip_path):]
    for module in list(sys.modules.values())
    if (origin := str(getattr(getattr(module, "__spec__", None), "origin", None) or "")).startswith(zip_path)
))
`));
