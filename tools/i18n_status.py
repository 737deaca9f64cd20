"""Which translated pages lag behind the French (``make i18n-status`` / ``make i18n-check``).

    python -m tools.i18n_status              # table page × language
    python -m tools.i18n_status --check      # exit 1 if anything is out of date or missing
    python -m tools.i18n_status --record docs/index.en.md   # after updating a translation
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from policy_site.config import ROOT, site_languages
from policy_site.translations import Status, pages, record, status

DOCS = ROOT / "docs"


def table(docs: Path) -> tuple[str, bool]:
    """The report, and whether every translation is up to date."""
    languages = site_languages()
    rows = [["page", *languages]]
    all_good = True
    for page in pages(docs):
        statuses = [status(docs, page, lang) for lang in languages]
        all_good &= all(s is Status.UP_TO_DATE for s in statuses)
        rows.append([page, *(s.value for s in statuses)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    return "\n".join(lines), all_good


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 unless all is up to date")
    parser.add_argument("--docs", type=Path, default=DOCS)
    parser.add_argument("--record", nargs="+", type=Path, metavar="PAGE", default=[])
    args = parser.parse_args(argv)
    for translation in args.record:
        record(translation)
        print(f"recorded {translation}")
    report, all_good = table(args.docs)
    print(report)
    return 1 if args.check and not all_good else 0


if __name__ == "__main__":
    sys.exit(main())
