"""The site's languages for the tests, from their one home (``mkdocs.yml``)."""

from __future__ import annotations

from policy_site.config import site_languages
from policy_site.i18n import text_direction

LANGUAGES = site_languages()
RIGHT_TO_LEFT = frozenset(lang for lang in LANGUAGES if text_direction(lang) == "rtl")
POLICY_LANGUAGE = LANGUAGES[0]
#: The policy's language, the first translation, and every right-to-left one: what tests that
#: cannot afford every language run on.
SAMPLE = tuple(dict.fromkeys((LANGUAGES[0], LANGUAGES[1], *sorted(RIGHT_TO_LEFT))))


def prefix(lang: str) -> str:
    """The site-relative folder of a language: French at the root, others under ``<lang>/``."""
    return "" if lang == POLICY_LANGUAGE else f"{lang}/"
