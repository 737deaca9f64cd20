"""The test server sends what a host sends: the ``_headers`` rules of the path that was asked for
(a page served from its ``.br`` copy keeps its revalidation), a 4xx for a path no host would
serve, and never the ``_headers`` file itself."""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit

import pytest

from tools.static_server import SiteServer


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


def test_compressed_pages_keep_the_headers_of_their_path(site_server: SiteServer) -> None:
    base = urlsplit(site_server.url).path
    for path in (base, f"{base}en/", f"{base}index.html"):
        response = get(site_server, path)
        assert response.status == 200 and response.getheader("Content-Encoding") == "br", path
        assert "max-age=0" in (response.getheader("Cache-Control") or ""), path


def test_paths_no_host_serves_are_refused_without_a_traceback(
    site_server: SiteServer, capsys: pytest.CaptureFixture[str]
) -> None:
    base = urlsplit(site_server.url).path
    for path in (f"{base}a%00b", f"{base}{'a' * 5000}", f"{base}_headers", "/" + "x" * 70_000):
        status = get(site_server, path, raw=True).status
        assert 400 <= status < 500, (path[:40], status)
    assert get(site_server, base).status == 200  # and the server still answers
    assert "Traceback" not in capsys.readouterr().err
