"""Puts the Pyodide runtime, the checker archive and the page scripts into the built site
(``policy_site.bundle`` builds them). Only the checker page refers to these files: policy pages
load no Pyodide byte."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from policy_site.bundle import build
from policy_site.checker_archive import CatalogsNotCompiled
from policy_site.pyodide_runtime import RuntimeBuildError


def on_post_build(*, config: MkDocsConfig) -> None:
    """Runs once per language build (i18n plugin); files already written are kept."""
    try:
        build().write(Path(config.site_dir))
    except (CatalogsNotCompiled, RuntimeBuildError) as error:  # said as MkDocs says a hook's refusal
        raise PluginError(f"pyodide_bundle: {error}") from error
