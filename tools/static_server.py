"""Builds the site for a given address and serves it on 127.0.0.1 as a static host would: with
the site's ``_headers`` (CSP, caching) and its precompressed ``.br`` / ``.gz`` files. The tests,
the benchmark and the audit all use it, so they measure what a real host would send."""

from __future__ import annotations

import fnmatch
import functools
import http.server
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import ClassVar, cast

from policy_site.config import ROOT


def build_site(
    site_dir: Path, site_url: str | None = None, project: Path = ROOT, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``project`` into ``site_dir``, with that project's own packages
    first on the path; with ``check``, raises with MkDocs' output on any warning."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(project))
    if site_url:
        env["SITE_URL"] = site_url
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    result = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True)
    if check and result.returncode:
        raise RuntimeError(f"mkdocs build failed:\n{result.stderr}")
    return result


#: A ``_headers`` file's rules: (path pattern, [(header, value)]).
Rules = list[tuple[str, list[tuple[str, str]]]]


def read_headers(site: Path) -> Rules:
    """The rules of a Netlify/Cloudflare ``_headers`` file: (path pattern, headers)."""
    rules: Rules = []
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


class HeaderRules:
    """The ``_headers`` rules of a site as its file stands now: read again whenever the file
    changes (or appears: a site built after its server started)."""

    def __init__(self, site: Path) -> None:
        self.path = site / "_headers"
        self.lock = threading.Lock()
        self.stamp: tuple[int, int] | None = None
        self.rules: Rules = []

    def current(self) -> Rules:
        try:
            status = self.path.stat()
            stamp: tuple[int, int] | None = (status.st_mtime_ns, status.st_size)
        except OSError:
            stamp = None
        with self.lock:
            if stamp != self.stamp:
                self.rules, self.stamp = read_headers(self.path.parent), stamp
            return self.rules


class Handler(http.server.SimpleHTTPRequestHandler):
    rules: ClassVar[HeaderRules]
    #: What was sent, as it ended: (ms since the epoch, path as requested, bytes with headers).
    sent: ClassVar[list[tuple[float, str, int]]] = []
    prefix = "/"
    extensions_map = {  # noqa: RUF012 - the base class's own attribute, extended
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
    }
    _encoding = ""
    _requested = ""  # the URL path as asked for, which ``_headers`` rules are matched against
    _header_bytes = 0

    def translate_path(self, path: str) -> str:
        # Serve the site under ``prefix`` (e.g. /policy/), as a host with a subpath would.
        if path.startswith(self.prefix):
            path = "/" + path[len(self.prefix) :]
        return super().translate_path(path)

    def send_head(self):  # type: ignore[no-untyped-def]
        """Serve ``file.br`` / ``file.gz`` when present and accepted, as static hosts do; a path
        no host would serve (a NUL, a name too long, the ``_headers`` file) is refused."""
        url_path = self.path.split("?", 1)[0]
        self._requested = url_path
        try:
            path = Path(self.translate_path(url_path))
            if path.name == "_headers":  # the host's own configuration
                self.send_error(404)
                return None
            if path.is_dir() and url_path.endswith("/"):
                path, url_path = path / "index.html", url_path + "index.html"
            accepted = self.headers.get("Accept-Encoding", "")
            for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
                compressed = path.with_name(path.name + suffix)
                if encoding in accepted and path.is_file() and compressed.is_file():
                    self._encoding = encoding
                    self._original_type = super().guess_type(str(path))
                    self.path = url_path + suffix
                    break
            return super().send_head()
        except (OSError, ValueError):  # a name too long for the file system, an embedded NUL
            self._encoding = ""
            self.send_error(400)
            return None

    def guess_type(self, path):  # type: ignore[no-untyped-def]
        if self._encoding and str(path).endswith((".br", ".gz")):
            return self._original_type
        return super().guess_type(path)

    def end_headers(self) -> None:
        if self._encoding:
            self.send_header("Content-Encoding", self._encoding)
            self.send_header("Vary", "Accept-Encoding")
        path = self._requested or getattr(self, "path", "").split("?", 1)[0]
        if path.startswith(self.prefix):
            path = "/" + path[len(self.prefix) :]
        for pattern, headers in self.rules.current():
            if fnmatch.fnmatch(path, pattern.replace(":splat", "*")):
                for name, value in headers:
                    if name.lower() != "content-type":  # already sent by the handler
                        self.send_header(name, value)
        self._header_bytes = sum(len(line) for line in getattr(self, "_headers_buffer", []))
        super().end_headers()

    def copyfile(self, source, outputfile):  # type: ignore[no-untyped-def]
        start = source.tell()
        super().copyfile(source, outputfile)
        size = source.tell() - start + self._header_bytes
        self.sent.append((time.time() * 1000, self._requested, size))

    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """A threaded server that says nothing of a browser that goes away.

    Its queue of connections not yet accepted holds 128, where ``socketserver`` keeps 5: three
    browsers opening pages at once overflowed 5 about a dozen times per run of the browser tests
    (the kernel's ``ListenOverflows``), and each overflow left a request waiting for its
    connection to be tried again, a second at first, then two, four...: a page's load could
    time out on a loaded machine."""

    request_queue_size = 128

    def handle_error(self, request: object, client_address: object) -> None:
        """A browser that goes away mid-response (a test's page closed, a reload) is not the
        server's error: a host says nothing of it, and neither does this one."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class SiteServer:
    """``with SiteServer(site) as server: server.url`` — a threaded server on a free port. The site
    may be built after the server starts (the tests build it for the server's address): its
    ``_headers`` are read as the file stands when a response is sent."""

    def __init__(self, site: Path, prefix: str = "/") -> None:
        self.root = site
        # A subclass per server, so two servers (tests, bench) never share their rules.
        handler = cast(
            type[Handler], type("SiteHandler", (Handler,), {"prefix": prefix, "sent": []})
        )
        handler.rules = HeaderRules(site)
        self.handler = handler
        self.httpd = QuietServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
        self.port = int(self.httpd.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}{prefix}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def sent(self, since: float = 0.0) -> list[tuple[float, str, int]]:
        """The responses sent since ``since`` (ms since the epoch): (end, requested path, bytes)."""
        return [entry for entry in self.handler.sent if entry[0] >= since]

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
