"""Extracts, checks and compiles the gettext catalogs of the checker and of the site.

    python -m tools.catalogs extract   # after changing a message id: refresh .pot and every .po
    python -m tools.catalogs compile   # .po -> .mo (make runs it before building or testing)
    python -m tools.catalogs check     # exit 1 on any problem (the build refuses them too)
"""

from __future__ import annotations

import sys

from policy_site.catalogs import DOMAINS, check, compile_domain, extract


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "extract":
        for domain in DOMAINS:
            extract(domain)
    elif command == "compile":
        for domain in DOMAINS:
            compile_domain(domain)
    elif command == "check":
        found = [problem for domain in DOMAINS for problem in check(domain)]
        print("\n".join(found) or "All catalogs are complete.")
        return 1 if found else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
