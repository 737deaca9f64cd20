"""The policy's parameters: every figure the rules use, with the clause and the French words it
comes from, valued by version of the policy (as OpenFisca dates its parameters).

A version takes effect on a date, and a request is answered with the version in force on its
purchase date: consumer terms are those in force when one buys. Values are never overwritten, so
past answers stay reproducible; ``make policy-version`` starts a new version, and a new figure is
one more entry in its ``values``. The build checks every figure against the French text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from checker.clauses import Clause
from checker.marks import Plural, _, _n

#: The policy is written in French, and the French text prevails over every translation.
LANGUAGE: Final = "fr"


@dataclass(frozen=True, slots=True, order=True)
class Version:
    """A version of the policy: its number and the day it took effect (its public id)."""

    number: int
    effective: date


#: Every version of the policy, oldest first: the one home of their effective dates.
#: ``make policy-version EFFECTIVE=YYYY-MM-DD`` appends one.
VERSIONS: Final[tuple[Version, ...]] = (
    Version(1, date(2026, 11, 26)),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure of the policy, valued from a version on: ``{1: 7}`` means 7 from version 1, until
    a later version gives another value. ``label`` and ``unit`` say it in a reader's words (message
    ids), where the site tells what changed from one version to the next."""

    name: str
    clause: Clause
    values: Mapping[int, int]
    label: str
    unit: Plural

    def on(self, version: Version) -> int:
        """The value in force in ``version``."""
        return self.values[max(number for number in self.values if number <= version.number)]


# Translators: A number of calendar days, the unit of clause 2's time limit, on the page that
# says what changed from one version of the policy to the next ("time limit for a refund request:
# 7 days → 10 days"). {days}: the number (7).
DAYS: Final = _n("{days} day", "{days} days")
# Translators: A number of working days (Monday to Saturday, French public holidays excluded:
# "jours ouvrables"), the unit of clause 4's processing time, on the page that says what changed
# from one version of the policy to the next ("longest processing time: 7 working days → 8
# working days"). {days}: the number (7).
WORKING_DAYS: Final = _n("{days} working day", "{days} working days")
# Translators: What clause 2's figure is, on the page that says what changed from one version of
# the policy to the next: "Clause 2 — time limit for a refund request: 7 days → 10 days". A
# noun phrase, in lower case where your language allows.
TIME_LIMIT_LABEL: Final = _("time limit for a refund request")
# Translators: What clause 4's first figure is ("dans les 5 à 7 jours ouvrables": the 5), on the
# page that says what changed from one version of the policy to the next: "Clause 4 — shortest
# processing time: 5 working days → 6 working days".
SHORTEST_PROCESSING_LABEL: Final = _("shortest processing time")
# Translators: What clause 4's second figure is ("dans les 5 à 7 jours ouvrables": the 7), on the
# page that says what changed from one version of the policy to the next: "Clause 4 — longest
# processing time: 7 working days → 8 working days".
LONGEST_PROCESSING_LABEL: Final = _("longest processing time")

REQUEST_DEADLINE_DAYS: Final = Figure("REQUEST_DEADLINE_DAYS", Clause.TIME_LIMIT, {1: 7}, TIME_LIMIT_LABEL, DAYS)
PROCESSING_FIRST_DAY: Final = Figure("PROCESSING_FIRST_DAY", Clause.PROCESS, {1: 5}, SHORTEST_PROCESSING_LABEL, WORKING_DAYS)
PROCESSING_LAST_DAY: Final = Figure("PROCESSING_LAST_DAY", Clause.PROCESS, {1: 7}, LONGEST_PROCESSING_LABEL, WORKING_DAYS)
FIGURES: Final = (REQUEST_DEADLINE_DAYS, PROCESSING_FIRST_DAY, PROCESSING_LAST_DAY)


@dataclass(frozen=True, slots=True)
class Phrase:
    """The French words a figure stands in, ``{NAME}`` marking it: the build fails, naming the
    clause, the words and the figure, when the French says another number than the version."""

    clause: Clause
    words: str


PHRASES: Final = (
    #: clause-2 « Les demandes de remboursement doivent être soumises dans un délai de 7 jours
    #: suivant l'achat. »
    Phrase(Clause.TIME_LIMIT, "dans un délai de {REQUEST_DEADLINE_DAYS} jours suivant l’achat"),
    #: clause-4 « Nous nous engageons à traiter votre demande dans les 5 à 7 jours ouvrables
    #: suivant sa réception. »
    Phrase(
        Clause.PROCESS,
        "dans les {PROCESSING_FIRST_DAY} à {PROCESSING_LAST_DAY} jours ouvrables suivant sa "
        "réception",
    ),
)


#: The numbers of the French text that are no figure of the rules, so the build lets them stand:
#: « disponible 24/7 » (clause-6 and the description) says when support answers. Every other
#: number of the French must be a figure of ``PHRASES``: the build stops on any other (a new
#: « 10 jours » must be bound to the rules, or listed here if it is truly no rule). Entries stay
#: once added: the archived versions are checked too.
NOT_RULE_NUMBERS: Final = frozenset({"24/7"})


@dataclass(frozen=True, slots=True)
class Terms:
    """The figures of one version, as the rules use them."""

    version: Version
    request_deadline_days: int
    processing_first_day: int
    processing_last_day: int


def version_on(day: date) -> Version:
    """The version in force on ``day``; before the first version, the first one (a purchase made
    before the policy was published is read under its first version)."""
    in_force = [version for version in VERSIONS if version.effective <= day]
    return in_force[-1] if in_force else VERSIONS[0]


def latest_version() -> Version:
    """The newest version: the one ``docs/index.<lang>.md`` holds, which may not be in force yet."""
    return VERSIONS[-1]


def next_version(version: Version) -> Version | None:
    """The version that follows ``version``; None for the newest."""
    later = [other for other in VERSIONS if other.effective > version.effective]
    return later[0] if later else None


def period_end(version: Version) -> date | None:
    """The last day ``version`` governs: the day before the next one takes effect; None while no
    later version is known."""
    following = next_version(version)
    return following.effective - timedelta(days=1) if following else None


def is_in_force(version: Version, day: date) -> bool:
    return version_on(day) == version


def version_state(version: Version, day: date) -> str:
    """``upcoming`` (published, not in force yet), ``current`` (in force on ``day``) or ``past``."""
    if version.effective > day and version != VERSIONS[0]:
        return "upcoming"
    return "current" if is_in_force(version, day) else "past"


def terms_of(version: Version) -> Terms:
    return Terms(
        version=version,
        request_deadline_days=REQUEST_DEADLINE_DAYS.on(version),
        processing_first_day=PROCESSING_FIRST_DAY.on(version),
        processing_last_day=PROCESSING_LAST_DAY.on(version),
    )


#: clause-4 « jours ouvrables »: every day but Sunday and public holidays (Monday to Saturday),
#: as opposed to « jours ouvrés » (Monday to Friday). ``date.weekday()`` numbers Sunday 6.
NON_WORKING_WEEKDAYS: Final = frozenset({6})

#: French public holidays on a fixed date (month, day) — Code du travail, article L3133-1.
FIXED_PUBLIC_HOLIDAYS: Final = (
    (1, 1),  # Jour de l'an
    (5, 1),  # Fête du travail
    (5, 8),  # Victoire 1945
    (7, 14),  # Fête nationale
    (8, 15),  # Assomption
    (11, 1),  # Toussaint
    (11, 11),  # Armistice 1918
    (12, 25),  # Noël
)

#: French public holidays that move with Easter Sunday, as days after it.
EASTER_PUBLIC_HOLIDAY_OFFSETS: Final = (
    1,  # Lundi de Pâques
    39,  # Ascension
    50,  # Lundi de Pentecôte
)

#: The range of dates the checker accepts: wide enough for any real purchase, narrow enough that
#: date arithmetic (deadline, processing window) can never leave ``datetime.date``'s range.
EARLIEST_DATE: Final = (2000, 1, 1)
LATEST_DATE: Final = (2199, 12, 31)


#: The folder of the versions, under the site's root in each language (and under ``docs/``): their
#: list, each past or upcoming version's text, the comparisons.
VERSIONS_FOLDER: Final = "versions"


def archive_path(version: Version) -> str:
    """Where a past version stays published, relative to the site's root in each language: the
    one home of that address, for the site and for the checker's answers."""
    return f"{VERSIONS_FOLDER}/{version.effective.isoformat()}/"
