"""The versions of the policy on the pages: the list of every version with its period, the
comparison of a version with the one before, the notice on an archived or upcoming version, the
notice above clause 1 of the text in force while a new version is upcoming, and on the policy page
the day it was last changed and since when its version is in force.

Every page is built for one day (``policy_site.build_day``): the version in force that day is the
one at the root of the published ``docs/`` (``hooks/policy_in_force.py``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from checker.catalog import localize, policy_language, translations
from checker.clauses import Clause
from checker.dates import written
from checker.policy import (
    VERSIONS_FOLDER,
    Version,
    archive_path,
    next_version,
    version_on,
    version_state,
)
from policy_site import messages as t
from policy_site.build_day import build_day
from policy_site.clauses import part_label
from policy_site.date_stamps import DateStamp
from policy_site.i18n import language_root, page_language, site_gettext, site_text
from policy_site.segments import HEADING, read_page
from policy_site.templates import render
from policy_site.tokens import VERSION_CHANGES, VERSIONS
from policy_site.translations import french_of
from policy_site.versions import changes_page, compare, compared_day, page_version, periods


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """An archived or upcoming version says so under its title, with a link to the version in
    force; the version in force says, above clause 1, when a new one takes effect."""
    version = page_version(page.file.src_uri, in_force())
    if version is None:
        return markdown
    lang = page_language(page, config)
    if version == in_force():
        upcoming = next_version(version)
        return upcoming_notice(markdown, page, lang, upcoming) if upcoming else markdown
    version_is = version_state(version, build_day())
    if version_is == "upcoming":
        text = site_text(lang, t.TAKES_EFFECT, start=written(version.effective, lang))
    else:
        period = next(p for p in periods() if p.version == version)
        text = site_text(
            lang, t.ARCHIVE_NOTICE, start=written(version.effective, lang),
            end=written(period.end or version.effective, lang),
        )
    notice = render(
        "policy/archive-notice.html",
        state=version_is,
        text=text,
        current_url=language_root(page, lang),
        read_current=site_text(lang, t.READ_CURRENT),
    )
    title, _sep, rest = markdown.partition("\n")
    return f"{title}\n\n{notice}\n\n{rest}" if title.startswith("# ") else f"{notice}\n\n{markdown}"


def upcoming_notice(markdown: str, page: Page, lang: str, upcoming: Version) -> str:
    """Above clause 1 of the text in force: the day the next version takes effect, with links to
    its text and to what changes."""
    root = language_root(page, lang)
    notice = render(
        "policy/upcoming-notice.html",
        effective=upcoming.effective.isoformat(),
        text=site_gettext(lang)(t.UPCOMING_NOTICE),
        stamp=DateStamp(upcoming.effective, lang),
        upcoming_url=root + archive_path(upcoming),
        read_upcoming=site_text(lang, t.READ_UPCOMING),
        changes_url=root + changes_page(upcoming),
        see_changes=site_text(lang, t.SEE_CHANGES),
    )
    at = 0
    for line in markdown.splitlines(keepends=True):
        heading = HEADING.match(line.rstrip("\n"))
        if heading and heading[3] == Clause.CONDITIONS:
            return f"{markdown[:at]}{notice}\n\n{markdown[at:]}"
        at += len(line)
    return f"{notice}\n\n{markdown}"


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    lang = page_language(page, config)
    if f"<p>{VERSIONS}</p>" in html:
        html = html.replace(f"<p>{VERSIONS}</p>", versions_list(page, lang))
    if f"<p>{VERSION_CHANGES}</p>" in html:
        html = html.replace(f"<p>{VERSION_CHANGES}</p>", version_changes(page, config, lang))
    if page_version(page.file.src_uri, in_force()) is not None:
        html += "\n" + policy_dates(page, lang)
    return html


def versions_list(page: Page, lang: str) -> str:
    root = language_root(page, lang)
    day = build_day()
    items = []
    for period in reversed(periods()):
        version = period.version
        items.append(
            {
                "name": site_text(lang, t.VERSION_NAME, start=written(version.effective, lang)),
                "effective": version.effective.isoformat(),
                "start": DateStamp(version.effective, lang),
                "end": DateStamp(period.end, lang) if period.end else "",
                "state": version_state(version, day),
                "url": version_url(root, version),
                "changes_url": root + changes_page(version) if version.number > 1 else "",
            }
        )
    return render(
        "policy/versions-list.html",
        items=items,
        intro=site_text(lang, t.VERSIONS_INTRO),
        texts={
            "current": site_gettext(lang)(t.VERSION_SINCE),
            "upcoming": site_gettext(lang)(t.VERSION_UPCOMING),
            "past": site_gettext(lang)(t.VERSION_PERIOD),
        },
        read=site_text(lang, t.READ_THIS_VERSION),
        what_changed=site_text(lang, t.WHAT_CHANGED),
    )


def version_url(root: str, version: Version) -> str:
    """The version in force is on the policy page; every other one, past or upcoming, in its
    archive folder."""
    return root if version == in_force() else root + archive_path(version)


def version_changes(page: Page, config: MkDocsConfig, lang: str) -> str:
    effective = compared_day(Path(page.file.src_uri).name)
    new = next(p.version for p in periods() if p.version.effective == effective)
    comparison = compare(Path(config.docs_dir), new, in_force())
    root = language_root(page, lang)
    catalog = translations(lang)  # the figures' words are the checker's
    return render(
        "policy/version-changes.html",
        intro=site_text(
            lang, t.COMPARISON_INTRO,
            old=written(comparison.old.effective, lang), new=written(new.effective, lang),
        ),
        changed=[
            {"label": site_text(lang, t.CHANGED_PART, part=part_label(change.id, lang)), "runs": change.runs}
            for change in comparison.changed
        ],
        unchanged=site_text(
            lang,
            t.UNCHANGED_PARTS,
            parts=site_text(lang, t.LIST_SEPARATOR).join(
                part_label(part, lang) for part in comparison.unchanged
            ),
        )
        if comparison.unchanged
        else "",
        figures=[
            {
                "clause": part_label(change.figure.clause.value, lang),
                "figure": catalog.gettext(change.figure.label),
                "old": localize(catalog, change.figure.unit, days=change.old),
                "new": localize(catalog, change.figure.unit, days=change.new),
            }
            for change in comparison.figures
        ],
        figure_change=site_gettext(lang)(t.FIGURE_CHANGE),
        no_change=site_text(lang, t.NO_CHANGE) if not comparison.changed else "",
        removed=site_text(lang, t.REMOVED),
        added=site_text(lang, t.ADDED),
        page_lang=lang,
        links=[
            (version_url(root, v), site_text(lang, t.VERSION_NAME, start=written(v.effective, lang)))
            for v in (comparison.old, new)
        ],
        french_lang=policy_language(),
    )


def policy_dates(page: Page, lang: str) -> str:
    """The French text's last change and the version's start, under a policy page."""
    version = page_version(page.file.src_uri, in_force())
    assert version is not None
    french = read_page(french_of(Path(page.file.abs_src_path or "")))
    updated = french.meta.get("updated")
    root = language_root(page, lang)
    return render(
        "policy/policy-dates.html",
        updated=DateStamp(updated, lang) if isinstance(updated, date) else None,
        updated_text=site_gettext(lang)(t.LAST_UPDATED),
        in_force=site_gettext(lang)(
            t.TAKES_EFFECT if version_state(version, build_day()) == "upcoming" else t.IN_FORCE_SINCE
        ),
        effective=DateStamp(version.effective, lang),
        versions_url=f"{root}{VERSIONS_FOLDER}/",
        all_versions=site_text(lang, t.ALL_VERSIONS),
    )


def in_force() -> Version:
    """The version in force on the day the site is built: the one at the published root."""
    return version_on(build_day())
