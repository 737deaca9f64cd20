"""Every internal link and anchor of the built site resolves: pages, assets, and every ``#id``,
including the checker's clause links (kept in a ``<template>``) in every language."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from checker.clauses import Clause
from tests.support.html import parse

LINK = re.compile(r'(?:href|src)="([^"]+)"')


def target_file(site: Path, url_path: str, root_path: str) -> Path:
    """The file the site serves at ``url_path``, the site being served from ``root_path``."""
    path = site / unquote(url_path).removeprefix(root_path)
    return path / "index.html" if url_path.endswith("/") or path.is_dir() else path


@cache
def ids_of(page: Path) -> frozenset[str]:
    return frozenset(parse(page.read_text(encoding="utf-8")).ids)


def broken_links(site: Path, site_url: str) -> list[str]:
    origin = site_url.rstrip("/")
    broken = []
    for page in sorted(site.rglob("*.html")):
        page_url = site_url + page.relative_to(site).as_posix().removesuffix("index.html")
        for link in LINK.findall(page.read_text(encoding="utf-8")):
            absolute = urljoin(page_url, link.replace("&amp;", "&"))
            if not absolute.startswith(origin):
                continue  # mailto:, the WhatsApp link: not part of the site
            parts = urlsplit(absolute)
            target = target_file(site, parts.path, urlsplit(site_url).path)
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {link} (no {target.relative_to(site)})")
            elif (
                parts.fragment and target.suffix == ".html" and parts.fragment not in ids_of(target)
            ):
                broken.append(f"{page.relative_to(site)}: {link} (no #{parts.fragment})")
    return broken


def test_every_internal_link_and_anchor_resolves(built_site: Path, site_url: str) -> None:
    assert broken_links(built_site, site_url) == []


def test_checker_clause_links_in_every_language(built_site: Path) -> None:
    """The links the checker shows point at the clause on the same language's policy page."""
    for checker in sorted(built_site.glob("**/checker/index.html")):
        html = checker.read_text(encoding="utf-8")
        clause_links = re.findall(r'<a data-clause="(clause-[\d-]+)" href="([^"]+)"', html)
        assert len(clause_links) == len(Clause)
        policy = checker.parent.parent / "index.html"
        for clause, href in clause_links:
            assert href == f"../#{clause}"
            assert clause in ids_of(policy)


def test_a_broken_anchor_is_reported(tmp_path: Path) -> None:
    """The checker of links itself finds a missing page and a missing anchor."""
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<a href="a/#nowhere">x</a><a href="b/">y</a>', "utf-8")
    (tmp_path / "a" / "index.html").write_text('<p id="here"></p>', "utf-8")
    broken = broken_links(tmp_path, "http://127.0.0.1:1/")
    assert len(broken) == 2
