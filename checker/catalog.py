"""Loads the checker's message catalogs (gettext ``.mo`` files compiled from ``locales/*.po``).

French is the policy's language and the default; English is the language of the message ids.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

LOCALES = Path(__file__).parent / "locales"
DOMAIN = "checker"
DEFAULT_LANGUAGE = "fr"


def _(message: str) -> str:
    """Marks ``message`` for extraction (Babel); it is translated later, when a language is known."""
    return message


@cache
def languages() -> tuple[str, ...]:
    """The languages with a compiled catalog, French first: the catalogs are the only list."""
    found = sorted(path.parent.parent.name for path in LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    return tuple(sorted(found, key=lambda code: code != DEFAULT_LANGUAGE))


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of ``lang``; a missing ``.mo`` is a build mistake and raises."""
    return gettext.translation(DOMAIN, localedir=str(LOCALES), languages=[lang])


def is_language(code: object) -> bool:
    """True for a language code that has a catalog."""
    return isinstance(code, str) and code in languages()
