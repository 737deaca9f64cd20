"""The French text, its translations and the rules agree, as the build checks them: every figure
of the French is the figure of ``checker/policy.py`` for its version, every translation has the
French's parts, in order, with the same figures; and a disagreement is named precisely."""

from __future__ import annotations

from checker.policy import REQUEST_DEADLINE_DAYS, current_version, terms_of
from policy_site.config import ROOT
from policy_site.consistency import disagreements
from policy_site.figures import french_problems, translation_problems
from policy_site.segments import parse_page, read_page
from policy_site.translations import DESCRIPTION
from tests.support.languages import LANGUAGES

DOCS = ROOT / "docs"
FRENCH = DOCS / f"index.{LANGUAGES[0]}.md"


def test_the_real_tree_agrees() -> None:
    assert disagreements(DOCS, LANGUAGES[1:]) == []


def changed_french(old: str, new: str) -> str:
    source = FRENCH.read_text(encoding="utf-8")
    assert old in source
    return source.replace(old, new)


def test_a_french_figure_that_is_not_the_rules_is_named() -> None:
    limit = terms_of(current_version()).request_deadline_days
    page = parse_page(changed_french(f"délai de {limit} jours suivant", f"délai de {limit * 2} jours suivant"))
    (problem,) = french_problems(page, current_version(), "docs/index.fr.md")
    assert "clause-2" in problem
    assert f"« dans un délai de {limit * 2} jours suivant l’achat »" in problem
    assert REQUEST_DEADLINE_DAYS.name in problem and str(limit) in problem


def test_french_words_the_rules_read_cannot_vanish() -> None:
    page = parse_page(changed_french("jours suivant l’achat", "jours après l’achat"))
    (problem,) = french_problems(page, current_version(), "docs/index.fr.md")
    assert "clause-2" in problem and "no longer says" in problem


def test_a_translation_with_other_figures_is_named_unless_its_part_is_outdated() -> None:
    french = read_page(FRENCH)
    english_file = DOCS / f"index.{LANGUAGES[1]}.md"
    limit = str(terms_of(current_version()).request_deadline_days)
    wrong = parse_page(english_file.read_text(encoding="utf-8").replace(f" {limit} days of", " 99 days of"))
    problems = translation_problems(french, wrong, [], "en")
    assert [p.split(":")[0] for p in problems] == ["en clause-2"]
    assert translation_problems(french, wrong, ["clause-2"], "en") == []


def test_a_description_with_other_figures_is_named() -> None:
    french = read_page(FRENCH)
    english = read_page(DOCS / f"index.{LANGUAGES[1]}.md")
    meta = {**english.meta, DESCRIPTION: "A 99-day time limit."}
    wrong = type(english)(meta, english.segments)
    assert [p.split(":")[0] for p in translation_problems(french, wrong, [], "en")] == ["en description"]
