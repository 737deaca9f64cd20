"""The test server sends what a host sends: the ``_headers`` rules of the path that was asked for
(a page served from its ``.br`` copy keeps its revalidation), a 4xx for a path no host would
serve, and never the ``_headers`` file itself."""

from __future__ import annotations

import http.client
import socket
import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from policy_site.pyodide_wiring import WASM, shipped
from tests.conftest import SUBPATH
from tools.static_server import SiteServer


@pytest.fixture
def own_server(built_site: Path) -> Iterator[SiteServer]:
    """A server of the test's own on the run's site, in this process: what it writes to stderr
    is the test's to read."""
    with SiteServer(built_site, prefix=SUBPATH) as server:
        yield server


def get(server: SiteServer, path: str, raw: bool = False) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    if raw:  # the path as given, unquoted bytes included
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
    else:
        connection.request("GET", path, headers={"Accept-Encoding": "br"})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def test_compressed_pages_keep_the_headers_of_their_path(own_server: SiteServer) -> None:
    base = urlsplit(own_server.url).path
    for path in (base, f"{base}en/", f"{base}index.html"):
        response = get(own_server, path)
        assert response.status == 200 and response.getheader("Content-Encoding") == "br", path
        assert "max-age=0" in (response.getheader("Cache-Control") or ""), path


def test_paths_no_host_serves_are_refused_without_a_traceback(
    own_server: SiteServer, capsys: pytest.CaptureFixture[str]
) -> None:
    base = urlsplit(own_server.url).path
    for path in (f"{base}a%00b", f"{base}{'a' * 5000}", f"{base}_headers", "/" + "x" * 70_000):
        status = get(own_server, path, raw=True).status
        assert 400 <= status < 500, (path[:40], status)
    assert get(own_server, base).status == 200  # and the server still answers
    assert "Traceback" not in capsys.readouterr().err


def test_a_reader_who_leaves_mid_download_leaves_no_traceback(
    own_server: SiteServer, built_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page closed during a download (every browser test closes its pages) is no error."""
    wasm = shipped(built_site, WASM)
    path = urlsplit(own_server.url).path + wasm.relative_to(built_site).as_posix()
    with socket.create_connection(("127.0.0.1", own_server.port), timeout=10) as reader:
        reader.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        assert reader.recv(64).startswith(b"HTTP/1.0 200")
        reader.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # a reset
    deadline = time.monotonic() + 10
    while any(thread.name.endswith("(process_request_thread)") for thread in threading.enumerate()):
        assert time.monotonic() < deadline, "the server is still sending"
        time.sleep(0.05)
    assert get(own_server, urlsplit(own_server.url).path).status == 200
    assert "Traceback" not in capsys.readouterr().err
