"""Every internal link and anchor of the built site resolves: pages, assets, every ``#id`` and the
``hreflang`` alternates, including the checker's clause links (kept in a ``<template>``) in every
language. The build checks it too (hooks/site_links.py)."""

from __future__ import annotations

import re
from pathlib import Path

from checker.clauses import Clause
from policy_site.links import broken_links, ids_of


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
    """The checker of links itself finds a missing page, a missing anchor and an alternate that
    drops a folder (``/en/changes/`` for ``/en/versions/changes/``)."""
    (tmp_path / "a").mkdir()
    alternate = '<link rel="alternate" hreflang="en" href="http://127.0.0.1:1/en/changes/">'
    page = f'{alternate}<a href="a/#nowhere">x</a><a href="b/">y</a><a href="a/#here">z</a>'
    (tmp_path / "index.html").write_text(page, "utf-8")
    (tmp_path / "a" / "index.html").write_text('<p id="here"></p>', "utf-8")
    broken = broken_links(tmp_path, "http://127.0.0.1:1/")
    assert [line.split(": ", 1)[1] for line in broken] == [
        "http://127.0.0.1:1/en/changes/ (no en/changes/index.html)",
        "a/#nowhere (no #nowhere)",
        "b/ (no b/index.html)",
    ]
