"""The ``{{ token }}`` placeholders the pages may hold, and the check that they hold no other:
a misspelt token would otherwise be published as it stands."""

from __future__ import annotations

import re
from typing import Final

CONTACT_EMAIL: Final = "{{ contact.email }}"
CONTACT_CARD: Final = "{{ contact.card }}"
CHECKER: Final = "{{ checker }}"
VERSIONS: Final = "{{ versions }}"
VERSION_CHANGES: Final = "{{ version_changes }}"
#: Tokens replaced in the HTML (hooks' ``on_page_content``); the others in the Markdown.
IN_HTML: Final = frozenset({CHECKER, VERSIONS, VERSION_CHANGES})
KNOWN: Final = frozenset({CONTACT_EMAIL, CONTACT_CARD, *IN_HTML})

TOKEN = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def unknown_tokens(markdown: str) -> list[str]:
    """The tokens of ``markdown`` that no hook replaces."""
    return [token for token in TOKEN.findall(markdown) if token not in KNOWN]
