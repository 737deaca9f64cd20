"""The versions of the policy on the site: which version a page is, the archive of past versions
(their French and translations as they stood), and what changed from one version to the next.

Layout, under ``docs/``: ``index.<lang>.md`` is the version in force; ``versions/<effective date>/``
holds a past version's pages as they were frozen; ``versions/changes-<effective date>.<lang>.md``
compares a version with the one before it; ``versions/index.<lang>.md`` lists them all.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checker.catalog import policy_language
from checker.contact import load_contact
from checker.policy import (
    FIGURES,
    VERSIONS,
    VERSIONS_FOLDER,
    Figure,
    Version,
    archive_path,
    latest_version,
    period_end,
)
from policy_site.segments import read_page
from policy_site.tokens import CONTACT_EMAIL
from policy_site.word_diff import diff_words

POLICY_PAGE = "index"
#: What keeps a page out of the site's search (Material's front matter key).
SEARCH_EXCLUDED = "search:\n  exclude: true\n"
#: A comparison page's name: this prefix and the effective date of the version it compares.
CHANGES_PREFIX = "changes-"
ARCHIVED = re.compile(rf"^{VERSIONS_FOLDER}/(\d{{4}}-\d{{2}}-\d{{2}})/{POLICY_PAGE}\.")


@dataclass(frozen=True, slots=True)
class Period:
    """When a version was in force; ``end`` is None for the version in force today."""

    version: Version
    end: date | None


def periods() -> list[Period]:
    """Every version with its period, oldest first."""
    return [Period(version, period_end(version)) for version in VERSIONS]


def page_version(src_uri: str, root: Version) -> Version | None:
    """The version a policy page is: ``root`` for ``index.<lang>.md`` (the newest version in
    ``docs/``, the version in force in the published copy: published.py), the archived one for
    ``versions/<date>/index.<lang>.md``; None for any other page."""
    if re.fullmatch(rf"{POLICY_PAGE}\.\w+\.md", src_uri):
        return root
    if match := ARCHIVED.match(src_uri):
        return next((v for v in VERSIONS if v.effective.isoformat() == match[1]), None)
    return None


def policy_pages(docs: Path, root: Version | None = None) -> dict[Path, Version]:
    """Every French policy page, at the root and archived, with its version (``root``: the
    version at the root, the newest one in ``docs/``)."""
    found = {}
    for path in sorted(docs.rglob(f"{POLICY_PAGE}.{policy_language()}.md")):
        version = page_version(path.relative_to(docs).as_posix(), root or latest_version())
        if version is not None:
            found[path] = version
    return found


def french_of_version(docs: Path, version: Version, root: Version | None = None) -> Path:
    """Where the French text of ``version`` is: at the root, or archived."""
    if version == (root or latest_version()):
        return docs / f"{POLICY_PAGE}.{policy_language()}.md"
    return docs / archive_path(version) / f"{POLICY_PAGE}.{policy_language()}.md"


def changes_page(version: Version) -> str:
    """The comparison of ``version`` with the one before it, relative to the site's root."""
    return f"{VERSIONS_FOLDER}/{CHANGES_PREFIX}{version.effective.isoformat()}/"


def french_comparison_pages(docs: Path) -> list[Path]:
    """The French comparison pages under ``docs`` (``versions/changes-<date>.fr.md``), oldest first."""
    return sorted((docs / VERSIONS_FOLDER).glob(f"{CHANGES_PREFIX}*.{policy_language()}.md"))


def compared_day(page_name: str) -> date:
    """The effective date of the version a comparison page compares (``changes-2027-01-01.en.md``)."""
    return date.fromisoformat(page_name.split(".")[0].removeprefix(CHANGES_PREFIX))


# --- the comparison of two versions ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartChange:
    """A part of the French text that changed, word by word."""

    id: str
    runs: list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class FigureChange:
    """A figure of the rules that another version values otherwise."""

    figure: Figure
    old: int
    new: int


@dataclass(frozen=True, slots=True)
class Comparison:
    old: Version
    new: Version
    changed: list[PartChange]
    unchanged: list[str]
    #: The checker's figures that changed, with their old and new values.
    figures: list[FigureChange]


def compare(docs: Path, new: Version, root: Version | None = None) -> Comparison:
    """What changed in the French text, and in the figures, from the version before ``new``."""
    old = VERSIONS[new.number - 2]
    before, after = (read_page(french_of_version(docs, v, root)) for v in (old, new))
    email = load_contact().email
    changed, unchanged = [], []
    for part in after.segments:
        previous = before.get(part.id)
        if previous is not None and previous.text == part.text:
            unchanged.append(part.id)
            continue
        old_text = previous.text if previous else ""
        runs = diff_words(old_text.replace(CONTACT_EMAIL, email), part.text.replace(CONTACT_EMAIL, email))
        changed.append(PartChange(part.id, runs))
    figures = [
        FigureChange(figure, figure.on(old), figure.on(new))
        for figure in FIGURES
        if figure.on(old) != figure.on(new)
    ]
    return Comparison(old, new, changed, unchanged, figures)


# --- starting a new version -----------------------------------------------------------------------


def freeze(
    docs: Path, policy_file: Path, effective: date, titles: dict[str, str], today: date
) -> Version:
    """Starts a new version that takes effect on ``effective``: the current pages (French and
    translations, with their records) are copied to the archive of the current version, the new
    version is added to ``checker/policy.py``, its comparison pages are written (``titles``: their
    title in each language), and the French page is dated ``today``."""
    current = latest_version()
    if effective <= current.effective:
        raise ValueError(
            f"the new version must take effect after the current one ({current.effective})"
        )
    archive = docs / archive_path(current)
    if archive.exists():
        raise ValueError(f"{archive} exists already")
    archive.mkdir(parents=True)
    for lang, title in titles.items():
        source = docs / f"{POLICY_PAGE}.{lang}.md"
        shutil.copyfile(source, archive / source.name)
        mark_archived(archive / source.name)
        changes = docs / f"{changes_page(Version(0, effective)).rstrip('/')}.{lang}.md"
        changes.write_text(CHANGES_PAGE.format(title=title), encoding="utf-8")
    french = docs / f"{POLICY_PAGE}.{policy_language()}.md"
    text = french.read_text(encoding="utf-8")
    french.write_text(re.sub(r"(?m)^updated: .*$", f"updated: {today.isoformat()}", text, count=1), "utf-8")
    new = Version(current.number + 1, effective)
    add_version(policy_file, new)
    return new


#: A comparison page: its body is generated (hooks/versions.py), its title is in its language.
CHANGES_PAGE = """---
title: "{title}"
search:
  exclude: true
---

# {title} {{#changes}}

{{{{ version_changes }}}}
"""


def mark_archived(page: Path) -> None:
    """An archived page stays out of the site's search: readers look for the policy in force."""
    page.write_text(excluded_from_search(page.read_text(encoding="utf-8")), encoding="utf-8")


def excluded_from_search(text: str) -> str:
    """A page's source with ``search: exclude: true`` first in its front matter."""
    return text.replace("---\n", "---\n" + SEARCH_EXCLUDED, 1)


def add_version(policy_file: Path, version: Version) -> None:
    """Appends ``version`` to ``VERSIONS`` in ``checker/policy.py``."""
    source = policy_file.read_text(encoding="utf-8")
    end = ")  # fmt: skip"
    start = source.index("VERSIONS: Final[tuple[Version, ...]] = (")
    close = source.index(end, start)
    line = f"    Version({version.number}, date({version.effective.year}, {version.effective.month}, {version.effective.day})),\n"
    policy_file.write_text(source[:close] + line + source[close:], encoding="utf-8")
