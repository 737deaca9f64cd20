"""Every text the checker can show exists in every site language, and says what it must.

A catalog that lacks a message silently falls back to the English id, so these tests look each
message up with a fallback that marks it missing instead.
"""

from __future__ import annotations

import gettext
import json
from datetime import date
from pathlib import Path

import pytest

from checker import dates
from checker import messages as m
from checker.catalog import (
    DOMAIN,
    LOCALES,
    Plural,
    languages,
    localize,
    policy_language,
    translations,
)
from checker.check import check
from checker.dates import DATE_PATTERN, MONTHS, WEEKDAYS, AsTyped, format_date
from checker.explain import error_message
from checker.parse import InputError
from checker.policy import FIGURES
from checker.questions import BY_NAME

MSGID_LANGUAGE = "en"  # the message ids are English: its catalog repeats them

MISSING = "\x00missing\x00"


class Missing(gettext.NullTranslations):
    """The fallback of a catalog under test: a message it lacks comes back as ``MISSING``."""

    def gettext(self, message: str) -> str:
        return MISSING

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return MISSING


def catalog(lang: str) -> gettext.NullTranslations:
    """``lang``'s compiled catalog, falling back to ``MISSING`` rather than to English."""
    found = gettext.translation(DOMAIN, localedir=str(LOCALES), languages=[lang])
    found.add_fallback(Missing())  # gettext.translation returns a copy: the app's is untouched
    return found


def untranslated(lang: str, messages: list[str | Plural]) -> list[str | Plural]:
    """The messages ``lang`` lacks; a plural message must have every form it needs."""
    translated = catalog(lang)

    def texts(message: str | Plural) -> list[str]:
        if isinstance(message, Plural):
            return [translated.ngettext(*message, n) for n in range(0, 201)]
        return [translated.gettext(message)]

    return [message for message in messages if {MISSING, ""} & set(texts(message))]


#: Every message of the checker, whatever its group.
EVERY_MESSAGE = [
    value
    for group in (m.OUTCOME_TITLES, m.EXCEPTION_TITLES, m.REASON_TITLES, m.REASON_EXPLANATIONS,
                  m.STEPS, m.STEPS_FOR_REASON, m.WHAT_TO_SEND, m.EMAIL_BUTTONS, m.EMAIL_SUBJECTS,
                  m.EMAIL_BODIES, m.ERRORS)
    for value in group.values()
] + [
    m.DISCLAIMER, m.DAYS_SINCE_FACT, m.DEADLINE_FACT, m.DAYS_LEFT_FACT, m.PROCESSED_BY_FACT,
    m.LIMIT_ENDED_FACT, m.VERSION_PAST, m.VERSION_BEFORE_FIRST, m.ANSWERED_ON, m.NAME_PLACEHOLDER,
    m.PURCHASE_EMAIL_PLACEHOLDER, m.ORDER_PLACEHOLDER, m.DETAILS_PLACEHOLDER,
    m.ON_TIME_IF_SENT_BY_FACT,
    *m.LATE_WITH_TIME_LEFT.values(), *m.EMAIL_SUBJECTS_FOR_REASON.values(),
    *m.EMAIL_BODIES_FOR_REASON.values(),
    *(text for figure in FIGURES for text in (figure.label, figure.unit)),
]  # fmt: skip


def test_the_policy_language_comes_first() -> None:
    """French, the policy's language, is the default of every answer (tests/test_languages.py
    checks that the catalogs are the site's languages)."""
    assert languages()[0] == policy_language()


@pytest.mark.parametrize("lang", languages())
def test_every_message_has_a_text(lang: str) -> None:
    """Titles, explanations, steps, facts, emails, errors, in this language, plural forms too."""
    assert untranslated(lang, EVERY_MESSAGE) == []


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
    "purchase_in_future": ("purchased", "2999-01-01", "2999-01-01"),
    "unknown_key": ("", "suport", "suport"),
    "duplicate_key": ("", "problem", "problem"),
    "line_too_long": ("", "56", "56"),
    "cannot_write": ("", "No space left on device", "No space left on device"),
    "output_closed": ("", "", None),
    "contact_not_toml": ("", "contact.toml", "contact.toml"),
    "contact_missing": ("email", "contact.toml", "email"),
    "contact_unknown_key": ("mail", "contact.toml", "mail"),
    "input_not_a_file": ("", "/dev/zero", "/dev/zero"),
    "invalid_text": ("problem", "", None),
    "contact_no_file": ("", "", None),
    "contact_unreadable": ("", "contact.toml", "contact.toml"),
    "contact_not_a_file": ("", "/dev/zero", "/dev/zero"),
    "contact_too_large": ("", "contact.toml", "contact.toml"),
    "contact_hidden_characters": ("company", "contact.toml", "company"),
    "contact_bad_email": ("email", "contact.toml", "email"),
    "contact_bad_whatsapp_url": ("whatsapp_url", "contact.toml", "whatsapp_url"),
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
    elif code in ("missing_field", "invalid_text"):
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


#: A figure of days can become any number: each language must agree with each, as its
#: Plural-Forms say (Arabic has six forms).
DAYS = (1, 2, 3, 7, 11, 14, 100)
#: What Arabic says of a number of days, by form: one, two, a few (3-10: the plural), many
#: (11-99: the singular, in the accusative, « يومًا », or in a construct, « يومَ عمل »), a hundred
#: and the like. The other languages' forms are checked by their number.
MANY = ("يومًا", "يومَ")
ARABIC_DAYS = {1: ("يوم",), 2: ("يوم",), 3: ("أيام",), 7: ("أيام",), 11: MANY, 14: MANY, 100: ("يوم",)}


@pytest.mark.parametrize("days", DAYS)
@pytest.mark.parametrize("lang", languages())
def test_numbers_of_days_read_correctly(lang: str, days: int) -> None:
    """Every message with a number of days, filled with ``days``: a text of its own plural form,
    holding the number (a form that spells the number out, like the Arabic dual, may leave it),
    and in Arabic the noun that agrees with it."""
    translation = translations(lang)
    plural_messages = [message for message in EVERY_MESSAGE if isinstance(message, Plural)]
    assert plural_messages
    for message in plural_messages:
        text = localize(
            translation, message, limit=days, first_day=1, last_day=days, deadline=AsTyped("D"),
            received=AsTyped("R"), last=AsTyped("L"), days=days, name="N", purchase_email="E",
            order="O", purchased="P", problem="Q", details="X",
        )  # fmt: skip
        assert text.strip() and "{" not in text, (lang, days, text)
        if lang == "ar":
            assert any(word in text for word in ARABIC_DAYS[days]), (days, text)
            assert days > 10 or not any(word in text for word in MANY), (days, text)
        elif lang != MSGID_LANGUAGE or days != 1:
            assert str(days) in text, (lang, days, text)
    singular, plural = (localize(translation, plural_messages[0], limit=n) for n in (1, 7))
    assert singular != plural or lang in {"en"}  # the English id says "within 1 day" too


#: Every case of the scenario table, answered on its request day and on its purchase day (when
#: the request day may still be ahead).
CASES = json.loads((Path(__file__).with_name("cases.json")).read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("lang", languages())
def test_the_roles_of_dates_leave_every_answer_as_it_was(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dates have roles so that a language with cases can inflect them (``checker/dates.py``);
    the site's languages write a date in every role of an answer as they write it alone, so
    their answers read as they did before roles existed: each answer of the scenario table, with
    its dates in their roles, is the answer with every date written alone."""
    answers = [
        check(case["input"], lang, date.fromisoformat(case["input"][day])).to_json()
        for case in CASES
        for day in ("requested", "purchased")
    ]
    alone = dates.write_date
    monkeypatch.setattr(dates, "write_date", lambda day, translation, role="": alone(day, translation))
    assert answers == [
        check(case["input"], lang, date.fromisoformat(case["input"][day])).to_json()
        for case in CASES
        for day in ("requested", "purchased")
    ]
