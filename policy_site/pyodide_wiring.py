"""Where the checker meets Pyodide, named once: the runtime's files and where the built site keeps
them, the folder the checker is unpacked into and the function the page's worker calls. The
runtime build, the bundle (which injects them into ``web/checker-worker.js``), the deployment's
cache rules, ``make bench``'s pages and the tests read them here."""

from __future__ import annotations

from pathlib import Path

PYODIDE_MODULE = "pyodide.mjs"  # imported by the worker; it imports ASM_MODULE
ASM_MODULE = "pyodide.asm.mjs"
WASM = "pyodide.asm.wasm"
STDLIB = "python_stdlib.zip"
#: Built from the npm one (policy_site.pyodide_runtime), never shipped: its few bytes are given
#: to loadPyodide in the worker (``lockFileContents``), one request fewer before ready.
LOCK = "pyodide-lock.json"
#: Shipped as the npm package has them.
COPIED = (PYODIDE_MODULE, ASM_MODULE, WASM)
#: Built from the npm ones (policy_site.pyodide_runtime), and shipped.
BUILT = (STDLIB,)
#: What Pyodide fetches (the modules are imported): the worker asks for them all at once.
FETCHED = (WASM, STDLIB)

#: Where the built site keeps them: the runtime in a folder named by its content's hash (Pyodide
#: finds its own files by fixed names), the checker's files (archives, workers, page scripts) each
#: under a content-hashed name in one folder. Hosts cache both for a year (hooks/deploy_files.py).
RUNTIME_FOLDER_PREFIX = "assets/pyodide-"
CHECKER_FOLDER = "assets/checker"


def shipped(site: Path, name: str) -> Path:
    """The runtime's file ``name`` in a built site, whatever its folder's hash."""
    return next(site.glob(f"{RUNTIME_FOLDER_PREFIX}*/{name}"))


APP_DIR = "/home/pyodide/app"  # where the checker archive is unpacked, put first on sys.path
ENTRY_MODULE = "checker.web"
ENTRY_FUNCTION = "check_json"  # JSON in, JSON out: nothing but strings crosses to JavaScript

#: The worker's options for loadPyodide, as a JavaScript expression; `runtime` is the URL of the
#: folder holding the runtime's files, with a trailing slash. The zip is at Pyodide's default
#: place (indexURL + STDLIB); the worker adds the lock file's contents.
LOAD_OPTIONS = "{ indexURL: runtime }"
