"""Fails the build, saying what to change, when a translated page holds more than text
(``policy_site.translated_text``: raw HTML, attribute lists, template syntax, links the French has
not, hidden characters), whether it was recorded or edited by hand, and when the text and the rules
disagree (``policy_site.consistency``): a figure of the French that is not the figure of the rules,
a number of the French that no figure reads, a translation with a clause id missing or moved, or
with other figures than the French it translates, and a French change whose ``updated:`` was not
moved on."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from policy_site.build_warning import warn
from policy_site.config import site_languages
from policy_site.consistency import disagreements, undated_changes
from policy_site.i18n import building_a_language
from policy_site.published import source_docs
from policy_site.translations import page_text_problems


def on_pre_build(*, config: MkDocsConfig) -> None:
    """Once per build (the i18n plugin builds each language from the same files), on ``docs/``
    itself, not the copy published for the build day."""
    if building_a_language(config):
        return
    docs = source_docs(Path(config.docs_dir))
    translated = site_languages(Path(config.config_file_path))[1:]
    markup = page_text_problems(docs, translated)
    problems = disagreements(docs, translated)
    # A French change left undated would show readers, and make i18n-status, a wrong day: a
    # strict build (make build) stops on it; a lenient one only warns.
    undated = undated_changes(docs, translated)
    if config.strict:
        problems += undated
    else:
        for problem in undated:
            warn(problem)
    sections = {
        "translations hold more than text": markup,
        "the text and the rules disagree": problems,
    }
    if said := [f"{heading}:\n  " + "\n  ".join(found) for heading, found in sections.items() if found]:
        raise PluginError("\n".join(said))
