"""The policy over time, followed as the README's walkthrough tells a maintainer, in a copy of the
project: a figure changed in the French alone stops the build; ``make policy-version`` starts a
new version 40 days ahead, with new figures. Built today, the site keeps the text in force at
``/`` with a notice of the new one, publishes the new text under ``versions/<date>/``, and every
link resolves; the command line answers under either version (``--today``). Built for the day it
takes effect (``BUILD_DATE``), the new text is at ``/`` and the old one archived.

Every word and figure comes from its home (``PHRASES``, ``FIGURES``, ``VERSIONS``), so the walk
holds whatever the policy says today."""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from checker.calendar_fr import nth_jour_ouvrable_after
from checker.catalog import localize, translations
from checker.policy import (
    FIGURES,
    PHRASES,
    PROCESSING_FIRST_DAY,
    PROCESSING_LAST_DAY,
    REQUEST_DEADLINE_DAYS,
    Figure,
    Version,
    archive_path,
    latest_version,
    next_version,
    version_on,
)
from policy_site import messages as t
from policy_site.build_day import build_day
from policy_site.clauses import part_label
from policy_site.figures import DESCRIPTION_PHRASES
from policy_site.i18n import site_text
from policy_site.links import broken_links
from policy_site.translations import status
from policy_site.versions import changes_page
from tests.browser.pages import fill_form
from tests.support.html import built_page
from tests.support.languages import LANGUAGES, prefix
from tests.support.project import make, project_copy, run_tool
from tools.static_server import SiteServer

TODAY = build_day()
NEWEST = latest_version()
#: In 40 days, and after the newest version: upcoming when built today.
EFFECTIVE = max(TODAY, NEWEST.effective) + timedelta(days=40)
#: The version the walkthrough starts (the copy's ``VERSIONS`` gains it; this process's does not).
NEXT = Version(NEWEST.number + 1, EFFECTIVE)
LOCAL = "http://127.0.0.1:8000/"


def figures_of(version: Version) -> dict[str, int]:
    return {figure.name: figure.on(version) for figure in FIGURES}


OLD = figures_of(NEWEST)
#: The version in force today: the newest, or an older one while the newest is upcoming.
IN_FORCE = version_on(TODAY)
#: The version the notice on today's root announces: the next after the one in force.
ANNOUNCED = next_version(IN_FORCE) or NEXT
#: The new version's figures: a longer time limit, processing a day later.
NEW = {
    REQUEST_DEADLINE_DAYS.name: OLD[REQUEST_DEADLINE_DAYS.name] * 2,
    PROCESSING_FIRST_DAY.name: OLD[PROCESSING_FIRST_DAY.name] + 1,
    PROCESSING_LAST_DAY.name: OLD[PROCESSING_LAST_DAY.name] + 1,
}
#: The clauses whose French the walkthrough changes (the parts translations then lag in).
CHANGED = sorted({phrase.clause.value for phrase in PHRASES})


def said(words: str, figures: dict[str, int]) -> str:
    return words.format(**figures)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def give_new_value(policy: Path, figure: Figure, number: int, value: int) -> None:
    """``Figure("NAME", Clause.X, {1: 7})`` -> ``{1: 7, 2: 14}`` in ``checker/policy.py``."""
    text = policy.read_text(encoding="utf-8")
    declaration = re.compile(rf'(Figure\("{figure.name}", [^{{]*\{{[^}}]*)\}}')
    assert declaration.search(text), figure.name
    policy.write_text(declaration.sub(rf"\1, {number}: {value}}}", text, count=1), "utf-8")


def change_the_french(project: Path) -> None:
    """Step 2 and 3 of the README: the French says the new figures, and so do the rules."""
    french = project / "docs" / "index.fr.md"
    for words in [phrase.words for phrase in PHRASES] + list(DESCRIPTION_PHRASES):
        edit(french, said(words, OLD), said(words, NEW))
    policy = project / "checker" / "policy.py"
    for figure in FIGURES:
        give_new_value(policy, figure, NEWEST.number + 1, NEW[figure.name])


def test_a_figure_changed_in_the_french_alone_stops_the_build(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    phrase = next(p for p in PHRASES if f"{{{REQUEST_DEADLINE_DAYS.name}}}" in p.words)
    edit(project / "docs" / "index.fr.md", said(phrase.words, OLD), said(phrase.words, NEW))
    result = make(project, "build", SITE_URL=LOCAL)
    assert result.returncode != 0
    assert phrase.clause.value in result.stderr
    assert f"« {said(phrase.words, NEW)} »" in result.stderr
    assert REQUEST_DEADLINE_DAYS.name in result.stderr


@dataclass(frozen=True)
class Walk:
    project: Path
    today: Path  # the site built today: the new version upcoming
    effective: Path  # the site built for the day it takes effect
    server: SiteServer  # serves ``effective``
    logs: tuple[str, ...]  # what each build printed


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Walk]:
    """The README's walkthrough, command for command, in a copy; its site built today and for
    the day the new version takes effect."""
    project = project_copy(tmp_path_factory.mktemp("versions") / "project")
    started = make(project, "policy-version", f"EFFECTIVE={EFFECTIVE}")
    assert started.returncode == 0, started.stderr
    change_the_french(project)
    built = make(project, "build", SITE_URL=LOCAL)
    assert built.returncode == 0, built.stderr
    today = project / "site-today"
    shutil.move(project / "site", today)
    with SiteServer(project / "site", prefix="/") as server:
        effective = make(project, "build", SITE_URL=server.url, BUILD_DATE=EFFECTIVE.isoformat())
        assert effective.returncode == 0, effective.stderr
        logs = (built.stdout + built.stderr, effective.stdout + effective.stderr)
        yield Walk(project, today, project / "site", server, logs)


def answer(project: Path, purchased: date, *more: str) -> dict[str, object]:
    result = run_tool(
        project, "checker", "--purchased", purchased.isoformat(),
        "--problem", "not_delivered", "--json", "--lang", LANGUAGES[1], *more,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout)
    return found


def test_policy_version_refuses_a_day_not_after_today(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    not_after_today = (
        (TODAY.isoformat(), "not after today")
        if NEWEST.effective < TODAY
        else (NEWEST.effective.isoformat(), "after the newest one")
    )
    for bad, said_ in [
        not_after_today,
        ("2027-02-30", "no such day"),
        ("20270101", "YYYY-MM-DD"),
        ("2027-W01-1", "YYYY-MM-DD"),
        (f"{EFFECTIVE};echo INJECTED", "YYYY-MM-DD"),
    ]:
        refused = make(project, "policy-version", f"EFFECTIVE={bad}")
        assert refused.returncode != 0, bad
        assert said_ in refused.stderr, (bad, refused.stderr)
        assert "INJECTED" not in refused.stdout
    assert not (project / "docs" / archive_path(NEWEST)).exists()
    assert (project / "checker" / "policy.py").read_text("utf-8") == (
        Path(__file__).parents[2] / "checker" / "policy.py"
    ).read_text("utf-8")


def test_the_builds_list_no_page_outside_the_nav(walk: Walk) -> None:
    """The past versions and the comparisons are linked from the versions page: MkDocs's list
    of the pages not in the nav (each, in each language, at each build) says nothing useful."""
    for log in walk.logs:
        assert "Documentation built" in log
        assert "not included in the" not in log, log


def test_built_today_the_text_in_force_stays_at_the_root(walk: Walk) -> None:
    time_limit = next(p for p in PHRASES if f"{{{REQUEST_DEADLINE_DAYS.name}}}" in p.words)
    root = built_page(walk.today, LANGUAGES[0])
    assert said(time_limit.words, figures_of(IN_FORCE)) in root
    assert said(time_limit.words, NEW) not in root
    notice = re.search(r'<div class="upcoming-notice"[^>]*data-upcoming="([^"]+)"(.*?)</div>', root, re.S)
    assert notice and notice[1] == ANNOUNCED.effective.isoformat()
    assert root.index('class="upcoming-notice"') < root.index('id="clause-1"')
    assert f'href="./{archive_path(ANNOUNCED)}"' in notice[2]
    assert f'href="./{changes_page(ANNOUNCED)}"' in notice[2]
    upcoming = built_page(walk.today, LANGUAGES[0], archive_path(NEXT))
    assert said(time_limit.words, NEW) in upcoming
    assert 'data-version-state="upcoming"' in upcoming
    listing = built_page(walk.today, LANGUAGES[1], "versions")
    current = re.search(rf'data-version="{IN_FORCE.effective}" data-state="(\w+)">.*?<a href="([^"]+)"', listing, re.S)
    assert current and current.groups() == ("current", f"../../{prefix(LANGUAGES[1])}")
    assert f'data-version="{EFFECTIVE}" data-state="upcoming"' in listing
    assert broken_links(walk.today, LOCAL) == []


def test_every_alternate_of_the_comparison_resolves(walk: Walk) -> None:
    for site in (walk.today, walk.effective):
        comparison = built_page(site, LANGUAGES[-1], changes_page(NEXT))
        alternates = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)">', comparison)
        assert len(alternates) == len(LANGUAGES) + 1
        assert all("/versions/changes-" in href for href in alternates)


def test_the_command_line_answers_under_either_version(walk: Walk) -> None:
    now = answer(walk.project, TODAY, "--today", TODAY.isoformat())
    assert (now["policy_version"], now["policy_version_current"]) == (version_on(TODAY).effective.isoformat(), True)
    later = EFFECTIVE + timedelta(days=1)
    received = later + timedelta(days=NEW[REQUEST_DEADLINE_DAYS.name] - 1)
    after = answer(walk.project, later, "--today", received.isoformat())
    assert (after["policy_version"], after["policy_version_current"]) == (EFFECTIVE.isoformat(), True)
    assert (after["on_time"], after["version_note"]) == (True, "")
    assert after["deadline"] == (later + timedelta(days=NEW[REQUEST_DEADLINE_DAYS.name])).isoformat()
    assert after["answer_window"] == [
        nth_jour_ouvrable_after(received, NEW[PROCESSING_FIRST_DAY.name]).isoformat(),
        nth_jour_ouvrable_after(received, NEW[PROCESSING_LAST_DAY.name]).isoformat(),
    ]
    # A purchase made under the version in force today, answered once the new one is in force.
    before = answer(walk.project, TODAY, "--today", received.isoformat())
    assert (before["policy_version_current"], before["policy_version_page"]) == (False, archive_path(version_on(TODAY)))
    assert before["deadline"] == (TODAY + timedelta(days=REQUEST_DEADLINE_DAYS.on(IN_FORCE))).isoformat()


def test_built_the_day_it_takes_effect_the_new_text_is_at_the_root(walk: Walk) -> None:
    time_limit = next(p for p in PHRASES if f"{{{REQUEST_DEADLINE_DAYS.name}}}" in p.words)
    root = built_page(walk.effective, LANGUAGES[0])
    assert said(time_limit.words, NEW) in root and 'class="upcoming-notice"' not in root
    archived = built_page(walk.effective, LANGUAGES[0], archive_path(NEWEST))
    assert said(time_limit.words, OLD) in archived and "data-archived" in archived
    assert not (walk.effective / archive_path(NEXT)).exists()
    changes = built_page(walk.effective, LANGUAGES[0], changes_page(NEXT))
    limit = REQUEST_DEADLINE_DAYS.name
    assert re.search(
        rf"<del>(<span[^>]*>[^<]*</span>)?{OLD[limit]}</del>\s*<ins>(<span[^>]*>[^<]*</span>)?{NEW[limit]}</ins>", changes
    )
    for lang in LANGUAGES:
        assert figure_changes(built_page(walk.effective, lang, changes_page(NEXT))) == said_changes(lang)
    for lang in LANGUAGES[1:]:
        marked = re.findall(r'data-outdated-clause="([^"]+)"', built_page(walk.effective, lang))
        lagging = status(walk.project / "docs" / f"index.{lang}.md").outdated
        assert set(CHANGED) <= set(marked) == set(lagging) - {"description"}, lang
        assert said(time_limit.words, NEW) in built_page(walk.effective, lang)


def figure_changes(comparison: str) -> list[str]:
    """The comparison's list of the figures that changed, as a reader reads it (without the words
    only a screen reader says, « removed: », « added: »)."""
    found = re.search(r'<ul class="figure-changes">(.*?)</ul>', comparison, re.S)
    assert found, "no list of the figures that changed"
    shown = re.sub(r'<span class="visually-hidden"[^>]*>[^<]*</span>', "", found[1])
    return [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in re.findall(r"<li>(.*?)</li>", shown, re.S)]


def said_changes(lang: str) -> list[str]:
    """Each figure the walk changes, in ``lang``'s words: its clause, what it is, its old and new
    value with their unit (« Clause 2 — time limit for a refund request: 7 days → 14 days »)."""
    catalog = translations(lang)
    return [
        site_text(
            lang,
            t.FIGURE_CHANGE,
            clause=part_label(figure.clause.value, lang),
            figure=catalog.gettext(figure.label),
            old=localize(catalog, figure.unit, days=OLD[figure.name]),
            new=localize(catalog, figure.unit, days=NEW[figure.name]),
        )
        for figure in FIGURES
        if OLD[figure.name] != NEW[figure.name]
    ]


def test_the_comparison_says_the_figures_in_the_readers_words(walk: Walk) -> None:
    """Built today (the new version upcoming), the comparison page names no constant of the code
    in any language: each figure is its clause, what it is and its unit, in the page's words."""
    for lang in LANGUAGES:
        comparison = built_page(walk.today, lang, changes_page(NEXT))
        assert figure_changes(comparison) == said_changes(lang)
        assert not [figure.name for figure in FIGURES if figure.name in comparison]


def test_the_checker_page_links_an_old_purchase_to_its_version(browser: Browser, walk: Walk) -> None:
    """On a day the new version is in force, a purchase made before it is answered under the
    old one, whose archived text the answer links to."""
    lang, server = LANGUAGES[1], walk.server
    answered = EFFECTIVE + timedelta(days=2)
    with browser.new_context() as context:
        page_ = context.new_page()
        page_.clock.set_fixed_time(f"{answered.isoformat()}T12:00:00")
        page_.goto(f"{server.url}{prefix(lang)}checker/")
        page_.wait_for_selector("form#refund-checker[data-state=ready]", state="attached", timeout=90_000)
        fill_form(page_, {
            "problem": "not_delivered", "support": "not_contacted",
            "requested": answered.isoformat(), "purchased": (EFFECTIVE - timedelta(days=1)).isoformat(),
        })  # fmt: skip
        # Playwright's clock stands in for performance marks too: wait for the answer itself.
        page_.locator("form#refund-checker").evaluate("form => form.requestSubmit()")
        link = page_.locator("#version-link")
        link.wait_for(state="visible")
        assert link.get_attribute("href") == f"../{archive_path(NEWEST)}"
        link.click()
        page_.wait_for_url(f"{server.url}{prefix(lang)}{archive_path(NEWEST)}")
        assert page_.locator("[data-archived]").is_visible()
