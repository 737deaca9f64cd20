"""Every page's own controls speak its language: Material's palette toggle, the headings'
permalinks and the clause links (named by their number, never by their id); and the policy page
leads to the checker."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

import pytest

from checker.clauses import Clause
from policy_site import messages as t
from policy_site.clauses import clause_number
from policy_site.i18n import site_text
from tests.support.html import built_page
from tests.support.languages import LANGUAGES, prefix


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_palette_toggle_is_named_in_the_page_language(built_site: Path, lang: str) -> None:
    names = set(re.findall(r'title="([^"]+)" for="__palette_\d"', built_page(built_site, lang)))
    assert names == {site_text(lang, t.PALETTE_TO_DARK), site_text(lang, t.PALETTE_TO_LIGHT)}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_links_to_headings_and_clauses_are_named_in_the_page_language(
    built_site: Path, lang: str
) -> None:
    page = built_page(built_site, lang)
    titles = set(re.findall(r'<a class="headerlink" href="#[^"]+" title="([^"]+)"', page))
    assert titles == {site_text(lang, t.SECTION_LINK)}
    items = re.findall(r'<a class="headerlink clause-link" href="#([^"]+)" title="([^"]+)" aria-label="([^"]+)"', page)
    assert items, "no link to the list-item clauses"
    for clause, title, label in items:
        assert title == label == site_text(lang, t.CLAUSE_LINK, number=clause_number(clause))
        assert clause not in label  # read aloud as « clause 1.1 », never « clause-1-1 »


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_policy_leads_to_the_checker(built_site: Path, lang: str) -> None:
    page = built_page(built_site, lang)
    link = re.search(r'<p class="checker-link"><a href="([^"]+)">([^<]+)</a></p>\s*<h2 id="([^"]+)"', page)
    assert link, "no link to the checker"
    assert (link[1], link[3]) == ("checker/", Clause.CONDITIONS)  # before clause 1: on a phone's first screen
    assert html_lib.unescape(link[2]) == site_text(lang, t.CHECKER_LINK)
    assert (built_site / prefix(lang) / "checker" / "index.html").exists()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_checker_page_holds_its_fallback_in_its_language(built_site: Path, lang: str) -> None:
    """Shown when Python cannot run, and without JavaScript (<noscript>): the page's language."""
    page = built_page(built_site, lang, "checker")
    text = html_lib.escape(site_text(lang, t.FALLBACK), quote=False)
    assert page.count(text) == 2
