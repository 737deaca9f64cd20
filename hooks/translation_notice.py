"""Opens every translated page with the notice that the French prevails, plus a warning when the
French has changed since the translation was made (see ``translation_status``)."""

from __future__ import annotations

from pathlib import Path

import site_messages as t
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from site_i18n import SOURCE_LANGUAGE, page_base, page_language, relative_root, site_gettext
from translation_status import HASH_KEY, source_hash


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = page_language(page, config)
    if lang == SOURCE_LANGUAGE:
        return markdown
    _ = site_gettext(lang)
    base = page_base(page)
    french = Path(config.docs_dir) / f"{base}.{SOURCE_LANGUAGE}.md"
    french_url = relative_root(page) + ("" if base == "index" else f"{base}/")
    link = f'<a href="{french_url}" hreflang="fr">{_(t.READ_FRENCH)}</a>'
    outdated = str(page.meta.get(HASH_KEY, "")) != source_hash(french)
    kind, text = ("warning", _(t.MAY_BE_OUTDATED)) if outdated else ("info", _(t.FRENCH_PREVAILS))
    notice = (
        f'<div class="translation-notice {kind}" role="note" data-translation="{kind}">'
        f"<p>{text} {link}</p></div>\n\n"
    )
    title, _sep, rest = markdown.partition("\n")
    # Below the page title, so the heading stays the first thing a screen reader meets.
    return f"{title}\n\n{notice}{rest}" if title.startswith("# ") else notice + markdown
