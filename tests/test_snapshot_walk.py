"""The snapshot's walks are derived from the checker's questions and decision table: each
language's reaches every answer the rules give and the refusals the page can meet, all in that
language, and the answers each language's worker checks a stored snapshot against are those of the
checker with that language's catalogs alone."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from checker.catalog import languages, policy_language
from checker.model import Outcome, Reason
from checker.web import check_json
from policy_site.bundle import answers_digest
from policy_site.pyodide_runtime import snapshot_answers
from policy_site.pyodide_wiring import WORKER_FILE
from policy_site.snapshot_walk import UNKNOWN_LANGUAGE, every_walk, walk

REFUSALS = {"missing_field", "invalid_date", "purchase_in_future", "request_before_purchase",
            "unknown_lang", "invalid_json", "not_an_object"}  # fmt: skip


def answers(lang: str) -> list[dict[str, Any]]:
    return [json.loads(check_json(request)) for request in walk(lang)]


@pytest.mark.parametrize("lang", languages())
def test_each_walk_reaches_every_outcome_every_reason_and_the_refusals(lang: str) -> None:
    given = answers(lang)
    assert {answer.get("outcome") for answer in given} >= set(Outcome)
    assert {answer.get("reason") for answer in given} >= set(Reason)
    assert {answer.get("error") for answer in given} >= REFUSALS


@pytest.mark.parametrize("lang", languages())
def test_each_walk_is_in_its_language_and_the_policys(lang: str) -> None:
    """A page's worker carries its language's catalog and the policy's: its walk asks for
    nothing else, but a language it does not carry (answered in the policy's language); every
    form is in its language."""
    asked = {json.loads(request).get("lang") for request in walk(lang) if request.startswith("{")}
    assert {lang, UNKNOWN_LANGUAGE} <= asked <= {lang, policy_language(), UNKNOWN_LANGUAGE}
    answered = {answer["lang"] for answer in answers(lang) if "lang" in answer}
    assert answered == {lang}


def test_every_walk_is_each_languages_walk_once() -> None:
    assert set(every_walk()) == {request for lang in languages() for request in walk(lang)}
    assert len(every_walk()) == len(set(every_walk()))


@pytest.mark.parametrize("lang", languages())
def test_the_first_request_is_a_complete_form_that_gets_an_answer(lang: str) -> None:
    """The first request is the one a restored snapshot answers first: an answer, not an error."""
    first = answers(lang)[0]
    assert "error" not in first and first["outcome"] in set(Outcome)


def test_the_walk_does_not_depend_on_the_day() -> None:
    """Every request says its own day, so its answers are the same whenever the site is built."""
    assert all(json.loads(request)["today"] for request in every_walk() if request.startswith("{"))


def test_each_worker_checks_a_snapshot_against_its_archives_own_answers(built_site: Path) -> None:
    """The answers the build recorded for a language are the command line's checker's, except
    where a worker carries fewer catalogs: the unknown language's error lists only its own."""
    for lang in languages():
        source = WORKER_FILE.in_site(built_site, lang).read_text(encoding="utf-8")
        shipped_walk = json.loads(re.search(r"const WALK = (.*);\n", source)[1])  # type: ignore[index]
        shipped_digest = json.loads(re.search(r"const WALK_ANSWERS = (.*);\n", source)[1])  # type: ignore[index]
        requests, recorded = snapshot_answers(lang)
        assert tuple(shipped_walk) == walk(lang) == requests
        assert shipped_digest == answers_digest(recorded)
        carried = ", ".join(dict.fromkeys((policy_language(), lang)))
        for request, answer in zip(requests, recorded, strict=True):
            expected = json.loads(check_json(request))
            if expected.get("error") == "unknown_lang":
                expected = json.loads(check_json(request).replace(", ".join(languages()), carried))
            assert json.loads(answer) == expected, request
