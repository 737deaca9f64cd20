"""French public holidays and « jours ouvrables », the unit of clause-4's answer window."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from checker.policy import (
    EASTER_PUBLIC_HOLIDAY_OFFSETS,
    FIXED_PUBLIC_HOLIDAYS,
    NON_WORKING_WEEKDAYS,
)


def easter_sunday(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def public_holidays(year: int) -> frozenset[date]:
    """The eleven French public holidays of ``year``."""
    easter = easter_sunday(year)
    fixed = {date(year, month, day) for month, day in FIXED_PUBLIC_HOLIDAYS}
    moving = {easter + timedelta(days=offset) for offset in EASTER_PUBLIC_HOLIDAY_OFFSETS}
    return frozenset(fixed | moving)


def is_jour_ouvrable(day: date) -> bool:
    """Monday to Saturday, unless a public holiday."""
    return day.weekday() not in NON_WORKING_WEEKDAYS and day not in public_holidays(day.year)


def nth_jour_ouvrable_after(start: date, n: int) -> date:
    """The n-th jour ouvrable after ``start``; ``start`` itself (the day of reception) never counts."""
    day, counted = start, 0
    while counted < n:
        day += timedelta(days=1)
        if is_jour_ouvrable(day):
            counted += 1
    return day
