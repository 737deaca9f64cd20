"""A static server for the built site on 127.0.0.1, honouring the site's ``_headers`` file, so the
tests and the benchmark see the caching and the CSP that a real static host would send."""

from __future__ import annotations

import fnmatch
import functools
import http.server
import threading
from pathlib import Path
from types import TracebackType


def read_headers(site: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """The rules of a Netlify/Cloudflare ``_headers`` file: (path pattern, headers)."""
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    path = site / "_headers"
    if not path.exists():
        return rules
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((line.strip(), []))
        elif rules:
            name, _sep, value = line.strip().partition(":")
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


class Handler(http.server.SimpleHTTPRequestHandler):
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    prefix = "/"
    extensions_map = {  # noqa: RUF012 - the base class's own attribute, extended
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
    }

    def translate_path(self, path: str) -> str:
        # Serve the site under ``prefix`` (e.g. /policy/), as a host with a subpath would.
        if path.startswith(self.prefix):
            path = "/" + path[len(self.prefix):]
        return super().translate_path(path)

    def end_headers(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith(self.prefix):
            path = "/" + path[len(self.prefix):]
        for pattern, headers in self.rules:
            if fnmatch.fnmatch(path, pattern.replace(":splat", "*")):
                for name, value in headers:
                    if name.lower() != "content-type":  # already sent by the handler
                        self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class SiteServer:
    """``with SiteServer(site) as server: server.url`` — a threaded server on a free port."""

    def __init__(self, site: Path, prefix: str = "/") -> None:
        handler = type("SiteHandler", (Handler,), {"rules": read_headers(site), "prefix": prefix})
        self.httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(site))
        )
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{prefix}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
