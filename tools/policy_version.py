"""Starts a new version of the policy (``make policy-version EFFECTIVE=YYYY-MM-DD``).

    python -m tools.policy_version 2027-01-01

The pages in force now (the French and every translation, with what each translation recorded)
are frozen under ``docs/versions/<its effective date>/``, where they stay published; the new
version is added to ``checker/policy.py`` with its effective date; its comparison pages are
written. Then change the French page, and the figures of the new version in ``checker/policy.py``
(``REQUEST_DEADLINE_DAYS = Figure(..., {1: 7, 2: 14})``): ``make build`` checks they agree.
"""

from __future__ import annotations

import sys
from datetime import date

from babel.dates import format_date

from checker.policy import archive_path, current_version
from policy_site import messages as t
from policy_site.config import ROOT, site_languages
from policy_site.i18n import site_text
from policy_site.versions import changes_page, freeze

DOCS = ROOT / "docs"
POLICY = ROOT / "checker" / "policy.py"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        (effective_text,) = args
        effective = date.fromisoformat(effective_text)
    except ValueError:
        print(f"usage: python -m tools.policy_version YYYY-MM-DD\n{__doc__}", file=sys.stderr)
        return 2
    titles = {
        lang: site_text(lang, t.COMPARISON_TITLE, start=format_date(effective, "long", locale=lang))
        for lang in site_languages()
    }
    frozen = current_version()
    try:
        version = freeze(DOCS, POLICY, effective, titles, date.today())
    except ValueError as error:
        print(f"policy-version: {error}", file=sys.stderr)
        return 1
    print(
        f"Version {version.number} takes effect on {effective}.\n"
        f"- version {frozen.number} is frozen in docs/{archive_path(frozen)}\n"
        f"- the comparison is docs/{changes_page(version).rstrip('/')}.<lang>.md\n"
        "Now change docs/index.fr.md, and give the figures that change a value for version "
        f"{version.number} in checker/policy.py (values {{{frozen.number}: 7, {version.number}: 14}}): "
        "make build checks that they agree. Translations show the French in force where it changed "
        "until they are updated (make i18n-status)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
