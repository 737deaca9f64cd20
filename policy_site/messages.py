"""Every text the build adds to the pages, as English message ids (catalogs in ``locales/``).

A text with a number of days has plural forms (``_n``), so every language agrees with the figure.
"""

from __future__ import annotations

from typing import Final

from checker.catalog import _, _n

# --- every translated page ------------------------------------------------------------------------
# Translators: On every translated page of the site, in the notice under the title.
FRENCH_PREVAILS: Final = _(
    "This is a translation. In case of discrepancy, the French version prevails."
)
# Translators: On every translated page of the site: the link to the French page, in the notice
# under the title. A link label: see the README's conventions for your language.
READ_FRENCH: Final = _("Read the French version")
# Translators: On every translated page of the site, in the notice under the title, when parts of
# the French changed since the translation. {date}: the day of the French change, written out
# (Tuesday 1 December 2026); {parts}: the parts' names, joined by ", " as translated (Clause 2,
# Clause 6). The number is the number of parts. A date's role after its name ({deadline:by}) says
# how that date is written there (see the entries "date role: …"): keep it, change it or drop it as
# your sentence needs.
PAGE_OUTDATED: Final = _n(
    "The French text changed on {date:on}, and this part of the translation has not been updated "
    "yet: {parts}. The French text in force is shown there.",
    "The French text changed on {date:on}, and these parts of the translation have not been updated "
    "yet: {parts}. The French text in force is shown at each of them.",
)
# Translators: On every translated page of the site, above the French text shown at a part the
# translation has not caught up with. {date}: the day of the French change, written out (Tuesday 1
# December 2026). A date's role after its name ({deadline:by}) says how that date is written there
# (see the entries "date role: …"): keep it, change it or drop it as your sentence needs.
CLAUSE_OUTDATED: Final = _(
    "The French text of this part changed on {date:on}, and the translation below has not been "
    "updated yet. The French text in force, which prevails:"
)
#: A published language with parts not translated yet (a new language, or a part added to the
#: French): those parts show the French, which is not an update that lags behind.
# Translators: On a translated page, in the notice under the title, when parts of the page were
# never translated (a language being added, a part new in the French): they are shown in French.
# {parts}: the parts' names, joined by ", " as translated (Clause 2, Clause 6). The number is the
# number of parts.
PAGE_UNTRANSLATED: Final = _n(
    "This part is not translated yet: {parts}. It is shown in French.",
    "These parts are not translated yet: {parts}. They are shown in French.",
)
# Translators: On a translated page, above the French text shown at a part never translated.
CLAUSE_UNTRANSLATED: Final = _(
    "This part is not translated yet. The French text, which prevails:"
)
# Translators: On every translated page of the site, in the notice under the title. {french}: the
# day the French text last changed (Thursday 26 November 2026); {translation}: the day this
# translation was recorded (Friday 27 November 2026). A date's role after its name ({deadline:by})
# says how that date is written there (see the entries "date role: …"): keep it, change it or drop
# it as your sentence needs.
TRANSLATION_DATES: Final = _("French text of {french:of}; this translation of {translation:of}.")
# Translators: Under the policy page, in every language. {date}: the day the French text last
# changed, written out alone (Thursday 26 November 2026).
LAST_UPDATED: Final = _("Last updated: {date}")
# Translators: The accessible name of the link symbol beside a clause's heading (policy page).
# {number}: the clause's number (1.2).
CLAUSE_LINK: Final = _("Link to clause {number}")
# Translators: The accessible name of the link symbol beside a heading that is no clause.
SECTION_LINK: Final = _("Link to this section")
#: Between the names of parts in a list (« Clause 2, Clause 6 »); Arabic has its own comma.
# Translators: Between the names of parts in a list ("Clause 2, Clause 6"), in the translation
# notice and on the comparison page: your language's comma and the space after it.
LIST_SEPARATOR: Final = _(", ")
# Translators: The link from the policy page to the checker, under the title. A link label: see the
# README's conventions for your language.
CHECKER_LINK: Final = _(
    "Check your situation in a minute: whether you can get a refund, by when, and what to send."
)

# --- Material's controls, in the page's language --------------------------------------------------
# Translators: The colour switch's button (every page's header). A button label: see the README's
# conventions for your language.
PALETTE_TO_DARK: Final = _("Switch to dark mode")
# Translators: The colour switch's button (every page's header). A button label: see the README's
# conventions for your language.
PALETTE_TO_LIGHT: Final = _("Switch to light mode")

# --- the contact block ----------------------------------------------------------------------------
# Translators: The heading of the contact block (policy page, checker page).
CONTACT_HEADING: Final = _("Contact")
# Translators: A line's label in the contact block, before the support's email address.
CONTACT_EMAIL: Final = _("Email")
# Translators: A line's label in the contact block, before the support's WhatsApp number: the
# service's name.
CONTACT_WHATSAPP: Final = _("WhatsApp")
# Translators: A line's label in the contact block, before the company's name.
CONTACT_COMPANY: Final = _("Company")

# --- the versions of the policy -------------------------------------------------------------------
# Translators: The introduction of the page that lists every version of the policy.
VERSIONS_INTRO: Final = _(
    "Every version of the refund policy stays published. A purchase is governed by the version "
    "in force on the day it was made, and the checker applies that version."
)
# Translators: A version's name: a heading of the versions page, a link of the comparison page.
# {start}: the day it took effect, written out (Thursday 26 November 2026). A date's role after its
# name ({deadline:by}) says how that date is written there (see the entries "date role: …"): keep
# it, change it or drop it as your sentence needs.
VERSION_NAME: Final = _("Version of {start:of}")
# Translators: Under the version in force, on the versions page. {start}: the day it took effect,
# written out (Thursday 26 November 2026). A date's role after its name ({deadline:by}) says how
# that date is written there (see the entries "date role: …"): keep it, change it or drop it as your
# sentence needs.
VERSION_SINCE: Final = _("In force since {start:from} (current version)")
# Translators: Under a version not in force yet, on the versions page. {start}: the day it takes
# effect, written out (Friday 1 January 2027). A date's role after its name ({deadline:by}) says how
# that date is written there (see the entries "date role: …"): keep it, change it or drop it as your
# sentence needs.
VERSION_UPCOMING: Final = _("Takes effect on {start:on}")
# Translators: Under a past version, on the versions page. {start}: the day it took effect (Thursday
# 26 November 2026); {end}: its last day (Thursday 31 December 2026). A date's role after its name
# ({deadline:by}) says how that date is written there (see the entries "date role: …"): keep it,
# change it or drop it as your sentence needs.
VERSION_PERIOD: Final = _("In force from {start:from} to {end:to}")
# Translators: A link to a version's text, on the versions page. A link label: see the README's
# conventions for your language.
READ_THIS_VERSION: Final = _("Read this version")
# Translators: A link to a version's comparison with the one before, on the versions page.
WHAT_CHANGED: Final = _("What changed from the previous version")
# Translators: A link to the versions page, under the policy page.
ALL_VERSIONS: Final = _("All versions of the policy")
# Translators: Under the policy page in force. {start}: the day its version took effect, written out
# (Thursday 26 November 2026). A date's role after its name ({deadline:by}) says how that date is
# written there (see the entries "date role: …"): keep it, change it or drop it as your sentence
# needs.
IN_FORCE_SINCE: Final = _("This version has been in force since {start:from}.")
# Translators: Under the title of a version not in force yet, and under its text. {start}: the day
# it takes effect, written out (Friday 1 January 2027). A date's role after its name ({deadline:by})
# says how that date is written there (see the entries "date role: …"): keep it, change it or drop
# it as your sentence needs.
TAKES_EFFECT: Final = _(
    "This version takes effect on {start:on}; until then, the previous version remains in force."
)
# Translators: Under the title of a past version of the policy. {start}: the day it took effect
# (Thursday 26 November 2026); {end}: its last day (Thursday 31 December 2026). A date's role after
# its name ({deadline:by}) says how that date is written there (see the entries "date role: …"):
# keep it, change it or drop it as your sentence needs.
ARCHIVE_NOTICE: Final = _(
    "This is the version of the policy in force from {start:from} to {end:to}; it still governs "
    "purchases made in that period."
)
# Translators: A link to the version in force, under the title of a past or upcoming version. A link
# label: see the README's conventions for your language.
READ_CURRENT: Final = _("Read the current version")
#: Above clause 1 of the text in force while the next version is upcoming; {date} is the day it
#: takes effect.
# Translators: Above clause 1 of the text in force, while a new version is upcoming. {date}: the day
# it takes effect, written out (Friday 1 January 2027). A date's role after its name ({deadline:by})
# says how that date is written there (see the entries "date role: …"): keep it, change it or drop
# it as your sentence needs.
UPCOMING_NOTICE: Final = _(
    "A new version of this policy takes effect on {date:on}. Until then, the text below is the one "
    "in force."
)
# Translators: A link to the upcoming version's text, after the notice above clause 1. A link label:
# see the README's conventions for your language.
READ_UPCOMING: Final = _("Read the new version")
# Translators: A link to the comparison of the upcoming version with the one in force, after the
# notice above clause 1. A link label: see the README's conventions for your language.
SEE_CHANGES: Final = _("See what changes")
# Translators: The title of the page that compares a version with the one before (written into the
# page when `make policy-version` starts the version). {start}: the day the new version takes
# effect, written out (Friday 1 January 2027). A date's role after its name ({deadline:by}) says how
# that date is written there (see the entries "date role: …"): keep it, change it or drop it as your
# sentence needs.
COMPARISON_TITLE: Final = _("What changed on {start:on}")
# Translators: The introduction of the comparison page. {old}: the day the previous version took
# effect (Thursday 26 November 2026); {new}: the day the new one takes effect (Friday 1 January
# 2027). A date's role after its name ({deadline:by}) says how that date is written there (see the
# entries "date role: …"): keep it, change it or drop it as your sentence needs.
COMPARISON_INTRO: Final = _(
    "The changes to the French text, which prevails, between the version in force from {old:from} "
    "and the version in force from {new:from}. Removed words are struck through; added words are "
    "underlined."
)
# Translators: A heading of the comparison page, above a part of the French text that changed.
# {part}: the part's name, as translated (Clause 2).
CHANGED_PART: Final = _("Changed: {part}")
# Translators: The comparison page's last line. {parts}: the parts that did not change, joined by ",
# " as translated (Introduction, Clause 1, Clause 3).
UNCHANGED_PARTS: Final = _("Unchanged: {parts}.")
# Translators: On the comparison page, when the French text is the same and only the checker's
# figures changed.
NO_CHANGE: Final = _("The French text did not change; only the figures of the checker did.")
#: A figure of the rules that changed, in the readers' words.
# Translators: A line of the comparison page, for a figure of the policy that changed. {clause}: the
# clause, as translated (Clause 2); {figure}: what the figure is, as translated (time limit for a
# refund request); {old} and {new}: its values with their unit, as translated (7 days, 14 days).
# Your language's punctuation; an arrow that points from the old value to the new one as your
# readers read (Arabic: ←).
FIGURE_CHANGE: Final = _("{clause} — {figure}: {old} → {new}")
# Translators: Read by screen readers only, before words the comparison page shows struck through:
# they were removed.
REMOVED: Final = _("removed:")
# Translators: Read by screen readers only, before words the comparison page shows underlined: they
# were added.
ADDED: Final = _("added:")
# Translators: The name of the policy's introduction (its title and first paragraph) in lists of
# parts: translation notice, comparison page.
INTRODUCTION: Final = _("Introduction")

# --- the page not found ---------------------------------------------------------------------------
# Translators: The heading of the page shown for an address that leads nowhere, and the start of
# your language's line on it, before the links to the policy and the checker.
NOT_FOUND: Final = _("Page not found")
# Translators: A link to the refund policy, on the page shown for an address that leads nowhere. A
# link label: see the README's conventions for your language.
READ_POLICY: Final = _("Read the refund policy")

# --- the checker page -----------------------------------------------------------------------------
# Translators: The checker form's button (checker page), and the link to the checker on the page
# shown for an address that leads nowhere. A button and link label: see the README's conventions
# for your language.
CHECK_BUTTON: Final = _("Check my situation")
# Translators: The checker page's status while the checker starts in the reader's browser.
STARTING: Final = _("The checker is starting in your browser…")
# Translators: The label of the checker page's progress bar while the checker downloads.
LOADING: Final = _("Downloading the checker")
# Translators: The label of the checker page's progress bar once the checker is downloaded, while it
# starts in the reader's browser (a few seconds on some phones; the bar no longer shows a figure).
PREPARING: Final = _("Getting the checker ready")
# Translators: The checker page's status while the checker starts: the table of answers below works
# without it.
SEE_TABLE: Final = _("Meanwhile, every answer is in the table below.")
# Translators: The checker page's status once the checker can answer.
READY: Final = _("The checker is ready. Nothing you enter leaves your device.")
# Translators: The checker page's status, right under its button, when the reader pressed the button
# before the checker was ready: their press is taken, and the answer will appear under the form
# by itself once the checker has started.
WAITING: Final = _(
    "Your answer will appear below as soon as the checker is ready: no need to press again."
)
# Translators: A heading of the checker's answer (checker page), above its dates.
FACTS_HEADING: Final = _("Key dates")
# Translators: A heading of the checker's answer (checker page), above the steps to take.
STEPS_HEADING: Final = _("What to do")
# Translators: A heading of the checker's answer (checker page), above clause 4's list of what a
# refund request contains.
SEND_HEADING: Final = _("What to send")
# Translators: A heading of the checker's answer (checker page), above links to the clauses it rests
# on.
CLAUSES_HEADING: Final = _("Clauses this answer rests on")
#: Printed with the answer, so that the sheet can be read alone: what the customer said.
# Translators: A heading of the printed answer (checker page), above the questions and the
# customer's answers.
INPUTS_HEADING: Final = _("Your answers")
# Translators: The checker page's email button before an answer (the same words as in the checker's
# catalog). A button label: see the README's conventions for your language.
EMAIL_BUTTON: Final = _("Write to support")
# Translators: A link under the checker's answer, to the past version of the policy that answer
# applies. A link label: see the README's conventions for your language.
READ_VERSION: Final = _("Read that version")
# Translators: A clause's name (checker page, translation notice, comparison page): the policy's
# "clause" as the translated policy page says it (Artikel in Dutch). {number}: the clause's number
# (1.2).
CLAUSE_LABEL: Final = _("Clause {number}")
# Translators: The checker page's notice when the checker cannot run in the reader's browser.
FALLBACK: Final = _(
    "The interactive checker cannot run in this browser (JavaScript or WebAssembly is "
    "unavailable, or a file could not be loaded). The table below gives the same answers, and "
    "support is available 24/7."
)

# --- the decision table and the reading of the policy ---------------------------------------------
# Translators: The heading of the checker page's table of every answer.
TABLE_HEADING: Final = _("Every answer at a glance")
# Translators: The caption of the checker page's table of every answer.
TABLE_CAPTION: Final = _("The checker's answers, generated from its rules")
# Translators: A column heading of the checker page's table of every answer.
COLUMN_PROBLEM: Final = _("Problem")
# Translators: A column heading of the checker page's table of every answer.
COLUMN_SITUATION: Final = _("Situation")
# Translators: A column heading of the checker page's table of every answer.
COLUMN_ANSWER: Final = _("Answer")
# Translators: A column heading of the checker page's table of every answer.
COLUMN_CLAUSES: Final = _("Clauses")
# Translators: A situation in the checker page's table of every answer: a request sent on time.
# {limit}: the number of days of clause 2's time limit (7).
ON_TIME: Final = _n(
    "Within {limit} day of the purchase", "Within {limit} days of the purchase"
)
# Translators: A situation in the checker page's table of every answer: a late request. {limit}: the
# number of days of clause 2's time limit (7).
LATE: Final = _n(
    "More than {limit} day after the purchase", "More than {limit} days after the purchase"
)
# Translators: A situation in the checker page's table of every answer: an answer whatever the date.
ANY_DATE: Final = _("Any date")
# Translators: The heading of the checker page's notes on how it reads the policy.
READING_HEADING: Final = _("How the checker reads the policy")
READING: Final = (
    # Translators: A note on how the checker reads the policy (checker page). {limit}: the number of
    # days of clause 2's time limit (7).
    _n(
        "Days are counted in calendar days from the date of purchase: a request sent on day "
        "{limit} is on time, so the last day is the date of purchase plus {limit} day.",
        "Days are counted in calendar days from the date of purchase: a request sent on day "
        "{limit} is on time, so the last day is the date of purchase plus {limit} days.",
    ),
    # Translators: A note on how the checker reads the policy (checker page). {limit}: the number of
    # days of clause 2's time limit (7).
    _n(
        "After {limit} day, the exception of clause 2 (technical problems that support has not "
        "resolved) applies only once technical support has tried and failed to resolve the "
        "problem; until then, the checker asks you to contact support first.",
        "After {limit} days, the exception of clause 2 (technical problems that support has not "
        "resolved) applies only once technical support has tried and failed to resolve the "
        "problem; until then, the checker asks you to contact support first.",
    ),
    # Translators: A note on how the checker reads the policy (checker page).
    _(
        "A service that does not work properly gives a right to a refund only after technical "
        "support has tried to resolve the problem, and only with the Smarters Pro or Smarters "
        "Pro Lite app (clause 1.2). Once support has solved the problem, neither clause 1.1 nor "
        "clause 1.2 applies any more, and the policy says nothing else of it: you can ask "
        "support about a partial refund."
    ),
    # Translators: A note on how the checker reads the policy (checker page): the French term stays,
    # in quotes, with your language's gloss (see the README's conventions). {first_day} and
    # {last_day}: clause 4's numbers of working days (5 and 7).
    _n(
        "The {first_day} to {last_day} “jour ouvrable” of clause 4 are counted from the day "
        "after the request is received, Monday to Saturday, without Sundays and French public "
        "holidays: they are the time the request takes to be processed.",
        "The {first_day} to {last_day} “jours ouvrables” of clause 4 are counted from the day "
        "after the request is received, Monday to Saturday, without Sundays and French public "
        "holidays: they are the time the request takes to be processed.",
    ),
    # Translators: A note on how the checker reads the policy (checker page).
    _(
        "A change of mind, an unsupported device and a poor Internet connection are excluded "
        "whatever the date (clause 3)."
    ),
    # Translators: A note on how the checker reads the policy (checker page).
    _(
        "A purchase is governed by the version of the policy in force on the day it was made; a "
        "purchase made before the first published version is read under that version."
    ),
    # Translators: A note on how the checker reads the policy (checker page).
    _(
        "The answer is an indication: support decides after verification, and your statutory "
        "consumer rights are not affected."
    ),
)
