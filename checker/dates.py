"""How a date is written, in every language the catalogs have: the one home of a date's words, for
the checker's answers and for the site's pages alike.

A date is a pattern of the catalog (« {weekday} {day} {month} {year} » gives « jeudi 3 décembre
2026 ») filled with the catalog's weekday and month names. A sentence names the role its date
plays in it with a format spec (``{deadline:by}``, ``ROLES``), and each role has, in every catalog,
a pattern and weekday and month names of its own: a language whose words change with the role
writes them there (Polish « najpóźniej do wtorku, 8 grudnia 2026 », the weekday in the genitive).
A date without a role stands alone, as after a colon (« Date of purchase: … »).

The English message ids give each date its role; a translation may give another where its own
sentence needs it. ``catalog_problems`` is what the catalogs' check refuses: an unknown role, a
role on a placeholder that is no date, a list of names of the wrong length.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from datetime import date
from string import Formatter
from typing import Final, NamedTuple

from checker.catalog import translations
from checker.marks import InContext, _, _p

MONTHS: Final = (
    # Translators: A month's name as a date writes it: {month} in "{weekday} {day} {month}
    # {year}" (Friday 2 January 2026).
    _("January"),
    # Translators: A month's name as a date writes it (Monday 2 February 2026).
    _("February"),
    # Translators: A month's name as a date writes it (Monday 2 March 2026).
    _("March"),
    # Translators: A month's name as a date writes it (Thursday 2 April 2026).
    _("April"),
    # Translators: A month's name as a date writes it (Saturday 2 May 2026).
    _("May"),
    # Translators: A month's name as a date writes it (Tuesday 2 June 2026).
    _("June"),
    # Translators: A month's name as a date writes it (Thursday 2 July 2026).
    _("July"),
    # Translators: A month's name as a date writes it (Sunday 2 August 2026).
    _("August"),
    # Translators: A month's name as a date writes it (Wednesday 2 September 2026).
    _("September"),
    # Translators: A month's name as a date writes it (Friday 2 October 2026).
    _("October"),
    # Translators: A month's name as a date writes it (Monday 2 November 2026).
    _("November"),
    # Translators: A month's name as a date writes it (Wednesday 2 December 2026).
    _("December"),
)
WEEKDAYS: Final = (
    # Translators: A weekday's name as a date writes it: {weekday} in "{weekday} {day} {month}
    # {year}" (Monday 7 December 2026).
    _("Monday"),
    # Translators: A weekday's name as a date writes it (Tuesday 8 December 2026).
    _("Tuesday"),
    # Translators: A weekday's name as a date writes it (Wednesday 9 December 2026).
    _("Wednesday"),
    # Translators: A weekday's name as a date writes it (Thursday 10 December 2026).
    _("Thursday"),
    # Translators: A weekday's name as a date writes it (Friday 11 December 2026).
    _("Friday"),
    # Translators: A weekday's name as a date writes it (Saturday 12 December 2026).
    _("Saturday"),
    # Translators: A weekday's name as a date writes it (Sunday 13 December 2026).
    _("Sunday"),
)
# Translators: How a date is written when it stands alone, as after a colon ("Date of purchase:
# Thursday 3 December 2026"): put its parts in your language's order, with its punctuation.
# {weekday}: the weekday's name (Thursday); {day}: the day of the month (3; the first is written
# as "1" is translated); {month}: the month's name (December); {year}: the year (2026). In a
# sentence, a date has a role, and each role its own pattern and names ("date role: …").
DATE_PATTERN: Final = _("{weekday} {day} {month} {year}")
# Translators: How the first day of a month is written in a date ({day} in "{weekday} {day}
# {month} {year}", Tuesday 1 December 2026): French writes "1er"; most languages keep "1".
FIRST_DAY_OF_MONTH: Final = _("1")
#: How a role's catalog entries list the names, Monday or January first.
SEPARATOR: Final = "|"


class Role(NamedTuple):
    """How a date is written in one role: its pattern, and the names of the weekdays and months
    it takes there; the three share the role's context (``msgctxt``)."""

    pattern: InContext
    weekdays: InContext
    months: InContext


#: The roles a date plays in a sentence, by the format spec that gives it (``{deadline:by}``).
ROLES: Final[dict[str, Role]] = {
    "on": Role(
        # Translators: A date in the role "on", the day something happens or happened: {…:on} in
        # "ended on {deadline:on}", "takes effect on {start:on}" (on Friday 11 December 2026).
        # The same parts as the date alone ("{weekday} {day} {month} {year}" without context),
        # in the order and with the words a date takes there; most languages repeat it.
        _p("date role: on", "{weekday} {day} {month} {year}"),
        # Translators: The seven weekday names, Monday first, separated by "|", as a date in the
        # role "on" writes them ({weekday} in its pattern). A language whose names do not change
        # repeats them as translated alone.
        _p("date role: on", "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
        # Translators: The twelve month names, January first, separated by "|", as a date in the
        # role "on" writes them ({month} in its pattern). A language whose names do not change
        # repeats them as translated alone.
        _p(
            "date role: on",
            "January|February|March|April|May|June|July|August|September|October|November|December",
        ),
    ),
    "by": Role(
        # Translators: A date in the role "by", a deadline: {…:by} in "by {deadline:by} at the
        # latest" (by Friday 11 December 2026). The same parts as the date alone ("{weekday}
        # {day} {month} {year}" without context), in the order and with the words a date takes
        # there; most languages repeat it.
        _p("date role: by", "{weekday} {day} {month} {year}"),
        # Translators: The seven weekday names, Monday first, separated by "|", as a date in the
        # role "by" writes them. Polish, whose "do" takes the genitive ("do wtorku, 8 grudnia
        # 2026"): "poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli". A language whose
        # names do not change repeats them as translated alone.
        _p("date role: by", "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
        # Translators: The twelve month names, January first, separated by "|", as a date in the
        # role "by" writes them. A language whose names do not change repeats them as translated
        # alone.
        _p(
            "date role: by",
            "January|February|March|April|May|June|July|August|September|October|November|December",
        ),
    ),
    "from": Role(
        # Translators: A date in the role "from", the first day of a period: {…:from} in "in
        # force from {start:from}", "in force since {start:from}" (from Thursday 26 November
        # 2026). The same parts as the date alone ("{weekday} {day} {month} {year}" without
        # context), in the order and with the words a date takes there; most languages repeat it.
        _p("date role: from", "{weekday} {day} {month} {year}"),
        # Translators: The seven weekday names, Monday first, separated by "|", as a date in the
        # role "from" writes them. A language whose names do not change repeats them as
        # translated alone.
        _p("date role: from", "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
        # Translators: The twelve month names, January first, separated by "|", as a date in the
        # role "from" writes them. A language whose names do not change repeats them as
        # translated alone.
        _p(
            "date role: from",
            "January|February|March|April|May|June|July|August|September|October|November|December",
        ),
    ),
    "to": Role(
        # Translators: A date in the role "to", the last day of a period: {…:to} in "in force
        # from {start:from} to {end:to}" (to Thursday 31 December 2026). The same parts as the
        # date alone ("{weekday} {day} {month} {year}" without context), in the order and with
        # the words a date takes there; most languages repeat it.
        _p("date role: to", "{weekday} {day} {month} {year}"),
        # Translators: The seven weekday names, Monday first, separated by "|", as a date in the
        # role "to" writes them. A language whose names do not change repeats them as translated
        # alone.
        _p("date role: to", "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
        # Translators: The twelve month names, January first, separated by "|", as a date in the
        # role "to" writes them. A language whose names do not change repeats them as translated
        # alone.
        _p(
            "date role: to",
            "January|February|March|April|May|June|July|August|September|October|November|December",
        ),
    ),
    "of": Role(
        # Translators: A date in the role "of", the date a text or a version bears: {…:of} in
        # "Version of {start:of}", "French text of {french:of}" (of Thursday 26 November 2026).
        # The same parts as the date alone ("{weekday} {day} {month} {year}" without context),
        # in the order and with the words a date takes there; most languages repeat it.
        _p("date role: of", "{weekday} {day} {month} {year}"),
        # Translators: The seven weekday names, Monday first, separated by "|", as a date in the
        # role "of" writes them. A language whose names do not change repeats them as translated
        # alone.
        _p("date role: of", "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
        # Translators: The twelve month names, January first, separated by "|", as a date in the
        # role "of" writes them. A language whose names do not change repeats them as translated
        # alone.
        _p(
            "date role: of",
            "January|February|March|April|May|June|July|August|September|October|November|December",
        ),
    ),
}


def write_date(day: date, translation: gettext.NullTranslations, role: str = "") -> str:
    """``day`` written out by ``translation``'s catalog, alone or in ``role`` (a key of
    ``ROLES``; any other is a catalog error, which the catalogs' check refuses)."""
    gettext = translation.gettext
    weekday, month = gettext(WEEKDAYS[day.weekday()]), gettext(MONTHS[day.month - 1])
    pattern = gettext(DATE_PATTERN)
    if role:
        if role not in ROLES:
            raise ValueError(f"{role!r} is not a role of a date ({', '.join(ROLES)})")
        found = ROLES[role]
        pattern = translation.pgettext(*found.pattern)
        weekday = _names(translation, found.weekdays)[day.weekday()] or weekday
        month = _names(translation, found.months)[day.month - 1] or month
    return pattern.format(
        weekday=weekday,
        day=gettext(FIRST_DAY_OF_MONTH) if day.day == 1 else day.day,
        month=month,
        year=day.year,
    )


def _names(translation: gettext.NullTranslations, entry: InContext) -> list[str]:
    """A role's names, in the order of the English list; where the catalog gives the English
    list back (it has no such entry, or it is the English catalog), empty: the names as
    translated alone stand."""
    found = translation.pgettext(*entry)
    size = entry.message.count(SEPARATOR) + 1
    names = found.split(SEPARATOR)
    return names if found != entry.message and len(names) == size else [""] * size


def format_date(day: date, lang: str, role: str = "") -> str:
    """``day`` written out in ``lang`` (« jeudi 3 décembre 2026 »), alone or in ``role``."""
    return write_date(day, translations(lang), role)


@dataclass(frozen=True, slots=True)
class Written:
    """The value of a date placeholder: ``day`` as ``translation``'s catalog writes it, in the role
    the sentence gives it (``{deadline:by}``) or alone (``{deadline}``)."""

    day: date
    translation: gettext.NullTranslations

    def __format__(self, role: str) -> str:
        return write_date(self.day, self.translation, role)

    def __str__(self) -> str:
        return write_date(self.day, self.translation)


def written(day: date, lang: str) -> Written:
    """The value of a date placeholder in a sentence of ``lang``."""
    return Written(day, translations(lang))


class AsTyped(str):
    """A date quoted as it was typed (``2026-11-20``), the same in every role: the command line's
    messages quote dates this way."""

    __slots__ = ()

    def __format__(self, role: str) -> str:
        return str(self)


# --- what the catalogs' check refuses -------------------------------------------------------------

#: The English lists of names a role translates, and how many names each holds.
NAME_LISTS: Final = {
    entry.message: entry.message.count(SEPARATOR) + 1
    for role in ROLES.values()
    for entry in (role.weekdays, role.months)
}


def catalog_problems(message_id: str, text: str) -> list[str]:
    """What is wrong with the dates of ``text``, a translation of ``message_id``: the length of a
    role's list of names, or the roles a sentence gives its dates."""
    if message_id in NAME_LISTS:
        names = text.split(SEPARATOR)
        wanted = NAME_LISTS[message_id]
        if len(names) != wanted or not all(name.strip() for name in names):
            return [f"give {wanted} names separated by {SEPARATOR}, none empty"]
        return []
    dates = {name for name, spec in _fields(message_id) if spec}
    problems = []
    for name, spec in _fields(text):
        if not spec:
            continue
        if name not in dates:
            problems.append(f"{{{name}:{spec}}}: only a date can take a role, and {{{name}}} is none")
        elif spec not in ROLES:
            problems.append(f"{{{name}:{spec}}}: a date's role is one of {', '.join(ROLES)}")
    return problems


def _fields(text: str) -> list[tuple[str, str]]:
    """Each placeholder of ``text`` with its format spec; a text that is no format string (an
    unmatched brace) has none that this check can read: the placeholders check says so."""
    try:
        return [(name, spec or "") for _l, name, spec, _c in Formatter().parse(text) if name is not None]
    except ValueError:
        return []
