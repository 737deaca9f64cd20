"""Every text the build adds to the pages, as English message ids (catalogs in ``locales/``)."""

from __future__ import annotations

from typing import Final


def _(message: str) -> str:
    """Marks ``message`` for extraction; the build translates it per page language."""
    return message


# --- every translated page ------------------------------------------------------------------------
FRENCH_PREVAILS: Final = _(
    "This is a translation. In case of discrepancy, the French version prevails."
)
MAY_BE_OUTDATED: Final = _(
    "The French text has changed since this translation was made: this translation may be out "
    "of date."
)
READ_FRENCH: Final = _("Read the French version")
LAST_UPDATED: Final = _("Last updated: {date}")
CLAUSE_LINK: Final = _("Link to this clause")

# --- the contact block ----------------------------------------------------------------------------
CONTACT_HEADING: Final = _("Contact")
CONTACT_EMAIL: Final = _("Email")
CONTACT_WHATSAPP: Final = _("WhatsApp")
CONTACT_COMPANY: Final = _("Company")

# --- the checker page -----------------------------------------------------------------------------
CHECK_BUTTON: Final = _("Check my situation")
STARTING: Final = _("The checker is starting in your browser…")
READY: Final = _("The checker is ready. Nothing you enter leaves your device.")
FILL_THE_FORM: Final = _("Choose a problem and enter the date of purchase to see the answer.")
FACTS_HEADING: Final = _("Key dates")
STEPS_HEADING: Final = _("What to do")
SEND_HEADING: Final = _("What to send")
CLAUSES_HEADING: Final = _("Clauses this answer rests on")
EMAIL_BUTTON: Final = _("Write to support")
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
ON_TIME: Final = _("Within {limit} days of the purchase")
LATE: Final = _("More than {limit} days after the purchase")
ANY_DATE: Final = _("Any date")
READING_HEADING: Final = _("How the checker reads the policy")
READING: Final = (
    _(
        "Days are counted in calendar days from the date of purchase: a request sent on day "
        "{limit} is on time, so the last day is the date of purchase plus {limit} days."
    ),
    _(
        "After {limit} days, the exception of clause 2 applies only once technical support has "
        "tried and failed to resolve the problem; until then, the checker asks you to contact "
        "support first."
    ),
    _(
        "A service that does not work properly gives a right to a refund only after technical "
        "support has tried to resolve the problem, and only with the Smarters Pro or Smarters "
        "Pro Lite app (clause 1.2). A problem that support has resolved gives no refund."
    ),
    _(
        "The {first_day} to {last_day} “jours ouvrables” of clause 4 are counted from the day "
        "after the request is received, Monday to Saturday, without Sundays and French public "
        "holidays."
    ),
    _(
        "A change of mind, an unsupported device and a poor Internet connection are excluded "
        "whatever the date (clause 3)."
    ),
    _(
        "The answer is an indication: support decides after verification, and your statutory "
        "consumer rights are not affected."
    ),
)
