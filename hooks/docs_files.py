"""Fails the build, before anything reads ``docs/``, on an entry that would publish what lies
outside it: a symbolic link that resolves elsewhere (``policy_site.docs_files``). ``make serve``
builds first, so it never serves one either: it stops on it, or keeps the site it built last."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from policy_site.docs_files import unpublishable
from policy_site.published import source_docs


@event_priority(200)  # before hooks/policy_in_force.py (100) copies docs/ for the build day
def on_config(config: MkDocsConfig) -> None:
    if found := unpublishable(source_docs(Path(config.docs_dir))):
        raise PluginError(
            "docs/ holds what must not be published (MkDocs would copy what these point to):\n  "
            + "\n  ".join(found)
        )
