"""Material's own controls in the page's language: the palette toggle's name and the headings'
permalink title come from the configuration, so without this hook every language would show the
same words. The i18n plugin runs ``on_config`` again for each language it builds."""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from policy_site import messages as t
from policy_site.i18n import site_text

#: What the toggle of each palette does: it switches to the other one.
TOGGLE_NAMES = {"default": t.PALETTE_TO_DARK, "slate": t.PALETTE_TO_LIGHT}


@event_priority(-150)  # after the i18n plugin (-100) has set this build's language
def on_config(config: MkDocsConfig) -> None:
    lang = str(config.theme["language"])
    palette: list[dict[str, Any]] = config.theme["palette"]
    for option in palette:
        option["toggle"]["name"] = site_text(lang, TOGGLE_NAMES[option["scheme"]])
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = site_text(lang, t.SECTION_LINK)
