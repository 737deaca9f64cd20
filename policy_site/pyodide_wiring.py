"""Where the checker meets Pyodide, named once: the npm package's folder, the runtime's files and
where the built site keeps them with each language's archive, worker and page script, the folder
the checker is unpacked into and the function the page's worker calls. The runtime build, the
bundle (which injects them into ``web/checker-worker.js``), the deployment's cache rules,
``make bench``'s pages, the engines' tool and the tests read them here."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from policy_site.config import ROOT

#: The npm package as installed: what the runtime is copied and built from.
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
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
HASH_LENGTH = 10  # hex digits of SHA-256 in a content-hashed name


def hashed(stem: str, suffix: str, content: bytes) -> str:
    """``stem.<content hash>suffix``: the name of a file cached for a year."""
    return f"{stem}.{hashlib.sha256(content).hexdigest()[:HASH_LENGTH]}{suffix}"


def runtime_folder(site: Path) -> Path:
    """The runtime's folder in a built site, whatever its hash."""
    return next(site.glob(f"{RUNTIME_FOLDER_PREFIX}*"))


def shipped(site: Path, name: str) -> Path:
    """The runtime's file ``name`` in a built site, whatever its folder's hash."""
    return runtime_folder(site) / name


@dataclass(frozen=True)
class LanguageFile:
    """A kind of file of one language's checker in ``CHECKER_FOLDER``, named
    ``<stem with the language>.<content hash><suffix>``."""

    stem: str  # with ``{lang}``
    suffix: str

    def name(self, lang: str, content: bytes) -> str:
        return hashed(self.stem.format(lang=lang), self.suffix, content)

    def pattern(self, lang: str = r"[\w-]+") -> str:
        """A regular expression of the file's name (``lang`` a regular expression too)."""
        stem = re.escape(self.stem).replace(re.escape("{lang}"), lang)
        return rf"{stem}\.[0-9a-f]{{{HASH_LENGTH}}}{re.escape(self.suffix)}"

    def in_site(self, site: Path, lang: str) -> Path:
        """The file of ``lang`` in a built site."""
        (found,) = (site / CHECKER_FOLDER).glob(f"{self.stem.format(lang=lang)}.*{self.suffix}")
        return found


#: The checker compiled, with the language's catalog and the policy language's.
ARCHIVE_FILE = LanguageFile("checker-{lang}", ".zip")
#: The worker that starts Pyodide and unpacks the archive.
WORKER_FILE = LanguageFile("checker-worker-{lang}", ".js")
#: The page's script, which starts the worker.
PAGE_SCRIPT_FILE = LanguageFile("checker-page-{lang}", ".js")


APP_DIR = "/home/pyodide/app"  # where the checker archive is unpacked, put first on sys.path
ENTRY_MODULE = "checker.web"
ENTRY_FUNCTION = "check_json"  # JSON in, JSON out: nothing but strings crosses to JavaScript

#: The worker's options for loadPyodide, as a JavaScript expression; `runtime` is the URL of the
#: folder holding the runtime's files, with a trailing slash. The zip is at Pyodide's default
#: place (indexURL + STDLIB); the worker adds the lock file's contents.
LOAD_OPTIONS = "{ indexURL: runtime }"
