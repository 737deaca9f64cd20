// Runs pytest inside Pyodide (the npm runtime, under Node) on this repository's own test files.
//
//   node tests/pyodide/run_pytest.mjs --wheels .cache/pyodide-wheels tests/rules [PYTEST ARGS...]
//
// The repository is mounted at /mnt/proj and is the working directory, so test paths are relative
// to the repository root. --wheels names a folder of wheels (python -m tools.pyodide_wheels DIR
// fills it) unpacked into site-packages before pytest starts; each one's sha256 must be one that
// requirements.lock lists, or none is installed. pytest's output goes to stdout; the process exits
// with pytest's exit code (3 if the runner itself fails or refuses a wheel). Once the tests pass,
// the same interpreter runs one test that fails, and the run fails unless pytest says so: a
// runner that could not report a failure would pass anything (no second Pyodide to start).

import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const MOUNT = "/mnt/proj";
// What the runner exits with when it could not run the tests or cannot trust their result:
// pytest's own code for an internal error (pytest.ExitCode.INTERNAL_ERROR), which no test gives.
const INTERNAL_ERROR = 3;

function parseArgs(argv) {
  const at = argv.indexOf("--wheels");
  if (at === -1 || at + 1 >= argv.length) {
    throw new Error("usage: node tests/pyodide/run_pytest.mjs --wheels DIR [pytest args...]");
  }
  const pytestArgs = argv.filter((_, i) => i !== at && i !== at + 1);
  return { wheels: resolve(argv[at + 1]), pytestArgs };
}

function wheelFiles(folder) {
  const names = existsSync(folder) ? readdirSync(folder) : [];
  return names.filter((name) => name.endsWith(".whl")).sort();
}

// The wheels' bytes, each checked against the hashes requirements.lock lists (tools/lock.py writes
// them), whoever filled the folder: a wheel the lock does not list is never installed.
function checkedWheels(folder) {
  const names = wheelFiles(folder);
  if (names.length === 0) {
    throw new Error(`no wheels in ${folder}: run python -m tools.pyodide_wheels ${folder}`);
  }
  const lock = readFileSync(join(ROOT, "requirements.lock"), "utf8");
  const listed = new Set(Array.from(lock.matchAll(/--hash=sha256:([0-9a-f]{64})/g), (m) => m[1]));
  return names.map((name) => {
    const bytes = readFileSync(join(folder, name));
    const digest = createHash("sha256").update(bytes).digest("hex");
    if (!listed.has(digest)) {
      throw new Error(
        `refused ${name}: its sha256 ${digest} is not in requirements.lock ` +
          `(python -m tools.pyodide_wheels ${folder} keeps only the pinned wheels)`,
      );
    }
    return bytes;
  });
}

function writer(stream) {
  // Raw bytes, copied: Pyodide reuses its buffer once the call returns.
  const write = (bytes) => {
    stream.write(Buffer.from(bytes));
    return bytes.length;
  };
  return { write, isatty: Boolean(stream.isTTY) };
}

async function main() {
  const { wheels, pytestArgs } = parseArgs(process.argv.slice(2));
  const found = checkedWheels(wheels);
  const runtime = join(ROOT, "node_modules", "pyodide");
  const { loadPyodide } = await import(pathToFileURL(join(runtime, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({ indexURL: `${runtime}/` });
  pyodide.setStdout(writer(process.stdout));
  pyodide.setStderr(writer(process.stderr));

  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  for (const bytes of found) {
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    pyodide.unpackArchive(view, "wheel", { extractDir: sitePackages });
  }

  pyodide.mountNodeFS(MOUNT, ROOT);
  const programs = pyodide.runPython(`
import importlib, os, sys

def run_pytest(args):
    # Nothing may be written into the mounted repository: no bytecode, no pytest cache, and
    # Hypothesis keeps its files in Pyodide's in-memory /tmp.
    sys.dont_write_bytecode = True
    os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = "/tmp/hypothesis"
    os.chdir("${MOUNT}")
    sys.path.insert(0, "${MOUNT}")
    importlib.invalidate_caches()
    import pytest
    python = sys.version.split()[0]
    versions = f"Python {python} ({sys.platform}), pytest {pytest.__version__}"
    print(f"Pyodide ${pyodide.version}, {versions}")
    return int(pytest.main([*args, "-p", "no:cacheprovider"]))

def a_failure_is_reported():
    import contextlib, io, pytest
    os.makedirs("/tmp/must_fail", exist_ok=True)
    with open("/tmp/must_fail/test_must_fail.py", "w") as handle:
        handle.write("def test_must_fail():\\n    assert 6 * 7 == 43\\n")
    with contextlib.redirect_stdout(io.StringIO()):  # its report would read as the suite's
        status = pytest.main(["/tmp/must_fail", "-p", "no:cacheprovider", "--rootdir=/tmp/must_fail"])
    return int(status) == int(pytest.ExitCode.TESTS_FAILED)

run_pytest, a_failure_is_reported
`);
  const [runPytest, aFailureIsReported] = programs;
  const status = runPytest(pytestArgs);
  if (status !== 0) return status;
  if (!aFailureIsReported()) {
    process.stderr.write("run_pytest: a failing test was not reported as one: the run proves nothing\n");
    return INTERNAL_ERROR;
  }
  process.stdout.write("run_pytest: a failing test, run after them, is reported as one (as it must)\n");
  return 0;
}

let status;
try {
  status = await main();
} catch (error) {
  process.stderr.write(`run_pytest: ${error.message ?? error}\n`);
  status = INTERNAL_ERROR;
}
process.exit(status);
