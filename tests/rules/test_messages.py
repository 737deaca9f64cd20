"""Every text the checker can show exists in every site language, and says what it must.

A catalog that lacks a message silently falls back to the English id, so these tests look each
message up with a fallback that marks it missing instead.
"""

from __future__ import annotations

import gettext
from datetime import date

import pytest

from checker import messages as m
from checker.catalog import DOMAIN, LOCALES, languages, policy_language, translations
from checker.explain import DATE_PATTERN, MONTHS, WEEKDAYS, error_message, format_date
from checker.parse import InputError
from checker.questions import BY_NAME

MISSING = "\x00missing\x00"


class Missing(gettext.NullTranslations):
    """The fallback of a catalog under test: a message it lacks comes back as ``MISSING``."""

    def gettext(self, message: str) -> str:
        return MISSING


def catalog(lang: str) -> gettext.NullTranslations:
    """``lang``'s compiled catalog, falling back to ``MISSING`` rather than to English."""
    found = gettext.translation(DOMAIN, localedir=str(LOCALES), languages=[lang])
    found.add_fallback(Missing())  # gettext.translation returns a copy: the app's is untouched
    return found


def untranslated(lang: str, messages: list[str]) -> list[str]:
    translated = catalog(lang)
    return [message for message in messages if translated.gettext(message) in (MISSING, "")]


def test_the_policy_language_comes_first() -> None:
    """French, the policy's language, is the default of every answer (tests/test_languages.py
    checks that the catalogs are the site's languages)."""
    assert languages()[0] == policy_language()


@pytest.mark.parametrize("lang", languages())
def test_every_outcome_and_reason_has_a_text(lang: str) -> None:
    """The title of each outcome and the explanation of each reason, in this language."""
    texts = [*m.OUTCOME_TITLES.values(), *m.REASON_EXPLANATIONS.values()]
    assert untranslated(lang, texts) == []


@pytest.mark.parametrize("lang", languages())
def test_every_error_has_a_text(lang: str) -> None:
    assert untranslated(lang, list(m.ERRORS.values())) == []


@pytest.mark.parametrize("lang", languages())
def test_month_and_weekday_names_have_a_text(lang: str) -> None:
    """Dates are written out in the answer: an English month in an Arabic sentence would jar."""
    assert untranslated(lang, [*MONTHS, *WEEKDAYS, DATE_PATTERN]) == []


#: One refusal per error code, and what its message must show the customer to fix it.
#: ``None``: the message names the field by its form label instead.
REFUSALS: dict[str, tuple[str, str, str | None]] = {
    "missing_field": ("purchased", "", None),
    "invalid_date": ("purchased", "27/11/2026", "27/11/2026"),
    "impossible_date": ("purchased", "2026-02-30", "2026-02-30"),
    "date_out_of_range": ("purchased", "1999-12-31", "1999-12-31"),
    "request_before_purchase": ("requested", "2026-11-01", None),
    "unknown_problem": ("problem", "refund_me", "refund_me"),
    "unknown_app": ("app", "vlc", "vlc"),
    "unknown_support": ("support", "maybe", "maybe"),
    "unknown_lang": ("lang", "tlh", "tlh"),
    "invalid_json": ("", "12", "12"),
    "not_an_object": ("", "34", "34"),
    "cannot_read": ("", "requests.jsonl", "requests.jsonl"),
}


def test_every_error_code_is_exercised() -> None:
    assert set(REFUSALS) == set(m.ERRORS)


@pytest.mark.parametrize("lang", languages())
@pytest.mark.parametrize("code", sorted(REFUSALS))
def test_error_message_shows_what_to_fix(code: str, lang: str) -> None:
    """Each refusal is non-empty and quotes the offending value (or names the field)."""
    field, value, shown = REFUSALS[code]
    text = error_message(InputError(code, field, value), lang)
    assert text.strip()
    if shown is not None:
        assert shown in text
    elif code == "missing_field":
        assert translations(lang).gettext(BY_NAME[field].label) in text


@pytest.mark.parametrize("code", ["unknown_problem", "unknown_app", "unknown_support"])
def test_unknown_code_lists_the_valid_ones(code: str) -> None:
    field, value, _shown = REFUSALS[code]
    text = error_message(InputError(code, field, value), "en")
    assert all(choice in text for choice, _label in BY_NAME[field].choices)


def test_unknown_language_is_refused_in_french() -> None:
    """An unknown language cannot be answered in itself: French, the policy's language, is used."""
    error = InputError("unknown_lang", "lang", "tlh")
    assert error_message(error, "tlh") == error_message(error, policy_language())


def test_french_dates_are_written_out() -> None:
    """« jeudi 3 décembre 2026 »: the weekday, day, month and year, in French words."""
    text = format_date(date(2026, 12, 3), "fr")
    assert "décembre" in text and "2026" in text and "3" in text
    assert "jeudi" in text.lower()


def test_english_dates_are_written_out() -> None:
    assert format_date(date(2026, 12, 3), "en") == "Thursday 3 December 2026"
