"""Private by construction: every request goes to the site itself (the page's and the worker's),
nothing typed is sent or stored, no cookie is set."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tests.browser.browsing import Browsing
from tests.browser.pages import fill_form, situation, submit_and_wait, wait_ready
from tests.support.languages import POLICY_LANGUAGE, prefix

FIELDS = situation("partial_or_full_refund")
TYPED = tuple(FIELDS.values())
#: What Material itself keeps, per site scope: the chosen palette and the search query.
MATERIAL_KEYS = re.compile(r"/(?:[^/]+/)*\.__(?:palette|search)")


def test_requests_stay_on_the_site_and_nothing_is_kept(browsing: Browsing, site_url: str) -> None:
    lang = POLICY_LANGUAGE
    context = browsing.start()
    page = browsing.open(prefix(lang))
    page.click('a[href$="checker/"]:visible >> nth=0')
    page.wait_for_url(f"{site_url}{prefix(lang)}checker/")
    wait_ready(page)
    fill_form(page, FIELDS)
    submit_and_wait(page)
    page.click("form[data-md-component=palette] label:visible >> nth=0")  # Material stores this

    site = urlsplit(site_url).netloc
    elsewhere = [
        request.url for request in browsing.requests if urlsplit(request.url).netloc != site
    ]
    assert elsewhere == [], "requests to another host"
    assert any(request.url.endswith(".wasm") for request in browsing.requests), (
        "the worker's requests were not seen: the check above would prove nothing"
    )
    sent = [
        f"{request.method} {request.url} {request.post_data or ''}"
        for request in browsing.requests
        if request.method != "GET" or any(value in request.url for value in TYPED)
    ]
    assert sent == [], "something was sent"

    assert context.cookies() == []
    storage = page.evaluate("() => ({local: {...localStorage}, session: {...sessionStorage}})")
    print(f"storage on {page.url}: {storage}")  # shown with -s / in the report
    for area, items in storage.items():
        for key, value in items.items():
            assert MATERIAL_KEYS.fullmatch(key), f"{area}Storage has {key!r} = {value!r}"
            assert not any(typed in value for typed in TYPED), f"{area}Storage keeps {value!r}"
