"""The requests the browser's entry point is walked through before a memory snapshot, derived from
the checker's own questions and decision table so that they cannot rot. A page's worker carries
its own language's catalog (and the policy's, the fallback), so each language has its walk: one
complete form (as the page sends it: every question it shows answered) for every answer the rules
give, the refusals a page can meet, all in that language, and the calls it must survive (a
language it does not carry, answered in the policy's; a malformed message).

The runtime build records what every language's walk imports (the standard library is trimmed to
it) and checks that a Python started from the snapshot answers each request as the build did; a
page's worker walks its language's before it takes its snapshot, and a later visit uses a stored
snapshot only if it gives every one of those answers (``web/checker-worker.js``).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from checker.catalog import languages
from checker.policy import REQUEST_DEADLINE_DAYS, latest_version
from checker.questions import LANGUAGE_KEY, QUESTIONS, TODAY_KEY
from checker.table import Row, decision_rows

#: A language no catalog is for: answered in the policy's language, by every page's worker.
UNKNOWN_LANGUAGE = "xx"
#: Calls that are not a form the page sends: what the entry point must survive.
MALFORMED = ("not json", "null", '{"fields": [], "lang": "fr", "today": "2000-01-01"}')


def walk(lang: str) -> tuple[str, ...]:
    """Every request of the walk of ``lang``'s page, as its script sends them (JSON); the first
    is a complete form, whose answer the worker checks first."""
    version = latest_version()  # what the build's checker is sure to know, whatever the day
    forms = [form(row, version.effective) for row in decision_rows(version)]
    first = forms[0]
    requests = [payload(fields, lang, fields["requested"]) for fields in forms]
    requests += [payload(fields, lang, first["requested"]) for fields in refused(first)]
    requests += [payload(first, UNKNOWN_LANGUAGE, first["requested"]), *MALFORMED]
    return tuple(requests)


def every_walk() -> tuple[str, ...]:
    """The requests of every language's walk, each once, the policy's language first."""
    return tuple(dict.fromkeys(request for lang in languages() for request in walk(lang)))


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
