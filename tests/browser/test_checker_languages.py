"""A checker page downloads its own language's catalog and the policy's (the fallback), no other
language's, before and after it is ready: every page links an archive that holds those two, and a
page in the browser fetches no other; a language its worker does not carry is answered, as an
error, in the policy's language, as the checker with those two catalogs alone answers it."""

from __future__ import annotations

import importlib
import io
import json
import posixpath
import re
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Request

from checker import catalog
from checker.catalog import languages
from checker.web import check_json
from policy_site.checker_archive import catalog_member
from policy_site.pyodide_wiring import ARCHIVE_FILE, CHECKER_FOLDER, PAGE_SCRIPT_FILE, WORKER_FILE
from tests.browser.browsing import Browsing
from tests.browser.pages import PURCHASED, wait_ready
from tests.support.languages import POLICY_LANGUAGE, SAMPLE, prefix
from tools.bench import mark_time
from tools.engines import ANSWERS, worker_script

#: The module (``checker.explain`` is also the name of its function, which the package exports).
EXPLAIN = importlib.import_module("checker.explain")


def checker_files(requests: list[Request]) -> list[str]:
    """The names of the checker's own files the page and its worker asked for."""
    return [request.url.rpartition("/")[2] for request in requests if f"/{CHECKER_FOLDER}/" in request.url]


def catalogs(archive: bytes) -> set[str]:
    """The languages whose catalog ``archive`` holds."""
    names = zipfile.ZipFile(io.BytesIO(archive)).namelist()
    return {lang for lang in languages() if catalog_member(lang) in names}


def linked(site: Path, url: str, text: str, pattern: str) -> tuple[str, str]:
    """The built file that ``text`` (the file at site-relative ``url``) links to by ``pattern``'s
    group: its site-relative URL and its text."""
    found = re.search(pattern, text)
    assert found, f"{url} links to nothing like {pattern}"
    target = posixpath.normpath(posixpath.join(posixpath.dirname(url), found[1]))
    return target, (site / target).read_text(encoding="utf-8", errors="replace")


@pytest.mark.parametrize("lang", languages())
def test_each_page_links_an_archive_with_its_catalog_and_the_policys_alone(
    lang: str, built_site: Path
) -> None:
    """The page's script starts its language's worker, which unpacks its language's archive."""
    url = f"{prefix(lang)}checker/index.html"
    html = (built_site / url).read_text(encoding="utf-8")
    script = linked(built_site, url, html, rf'src="([^"]*{PAGE_SCRIPT_FILE.pattern(lang)})"')
    worker = linked(built_site, *script, rf'"(\./{WORKER_FILE.pattern(lang)})"')
    archive, _ = linked(built_site, *worker, rf'"(\./{ARCHIVE_FILE.pattern(lang)})"')
    assert catalogs((built_site / archive).read_bytes()) == {lang, POLICY_LANGUAGE}


def test_a_page_downloads_no_other_catalog_and_answers_a_language_it_lacks_in_the_policys(
    browsing: Browsing, built_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lang = SAMPLE[1]  # a translation: its page's worker carries it and the policy's language
    other = next(code for code in languages() if code not in {lang, POLICY_LANGUAGE})
    fields = {"problem": "changed_mind", "purchased": PURCHASED.isoformat(), "requested": PURCHASED.isoformat()}
    requests = [
        json.dumps({"fields": fields, "lang": code, "today": PURCHASED.isoformat()})
        for code in (other, lang)
    ]
    page = browsing.open(f"{prefix(lang)}checker/")
    wait_ready(page)
    mark_time(page, "worker:snapshot-stored", timeout_s=60)  # what a first visit fetches, all of it
    page.wait_for_load_state("networkidle")

    asked = checker_files(browsing.requests)
    archives = {name for name in asked if name.endswith(".zip")}
    assert len(archives) == 1 and re.fullmatch(ARCHIVE_FILE.pattern(lang), next(iter(archives))), asked
    others = {code for code in languages() if code != lang}
    assert not [name for name in asked if any(f"-{code}." in name for code in others)], asked

    worker = browsing.site_url + worker_script(built_site, lang)
    not_carried, carried = (
        json.loads(answer)
        for answer in page.evaluate(ANSWERS, {"worker": worker, "requests": requests})
    )

    assert carried == json.loads(check_json(requests[1]))  # its own language: every catalog's answer
    # The checker with only the worker's two catalogs, as the build compiled it for this page.
    with monkeypatch.context() as patched:
        patched.setattr(catalog, "languages", lambda: (POLICY_LANGUAGE, lang))
        patched.setattr(EXPLAIN, "languages", lambda: (POLICY_LANGUAGE, lang))
        expected = json.loads(check_json(requests[0]))
    assert not_carried == expected
    assert not_carried["error"] == "unknown_lang"
    assert json.loads(check_json(requests[0])) != expected  # on CPython, `other` has its catalog
