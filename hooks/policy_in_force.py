"""Publishes the version of the policy in force on the build day at the site's root: while the
newest version (``docs/index.<lang>.md``) is upcoming, the build reads a copy of ``docs/`` where the
version in force is at the root and the newest one under ``versions/<its date>/``
(``policy_site.published``). The day is today in France, or ``BUILD_DATE``."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from policy_site.build_day import BuildDayError, build_day
from policy_site.published import published_docs, source_docs


@event_priority(100)  # before any hook or plugin reads docs_dir
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    docs = Path(config.docs_dir)
    if source_docs(docs) != docs:
        return config  # the i18n plugin's build of another language: already the published copy
    try:
        day = build_day()
    except BuildDayError as error:
        raise PluginError(str(error)) from None
    config.docs_dir = str(published_docs(docs, day))
    return config
