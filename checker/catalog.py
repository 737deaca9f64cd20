"""Loads the checker's message catalogs (gettext ``.mo`` files compiled from ``locales/*.po``).

The catalogs are the checker's list of languages; English is the language of the message ids.
"""

from __future__ import annotations

import gettext
import re
from functools import cache
from pathlib import Path

from checker.marks import InContext, Plural, _, _n, _p
from checker.policy import LANGUAGE as POLICY_LANGUAGE

__all__ = ["InContext", "Plural", "_", "_n", "_p"]  # the marks, where the catalogs are read

LOCALES = Path(__file__).parent / "locales"
#: A placeholder: its name, and a date's role (``{deadline:by}``, ``checker/dates.py``), a word.
#: The one home of what a catalog's text may hold in braces (the site's catalogs and the
#: translations' rule read it here).
PLACEHOLDER = re.compile(r"\{(\w+)(?::\w+)?\}")
DOMAIN = "checker"


class CatalogsMissing(RuntimeError):
    """The ``.po`` catalogs were never compiled: an installation step was skipped."""


def localize(
    translation: gettext.NullTranslations,
    message: str | Plural | InContext,
    /,
    count: int | None = None,
    **values: object,
) -> str:
    """``message`` in the catalog's language, its placeholders filled with ``values``; a plural
    message agrees with ``count``, or else with its last integer placeholder."""
    if isinstance(message, InContext):
        text = translation.pgettext(*message)
    elif isinstance(message, Plural):
        if count is None:
            count = next(
                value
                for name in reversed(PLACEHOLDER.findall(message.plural))
                if isinstance(value := values.get(name), int)
            )
        text = translation.ngettext(message.singular, message.plural, count)
    else:
        text = translation.gettext(message)
    return text.format(**values)


def policy_language() -> str:
    """The policy's own language, the default of every answer."""
    return POLICY_LANGUAGE


def catalog_path(locales: Path, lang: str, domain: str, suffix: str) -> Path:
    """Where gettext finds the catalog of ``domain`` in ``lang`` (``suffix``: ``.po`` or ``.mo``):
    the one home of that layout."""
    return locales / lang / "LC_MESSAGES" / f"{domain}{suffix}"


def catalog_files(locales: Path, domain: str, suffix: str) -> list[tuple[str, Path]]:
    """Every language's catalog of ``domain`` under ``locales``, by language code."""
    pattern = catalog_path(Path(), "*", domain, suffix).as_posix()
    return sorted((path.parent.parent.name, path) for path in locales.glob(pattern))


@cache
def languages() -> tuple[str, ...]:
    """The languages with a compiled catalog, the policy's language first."""
    found = [lang for lang, _path in catalog_files(LOCALES, DOMAIN, ".mo")]
    if POLICY_LANGUAGE not in found:
        raise CatalogsMissing(
            f"the checker's catalogs are not compiled ({catalog_path(LOCALES, '*', DOMAIN, '.mo')}): "
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
