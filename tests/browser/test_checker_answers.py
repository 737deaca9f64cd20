"""The checker page in each language answers like the Python rules do: outcome, title, clause
links to the same language's policy page, and a prefilled email to support in that language.

One page per language: the answers change on the same page, as a reader's would. The browser tests
run WebAssembly on V8's baseline compiler alone (``tools/chromium.py``); one test here runs the
page in a Chromium started as readers' is, whose optimizing compiler also runs Python."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from checker.contact import load_contact
from tests.browser.browsing import Browsing
from tests.browser.pages import (
    RESULT,
    expected_answer,
    fill_form,
    mailto_parts,
    result_links,
    situation,
    submit_and_wait,
    wait_ready,
)
from tests.support.html import parse
from tests.support.languages import LANGUAGES, prefix
from tools.chromium import CHROMIUM, FLAGS, TEST_FLAGS

#: The kinds of answer, in an order where consecutive outcomes differ, so a stale answer can never
#: pass for the next one; the form is changed on the same page, as a reader would.
ORDER = ("full_refund", "partial_or_full_refund", "excluded", "contact_support_first", "not_covered")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_answers_in_every_language(
    checker: Callable[[str], Page], site_url: str, lang: str
) -> None:
    page = checker(lang)
    assert page.get_attribute("html", "lang") == lang
    policy_url = site_url + prefix(lang)
    policy_ids = set(parse(page.request.get(policy_url).text()).ids)

    for name in ORDER:
        fields = situation(name)
        fill_form(page, fields)
        submit_and_wait(page)  # the answer to the form exactly as it is now
        expected = expected_answer(fields, lang)
        english = expected_answer(fields, "en")
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


def test_chromiums_own_compilers_answer_the_same(browser: Browser, site_url: str) -> None:
    """With Chromium's default flags (``FLAGS``, without the tests' own ``TEST_FLAGS``), the
    page gives every kind of answer the rules give."""
    assert set(TEST_FLAGS) - set(FLAGS), "the tests' Chromium is started as readers' is"
    as_readers = browser.browser_type.launch(executable_path=CHROMIUM, args=FLAGS)
    session = Browsing(as_readers, site_url)
    try:
        page = session.open(f"{prefix(LANGUAGES[1])}checker/")
        wait_ready(page)
        for name in ORDER:
            fields = situation(name)
            fill_form(page, fields)
            submit_and_wait(page)
            expected = expected_answer(fields, LANGUAGES[1])
            assert page.get_attribute(RESULT, "data-outcome") == expected["outcome"], fields
            assert page.inner_text(f"{RESULT} #result-title") == expected["title"], fields
    finally:
        session.close()
        as_readers.close()
    assert not session.problems(), session.problems()
