"""Loads the checker's message catalogs (gettext ``.mo`` files compiled from ``locales/*.po``).

The catalogs are the checker's list of languages; English is the language of the message ids.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from checker.policy import LANGUAGE as POLICY_LANGUAGE

LOCALES = Path(__file__).parent / "locales"
DOMAIN = "checker"


class CatalogsMissing(RuntimeError):
    """The ``.po`` catalogs were never compiled: an installation step was skipped."""


def _(message: str) -> str:
    """Marks ``message`` for extraction (Babel); it is translated later, when a language is known."""
    return message


def policy_language() -> str:
    """The policy's own language, the default of every answer."""
    return POLICY_LANGUAGE


@cache
def languages() -> tuple[str, ...]:
    """The languages with a compiled catalog, the policy's language first."""
    found = sorted(path.parent.parent.name for path in LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    if POLICY_LANGUAGE not in found:
        raise CatalogsMissing(
            f"the checker's catalogs are not compiled ({LOCALES}/*/LC_MESSAGES/{DOMAIN}.mo): "
            "run `make catalogs`"
        )
    return tuple(sorted(found, key=lambda code: code != POLICY_LANGUAGE))


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of ``lang``; a missing ``.mo`` is an installation mistake and raises."""
    languages()  # the clear message when nothing is compiled
    return gettext.translation(DOMAIN, localedir=str(LOCALES), languages=[lang])


def is_language(code: object) -> bool:
    """True for a language code that has a catalog."""
    return isinstance(code, str) and code in languages()
