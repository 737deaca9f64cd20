"""The French calendar behind clause-4's « jours ouvrables », checked against published dates.

Every expected date here comes from a table of Easter dates and from the French list of public
holidays (Code du travail, L3133-1), not from the code under test.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from checker.calendar_fr import (
    easter_sunday,
    is_jour_ouvrable,
    nth_jour_ouvrable_after,
    public_holidays,
)

#: Gregorian Easter Sundays, from published tables.
EASTER = {
    2000: date(2000, 4, 23), 2001: date(2001, 4, 15), 2002: date(2002, 3, 31),
    2003: date(2003, 4, 20), 2004: date(2004, 4, 11), 2005: date(2005, 3, 27),
    2006: date(2006, 4, 16), 2007: date(2007, 4, 8), 2008: date(2008, 3, 23),
    2009: date(2009, 4, 12), 2010: date(2010, 4, 4), 2011: date(2011, 4, 24),
    2012: date(2012, 4, 8), 2013: date(2013, 3, 31), 2014: date(2014, 4, 20),
    2015: date(2015, 4, 5), 2016: date(2016, 3, 27), 2017: date(2017, 4, 16),
    2018: date(2018, 4, 1), 2019: date(2019, 4, 21), 2020: date(2020, 4, 12),
    2021: date(2021, 4, 4), 2022: date(2022, 4, 17), 2023: date(2023, 4, 9),
    2024: date(2024, 3, 31), 2025: date(2025, 4, 20), 2026: date(2026, 4, 5),
    2027: date(2027, 3, 28), 2028: date(2028, 4, 16), 2029: date(2029, 4, 1),
    2030: date(2030, 4, 21), 2031: date(2031, 4, 13), 2032: date(2032, 3, 28),
    2033: date(2033, 4, 17), 2034: date(2034, 4, 9), 2035: date(2035, 3, 25),
    2038: date(2038, 4, 25),  # the latest possible date
    2100: date(2100, 3, 28),
    2285: date(2285, 3, 22),  # the earliest possible date
}  # fmt: skip

#: The eleven French public holidays of 2026 and 2027, written out.
HOLIDAYS = {
    2026: {
        date(2026, 1, 1),  # Jour de l'an
        date(2026, 4, 6),  # Lundi de Pâques
        date(2026, 5, 1),  # Fête du travail
        date(2026, 5, 8),  # Victoire 1945
        date(2026, 5, 14),  # Ascension
        date(2026, 5, 25),  # Lundi de Pentecôte
        date(2026, 7, 14),  # Fête nationale
        date(2026, 8, 15),  # Assomption
        date(2026, 11, 1),  # Toussaint
        date(2026, 11, 11),  # Armistice
        date(2026, 12, 25),  # Noël
    },
    2027: {
        date(2027, 1, 1),
        date(2027, 3, 29),
        date(2027, 5, 1),
        date(2027, 5, 6),
        date(2027, 5, 8),
        date(2027, 5, 17),
        date(2027, 7, 14),
        date(2027, 8, 15),
        date(2027, 11, 1),
        date(2027, 11, 11),
        date(2027, 12, 25),
    },
}


@pytest.mark.parametrize("year", sorted(EASTER))
def test_easter_sunday(year: int) -> None:
    """Easter drives three holidays (Easter Monday, Ascension, Whit Monday)."""
    assert easter_sunday(year) == EASTER[year]
    assert easter_sunday(year).weekday() == 6


@pytest.mark.parametrize("year", sorted(HOLIDAYS))
def test_the_eleven_public_holidays(year: int) -> None:
    assert public_holidays(year) == HOLIDAYS[year]


def test_ascension_on_labour_day_counts_once() -> None:
    """In 2008 Easter was on 23 March, so Ascension fell on 1 May: ten distinct days off."""
    holidays = public_holidays(2008)
    assert date(2008, 5, 1) in holidays
    assert date(2008, 3, 24) in holidays and date(2008, 5, 12) in holidays
    assert len(holidays) == 10


def test_good_friday_and_easter_sunday_are_not_holidays() -> None:
    """Good Friday is a holiday only in Alsace-Moselle, which the policy does not single out."""
    assert date(2026, 4, 3) not in public_holidays(2026)
    assert is_jour_ouvrable(date(2026, 4, 3))
    assert not is_jour_ouvrable(date(2026, 4, 5))  # a Sunday anyway


def test_saturday_is_a_jour_ouvrable() -> None:
    """« Jours ouvrables » run Monday to Saturday (unlike « jours ouvrés », Monday to Friday)."""
    assert is_jour_ouvrable(date(2026, 11, 28))


def test_weekdays_are_jours_ouvrables() -> None:
    week = [date(2026, 11, 23) + timedelta(days=n) for n in range(6)]  # Monday to Saturday
    assert all(is_jour_ouvrable(day) for day in week)


@pytest.mark.parametrize("sunday", [date(2026, 11, 29), date(2027, 1, 3), date(2026, 4, 5)])
def test_sunday_is_not(sunday: date) -> None:
    assert sunday.weekday() == 6
    assert not is_jour_ouvrable(sunday)


@pytest.mark.parametrize("holiday", sorted(HOLIDAYS[2026] | HOLIDAYS[2027]))
def test_public_holiday_is_not(holiday: date) -> None:
    """Whatever its weekday: 15 August 2026 and 1 May 2027 fall on a Saturday."""
    assert not is_jour_ouvrable(holiday)


def test_counting_starts_the_day_after() -> None:
    """The day of reception never counts, even when it is itself a jour ouvrable."""
    monday = date(2026, 11, 23)
    assert nth_jour_ouvrable_after(monday, 1) == date(2026, 11, 24)
    assert nth_jour_ouvrable_after(date(2026, 11, 28), 1) == date(2026, 11, 30)  # Sat -> Mon
