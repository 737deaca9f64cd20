"""Every text the build adds to the pages, as English message ids (catalogs in ``locales/``).

A text with a number of days has plural forms (``_n``), so every language agrees with the figure.
"""

from __future__ import annotations

from typing import Final

from checker.catalog import _, _n

# --- every translated page ------------------------------------------------------------------------
FRENCH_PREVAILS: Final = _(
    "This is a translation. In case of discrepancy, the French version prevails."
)
READ_FRENCH: Final = _("Read the French version")
PAGE_OUTDATED: Final = _n(
    "The French text changed on {date:on}, and this part of the translation has not been updated "
    "yet: {parts}. The French text in force is shown there.",
    "The French text changed on {date:on}, and these parts of the translation have not been updated "
    "yet: {parts}. The French text in force is shown at each of them.",
)
CLAUSE_OUTDATED: Final = _(
    "The French text of this part changed on {date:on}, and the translation below has not been "
    "updated yet. The French text in force, which prevails:"
)
TRANSLATION_DATES: Final = _("French text of {french:of}; this translation of {translation:of}.")
LAST_UPDATED: Final = _("Last updated: {date}")
CLAUSE_LINK: Final = _("Link to clause {number}")
SECTION_LINK: Final = _("Link to this section")
#: Between the names of parts in a list (« Clause 2, Clause 6 »); Arabic has its own comma.
LIST_SEPARATOR: Final = _(", ")
CHECKER_LINK: Final = _(
    "Check your situation in a minute: whether you can get a refund, by when, and what to send."
)

# --- Material's controls, in the page's language --------------------------------------------------
PALETTE_TO_DARK: Final = _("Switch to dark mode")
PALETTE_TO_LIGHT: Final = _("Switch to light mode")

# --- the contact block ----------------------------------------------------------------------------
CONTACT_HEADING: Final = _("Contact")
CONTACT_EMAIL: Final = _("Email")
CONTACT_WHATSAPP: Final = _("WhatsApp")
CONTACT_COMPANY: Final = _("Company")

# --- the versions of the policy -------------------------------------------------------------------
VERSIONS_TITLE: Final = _("Versions of the policy")
VERSIONS_INTRO: Final = _(
    "Every version of the refund policy stays published. A purchase is governed by the version "
    "in force on the day it was made, and the checker applies that version."
)
VERSION_NAME: Final = _("Version of {start:of}")
VERSION_SINCE: Final = _("In force since {start:from} (current version)")
VERSION_UPCOMING: Final = _("Takes effect on {start:on}")
VERSION_PERIOD: Final = _("In force from {start:from} to {end:to}")
READ_THIS_VERSION: Final = _("Read this version")
WHAT_CHANGED: Final = _("What changed from the previous version")
ALL_VERSIONS: Final = _("All versions of the policy")
IN_FORCE_SINCE: Final = _("This version has been in force since {start:from}.")
TAKES_EFFECT: Final = _(
    "This version takes effect on {start:on}; until then, the previous version remains in force."
)
ARCHIVE_NOTICE: Final = _(
    "This is the version of the policy in force from {start:from} to {end:to}; it still governs "
    "purchases made in that period."
)
READ_CURRENT: Final = _("Read the current version")
#: Above clause 1 of the text in force while the next version is upcoming; {date} is the day it
#: takes effect.
UPCOMING_NOTICE: Final = _(
    "A new version of this policy takes effect on {date:on}. Until then, the text below is the one "
    "in force."
)
READ_UPCOMING: Final = _("Read the new version")
SEE_CHANGES: Final = _("See what changes")
COMPARISON_TITLE: Final = _("What changed on {start:on}")
COMPARISON_INTRO: Final = _(
    "The changes to the French text, which prevails, between the version in force from {old:from} "
    "and the version in force from {new:from}. Removed words are struck through; added words are "
    "underlined."
)
CHANGED_PART: Final = _("Changed: {part}")
UNCHANGED_PARTS: Final = _("Unchanged: {parts}.")
NO_CHANGE: Final = _("The French text did not change; only the figures of the checker did.")
#: A figure of the rules that changed, in the readers' words.
FIGURE_CHANGE: Final = _("{clause} — {figure}: {old} → {new}")
REMOVED: Final = _("removed:")
ADDED: Final = _("added:")
INTRODUCTION: Final = _("Introduction")

# --- the checker page -----------------------------------------------------------------------------
CHECK_BUTTON: Final = _("Check my situation")
STARTING: Final = _("The checker is starting in your browser…")
LOADING: Final = _("Downloading the checker")
SEE_TABLE: Final = _("Meanwhile, every answer is in the table below.")
READY: Final = _("The checker is ready. Nothing you enter leaves your device.")
FILL_THE_FORM: Final = _("Choose a problem and enter the date of purchase to see the answer.")
FACTS_HEADING: Final = _("Key dates")
STEPS_HEADING: Final = _("What to do")
SEND_HEADING: Final = _("What to send")
CLAUSES_HEADING: Final = _("Clauses this answer rests on")
#: Printed with the answer, so that the sheet can be read alone: what the customer said.
INPUTS_HEADING: Final = _("Your answers")
EMAIL_BUTTON: Final = _("Write to support")
READ_VERSION: Final = _("Read that version")
CLAUSE_LABEL: Final = _("Clause {number}")
FALLBACK: Final = _(
    "The interactive checker cannot run in this browser (JavaScript or WebAssembly is "
    "unavailable, or a file could not be loaded). The table below gives the same answers, and "
    "support is available 24/7."
)

# --- the decision table and the reading of the policy ---------------------------------------------
TABLE_HEADING: Final = _("Every answer at a glance")
TABLE_CAPTION: Final = _("The checker's answers, generated from its rules")
COLUMN_PROBLEM: Final = _("Problem")
COLUMN_SITUATION: Final = _("Situation")
COLUMN_ANSWER: Final = _("Answer")
COLUMN_CLAUSES: Final = _("Clauses")
ON_TIME: Final = _n(
    "Within {limit} day of the purchase", "Within {limit} days of the purchase"
)
LATE: Final = _n(
    "More than {limit} day after the purchase", "More than {limit} days after the purchase"
)
ANY_DATE: Final = _("Any date")
READING_HEADING: Final = _("How the checker reads the policy")
READING: Final = (
    _n(
        "Days are counted in calendar days from the date of purchase: a request sent on day "
        "{limit} is on time, so the last day is the date of purchase plus {limit} day.",
        "Days are counted in calendar days from the date of purchase: a request sent on day "
        "{limit} is on time, so the last day is the date of purchase plus {limit} days.",
    ),
    _n(
        "After {limit} day, the exception of clause 2 (technical problems that support has not "
        "resolved) applies only once technical support has tried and failed to resolve the "
        "problem; until then, the checker asks you to contact support first.",
        "After {limit} days, the exception of clause 2 (technical problems that support has not "
        "resolved) applies only once technical support has tried and failed to resolve the "
        "problem; until then, the checker asks you to contact support first.",
    ),
    _(
        "A service that does not work properly gives a right to a refund only after technical "
        "support has tried to resolve the problem, and only with the Smarters Pro or Smarters "
        "Pro Lite app (clause 1.2). Once support has solved the problem, neither clause 1.1 nor "
        "clause 1.2 applies any more, and the policy says nothing else of it: you can ask "
        "support about a partial refund."
    ),
    _n(
        "The {first_day} to {last_day} “jour ouvrable” of clause 4 are counted from the day "
        "after the request is received, Monday to Saturday, without Sundays and French public "
        "holidays: they are the time the request takes to be processed.",
        "The {first_day} to {last_day} “jours ouvrables” of clause 4 are counted from the day "
        "after the request is received, Monday to Saturday, without Sundays and French public "
        "holidays: they are the time the request takes to be processed.",
    ),
    _(
        "A change of mind, an unsupported device and a poor Internet connection are excluded "
        "whatever the date (clause 3)."
    ),
    _(
        "A purchase is governed by the version of the policy in force on the day it was made; a "
        "purchase made before the first published version is read under that version."
    ),
    _(
        "The answer is an indication: support decides after verification, and your statutory "
        "consumer rights are not affected."
    ),
)
