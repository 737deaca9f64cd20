"""Builds the files the browser needs to start Pyodide for the checker, trimmed and pre-compiled
(the bundle, ``policy_site/bundle.py``, puts them into the site).

The npm runtime starts slowly mostly because its ``python_stdlib.zip`` holds 2.5 MB of ``.py``
sources that the visitor's CPU compiles on every start (Pyodide itself imports about 200 modules
before the checker's first line). This build:

1. finds the standard-library modules that Pyodide's start-up and the checker import, by running
   the real checker in Pyodide under Node (plus ``MARGIN``, for error paths);
2. byte-compiles exactly those with Pyodide's own interpreter into a zip of sourceless ``.pyc``
   files (``json/decoder.pyc`` where ``json/decoder.py`` was, which zipimport loads as is), and
   the checker's modules that were imported into its archives: one per language, which holds
   that language's catalog and the policy's language's (the fallback), no other;
3. writes a lock file without packages: the checker loads none, and the npm one is 119 KB that
   would only list wheels which are not deployed (the worker is given its contents);
4. checks, in a fresh interpreter started from the built files, that the checker answers exactly
   as with the full standard library and that no module was compiled from source;
5. takes a memory snapshot of those files the way the worker does on a reader's first visit
   (``web/checker-worker.js``), starts from it and checks that every answer is the same;
6. answers each language's walk with that language's archive alone, as its page's worker does:
   a worker checks a stored snapshot against these answers.

The runs send the browser's entry point the walks of ``policy_site/snapshot_walk.py``: every
language's, and each language's with its own archive.

The programs run inside Pyodide are the modules of ``policy_site/in_pyodide/``, each mounted
into Pyodide's file system and called as ``main(params_json)``.

The module list is derived at build time rather than checked in, so it cannot go stale when the
checker imports something new: the checker as shipped is part of the cache key, and step 4 fails
the build if anything the checker needs is missing.

Output is deterministic (sorted entries, fixed zip times and modes, unchecked-hash ``.pyc``
that embed no source timestamp) and cached under ``.cache/pyodide-runtime/<key>/``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from checker.catalog import DOMAIN, LOCALES, catalog_files, policy_language
from policy_site.cache_lock import lock_path, making
from policy_site.checker_archive import catalog_member, checker_archive
from policy_site.config import ROOT
from policy_site.pyodide_wiring import (
    APP_DIR,
    BUILT,
    COPIED,
    ENTRY_FUNCTION,
    ENTRY_MODULE,
    LOCK,
    PYODIDE_DIR,
    PYODIDE_MODULE,
    STDLIB,
)
from policy_site.snapshot_walk import every_walk, walk

CACHE_DIR = ROOT / ".cache" / "pyodide-runtime"
DRIVER = Path(__file__).with_suffix(".mjs")
SNAPSHOT_FORMAT = ROOT / "web" / "snapshot-memory.mjs"  # the driver writes snapshots with it
STORED_ZIP = ROOT / "web" / "stored-zip.mjs"  # and unpacks the checker's archives with it
KEPT_CACHE_ENTRIES = 4


class RuntimeBuildError(RuntimeError):
    """The runtime could not be built, or answers differently from the checker it was built from:
    the site must not be published with it."""


# Hashed when imported, not when called: a process that imported an older version of this file
# must not file its output under the key of the newer one.
_OWN_DIGEST = hashlib.sha256(Path(__file__).read_bytes()).digest()

PROGRAMS = Path(__file__).with_name("in_pyodide")  # run inside Pyodide, mounted at PROGRAMS_AT
PROGRAMS_AT = "/build"
CHECKER_ARCHIVE = "checker.zip"  # the checker, compiled, every language: checked, not shipped
#: The checker for one language's page, compiled: shipped beside the runtime, not in it.
LANGUAGE_ARCHIVE = "checker-{lang}.zip"
LANGUAGES_AT = "/languages"  # where the last run unpacks each language's archive
MODULE_LIST = "modules.txt"  # kept in the cache entry for review; not shipped
#: Python's memory once the checker is imported and has answered (pyodide_runtime.mjs writes it in
#: the format of web/snapshot-memory.mjs; SNAPSHOT_RECORD keeps the memory's full size and the
#: answers it was checked against). Not shipped: the worker makes its own, the same way.
SNAPSHOT = "memory.snapshot"
SNAPSHOT_RECORD = "snapshot.json"
#: How the standard library and the checker are compiled: without docstrings and assertions
#: (``-OO``: the checker's assertions only tell mypy what it cannot see) and without the column
#: offsets of every instruction (``-X no_debug_ranges``: tracebacks keep their line numbers). With
#: the zip stored, that brings the standard library from 1,346 KB to about 560 KB on the wire.
OPTIMIZE = 2
COMPILE_ENV = {"PYTHONNODEBUGRANGES": "1"}

WORK_MOUNT = "/mnt/work"

# Modules an error path may need although the walks did not import them. (The checker parses no
# date with strptime, whose lazy _strptime and calendar are 20 KB; the archives' names are UTF-8,
# so unpacking them needs no cp437.)
MARGIN = (
    "traceback",  # formats a Python exception for JavaScript
    "linecache",
    "tokenize",
    "encodings.ascii",  # codec fallbacks (gettext charsets, decoding errors)
    "encodings.latin_1",
)

def runtime_files() -> dict[str, Path]:
    """The files the browser needs to start Pyodide for the checker: name -> where it is now
    (the npm package, or the cache entry of the built ones)."""
    built = _cached_build()
    return {
        **dict(zip(COPIED, runtime_sources(), strict=True)),
        **{name: built / name for name in BUILT},
    }


def runtime_sources() -> list[Path]:
    """The runtime's files that are shipped as the npm package has them: known before anything
    is built (the large ones are compressed from the build's start)."""
    return [PYODIDE_DIR / name for name in COPIED]


def language_archives() -> dict[str, bytes]:
    """The archive each language's worker unpacks (language -> bytes): ``checker_archive()``
    with the modules the checker imports, compiled, and that language's catalog and the policy's
    language's, no other."""
    built = _cached_build()
    return {lang: (built / LANGUAGE_ARCHIVE.format(lang=lang)).read_bytes() for lang in _languages()}


def lock_file_contents() -> str:
    """The lock file the worker gives loadPyodide."""
    return (_cached_build() / LOCK).read_text(encoding="utf-8")


def snapshot_answers(lang: str) -> tuple[tuple[str, ...], list[str]]:
    """The requests of ``lang``'s walk and the answers its archive's checker gave to each at
    build: its worker gets them all again from a stored snapshot before it trusts it."""
    record = json.loads((_cached_build() / SNAPSHOT_RECORD).read_text(encoding="utf-8"))
    return walk(lang), record["by_language"][lang]


def _languages() -> list[str]:
    """The languages whose catalog the checker archive holds (a language in preparation has
    none compiled), the policy's first."""
    found = [lang for lang, _ in catalog_files(LOCALES, DOMAIN, ".mo")]
    return sorted(found, key=lambda lang: lang != policy_language())


def _cached_build() -> Path:
    """The cache entry of the current inputs, built first if missing (four Pyodide runs)."""
    target = CACHE_DIR / _input_key()
    if target.is_dir():
        os.utime(target)  # marks it recently used, for _prune
        return target
    with making(target):  # a parallel build of the same inputs: its entry is used
        if not target.is_dir():
            _build_entry(target)
    _prune(target)
    return target


def _build_entry(target: Path) -> None:
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=CACHE_DIR))
    try:
        _build(staging)
        staging.chmod(0o755)
        try:
            staging.rename(target)  # atomic: readers see a complete entry or none
        except OSError:
            if not target.is_dir():  # otherwise another build made it; its bytes are equal
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _prune(current: Path) -> None:
    """Keeps the few most recently used entries: each checker edit makes a new one. A link to
    another tree's entry (a copy of the project, in the tests) is not this cache's to remove."""
    entries = [
        path
        for path in CACHE_DIR.iterdir()
        if path.is_dir() and not path.is_symlink() and path != current
    ]
    stale_staging = time.time() - 3600  # a crashed build's leftovers; a live one is younger
    for path in entries:
        if path.name.startswith("staging-") and path.stat().st_mtime < stale_staging:
            shutil.rmtree(path, ignore_errors=True)
    finished = [path for path in entries if not path.name.startswith("staging-")]
    finished.sort(key=lambda path: path.stat().st_mtime, reverse=True)
    for path in finished[KEPT_CACHE_ENTRIES - 1 :]:
        shutil.rmtree(path, ignore_errors=True)
        lock_path(path).unlink(missing_ok=True)


def _input_key() -> str:
    """A hash of everything the built files depend on: the npm runtime, this tool and the programs
    it runs, the checker as it is shipped (its modules, compiled catalogs and contact details: an
    edited ``.po`` that compiles to the same catalog, or a language in preparation, whose catalogs
    are not compiled, changes nothing), the walk, and Node."""
    digest = hashlib.sha256()
    digest.update(_OWN_DIGEST)
    for name, path in _inputs():
        digest.update(name.encode() + b"\0" + _file_digest(path))
    digest.update(b"checker.zip\0" + hashlib.sha256(checker_archive()).digest())
    digest.update(json.dumps(every_walk()).encode())
    digest.update(_node_version().encode())
    return digest.hexdigest()[:32]


#: Each input file's SHA-256 by its path and what ``stat`` says of it: a build asks for the key a
#: score of times (every runtime file, archive and page script), and the npm runtime alone is 13 MB.
_DIGESTS: dict[tuple[Path, int, int, int], bytes] = {}


def _file_digest(path: Path) -> bytes:
    """The file's SHA-256, hashed again whenever the file changed (``make serve`` rebuilds in the
    same process)."""
    stat = path.stat()
    key = (path, stat.st_ino, stat.st_size, stat.st_mtime_ns)
    if key not in _DIGESTS:
        _DIGESTS[key] = hashlib.sha256(path.read_bytes()).digest()
    return _DIGESTS[key]


def _inputs() -> Iterator[tuple[str, Path]]:
    for name in (*COPIED, STDLIB, LOCK):
        yield f"pyodide/{name}", PYODIDE_DIR / name
    yield "tool.mjs", DRIVER
    for path in sorted(PROGRAMS.glob("*.py")):
        yield f"in_pyodide/{path.name}", path
    yield "snapshot-memory.mjs", SNAPSHOT_FORMAT
    yield "stored-zip.mjs", STORED_ZIP


def _node_version() -> str:
    result = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def _build(work: Path) -> None:
    """Writes the lock file, then records, compiles and verifies the closure and the checker, in
    one Node process (each process compiles the 9.6 MB wasm anew)."""
    source = work / "source.zip"
    _write_checker_archive(source)
    _write_minimal_lock(work / LOCK)
    recorded_json, verified_json, restored_json, languages_json = _run_in_pyodide(
        work, [_recording(work, source), *_verifications(work)]
    )
    recorded: dict[str, Any] = json.loads(recorded_json)
    outputs = recorded["outputs"]
    verified = json.loads(verified_json)
    if verified["outputs"] != outputs:
        raise RuntimeBuildError("with the trimmed stdlib, the checker answers differently")
    by_language = json.loads(languages_json)
    if from_source := verified["from_source"] + by_language["from_source"]:
        raise RuntimeBuildError(f"modules compiled from source: {from_source}")
    if json.loads(restored_json)["outputs"] != outputs:
        raise RuntimeBuildError("started from the memory snapshot, the checker answers differently")
    _check_languages(dict(zip(every_walk(), outputs, strict=True)), by_language["outputs"])
    listed = [*recorded["files"], *(f"{APP_DIR}/{name}" for name in recorded["checker"])]
    (work / MODULE_LIST).write_text("\n".join(listed) + "\n", encoding="utf-8")
    source.unlink()
    size = work / f"{SNAPSHOT}.json"
    memory_bytes = json.loads(size.read_text(encoding="utf-8"))["memoryBytes"]
    record = {"memoryBytes": memory_bytes, "outputs": outputs, "by_language": by_language["outputs"]}
    (work / SNAPSHOT_RECORD).write_text(json.dumps(record), encoding="utf-8")
    size.unlink()
    (work / SNAPSHOT).unlink()  # checked; the worker makes its own


def _check_languages(every: dict[str, str], by_language: dict[str, list[str]]) -> None:
    """Each language's archive answers the requests in its language as the archive of every
    language does (only a language it does not carry is told otherwise: not among its own)."""
    for lang, outputs in by_language.items():
        for request, output in zip(walk(lang), outputs, strict=True):
            if request.startswith("{") and json.loads(request)["lang"] == lang and every[request] != output:
                raise RuntimeBuildError(f"the checker archive of {lang} answers differently: {request}")


def _write_checker_archive(path: Path) -> None:
    """The archive the worker unpacks into APP_DIR."""
    path.write_bytes(checker_archive())


def _write_minimal_lock(path: Path) -> None:
    """The npm lock file's ``info`` (Pyodide checks its ABI version at start-up), no packages."""
    info = json.loads((PYODIDE_DIR / LOCK).read_text(encoding="utf-8"))["info"]
    path.write_text(json.dumps({"info": info, "packages": {}}, sort_keys=True), encoding="utf-8")


def _recording(work: Path, source: Path) -> dict[str, Any]:
    """The run that records the closure with the full standard library, then compiles it and the
    checker into ``work``."""
    record = {
        "archives": [{"path": str(source), "extractDir": APP_DIR}],
        "probe": True,
        "env": COMPILE_ENV,
        **_program(
            "record_and_compile",
            margin=MARGIN,
            optimize=OPTIMIZE,
            stdlib=f"{WORK_MOUNT}/{STDLIB}",
            catalogs={lang: catalog_member(lang) for lang in _languages()},
            archives={
                f"{WORK_MOUNT}/{CHECKER_ARCHIVE}": _languages(),
                **{
                    f"{WORK_MOUNT}/{LANGUAGE_ARCHIVE.format(lang=lang)}": sorted({lang, policy_language()})
                    for lang in _languages()
                },
            },
        ),
    }
    record["mounts"] = [[str(work), WORK_MOUNT], *record["mounts"]]
    return record


def _verifications(work: Path) -> list[dict[str, Any]]:
    """The runs that start from the built files as the browser does: one answers (and says which
    modules it compiled from source), then takes a memory snapshot the way the worker does on a
    reader's first visit (``web/checker-worker.js``: the walk answered, the garbage collected);
    one starts from that snapshot and answers, letting an exception cross into JavaScript and
    using the event loop, as a worker may; the last answers each language's walk with that
    language's archive alone."""
    runtime = {"stdLib": str(work / STDLIB), "lockFile": str(work / LOCK)}
    built = {**runtime, "archives": [{"path": str(work / CHECKER_ARCHIVE), "extractDir": APP_DIR}]}
    snapshot = str(work / SNAPSHOT)
    languages = _languages()
    each = {
        "archives": [
            {"path": str(work / LANGUAGE_ARCHIVE.format(lang=lang)), "extractDir": f"{LANGUAGES_AT}/{lang}"}
            for lang in languages
        ],
        **_program("by_language", walks={lang: walk(lang) for lang in languages}, root=LANGUAGES_AT),
    }
    return [
        {**built, "makeSnapshot": snapshot, **_program("verify")},
        {**built, "probe": True, "loadSnapshot": snapshot, **_program("verify")},
        {**runtime, **each},
    ]


def _program(name: str, **params: object) -> dict[str, Any]:
    """A run's ``mounts`` and ``code``: ``policy_site/in_pyodide/<name>.py``'s ``main`` called with
    the checker's folder, entry point and every language's walk, and ``params``."""
    arguments = {
        "app": APP_DIR,
        "entry": [ENTRY_MODULE, ENTRY_FUNCTION],
        "payloads": every_walk(),
        **params,
    }
    code = (
        f"import sys\nsys.path.insert(0, {PROGRAMS_AT!r})\n"
        f"from {PROGRAMS.name}.{name} import main\nmain({json.dumps(arguments)!r})"
    )
    return {"mounts": [[str(PROGRAMS), f"{PROGRAMS_AT}/{PROGRAMS.name}"]], "code": code}


def _run_in_pyodide(work: Path, runs: list[dict[str, Any]]) -> list[str]:
    """Runs the Node driver on one job; each run is a fresh interpreter. Returns their values."""
    job = work / "job.json"
    result = work / "result.json"
    spec = {
        "indexURL": f"{PYODIDE_DIR}/",
        "module": PYODIDE_MODULE,
        "result": str(result),
        "runs": runs,
    }
    job.write_text(json.dumps(spec), encoding="utf-8")
    completed = subprocess.run(
        ["node", str(DRIVER), str(job)], capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise RuntimeBuildError(f"Pyodide build step failed:\n{completed.stderr[-4000:]}")
    values: list[str] = json.loads(result.read_text(encoding="utf-8"))
    job.unlink()
    result.unlink()
    return values

