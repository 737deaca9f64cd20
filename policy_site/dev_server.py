"""What ``mkdocs serve`` redoes before each rebuild, so that every edit reaches the served site.

MkDocs imports the hook files once per process and calls ``on_startup`` once. Left at that, the
hooks would keep the checker and the build logic they first imported (the rules, the text/rules
check, the browser bundle cached per process) and the catalogs would stay as ``make catalogs``
compiled them. So before each rebuild the modules of the watched folders (hooks included) are
forgotten, for the rebuild to import them afresh, and the catalogs edited since their last
compilation are compiled.

This module itself is never forgotten: it keeps what MkDocs says only once, the command.

The dev server also injects its live-reload script into every page it serves; the site's CSP
forbids inline scripts, and must still forbid every other one while serving (a ``<script>`` in a
previewed page must not run in the maintainer's browser). So the script is injected as one text,
the same for every page and rebuild, which the CSP allows by its hash: MkDocs's own script, its two
values read from its element's data attributes instead of written into it.
"""

from __future__ import annotations

import base64
import gettext
import hashlib
import importlib
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from markupsafe import Markup
from mkdocs import livereload
from mkdocs.config import config_options
from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger("dev_server")

#: What MkDocs was started for: ``serve``, ``build`` or ``gh-deploy``.
_command = "build"

#: Each file of the watched folders with its modification time and size.
Fingerprint = frozenset[tuple[str, int, int]]
#: MkDocs's live-reload script, its page's epoch and request id read from ``data-epoch`` and
#: ``data-request`` on its own ``<script>`` element (``partials/dev/live-reload.html``).
LIVE_RELOAD = livereload._SCRIPT_TEMPLATE.substitute(
    epoch="+document.currentScript.dataset.epoch",
    request_id="+document.currentScript.dataset.request",
)


def started(command: str) -> None:
    """Records the command MkDocs gives ``on_startup``, which it calls once per process."""
    global _command
    _command = command


def serving() -> bool:
    """True under ``mkdocs serve``: the site is built for this machine, not for publishing."""
    return _command == "serve"


def live_reload_source() -> str:
    """The CSP source that allows the live-reload script, and no other inline script."""
    digest = hashlib.sha256(LIVE_RELOAD.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def with_live_reload(content: bytes, epoch: int) -> bytes:
    """A served page with the live-reload script before ``</body>`` (or at its end), where MkDocs
    puts its own (``LiveReloadServer._inject_js_into_html``, which this replaces)."""
    from policy_site.templates import render  # as it is now: imported afresh

    script = render(
        "dev/live-reload.html",
        epoch=epoch,
        request=time.monotonic_ns() // 1_000_000,
        script=Markup(LIVE_RELOAD),
    )
    end = content.rfind(b"</body>")
    end = len(content) if end < 0 else end
    return content[:end] + script.encode() + content[end:]


class FreshRebuild:
    """The dev server's rebuild (``build``), run with the watched folders' code imported afresh
    and the catalogs compiled. Compiling a catalog writes into a watched folder, which asks for
    one more rebuild: a rebuild that finds every file as the last build did is skipped."""

    def __init__(self, build: Callable[[], None], watched: Iterable[str]) -> None:
        self.build = build
        self.watched = tuple(Path(path).resolve() for path in watched)
        self.last: Fingerprint | None = None
        # Bytecode written into a watched folder would ask for a rebuild too.
        sys.dont_write_bytecode = True

    def __call__(self) -> None:
        forget_modules(self.watched)
        compile_changed_catalogs()
        now = fingerprint(self.watched)
        if now == self.last:
            log.info("Nothing changed since the last build but the compiled catalogs")
            return
        self.build()
        self.last = now


def forget_modules(folders: tuple[Path, ...]) -> None:
    """Forgets the modules loaded from ``folders`` (but this one) and the hook files MkDocs has
    loaded, and empties gettext's cache of catalogs, so that the next import reads them again."""
    for name, module in list(sys.modules.items()):
        origin = getattr(module, "__file__", None)
        if name == __name__ or not origin:
            continue
        if any(Path(origin).resolve().is_relative_to(folder) for folder in folders):
            del sys.modules[name]
    config_options.Hooks._load_hook.cache_clear()
    # gettext.translation() keeps every catalog it has read, by path, for the process's life.
    vars(gettext)["_translations"].clear()
    importlib.invalidate_caches()


def compile_changed_catalogs() -> None:
    """Compiles each ``.po`` catalog newer than its ``.mo`` (``make catalogs`` compiles them all)."""
    from policy_site.catalogs import DOMAINS, compile_catalog  # as it is now: imported afresh

    for domain in DOMAINS:
        for _lang, po in domain.po_files():
            mo = po.with_suffix(".mo")
            if not mo.exists() or mo.stat().st_mtime_ns < po.stat().st_mtime_ns:
                log.info(f"Compiling {po}")
                compile_catalog(po)


def fingerprint(paths: tuple[Path, ...]) -> Fingerprint:
    """Every file under ``paths`` (and each path that is a file), bytecode caches left out."""
    files = [
        file
        for path in paths
        for file in ([path] if path.is_file() else path.rglob("*"))
        if file.is_file() and "__pycache__" not in file.parts
    ]
    return frozenset(
        (str(file), stat.st_mtime_ns, stat.st_size) for file in files for stat in [file.stat()]
    )
