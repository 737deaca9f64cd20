"""The checker page's script uses only the elements of its own container. The build refuses a
page that gives an id twice and a translation that holds HTML (tests/copies/test_translations_are_text.py),
so such a page is made here by hand, as an attacker would have wanted the build to make it: the
checker page with a copy of the answer's section placed above the checker, with the checker's ids
and a support link to another address (issue 27's attack). The answer, its button and its steps
stay the checker's own."""

from __future__ import annotations

import re

from playwright.sync_api import Route

from checker.contact import load_contact
from tests.browser.browsing import Browsing
from tests.browser.pages import (
    expected_answer,
    fill_form,
    mailto_parts,
    situation,
    submit_and_wait,
    wait_ready,
)
from tests.support.languages import LANGUAGES, prefix

LANG = LANGUAGES[1]
PATH = f"{prefix(LANG)}checker/"
EVIL = "reembolsos@evil.example"
RESULT_SECTION = re.compile(r'<section id="checker-result".*?</section>', re.DOTALL)
OWN = "#checker-app"


def with_a_lookalike(route: Route) -> None:
    """The checker page, with a copy of its answer section (same ids, the support link to
    ``EVIL``) inserted before the checker's container."""
    response = route.fetch()
    page = response.text()
    section = RESULT_SECTION.search(page)
    assert section, "no answer section on the checker page"
    lookalike = re.sub(r'href="mailto:[^"?]*', f'href="mailto:{EVIL}', section[0])
    lookalike = lookalike.replace('class="checker-result"', 'class="checker-result lookalike"', 1)
    assert EVIL in lookalike
    marker = '<div id="checker-app"'
    assert page.count(marker) == 1, "the checker's container is not on the page once"
    route.fulfill(response=response, body=page.replace(marker, lookalike + marker, 1))


def test_an_element_with_the_checkers_ids_outside_its_container_is_ignored(
    browsing: Browsing, site_url: str
) -> None:
    context = browsing.start()
    context.route(site_url + PATH, with_a_lookalike)
    page = browsing.open(PATH)
    assert page.locator(".lookalike").count() == 1
    wait_ready(page)
    fields = situation("full_refund")
    fill_form(page, fields)
    submit_and_wait(page)

    expected = expected_answer(fields, LANG)
    own = page.locator(f"{OWN} #checker-result")
    assert own.get_attribute("data-outcome") == expected["outcome"]
    assert page.locator(f"{OWN} #result-title").inner_text() == expected["title"]
    address, query = mailto_parts(str(page.get_attribute(f"{OWN} #email-support", "href")))
    assert address == load_contact().email
    assert query["subject"] == expected["email_subject"]
    steps = page.eval_on_selector_all(
        f'{OWN} [data-list="next_steps"] a[href^="mailto:"]', "links => links.map(a => a.href)"
    )
    assert steps and all(mailto_parts(href)[0] == load_contact().email for href in steps)

    lookalike = page.locator(".lookalike")
    assert lookalike.get_attribute("data-outcome") == ""
    assert lookalike.locator(".result-body").is_hidden()
    assert lookalike.locator("#result-title").inner_text() == ""
    assert mailto_parts(str(lookalike.locator("#email-support").get_attribute("href")))[0] == EVIL
