"""Fails the build when a link of the built site leads nowhere (``policy_site.links``): a page, an
asset, an anchor, or the ``hreflang`` alternate of a page in another language."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from policy_site.i18n import building_a_language
from policy_site.links import broken_links

SHOWN = 20


@event_priority(-300)  # after every language is built and the deployment files are written
def on_post_build(*, config: MkDocsConfig) -> None:
    if building_a_language(config):
        return
    if broken := broken_links(Path(config.site_dir), str(config.site_url or "/")):
        more = f"\n  … and {len(broken) - SHOWN} more" if len(broken) > SHOWN else ""
        raise PluginError(
            f"{len(broken)} links of the built site lead nowhere:\n  "
            + "\n  ".join(broken[:SHOWN]) + more
        )
