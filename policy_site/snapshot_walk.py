"""The requests the browser's entry point is walked through before a memory snapshot, derived from
the checker's own questions and decision table so that they cannot rot: one complete form (as the
page sends it: every question it shows answered) for every answer the rules give, in the policy's
language; one in every other language; and the refusals a page can meet.

The runtime build records what they import (the standard library is trimmed to it) and checks that
a Python started from the snapshot answers each of them as the build did; the worker walks them
before it takes its snapshot, and a later visit uses a stored snapshot only if it gives every one
of those answers (``web/checker-worker.js``).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from checker.catalog import languages, policy_language
from checker.policy import REQUEST_DEADLINE_DAYS, latest_version
from checker.questions import LANGUAGE_KEY, QUESTIONS, TODAY_KEY
from checker.table import Row, decision_rows

#: Calls that are not a form the page sends: what the entry point must survive.
MALFORMED = ("not json", "null", '{"fields": [], "lang": "fr", "today": "2000-01-01"}')


def walk() -> tuple[str, ...]:
    """Every request of the walk, as the page's script sends it (JSON); the first is a complete
    form, whose answer the worker checks first."""
    version = latest_version()  # what the build's checker is sure to know, whatever the day
    forms = [form(row, version.effective) for row in decision_rows(version)]
    first = forms[0]
    policy = policy_language()
    others = [lang for lang in languages() if lang != policy]
    requests = [payload(fields, policy, fields["requested"]) for fields in forms]
    requests += [payload(first, lang, first["requested"]) for lang in others]
    requests += [payload(fields, policy, first["requested"]) for fields in refused(first)]
    requests += [payload(first, "xx", first["requested"]), *MALFORMED]
    return tuple(requests)


def form(row: Row, purchased: date) -> dict[str, str]:
    """The fields a reader fills in to get ``row``'s answer: its problem, the questions the form
    then shows (the row's answer where it narrows one, else the first choice), and the dates."""
    on_time = True in row.on_time
    limit = REQUEST_DEADLINE_DAYS.on(latest_version())
    requested = purchased + timedelta(days=limit if on_time else limit + 1)
    narrowed = {question.name: sorted(codes)[0] for question, codes in row.answers}
    fields = {"problem": str(row.problem)}
    for question in QUESTIONS:
        if question.choices and question.name != "problem" and question.asked_for(row.problem):
            fields[question.name] = str(narrowed.get(question.name, question.choices[0][0]))
    return fields | {"purchased": purchased.isoformat(), "requested": requested.isoformat()}


def refused(complete: dict[str, str]) -> list[dict[str, str]]:
    """Forms the checker refuses at a question: unanswered, not a date, not a choice, a purchase
    after the day of the answer, a request before the purchase."""
    purchased = date.fromisoformat(complete["purchased"])
    return [
        {},
        complete | {"purchased": "x"},
        complete | {"problem": "unknown"},
        complete | {"purchased": (purchased + timedelta(days=400)).isoformat()},
        complete | {"requested": (purchased - timedelta(days=1)).isoformat()},
        complete | {"requested": ""},
    ]


def payload(fields: dict[str, str], lang: str, today: str) -> str:
    """The page's message: the form's fields, its language and the reader's day (given, so that
    no answer of the walk depends on the clock)."""
    message: dict[str, Any] = {"fields": fields, LANGUAGE_KEY: lang, TODAY_KEY: today}
    return json.dumps(message, ensure_ascii=False, sort_keys=True)
