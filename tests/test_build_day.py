"""``BUILD_DATE``: a day read exactly as the checker reads one, or a clear refusal."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from policy_site.build_day import POLICY_TIME_ZONE, SETTING, BuildDayError, build_day


def test_unset_or_blank_is_today_in_france(monkeypatch: pytest.MonkeyPatch) -> None:
    for value in (None, "", "  "):
        if value is None:
            monkeypatch.delenv(SETTING, raising=False)
        else:
            monkeypatch.setenv(SETTING, value)
        assert build_day() == datetime.now(POLICY_TIME_ZONE).date()


def test_a_real_day_is_that_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SETTING, " 2027-01-14 ")
    assert build_day() == date(2027, 1, 14)


@pytest.mark.parametrize("value", ["2027-02-30", "20270114", "2027-W02-4", "14/01/2027", "１２３４-01-01", "1999-12-31"])
def test_anything_else_is_refused_by_name(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(SETTING, value)
    with pytest.raises(BuildDayError, match=rf"^{SETTING}=.*YYYY-MM-DD"):
        build_day()
