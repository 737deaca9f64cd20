"""The day a change of the French made now is dated: today in France, or, when the clock is behind
the tree (``make test-days`` sets it back before some translations were recorded), the newest day
one of its translations was recorded; the build refuses a French change dated before a record."""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from policy_site.build_day import SETTING
from policy_site.config import DOCS
from policy_site.segments import read_page
from policy_site.translations import change_day, recorded_date
from tests.support.languages import LANGUAGES

FRENCH = DOCS / f"index.{LANGUAGES[0]}.md"
TRANSLATION = DOCS / f"index.{LANGUAGES[1]}.md"


@pytest.fixture
def pages(tmp_path: Path) -> tuple[Path, date]:
    """The policy page and one translation, copied; the translation's record day."""
    for page in (FRENCH, TRANSLATION):
        shutil.copyfile(page, tmp_path / page.name)
    recorded = recorded_date(read_page(TRANSLATION))
    assert recorded is not None
    return tmp_path / FRENCH.name, recorded


def test_a_change_is_dated_today_once_the_records_are_older(
    pages: tuple[Path, date], monkeypatch: pytest.MonkeyPatch
) -> None:
    french, recorded = pages
    later = recorded + timedelta(days=3)
    monkeypatch.setenv(SETTING, later.isoformat())
    assert change_day(french) == later


def test_a_clock_behind_a_record_dates_the_change_on_the_records_day(
    pages: tuple[Path, date], monkeypatch: pytest.MonkeyPatch
) -> None:
    french, recorded = pages
    monkeypatch.setenv(SETTING, (recorded - timedelta(days=1)).isoformat())
    assert change_day(french) == recorded


def test_a_translation_that_does_not_read_is_left_to_the_build(
    pages: tuple[Path, date], monkeypatch: pytest.MonkeyPatch
) -> None:
    french, recorded = pages
    translation = french.with_name(TRANSLATION.name)
    translation.write_text(re.sub(r"^---\n", "---\n\tbroken: [\n", translation.read_text("utf-8")), "utf-8")
    monkeypatch.setenv(SETTING, (recorded - timedelta(days=1)).isoformat())
    assert change_day(french) == recorded - timedelta(days=1)
