"""Properties that hold for every request, checked with Hypothesis over the whole input domain.

The scenario table pins down chosen cases; these properties guard everything in between: the
answer depends only on the request, always cites the policy, changes with the date only through
clause-2, gives a sound clause-4 window, and no input whatsoever makes the checker raise.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from checker.batch import run_batch
from checker.calendar_fr import is_jour_ouvrable
from checker.catalog import languages
from checker.clauses import Clause
from checker.contact import Contact
from checker.explain import error_message, explain
from checker.messages import ERRORS
from checker.model import App, Outcome, Problem, Reason, Request, Support
from checker.parse import FIELDS, InputError, parse_request
from checker.policy import EARLIEST_DATE, LATEST_DATE, Terms, terms_of, version_on
from checker.rules import decide
from checker.web import check_json

EARLIEST = date(*EARLIEST_DATE)
LATEST = date(*LATEST_DATE)
CONTACT = Contact("Smarters Pro", "support@example.com", "+00 000 000 000", "https://wa.me/0")
#: The day the answers are given: it only appears in their words, never in their decision.
TODAY = date(2026, 11, 27)


def terms_for(purchased: date) -> Terms:
    """The figures of the version in force on ``purchased``, as the rules must apply them."""
    return terms_of(version_on(purchased))


# --- strategies -----------------------------------------------------------------------------------

problems = st.sampled_from(list(Problem))
apps = st.sampled_from(list(App))
supports = st.sampled_from(list(Support))


@st.composite
def requests(draw: st.DrawFn) -> Request:
    """A valid request: sent 0 to 1000 days after a purchase, both in the accepted range."""
    purchased = draw(st.dates(EARLIEST, LATEST))
    days = draw(st.integers(0, min(1000, (LATEST - purchased).days)))
    return Request(
        purchased=purchased,
        requested=purchased + timedelta(days=days),
        problem=draw(problems),
        app=draw(apps),
        support=draw(supports),
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
#: Values that reach every refusal: real codes, sloppy codes, in- and out-of-range dates,
#: well-formed impossible dates (``\d`` also draws non-ASCII digits), and any JSON at all.
field_values = st.one_of(
    st.sampled_from([*Problem, *App, *Support, "", " not_working ", "NOT_DELIVERED", "fr", "xx"]),
    st.dates(EARLIEST, LATEST).map(date.isoformat),
    st.dates().map(date.isoformat),
    st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True),
    json_values,
)


@st.composite
def near_valid_fields(draw: st.DrawFn) -> dict[str, object]:
    """A well-formed request, then up to two of its fields dropped or given any value at all.

    Random dictionaries alone almost never make a valid request; this reaches the answers and
    each refusal, one broken field at a time.
    """
    purchased = draw(st.dates(EARLIEST, LATEST - timedelta(days=30)))
    result: dict[str, object] = {
        "purchased": purchased.isoformat(),
        "requested": (purchased + timedelta(days=draw(st.integers(-3, 30)))).isoformat(),
        "problem": draw(problems).value,
        "app": draw(apps).value,
        "support": draw(supports).value,
    }
    for key in draw(st.sets(st.sampled_from(FIELDS), max_size=2)):
        if draw(st.booleans()):
            del result[key]
        else:
            result[key] = draw(field_values)
    return result


fields = near_valid_fields() | st.dictionaries(
    st.sampled_from([*FIELDS, "lang"]) | st.text(max_size=5), field_values, max_size=7
)
#: Anything at all, as a Python caller (not only JSON) could pass it.
any_values = field_values | st.binary() | st.tuples(st.integers()) | st.builds(object)


def is_error(result: dict[str, Any]) -> bool:
    """A well-formed refusal: a known code and a non-empty localized message."""
    return result.get("error") in ERRORS and bool(result.get("message"))


def is_answer(result: dict[str, Any]) -> bool:
    return result.get("outcome") in {outcome.value for outcome in Outcome}


# --- the rules ------------------------------------------------------------------------------------


@given(requests(), st.lists(st.tuples(requests(), st.sampled_from(languages())), max_size=4))
def test_answer_depends_on_the_request_only(
    request: Request, others: list[tuple[Request, str]]
) -> None:
    """The rules and their words read nothing but the request: no clock, no state kept from one
    answer to the next, whatever was answered in between and in whichever language."""
    first = explain(decide(request), languages()[0], CONTACT, TODAY).to_json()
    for other, lang in others:
        explain(decide(other), lang, CONTACT, TODAY)
    assert explain(decide(request), languages()[0], CONTACT, TODAY).to_json() == first


@given(requests())
def test_every_answer_cites_the_policy(request: Request) -> None:
    """Every answer says why, with at least one clause id that exists on the policy page."""
    clauses = decide(request).clauses
    assert len(clauses) >= 1
    assert {clause.value for clause in clauses} <= {clause.value for clause in Clause}


@given(requests())
def test_on_time_means_the_last_day_or_before(request: Request) -> None:
    """clause-2: calendar days since the purchase; day 7 (the version's figure) is the last one,
    and the deadline is the purchase date plus that figure."""
    decision = decide(request)
    limit = terms_for(request.purchased).request_deadline_days
    days = (request.requested - request.purchased).days
    assert decision.terms == terms_for(request.purchased)
    assert decision.days_since_purchase == days
    assert decision.on_time == (days <= limit)
    assert decision.deadline == request.purchased + timedelta(days=limit)


@given(
    st.dates(EARLIEST, LATEST - timedelta(days=1000)),
    st.data(),
    problems,
    apps,
    supports,
)
def test_only_clause_2_makes_the_date_matter(
    purchased: date, data: st.DataObject, problem: Problem, app: App, support: Support
) -> None:
    """The same request sent on two days gets the same verdict unless day 7 lies between them.

    Across day 7 the verdict may change only as clause-2 says: an on-time refund of an
    undelivered product becomes « contact support first » while support has not failed, and a
    refund's reason becomes the clause-2 exception; every late reason cites clause-2.
    """

    limit = terms_for(purchased).request_deadline_days
    early, early_too = (data.draw(st.integers(0, limit)) for _ in range(2))
    late, late_too = (data.draw(st.integers(limit + 1, 1000)) for _ in range(2))

    def verdict(days: int) -> tuple[Outcome, Reason, tuple[Clause, ...]]:
        d = decide(Request(purchased, purchased + timedelta(days=days), problem, app, support))
        return d.outcome, d.reason, d.clauses

    on_time, after = verdict(early), verdict(late)
    assert verdict(early_too) == on_time
    assert verdict(late_too) == after
    if on_time[0] != after[0]:
        assert problem is Problem.NOT_DELIVERED
        assert support in (Support.NOT_CONTACTED, Support.PENDING)
        assert (on_time[0], after[0], after[1]) == (
            Outcome.FULL_REFUND,
            Outcome.CONTACT_SUPPORT_FIRST,
            Reason.LATE,
        )
    if on_time[1] != after[1]:
        assert after[1] in (Reason.LATE, Reason.LATE_EXCEPTION)
        assert Clause.TIME_LIMIT in after[2]


@given(requests())
def test_refunds_come_with_a_sound_answer_window(request: Request) -> None:
    """clause-4: a refund is processed between the 5th and the 7th jour ouvrable after the request
    (the version's figures).

    No refund, no window. Both ends are jours ouvrables strictly after the request date, and
    exactly 5 and 7 jours ouvrables lie between the request and each end.
    """
    decision = decide(request)
    terms = terms_for(request.purchased)
    if not decision.outcome.is_refund:
        assert decision.answer_window is None
        return
    assert decision.answer_window is not None
    first, last = decision.answer_window
    assert request.requested < first < last
    for end, count in ((first, terms.processing_first_day), (last, terms.processing_last_day)):
        assert end.weekday() != 6
        assert is_jour_ouvrable(end)
        days = [
            request.requested + timedelta(days=n)
            for n in range(1, (end - request.requested).days + 1)
        ]
        assert sum(is_jour_ouvrable(day) for day in days) == count


@given(requests(), st.sampled_from(languages()))
def test_every_language_answers(request: Request, lang: str) -> None:
    """A valid request gets a full answer in each of the site's languages, never an exception."""
    result = explain(decide(request), lang, CONTACT, TODAY)
    assert result.lang == lang
    assert result.title.strip() and result.message.strip()
    assert result.next_steps and all(step.strip() for step in result.next_steps)


# --- nothing in the input domain raises -----------------------------------------------------------


@given(st.dictionaries(st.text(max_size=10), any_values, max_size=7) | fields, st.dates())
def test_parse_request_refuses_only_with_input_error(raw: dict[str, Any], today: date) -> None:
    """Whatever a caller passes, ``parse_request`` returns a request or a translated refusal."""
    try:
        request = parse_request(raw, today)
    except InputError as error:
        event(error.code)  # --hypothesis-show-statistics tells how often each refusal is reached
        assert error.code in ERRORS
    else:
        event("valid")
        assert isinstance(request, Request)


envelopes = st.fixed_dictionaries(
    {},
    optional={
        "fields": fields | json_values,
        "lang": st.sampled_from(languages()) | json_values,
        "today": st.dates().map(date.isoformat) | json_values,
        "contact": st.fixed_dictionaries({"email": st.text(), "whatsapp": st.text()}) | json_values,
    },
)
#: Half junk (any text, any JSON, envelopes with any members), half what the page really sends.
payloads = st.one_of(
    st.one_of(st.text(), json_values.map(json.dumps), envelopes.map(json.dumps)),
    st.builds(
        lambda f, lang, today: json.dumps(
            {"fields": f, "lang": lang, "today": today.isoformat()}
        ),
        near_valid_fields(),
        st.sampled_from(languages()),
        st.dates(EARLIEST, LATEST),
    ),
)


@given(payloads)
def test_check_json_always_answers(payload: str) -> None:
    """The browser worker always gets back a JSON object: an answer or a localized refusal."""
    result = json.loads(check_json(payload))
    assert isinstance(result, dict)
    event(result.get("error", "answer"))
    assert is_answer(result) or is_error(result)


lines = st.one_of(
    st.text(),
    json_values.map(json.dumps),
    fields.map(json.dumps),
    st.builds(
        lambda f, lang: json.dumps({**f, "lang": lang}), fields, st.sampled_from(languages())
    ),
)


@given(st.lists(lines, max_size=8), st.dates(EARLIEST, LATEST))
def test_run_batch_answers_every_line_in_order(batch: list[str], today: date) -> None:
    """One result per line that is not blank, in order; a bad line gets a refusal naming it (by
    its number in the input, blank lines included), never an exception."""
    results = list(run_batch(batch, today, CONTACT))
    numbers = [n for n, line in enumerate(batch, start=1) if line.removeprefix("\ufeff").strip()]
    assert len(results) == len(numbers)
    for number, result in zip(numbers, results, strict=True):
        event(result.get("error", "answer"))
        assert is_answer(result) or is_error(result)
        if "error" in result:
            assert result["line"] == number


@pytest.mark.parametrize(
    ("key", "payload"),
    [
        ("problem", '{"fields": {"problem": "not_delivered", "problem": "changed_mind"}, '),
        ("lang", '{"fields": {"problem": "not_delivered"}, "lang": "fr", '),
        ("today", '{"today": "2026-11-27", "fields": {"problem": "not_delivered"}, '),
    ],
)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_check_json_refuses_a_key_given_twice_in_the_readers_language(
    key: str, payload: str, lang: str
) -> None:
    """As batch mode does: which of the two values was meant cannot be known, so neither is used;
    the refusal names the key, in the language the payload asks for."""
    text = payload + f'"lang": "{lang}", "today": "{TODAY.isoformat()}"}}'
    result = json.loads(check_json(text))
    assert result["error"] == "duplicate_key", result
    assert result["message"] == error_message(InputError("duplicate_key", "", key), lang)
    assert key in result["message"]
    assert [error["code"] for error in result["errors"]] == ["duplicate_key"]


# --- edge inputs that must not raise either ----------------------------------------------------


def test_check_json_with_today_at_the_end_of_the_calendar() -> None:
    """``today`` comes from the page: the last days ``datetime`` knows must not overflow."""
    payload = {
        "fields": {"purchased": "2199-12-31", "problem": "not_delivered", "support": "unresolved"},
        "lang": "en",
        "today": "9999-12-31",
    }
    result = json.loads(check_json(json.dumps(payload)))
    assert is_answer(result) or is_error(result)


@pytest.mark.parametrize("depth", [4_000, 100_000])
def test_deeply_nested_json_is_a_bad_line_not_a_crash(depth: int) -> None:
    """Deep nesting exhausts the stack (fatally inside WebAssembly): overlong lines are refused
    before parsing, and what fits in a line parses within the stack on CPython and Pyodide."""
    deep = "[" * depth
    (result,) = run_batch([deep], date(2026, 11, 27), CONTACT)
    assert is_error(result)
    assert is_error(json.loads(check_json(deep)))
