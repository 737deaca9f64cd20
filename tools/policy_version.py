"""Starts a new version of the policy (``make policy-version EFFECTIVE=YYYY-MM-DD``).

    python -m tools.policy_version 2027-01-01
    python -m tools.policy_version 2026-12-10 --force   # a correction (make ... FORCE=1)

The pages now in ``docs/`` (the French and every translation, with what each translation recorded)
are frozen under ``docs/versions/<their effective date>/``, where they stay published; the new
version is added to ``checker/policy.py`` with its effective date; its comparison pages are
written. Then change the French page, and the figures of the new version in ``checker/policy.py``
(``REQUEST_DEADLINE_DAYS = Figure(..., {1: 7, 2: 14})``): ``make build`` checks they agree.

The new version must take effect after today (in France, or ``BUILD_DATE``): until that day the
site shows the version in force, with a notice of the new one. A date not after today would
govern purchases already made under the published text; ``--force`` allows it, for a correction,
and says what it changes.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from checker.dates import written
from checker.parse import InputError, parse_day
from checker.policy import archive_path, latest_version
from policy_site import messages as t
from policy_site.build_day import BuildDayError, build_day
from policy_site.config import DOCS, ROOT, site_languages
from policy_site.i18n import site_text
from policy_site.translations import change_day
from policy_site.versions import changes_page, freeze, french_of_version

POLICY = ROOT / "checker" / "policy.py"
REFUSED = 2


class Refused(ValueError):
    """The effective date cannot start a version; the message says why and what to do."""


def effective_date(text: str, today: date, force: bool) -> date:
    """``text`` as the day a new version takes effect: a real day, written YYYY-MM-DD, after the
    newest version and (unless ``force``) after ``today``."""
    shown = text[:40]
    try:
        effective = parse_day(text, "EFFECTIVE")  # the checker's own reading of a day
    except InputError as error:
        if error.code == "invalid_date":
            raise Refused(f"EFFECTIVE={shown!r}: write the day as YYYY-MM-DD (EFFECTIVE=2027-01-01)") from None
        raise Refused(f"EFFECTIVE={shown}: there is no such day the checker can read") from None
    newest = latest_version()
    if effective <= newest.effective:
        raise Refused(
            f"EFFECTIVE={effective}: the new version must take effect after the newest one, "
            f"version {newest.number} of {newest.effective}"
        )
    if effective <= today and not force:
        raise Refused(
            f"EFFECTIVE={effective} is not after today ({today}): the new terms would govern "
            "purchases already made under the published text. Choose a later day; to correct "
            "a version, add FORCE=1 (make policy-version EFFECTIVE=... FORCE=1)."
        )
    return effective


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make policy-version", description=__doc__.split("\n\n")[0] if __doc__ else None
    )
    parser.add_argument("effective", metavar="YYYY-MM-DD", help="the day the new version takes effect")
    parser.add_argument(
        "--force", action="store_true", help="allow a day that is not after today (a correction)"
    )
    args = parser.parse_args(argv)
    try:
        today = build_day()
        effective = effective_date(args.effective.strip(), today, args.force)
    except (Refused, BuildDayError) as error:
        print(f"policy-version: {error}", file=sys.stderr)
        return REFUSED
    titles = {
        lang: site_text(lang, t.COMPARISON_TITLE, start=written(effective, lang))
        for lang in site_languages()
    }
    frozen = latest_version()
    try:
        version = freeze(DOCS, POLICY, effective, titles, change_day(french_of_version(DOCS, frozen)))
    except ValueError as error:
        print(f"policy-version: {error}", file=sys.stderr)
        return REFUSED
    if effective <= today:
        print(
            f"policy-version: --force: version {version.number} governs the purchases made from "
            f"{effective} on, those already made until today ({today}) included: their answers "
            "change. Say so to the customers concerned.",
            file=sys.stderr,
        )
    print(
        f"Version {version.number} takes effect on {effective}.\n"
        f"- version {frozen.number} is frozen in docs/{archive_path(frozen)}\n"
        f"- the comparison is docs/{changes_page(version).rstrip('/')}.<lang>.md\n"
        "Now change docs/index.fr.md (its updated: is today), and give the figures that change a "
        f"value for version {version.number} in checker/policy.py (values {{{frozen.number}: 7, "
        f"{version.number}: 14}}): make build checks that they agree. Until {effective} the site "
        "shows the version in force, with a notice of this one. Translations show the French in "
        "force where it changed until they are updated (make i18n-status)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
