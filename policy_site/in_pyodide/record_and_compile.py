"""Runs in Pyodide with the full standard library: records the modules the checker's calls import
(plus a margin), then byte-compiles them and the checker's modules that were imported, into the
standard library's zip and the checker's archives (one per set of catalogs). Recording comes
first, so the compiler's own imports are not counted. The zips are stored, not deflated: hosts
compress them in transit, and brotli does far better on the whole than deflate does file by file."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

from .calls import answers, loaded_from, stdlib_prefix

if TYPE_CHECKING:
    import zipfile


def main(params_json: str) -> str:
    params = json.loads(params_json)
    app = params["app"]
    outputs = answers(app, params["entry"], params["payloads"])
    for name in params["margin"]:
        __import__(name)
    prefix = stdlib_prefix()
    files = sorted({origin[len(prefix) :] for origin in loaded_from(prefix).values()})
    modules = sorted({os.path.relpath(origin, app) for origin in loaded_from(app + "/").values()})
    # Imported once the closure is recorded: the compiler's own modules are not the checker's.
    import zipfile

    with zipfile.ZipFile(prefix[:-1]) as source_zip, zipfile.ZipFile(params["stdlib"], "w") as out:
        for name in files:
            code = compiled(source_zip.read(name), prefix + name, params["optimize"])
            out.writestr(entry(name[:-3] + ".pyc"), code)
    # The checker as the worker unpacks it: the modules its calls imported, compiled in place
    # (sourceless .pyc), and its data files; each archive with the catalogs of its languages.
    shipped = {}
    for folder, _, names in os.walk(app):
        for name in names:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, app)
            if relative.endswith(".py") and relative not in modules:
                continue
            with open(path, "rb") as handle:
                data = handle.read()
            if relative.endswith(".py"):
                shipped[relative[:-3] + ".pyc"] = compiled(data, path, params["optimize"])
            else:
                shipped[relative] = data
    catalogs = {name: lang for lang, name in params["catalogs"].items()}  # member -> language
    for archive, languages in params["archives"].items():
        with zipfile.ZipFile(archive, "w") as out:
            for name in sorted(shipped):
                if catalogs.get(name, languages[0]) in languages:
                    out.writestr(entry(name), shipped[name])
    return json.dumps({"outputs": outputs, "files": files, "checker": modules})


def compiled(source: bytes, name: str, optimize: int) -> bytes:
    """``source`` compiled as ``name``, without a timestamp (reproducible)."""
    import py_compile

    with open("/tmp/source.py", "wb") as handle:
        handle.write(source)
    py_compile.compile(
        "/tmp/source.py",
        cfile="/tmp/compiled.pyc",
        dfile=name,
        doraise=True,
        optimize=optimize,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    with open("/tmp/compiled.pyc", "rb") as handle:
        return handle.read()


def entry(name: str) -> zipfile.ZipInfo:
    """A stored member with a fixed time and mode."""
    import zipfile

    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
    return info
