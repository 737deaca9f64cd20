"""A later visit starts Python from the memory snapshot that the first visit made and kept in the
Cache Storage, and answers exactly as a first visit does; no visit downloads a snapshot, and the
snapshot holds nothing the reader typed. A snapshot that cannot be used (its bytes no longer
match their digest) is discarded, Python starts as on a first visit, the reader seeing nothing of
it, and no snapshot is made again."""

from __future__ import annotations

import re
from datetime import timedelta

from playwright.sync_api import Page

from checker import messages as m
from checker.catalog import translations
from checker.model import Reason
from policy_site.build_day import reader_day
from tests.browser.browsing import Browsing
from tests.browser.pages import (
    FORM,
    RESULT,
    expected_answer,
    fill_form,
    situation,
    submit_and_wait,
    wait_ready,
)
from tests.support.languages import prefix
from tools.bench import mark_time

LANG = "en"
#: Answers that walk different paths of the rules: a refund, a refusal, a partial refund (dates
#: from the policy in force: pages.situation).
CASES = tuple(situation(name) for name in ("full_refund", "excluded", "partial_or_full_refund"))
#: Flips one byte in the middle of the stored snapshot, its headers (the digest) kept.
DAMAGE = """async () => {
  const cache = await caches.open("checker-python-memory");
  const [key] = await cache.keys();
  const stored = await cache.match(key);
  const bytes = new Uint8Array(await stored.arrayBuffer());
  bytes[bytes.length >> 1] ^= 0xff;
  await cache.put(key, new Response(bytes, { headers: stored.headers }));
  return key.url;
}"""


#: Whether the stored snapshot's bytes hold any of the given ASCII strings.
HOLDS = """async (texts) => {
  const cache = await caches.open("checker-python-memory");
  const [key] = await cache.keys();
  const bytes = new Uint8Array(await (await cache.match(key)).arrayBuffer());
  const holds = (text) => {
    const needle = new TextEncoder().encode(text);
    for (let at = bytes.indexOf(needle[0]); at !== -1; at = bytes.indexOf(needle[0], at + 1)) {
      if (needle.every((byte, index) => bytes[at + index] === byte)) return true;
    }
    return false;
  };
  return texts.filter(holds);
}"""


#: Replaces every occurrence of each text by another of the same length (ASCII, with NULs for
#: Python's two-byte strings) in the stored snapshot and stores it again under its name with its new
#: digest, as any code of the same origin can.
PATCH = """async (replacements) => {
  const cache = await caches.open("checker-python-memory");
  const [key] = await cache.keys();
  const stored = await cache.match(key);
  const bytes = new Uint8Array(await stored.arrayBuffer());
  const text = new TextDecoder("latin1").decode(bytes);
  let count = 0;
  for (const [before, after] of replacements) {
    for (let at = text.indexOf(before); at !== -1; at = text.indexOf(before, at + 1)) {
      bytes.set(new TextEncoder().encode(after), at);
      count += 1;
    }
  }
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  const headers = new Headers(stored.headers);
  headers.set("x-sha256", Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join(""));
  await cache.put(key, new Response(bytes, { headers }));
  return count;
}"""
#: Every ISO day (``2026-12-05``) written in the stored snapshot's bytes.
DATES_HELD = """async () => {
  const cache = await caches.open("checker-python-memory");
  const [key] = await cache.keys();
  const text = new TextDecoder("latin1").decode(await (await cache.match(key)).arrayBuffer());
  return [...new Set(text.match(/\\d{4}-\\d{2}-\\d{2}/g) ?? [])];
}"""
#: Forgets every snapshot and what became of it: the next visit is a first visit again.
FORGET_SNAPSHOT = """async () => {
  for (const name of await caches.keys()) await caches.delete(name);
}"""


def worker_marks(page: Page) -> list[str]:
    """The checker worker's marks, as it posts them to the page."""
    names = page.evaluate("performance.getEntriesByType('mark').map(e => e.name)")
    return [name.removeprefix("worker:") for name in names if name.startswith("worker:")]


def answers(page: Page) -> list[tuple[str | None, str]]:
    """Each case's outcome and text as the page shows them."""
    shown = []
    for fields in CASES:
        page.evaluate("form => document.querySelector(form).reset()", FORM)
        fill_form(page, fields)
        submit_and_wait(page)
        shown.append((page.get_attribute(RESULT, "data-outcome"), page.inner_text(RESULT)))
    return shown


def first_visit(browsing: Browsing) -> Page:
    """The checker page opened on a fresh context, ready, its snapshot made and stored."""
    page = browsing.open(f"{prefix(LANG)}checker/")
    wait_ready(page)
    mark_time(page, "worker:snapshot-stored", timeout_s=60)
    return page


def later_visit(page: Page) -> None:
    page.reload()
    wait_ready(page)


def expected_outcomes() -> list[str]:
    return [expected_answer(fields, LANG)["outcome"] for fields in CASES]


def test_a_later_visit_starts_from_the_snapshot_and_answers_the_same(browsing: Browsing) -> None:
    page = first_visit(browsing)
    first_marks = worker_marks(page)
    first = answers(page)
    later_visit(page)

    assert "python-started" in first_marks and "snapshot-used" not in first_marks
    assert "snapshot-used" in worker_marks(page)
    assert answers(page) == first
    assert [outcome for outcome, _ in first] == expected_outcomes()
    assert not [r.url for r in browsing.requests if "python-memory" in r.url]


def test_a_damaged_snapshot_is_discarded_and_not_made_again(browsing: Browsing) -> None:
    page = first_visit(browsing)
    page.evaluate(DAMAGE)
    later_visit(page)

    marks = worker_marks(page)
    assert "snapshot-discarded" in marks and "snapshot-used" not in marks
    assert [outcome for outcome, _ in answers(page)] == expected_outcomes()

    later_visit(page)
    marks = worker_marks(page)
    assert not {"snapshot-read", "snapshot-stored", "snapshot-discarded"} & set(marks), marks
    assert [outcome for outcome, _ in answers(page)[:1]] == expected_outcomes()[:1]


def test_a_snapshot_that_answers_differently_is_discarded(browsing: Browsing) -> None:
    """Code of the same origin can store a snapshot under the build's name, with a digest that
    matches it. One whose checker gives the first request of the walk the build's answer but
    another answer to a later one (here: the page's words of one explanation changed in memory)
    is discarded: a later visit uses a snapshot only if it answers the whole walk as the build."""
    page = first_visit(browsing)
    explanation = translations(LANG).gettext(m.REASON_EXPLANATIONS[Reason.NOT_COVERED])
    words = max(re.findall(r"[a-z][a-z ]{15,}[a-z]", explanation), key=len)
    # Python keeps a text with characters beyond Latin-1 (a typographic ’) two bytes a character.
    wide = ["\0".join(text) + "\0" for text in (words, words.upper())]
    replaced = page.evaluate(PATCH, [[words, words.upper()], wide])
    assert replaced > 0, f"{words!r} is not in the snapshot"
    later_visit(page)

    marks = worker_marks(page)
    assert "snapshot-discarded" in marks and "snapshot-used" not in marks, marks
    assert [outcome for outcome, _ in answers(page)] == expected_outcomes()


def test_the_snapshot_holds_nothing_the_reader_typed(browsing: Browsing) -> None:
    """The reader answers as soon as the checker is ready: the snapshot is taken before that.

    A snapshot holds dates of its own (a catalog's creation date, the build's requests), which may
    be any day; the reader's dates are chosen among the days a snapshot made without any reader
    does not hold, so the test says the same on every day it runs."""
    page = first_visit(browsing)
    held_anyway = set(page.evaluate(DATES_HELD))
    purchased = next(
        day
        for day in (reader_day() - timedelta(days=back) for back in range(2, 400))
        if {day.isoformat(), (day + timedelta(days=1)).isoformat()}.isdisjoint(held_anyway)
    )
    typed = {
        "problem": "not_delivered",
        "support": "not_contacted",
        "purchased": purchased.isoformat(),
        "requested": (purchased + timedelta(days=1)).isoformat(),
    }
    page.evaluate(FORGET_SNAPSHOT)
    later_visit(page)  # a first visit again: it makes its own snapshot
    assert "python-started" in worker_marks(page) and "snapshot-used" not in worker_marks(page)
    fill_form(page, typed)
    submit_and_wait(page)
    mark_time(page, "worker:snapshot-stored", timeout_s=60)

    assert {typed["purchased"], typed["requested"]}.isdisjoint(page.evaluate(DATES_HELD))
    assert page.evaluate(HOLDS, ["check_json"]) == ["check_json"]  # the search finds what is there
