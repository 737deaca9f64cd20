"""The policy's parameters: every figure the rules use stands here once, next to its clause.

A change of the French policy that moves a figure is a one-line edit in this file.
"""

from __future__ import annotations

from typing import Final

#: The policy is written in French, and the French text prevails over every translation.
LANGUAGE: Final = "fr"

#: clause-2 « Les demandes de remboursement doivent être soumises dans un délai de 7 jours
#: suivant l'achat. »
REQUEST_DEADLINE_DAYS: Final = 7

#: clause-4 « Nous nous engageons à traiter votre demande dans les 5 à 7 jours ouvrables suivant
#: sa réception. »
ANSWER_WINDOW_FIRST_DAY: Final = 5
ANSWER_WINDOW_LAST_DAY: Final = 7

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
#: date arithmetic (deadline, answer window) can never leave ``datetime.date``'s range.
EARLIEST_DATE: Final = (2000, 1, 1)
LATEST_DATE: Final = (2199, 12, 31)
