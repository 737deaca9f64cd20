"""Reads the support contact details from ``mkdocs.yml`` (``extra.contact``), their one home.

Only the small YAML subset that file uses for them is understood (``key: value`` lines), so the
command line needs nothing beyond the standard library.
"""

from __future__ import annotations

from pathlib import Path

from checker.answer import Contact

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "mkdocs.yml"


def load_contact(config: Path = DEFAULT_CONFIG) -> Contact:
    """The ``extra.contact`` email and WhatsApp of ``config``; a missing key raises ``KeyError``."""
    values = read_block(config.read_text(encoding="utf-8").splitlines(), ("extra", "contact"))
    return Contact(email=values["email"], whatsapp=values["whatsapp"])


def read_block(lines: list[str], path: tuple[str, ...]) -> dict[str, str]:
    """The scalar ``key: value`` pairs of the nested mapping at ``path``."""
    depth, indent, values = 0, -1, {}
    for line in lines:
        stripped = line.split(" #", 1)[0].rstrip()
        if not stripped.strip() or stripped.lstrip().startswith("#"):
            continue
        level = len(stripped) - len(stripped.lstrip())
        key, _sep, value = stripped.strip().partition(":")
        if depth == len(path):
            if level <= indent:
                break
            values[key] = value.strip().strip("\"'")
        elif key == path[depth] and level > indent and not value.strip():
            depth, indent = depth + 1, level
    return values
