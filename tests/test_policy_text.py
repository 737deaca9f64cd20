"""The French text, its translations and the rules agree, as the build checks them: every figure
of the French is the figure of ``checker/policy.py`` for its version, every other number is listed
as no rule, every translation has the French's parts, in order, with the same figures; and a
disagreement is named precisely.

The French words and figures come from their homes (``docs/index.fr.md``, ``PHRASES``,
``FIGURES``), so these tests hold whatever the policy says."""

from __future__ import annotations

import dataclasses

from checker.policy import FIGURES, PHRASES, REQUEST_DEADLINE_DAYS, Phrase, Version, latest_version
from policy_site.config import DOCS
from policy_site.consistency import disagreements
from policy_site.figures import french_problems, translation_problems, untracked_numbers
from policy_site.segments import Page, parse_page, read_page
from policy_site.translations import DESCRIPTION
from tests.support.languages import LANGUAGES

FRENCH = DOCS / f"index.{LANGUAGES[0]}.md"
#: ``docs/index.fr.md`` holds the newest version (in force, or upcoming).
NEWEST = latest_version()
TIME_LIMIT = next(phrase for phrase in PHRASES if f"{{{REQUEST_DEADLINE_DAYS.name}}}" in phrase.words)
WHERE = "docs/index.fr.md"


def said(phrase: Phrase, version: Version, **figures: int) -> str:
    """The French words of ``phrase`` with the version's figures (or those given)."""
    return phrase.words.format(**({f.name: f.on(version) for f in FIGURES} | figures))


def changed_french(old: str, new: str) -> Page:
    source = FRENCH.read_text(encoding="utf-8")
    assert old in source, f"{old!r} is not in {FRENCH}"
    return parse_page(source.replace(old, new))


def test_the_real_tree_agrees() -> None:
    """Whatever the state of the translations (lagging parts are exempt: they show the French)."""
    assert disagreements(DOCS, LANGUAGES[1:]) == []


def test_a_french_figure_that_is_not_the_rules_is_named() -> None:
    limit = REQUEST_DEADLINE_DAYS.on(NEWEST)
    wrong = said(TIME_LIMIT, NEWEST, **{REQUEST_DEADLINE_DAYS.name: limit * 2})
    page = changed_french(said(TIME_LIMIT, NEWEST), wrong)
    (problem,) = french_problems(page, NEWEST, WHERE)
    assert TIME_LIMIT.clause in problem
    assert f"« {wrong} »" in problem
    assert REQUEST_DEADLINE_DAYS.name in problem and str(limit) in problem


def test_french_words_the_rules_read_cannot_vanish() -> None:
    page = changed_french(said(TIME_LIMIT, NEWEST), "")
    (problem,) = french_problems(page, NEWEST, WHERE)
    assert TIME_LIMIT.clause in problem and "no longer says" in problem


def test_a_number_no_figure_reads_stops_the_build() -> None:
    """« Passé ce délai de 10 jours »: a number that is neither a figure of the rules nor listed
    as no rule is named, with its clause and what to do."""
    first_sentence_end = said(TIME_LIMIT, NEWEST)
    untracked = max(f.on(NEWEST) for f in FIGURES) + 3
    page = changed_french(first_sentence_end, f"{first_sentence_end} (ou {untracked} jours)")
    (problem,) = untracked_numbers(page, WHERE)
    assert TIME_LIMIT.clause in problem and f"says {untracked}," in problem
    assert "NOT_RULE_NUMBERS" in problem
    assert untracked_numbers(read_page(FRENCH), WHERE) == []


def with_part(page: Page, part: str, markdown: str) -> Page:
    segments = tuple(
        dataclasses.replace(s, markdown=markdown) if s.id == part else s for s in page.segments
    )
    return Page(page.meta, segments)


def test_a_translation_with_other_figures_is_named_unless_its_part_is_outdated() -> None:
    """A "translation" made of the French itself, one figure changed: only that part is named."""
    french = read_page(FRENCH)
    clause = french.get(TIME_LIMIT.clause)
    assert clause is not None
    limit = str(REQUEST_DEADLINE_DAYS.on(NEWEST))
    wrong = with_part(french, clause.id, clause.markdown.replace(limit, "99" + limit, 1))
    problems = translation_problems(french, wrong, [], "en")
    assert [p.split(":")[0] for p in problems] == [f"en {clause.id}"]
    assert translation_problems(french, wrong, [clause.id], "en") == []


def test_a_description_with_other_figures_is_named() -> None:
    french = read_page(FRENCH)
    meta = {**french.meta, DESCRIPTION: "A 99-day time limit."}
    wrong = Page(meta, french.segments)
    assert [p.split(":")[0] for p in translation_problems(french, wrong, [], "en")] == ["en description"]
