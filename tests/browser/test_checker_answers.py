"""The checker page in each language answers like the Python rules do: outcome, title, clause
links to the same language's policy page, and a prefilled email to support in that language.

One page per language: the answers change on the same page, as a reader's would."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from checker.contact import load_contact
from tests.browser.pages import (
    RESULT,
    expected_answer,
    mailto_parts,
    result_links,
    submit_and_wait,
    wait_outcome,
)
from tests.support.html import parse
from tests.support.languages import LANGUAGES, prefix

PURCHASED = "2026-11-20"
ON_TIME = "2026-11-24"  # day 4 of 7
LATE = "2026-12-01"  # day 11

#: Steps in order: the radios to check and dates to type, then the outcome and the request the
#: rules get. Consecutive outcomes differ, so a stale answer can never pass for the next one.
SCENARIOS = (
    (
        ["#problem-not_delivered"],
        {"requested": ON_TIME},
        "full_refund",
        {"problem": "not_delivered", "support": "not_contacted", "requested": ON_TIME},
    ),
    (
        ["#problem-not_working", "#app-smarters_pro", "#support-unresolved"],
        {},
        "partial_or_full_refund",
        {
            "problem": "not_working",
            "app": "smarters_pro",
            "support": "unresolved",
            "requested": ON_TIME,
        },
    ),
    (
        ["#problem-changed_mind"],
        {},
        "not_eligible",
        {"problem": "changed_mind", "requested": ON_TIME},
    ),
    (
        ["#problem-not_delivered", "#support-not_contacted"],
        {"requested": LATE},
        "contact_support_first",
        {"problem": "not_delivered", "support": "not_contacted", "requested": LATE},
    ),
)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_answers_in_every_language(
    checker: Callable[[str], Page], site_url: str, lang: str
) -> None:
    page = checker(lang)
    assert page.get_attribute("html", "lang") == lang
    policy_url = site_url + prefix(lang)
    policy_ids = set(parse(page.request.get(policy_url).text()).ids)

    page.fill("#purchased", PURCHASED)
    page.fill("#requested", ON_TIME)
    for radios, dates, outcome, fields in SCENARIOS:
        for radio in radios:
            page.check(radio)
        for name, value in dates.items():
            page.fill(f"#{name}", value)
        wait_outcome(page, outcome)  # the result follows the form's changes by itself
        submit_and_wait(page)  # ... and this is the answer to the form exactly as it is now
        expected = expected_answer({"purchased": PURCHASED, **fields}, lang)
        english = expected_answer({"purchased": PURCHASED, **fields}, "en")
        where = f"{lang} {fields}"

        assert page.get_attribute(RESULT, "data-outcome") == expected["outcome"], where
        assert page.inner_text(f"{RESULT} #result-title") == expected["title"], where

        clauses = result_links(page, "clauses")
        assert [link["clause"] for link in clauses] == expected["clauses"], where
        for link in clauses + result_links(page, "what_to_send"):
            target = urlsplit(link["href"])
            assert target._replace(fragment="").geturl() == policy_url, (where, link)
            assert target.fragment == link["clause"], (where, link)
            assert link["clause"] in policy_ids, (where, link)

        address, query = mailto_parts(str(page.get_attribute("#email-support", "href")))
        assert address == load_contact().email
        assert query.keys() == {"subject", "body"}
        assert query["subject"].strip() and query["body"].strip(), where
        assert query["subject"] == expected["email_subject"], where
        assert query["body"] == expected["email_body"], where
        if lang != "en":
            assert query["subject"] != english["email_subject"], where
            assert query["body"] != english["email_body"], where

    # A clause link lands on that clause of the same language's policy page (in a new page, so
    # the shared checker page stays where it is).
    link = page.locator(f'{RESULT} [data-list="clauses"] a').first
    clause = str(link.get_attribute("data-clause"))
    with page.context.expect_page() as opened:
        link.click(modifiers=["Control"])
    policy = opened.value
    policy.wait_for_url(f"{policy_url}#{clause}")
    assert policy.get_attribute("html", "lang") == lang
    policy.locator(f"[id='{clause}']").wait_for(state="visible")
    expect(policy.locator(f"[id='{clause}']")).to_be_in_viewport()
    policy.close()
