"""Correcting the text in force while a newer version is upcoming, as the README says, in a copy of
the project: ``make policy-version`` puts the newer text in ``docs/`` and the one in force in its
archive folder; a part of the French in force is corrected there; the build asks for its
``updated:``; the translations published at the root then show the corrected French at that part;
``make i18n-status`` lists it; a translation recorded there (``--record``) catches up; the upcoming
text is left as it was."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from checker.policy import archive_path, latest_version
from policy_site.build_day import build_day
from policy_site.part_source import normal, replace_parts
from policy_site.segments import read_page
from policy_site.translations import change_day
from tests.support.html import built_page
from tests.support.languages import LANGUAGES, POLICY_LANGUAGE
from tests.support.policy import dated_today, in_force
from tests.support.project import make, project_copy, run_tool

LOCAL = "http://127.0.0.1:8000/"
TRANSLATION = LANGUAGES[1]


def corrected(markdown: str) -> str:
    """A part's Markdown with one word corrected (its first long lowercase word capitalized):
    no figure, mark or link moves."""
    word = re.search(r"\b[a-zà-ÿ]{5,}\b", markdown)
    assert word, markdown
    return markdown[: word.start()] + word[0].capitalize() + markdown[word.end() :]


def test_the_text_in_force_is_corrected_while_a_newer_version_is_upcoming(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    today = build_day()
    effective = max(today, latest_version().effective) + timedelta(days=40)
    started = make(project, "policy-version", f"EFFECTIVE={effective.isoformat()}")
    assert started.returncode == 0, started.stderr
    docs = project / "docs"
    # The version in force today, archived by make policy-version (or before it, when a newer one
    # was upcoming already): the text readers see, which the correction is for.
    archive = docs / archive_path(in_force())
    french = archive / f"index.{POLICY_LANGUAGE}.md"
    part = read_page(french).segments[-1]
    upcoming_before = (docs / f"index.{POLICY_LANGUAGE}.md").read_bytes()

    source = french.read_text(encoding="utf-8")
    french.write_text(replace_parts(source, {part.id: corrected(normal(part.markdown))}), "utf-8")
    assert read_page(french).get(part.id) != part
    if read_page(french).meta["updated"] < change_day(french):
        # Its date is older than the correction (unless the text in force changed today already).
        undated = make(project, "build", SITE_URL=LOCAL)
        assert undated.returncode != 0
        assert f"docs/{archive_path(in_force())}index.{POLICY_LANGUAGE}.md" in undated.stderr
        assert "updated:" in undated.stderr
        text = french.read_text(encoding="utf-8")
        french.write_text(dated_today(text, french), "utf-8")
    built = make(project, "build", SITE_URL=LOCAL)
    assert built.returncode == 0, built.stderr[-3000:]
    root = built_page(project / "site", TRANSLATION)
    assert re.search(rf'data-outdated="[^"]*\b{part.id}\b', root), "the root does not show it"
    status = make(project, "i18n-status")
    assert re.search(rf"{TRANSLATION}\s+{part.id}\s+out of date", status.stdout), status.stdout

    # The correction changes nothing the translation says: recorded as it stands.
    page = archive / f"index.{TRANSLATION}.md"
    recorded = run_tool(project, "tools.i18n_status", "--record", str(page), "--part", part.id, "--unchanged")
    assert recorded.returncode == 0, recorded.stderr
    rebuilt = make(project, "build", SITE_URL=LOCAL)
    assert rebuilt.returncode == 0, rebuilt.stderr[-3000:]
    root = built_page(project / "site", TRANSLATION)
    assert not re.search(rf'data-outdated="[^"]*\b{part.id}\b', root)
    assert (docs / f"index.{POLICY_LANGUAGE}.md").read_bytes() == upcoming_before
