"""Fails the build, saying what to change, when the text and the rules disagree
(``policy_site.consistency``): a figure of the French that is not the figure of the rules, a
translation with a clause id missing or moved, or with other figures than the French it translates."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from policy_site.build_warning import warn
from policy_site.config import site_languages
from policy_site.consistency import disagreements, undated_changes

_checked: set[str] = set()


def on_pre_build(*, config: MkDocsConfig) -> None:
    """Once per build (the i18n plugin builds each language from the same files)."""
    docs = Path(config.docs_dir)
    if str(docs) in _checked:
        return
    translated = site_languages(Path(config.config_file_path))[1:]
    if problems := disagreements(docs, translated):
        raise PluginError("the text and the rules disagree:\n  " + "\n  ".join(problems))
    for problem in undated_changes(docs, translated):
        warn(problem)
    _checked.add(str(docs))
