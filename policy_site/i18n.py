"""The hooks' shared view of languages: which one a page is in, and its catalog of site texts."""

from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

LOCALES = Path(__file__).parent / "locales"
SOURCE_LANGUAGE = "fr"
RIGHT_TO_LEFT = frozenset({"ar"})


def page_language(page: Page, config: MkDocsConfig) -> str:
    """The language of ``page``: the i18n plugin's locale, else the theme's language."""
    locale: Any = getattr(page.file, "locale", None)
    return str(locale or config.theme["language"])


def building_a_language(config: MkDocsConfig) -> bool:
    """True inside the i18n plugin's per-language rebuilds, False in the outermost build, whose
    last ``on_post_build`` sees the whole site."""
    plugin: Any = config.plugins.get("i18n")
    return bool(getattr(plugin, "building", False))


def text_direction(lang: str) -> str:
    return "rtl" if lang in RIGHT_TO_LEFT else "ltr"


@cache
def site_gettext(lang: str) -> Callable[[str], str]:
    """The translation function of the ``site`` catalog; a missing ``.mo`` fails the build."""
    return gettext.translation("site", localedir=str(LOCALES), languages=[lang]).gettext


def languages(config: MkDocsConfig) -> list[str]:
    """The site's languages as the i18n plugin is configured, French (the default) first."""
    plugin: Any = config.plugins["i18n"]
    locales = [language.locale for language in plugin.config.languages]
    return sorted(locales, key=lambda locale: locale != SOURCE_LANGUAGE)


def page_url_in(lang: str, src_uri_base: str) -> str:
    """Site-relative URL of a page in ``lang``: French at the root, others under ``/<lang>/``."""
    prefix = "" if lang == SOURCE_LANGUAGE else f"{lang}/"
    return prefix + ("" if src_uri_base == "index" else f"{src_uri_base}/")


def page_base(page: Page) -> str:
    """``index`` for ``index.en.md``, ``checker`` for ``checker.fr.md``: the page in any language."""
    name = Path(page.file.src_uri).name
    return name.split(".", 1)[0]


def relative_root(page: Page) -> str:
    """The relative path from ``page`` to the site root, so the site works under a subpath."""
    depth = page.url.count("/")
    return "../" * depth if depth else "./"
