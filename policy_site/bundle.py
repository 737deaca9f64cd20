"""The checker's files for the browser: the trimmed Pyodide runtime, and for each language the
checker archive (with that language's catalog and the policy's language's), the worker that walks
that language's requests and the page script that starts it, each under a content-hashed name (the
runtime in a hashed folder, since Pyodide finds its own files by fixed names), so hosts can cache
them for a year.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from policy_site.config import ROOT
from policy_site.pyodide_runtime import (
    language_archives,
    lock_file_contents,
    runtime_files,
    snapshot_answers,
)
from policy_site.pyodide_wiring import (
    APP_DIR,
    ARCHIVE_FILE,
    ASM_MODULE,
    CHECKER_FOLDER,
    ENTRY_FUNCTION,
    ENTRY_MODULE,
    FETCHED,
    HASH_LENGTH,
    LOAD_OPTIONS,
    PAGE_SCRIPT_FILE,
    PYODIDE_MODULE,
    RUNTIME_FOLDER_PREFIX,
    WASM,
    WORKER_FILE,
    hashed,
)

WEB = ROOT / "web"


@dataclass(frozen=True)
class Bundle:
    """The built files (site-relative path -> bytes or source file) and each language's page
    script's URL."""

    files: dict[str, bytes | Path]
    page_scripts: dict[str, str]

    def write(self, site: Path) -> None:
        """Writes every file into ``site``; files already there are left as they are (the i18n
        plugin builds once per language into the same folder)."""
        for relative, content in self.files.items():
            target = site / relative
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, Path):
                shutil.copyfile(content, target)
            else:
                target.write_bytes(content)


@cache
def build() -> Bundle:
    """Builds everything once per process (the i18n plugin rebuilds the site per language)."""
    runtime = runtime_files()
    runtime_dir = f"{RUNTIME_FOLDER_PREFIX}{files_hash(runtime)}"
    snapshot_format = (WEB / "snapshot-memory.mjs").read_bytes()
    snapshot_format_name = hashed("snapshot-memory", ".mjs", snapshot_format)
    stored_zip = (WEB / "stored-zip.mjs").read_text(encoding="utf-8")
    unpacker = stored_zip[stored_zip.index("export function") :].removeprefix("export ")
    files: dict[str, bytes | Path] = {
        **{f"{runtime_dir}/{name}": source for name, source in runtime.items()},
        f"{CHECKER_FOLDER}/{snapshot_format_name}": snapshot_format,
    }
    page_scripts = {}
    for lang, archive in language_archives().items():
        archive_name = ARCHIVE_FILE.name(lang, archive)
        # The worker makes the snapshot and keeps it under this name, which changes with the
        # runtime, the checker and the language (never a file of the site: nothing is served there).
        snapshot_key = hashed(f"python-memory-{lang}", ".snapshot", runtime_dir.encode() + archive)
        fetched = sum(runtime[name].stat().st_size for name in FETCHED) + len(archive)
        walk, answers = snapshot_answers(lang)
        worker = fill(
            (WEB / "checker-worker.js").read_text(encoding="utf-8"),
            __RUNTIME__=f"../{Path(runtime_dir).name}/",
            __ARCHIVE__=f"./{archive_name}",
            __LOAD_OPTIONS__=LOAD_OPTIONS,
            __LOCK_FILE__=json.dumps(lock_file_contents()),
            __FETCHED__=json.dumps(FETCHED),
            __APP_DIR__=json.dumps(APP_DIR),
            __PYODIDE_MODULE__=json.dumps(PYODIDE_MODULE),
            __ASM_MODULE__=json.dumps(ASM_MODULE),
            __WASM__=json.dumps(WASM),
            __ENTRY_MODULE__=json.dumps(ENTRY_MODULE),
            __ENTRY_FUNCTION__=json.dumps(ENTRY_FUNCTION),
            __SNAPSHOT_KEY__=f"./{snapshot_key}",
            __SNAPSHOT_FORMAT__=f"./{snapshot_format_name}",
            __SNAPSHOT_WALK__=json.dumps(walk, ensure_ascii=False),
            __SNAPSHOT_ANSWERS__=json.dumps(answers_digest(answers)),
            __DOWNLOAD_BYTES__=str(fetched),
            __STORED_ZIP__=unpacker,
        ).encode()
        worker_name = WORKER_FILE.name(lang, worker)
        page = fill(
            (WEB / "checker-page.js").read_text(encoding="utf-8"), __WORKER__=f"./{worker_name}"
        ).encode()
        page_name = PAGE_SCRIPT_FILE.name(lang, page)
        files |= {
            f"{CHECKER_FOLDER}/{archive_name}": archive,
            f"{CHECKER_FOLDER}/{worker_name}": worker,
            f"{CHECKER_FOLDER}/{page_name}": page,
        }
        page_scripts[lang] = f"{CHECKER_FOLDER}/{page_name}"
    return Bundle(files, page_scripts)


def answers_digest(answers: list[str]) -> str:
    """The SHA-256 (hex) of the walk's answers, one per line, as the worker computes it: what a
    stored snapshot must give back before the worker trusts it."""
    return hashlib.sha256("\n".join(answers).encode()).hexdigest()


def page_script_url(lang: str) -> str:
    """Site-relative URL of the script of ``lang``'s checker page."""
    return build().page_scripts[lang]


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        if key not in template:
            raise ValueError(f"{key} is not in the template")
        template = template.replace(key, value)
    return template


def files_hash(files: dict[str, Path]) -> str:
    digest = hashlib.sha256()
    for name, path in sorted(files.items()):
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:HASH_LENGTH]
