"""The marks of a text to translate: Babel extracts the calls to ``_``, ``_n`` and ``_p`` (with the
``# Translators:`` comment right above each, the catalogs' ``#.`` lines), and they give the text
back untranslated, to be looked up once a language is known (``catalog.localize``).

They import nothing, so that any module of the checker (``policy.py`` included, which the catalog
loader reads) can mark its texts.
"""

from __future__ import annotations

from typing import NamedTuple


def _(message: str) -> str:
    """Marks ``message`` for extraction (Babel); it is translated later, when a language is known."""
    return message


class Plural(NamedTuple):
    """A message whose words change with a number (``ngettext``): each catalog has as many forms
    as its language's ``Plural-Forms`` say (Arabic six). The number is the message's last
    placeholder that holds an integer: « {first_day} to {last_day} working days » agrees with
    ``last_day``."""

    singular: str
    plural: str


def _n(singular: str, plural: str) -> Plural:
    """Marks a message with plural forms for extraction."""
    return Plural(singular, plural)


class InContext(NamedTuple):
    """A message whose words depend on a context (``pgettext``, the catalog's ``msgctxt``): the
    same English text, translated once per context."""

    context: str
    message: str


def _p(context: str, message: str) -> InContext:
    """Marks a message in a context for extraction."""
    return InContext(context, message)
