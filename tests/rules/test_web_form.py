"""The page's entry point asks every question the form shows: a question left unanswered, or
emptied, is an error at that question, never its default. The request date is the case: the page
fills it in with the reader's today, and a reader who clears it has not said when they send the
request. The command line and batch mode keep their defaults (today)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from checker.batch import run_batch
from checker.catalog import languages
from checker.check import check
from checker.contact import Contact
from checker.explain import error_message
from checker.parse import InputError
from checker.policy import latest_version
from checker.web import check_json

#: A day under the newest version of the policy, and a purchase two days before it.
TODAY = latest_version().effective + timedelta(days=10)
PURCHASED = TODAY - timedelta(days=2)
#: A form with every question it shows answered.
COMPLETE = {
    "problem": "not_delivered",
    "support": "not_contacted",
    "purchased": PURCHASED.isoformat(),
    "requested": TODAY.isoformat(),
}
CONTACT = Contact("Smarters Pro", "support@example.com", "+00 000 000 000", "https://wa.me/0")
#: What an emptied request date can reach the entry point as: the page's empty field, a blank, a
#: JSON null, or no key at all.
EMPTIED: dict[str, Any] = {"empty": "", "blank": "  ", "null": None, "absent": ...}


def web(fields: dict[str, Any], lang: str) -> dict[str, Any]:
    payload = {"fields": fields, "lang": lang, "today": TODAY.isoformat()}
    return dict(json.loads(check_json(json.dumps(payload))))


def emptied(fields: dict[str, Any], how: str) -> dict[str, Any]:
    value = EMPTIED[how]
    rest = {name: given for name, given in fields.items() if name != "requested"}
    return rest if value is ... else {**rest, "requested": value}


def missing(field: str, lang: str) -> dict[str, str]:
    message = error_message(InputError("missing_field", field), lang, written_dates=True)
    return {"code": "missing_field", "field": field, "message": message}


@pytest.mark.parametrize("how", EMPTIED)
@pytest.mark.parametrize("lang", languages())
def test_an_emptied_request_date_is_an_error_at_that_question(how: str, lang: str) -> None:
    assert "error" not in web(COMPLETE, lang), "the complete form is answered"
    result = web(emptied(COMPLETE, how), lang)
    assert (result["error"], result["field"]) == ("missing_field", "requested"), result
    assert result["errors"] == [missing("requested", lang)]
    assert result["message"] == missing("requested", lang)["message"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_emptied_request_date_is_said_with_the_other_errors_in_the_forms_order(
    lang: str,
) -> None:
    fields = {**emptied(COMPLETE, "empty"), "support": "", "purchased": "not a date"}
    result = web(fields, lang)
    assert [error["field"] for error in result["errors"]] == ["purchased", "requested", "support"]
    assert result["errors"][1] == missing("requested", lang)
    assert result["errors"][2] == missing("support", lang)


@pytest.mark.parametrize("how", EMPTIED)
def test_the_command_line_and_batch_mode_keep_today_as_the_request_date(how: str) -> None:
    fields = emptied(COMPLETE, how)
    expected = check(COMPLETE, "en", TODAY, CONTACT).to_json()
    assert check(fields, "en", TODAY, CONTACT).to_json() == expected
    (line,) = run_batch([json.dumps({**fields, "lang": "en"})], TODAY, CONTACT)
    assert line == expected
