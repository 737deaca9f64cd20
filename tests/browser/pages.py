"""What the browser tests know about the site: the checker form's ids, what the Python rules
answer (computed here with CPython, to compare with the page), and axe-core."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import unquote, urlsplit

from playwright.sync_api import BrowserContext, Page, Route

from checker.check import check
from checker.policy import terms_of, version_on
from policy_site.build_day import reader_day
from policy_site.config import ROOT, site_languages
from policy_site.i18n import site_gettext
from tests.support.languages import SAMPLE

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
READY_TIMEOUT_MS = 60_000  # the page script's own limit before it shows the fallback

def without_python(context: BrowserContext) -> BrowserContext:
    """The checker pages of ``context`` get a worker that does nothing: they stay as a visitor on
    a slow connection first sees them (the form, "starting"). For the tests of what is not
    Python (layout, print, Material, axe): a cold start costs about 3 s of CPU that would only
    compete with theirs."""
    context.route("**/checker-worker*.js", _idle_worker)
    return context


def _idle_worker(route: Route) -> None:
    route.fulfill(body="// idle", content_type="text/javascript")


#: The contexts the tests browse with: a desktop, and a phone the size of a common one.
DEVICES: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}


def sides(langs: tuple[str, ...] = SAMPLE) -> list[tuple[str, str]]:
    """Each of ``langs`` (the sample: the policy's language, the first translation, every
    right-to-left one) on each device, for the tests that cannot afford every language."""
    return [(lang, device) for lang in langs for device in DEVICES]

# --- dates, from the policy in force today: never written out, so the tests outlive the figures ---


TODAY = reader_day()
TERMS = terms_of(version_on(TODAY))
LIMIT = TERMS.request_deadline_days
#: A purchase under the version in force today, and not after today.
PURCHASED = TERMS.version.effective


def day(offset: int) -> str:
    """The purchase date plus ``offset`` days, as a date field takes it."""
    return (PURCHASED + timedelta(days=offset)).isoformat()


ON_TIME = day(LIMIT // 2)  # well within the time limit
LATE = day(LIMIT + 4)  # past it

#: One request per kind of answer the checker gives, as a reader would fill the form.
SITUATIONS: dict[str, dict[str, str]] = {
    "full_refund": {"problem": "not_delivered", "support": "not_contacted", "requested": ON_TIME},
    "partial_or_full_refund": {
        "problem": "not_working", "app": "smarters_pro", "support": "unresolved", "requested": ON_TIME,
    },
    "late_exception": {
        "problem": "not_working", "app": "smarters_pro_lite", "support": "unresolved", "requested": LATE,
    },
    "contact_support_first": {"problem": "not_delivered", "support": "pending", "requested": LATE},
    "excluded": {"problem": "changed_mind", "requested": ON_TIME},
    "not_covered": {"problem": "other", "requested": ON_TIME},
}  # fmt: skip


def situation(name: str) -> dict[str, str]:
    """The fields of ``SITUATIONS[name]`` with the purchase date."""
    return {"purchased": day(0), **SITUATIONS[name]}


FORM = "form#refund-checker"
RESULT = "#checker-result"
#: The support's address and WhatsApp number wherever a page links them (not the answer's
#: "write to support" button, whose words wrap).
CONTACT_LINKS = 'a[href^="mailto:"]:not(.md-button), a[href^="https://wa.me/"]'
#: Every slot where the page writes text it got from the worker.
TEXT_SLOTS = "#checker-result, [data-error-for], #checker-status"


def site_text(lang: str, message: str) -> str:
    """A text the build puts on the pages (``policy_site/messages.py``), in ``lang``."""
    return site_gettext(lang)(message)


def expected_answer(fields: dict[str, str], lang: str) -> dict[str, Any]:
    """What the rules answer for ``fields``, today (the page gives its answers today too)."""
    return check(fields, lang, reader_day()).to_json()


def fill_form(page: Page, fields: dict[str, str]) -> None:
    """Answers the checker's questions as a reader would: the problem first, then the dates.
    Nothing is pre-selected: a question left out stays unanswered."""
    page.check(f"#problem-{fields['problem']}")
    for name in ("app", "support"):
        if name in fields:
            page.check(f"#{name}-{fields[name]}")
    for name in ("requested", "purchased"):
        if name in fields:
            page.fill(f"#{name}", fields[name])


def search_results_elsewhere(page: Page, site_url: str, lang: str) -> list[str]:
    """The search results that are not pages in ``lang`` (none should be)."""
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "links => links.map(a => a.href)")
    assert hrefs, "no search result"
    policy_language = site_languages()[0]
    home = site_url + ("" if lang == policy_language else f"{lang}/")
    others = tuple(f"{site_url}{code}/" for code in site_languages() if code != policy_language)
    return [h for h in hrefs if not h.startswith(home) or (home == site_url and h.startswith(others))]


def mailto_parts(href: str) -> tuple[str, dict[str, str]]:
    """``mailto:a@b?subject=..&body=..`` -> (address, {subject, body}), percent-decoded."""
    parts = urlsplit(href)
    assert parts.scheme == "mailto", href
    query = dict(item.split("=", 1) for item in parts.query.split("&") if item)
    return unquote(parts.path), {key: unquote(value) for key, value in query.items()}


# --- the checker page -----------------------------------------------------------------------------


BOX = """(selector) => {
  const box = document.querySelector(selector).getBoundingClientRect();
  const header = document.querySelector(".md-header").getBoundingClientRect();
  return {top: box.top, bottom: box.bottom, header: header.bottom, height: innerHeight};
}"""


def fully_visible(page: Page, selector: str) -> bool:
    """Inside the viewport and not under Material's sticky header."""
    box = page.evaluate(BOX, selector)
    return bool(box["top"] >= box["header"] and box["bottom"] <= box["height"])


def wait_started(page: Page, timeout_ms: float = READY_TIMEOUT_MS) -> str:
    """Waits until the checker is ready or has given up; returns the form's state. A selector is
    waited for by watching the page's changes, where a function is run on every frame (rendered
    for it alone: five times the CPU while Python starts)."""
    page.wait_for_selector(f"{FORM}:not([data-state=starting])", state="attached", timeout=timeout_ms)
    return str(page.get_attribute(FORM, "data-state"))


def wait_ready(page: Page) -> None:
    state = wait_started(page)
    assert state == "ready", f"the checker did not start: data-state={state!r}"


def wait_outcome(page: Page, outcome: str) -> None:
    page.wait_for_selector(f'{RESULT}[data-outcome="{outcome}"]', state="attached")


def answers_rendered(page: Page) -> int:
    return int(page.evaluate("performance.getEntriesByName('checker-answer').length"))


def submit_and_wait(page: Page) -> None:
    """Submits the form and waits for the answer to that very submission.

    The count is read and the form submitted in one task, so no earlier answer can slip in
    between; the page renders only the answer to its latest request, so the next answer
    rendered is the one for the form as it stands now.
    """
    before = page.evaluate(
        """() => {
          const count = performance.getEntriesByName('checker-answer').length;
          document.querySelector('form#refund-checker').requestSubmit();
          return count;
        }"""
    )
    page.wait_for_function(
        "before => performance.getEntriesByName('checker-answer').length > before", arg=before
    )


def result_links(page: Page, list_name: str) -> list[dict[str, str]]:
    """The clause links of one list of the answer: their clause, raw and resolved href."""
    return list(
        page.eval_on_selector_all(
            f'{RESULT} [data-list="{list_name}"] a',
            "links => links.map(a => ({clause: a.dataset.clause, raw: a.getAttribute('href'),"
            " href: a.href}))",
        )
    )


def html_in_slots(page: Page) -> list[str]:
    """Elements the page's script may have created from text: there must be only links and
    list items (cloned and created by the script), never an image or a script."""
    return list(
        page.eval_on_selector_all(
            "#checker-result img, #checker-result script, #checker-result iframe, "
            "[data-error-for] *, #checker-status *, img[src='x'], [onerror]",
            "nodes => nodes.map(n => n.outerHTML)",
        )
    )


# --- axe-core -------------------------------------------------------------------------------------


def wait_still(page: Page) -> None:
    """Waits until no CSS transition or animation runs (a palette switch fades colours)."""
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")


def axe_violations(page: Page) -> list[str]:
    """axe-core's violations on the page as it is, one line each: rule, impact, targets.

    axe is evaluated over the DevTools protocol: the site's CSP forbids inline scripts, and
    evaluation there is not subject to it.
    """
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    wait_still(page)
    results = page.evaluate("axe.run({resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): "
        + "; ".join(
            " ".join(str(part) for part in node["target"]) + f" — {node.get('failureSummary', '')}"
            for node in violation["nodes"]
        )
        for violation in results["violations"]
    ]


def set_dark_palette(page: Page) -> None:
    """Clicks Material's palette toggle to switch to the dark ("slate") scheme."""
    set_palette(page, "slate")


def set_light_palette(page: Page) -> None:
    set_palette(page, "default")


def set_palette(page: Page, scheme: str) -> None:
    if page.get_attribute("body", "data-md-color-scheme") == scheme:
        return
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_selector(f'body[data-md-color-scheme="{scheme}"]', state="attached")
    wait_still(page)
