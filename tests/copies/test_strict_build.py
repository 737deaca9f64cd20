"""The build refuses to ship a broken site, and says what to fix: a clause id missing or moved in
a translation, a catalog entry missing, empty, fuzzy or with other placeholders, an unknown
``{{ token }}``, a contact link that is not ``https:``, and a build for publishing that does not
know its address."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.languages import LANGUAGES
from tests.support.project import build_copy, make, project_copy

OTHER = LANGUAGES[3]  # any translation


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def catalog(project: Path) -> Path:
    return project / "checker" / "locales" / OTHER / "LC_MESSAGES" / "checker.po"


def entry_string(project: Path, msgid: str) -> tuple[Path, str]:
    """The catalog and the ``msgstr`` line that follows ``msgid`` (a one-line entry)."""
    po = catalog(project)
    lines = po.read_text(encoding="utf-8").splitlines()
    at = lines.index(f'msgid "{msgid}"')
    return po, lines[at + 1]


def clause_id_missing(project: Path) -> None:
    replace(project / "docs" / f"index.{OTHER}.md", "\n  {#clause-3-2}", "")


def clause_id_moved(project: Path) -> None:
    page = project / "docs" / f"index.{OTHER}.md"
    replace(page, "{#clause-3-2}", "{#clause-3-x}")
    replace(page, "{#clause-3-3}", "{#clause-3-2}")
    replace(page, "{#clause-3-x}", "{#clause-3-3}")


def entry_empty(project: Path) -> None:
    po, line = entry_string(project, "Date of purchase")
    replace(po, line, 'msgstr ""')


def entry_fuzzy(project: Path) -> None:
    replace(catalog(project), 'msgid "Date of purchase"', '#, fuzzy\nmsgid "Date of purchase"')


def placeholder_misspelt(project: Path) -> None:
    po, line = entry_string(project, "Days left: {days}")
    replace(po, line, line.replace("{days}", "{dyas}"))


def token_misspelt(project: Path) -> None:
    replace(project / "docs" / f"index.{OTHER}.md", "{{ contact.card }}", "{{ contact.crad }}")


def contact_url_unsafe(project: Path) -> None:
    contact = project / "checker" / "contact.toml"
    text = contact.read_text(encoding="utf-8")
    url = next(line for line in text.splitlines() if line.startswith("whatsapp_url"))
    replace(contact, url, 'whatsapp_url = "javascript:alert(1)"')


BREAKAGES: dict[str, tuple[Callable[[Path], None], list[str]]] = {
    "clause id missing": (clause_id_missing, [f"docs/index.{OTHER}.md", "clause-3-2"]),
    "clause id moved": (clause_id_moved, [f"docs/index.{OTHER}.md", "the same ids, in the same places"]),
    "catalog entry empty": (entry_empty, [f"{OTHER}: missing translation", "Date of purchase"]),
    "catalog entry fuzzy": (entry_fuzzy, [f"{OTHER}: fuzzy translation", "Date of purchase"]),
    "placeholder misspelt": (placeholder_misspelt, [f"{OTHER}: placeholders differ", "{dyas}"]),
    "token misspelt": (token_misspelt, ["unknown token", "{{ contact.crad }}"]),
    "contact url unsafe": (contact_url_unsafe, ["whatsapp_url: must be https://wa.me/"]),
}


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_the_build_refuses_and_says_what_to_fix(tmp_path: Path, breakage: str) -> None:
    project = project_copy(tmp_path / "project")
    breaking, said = BREAKAGES[breakage]
    breaking(project)
    result = build_copy(project, tmp_path / "site")
    assert result.returncode != 0, f"{breakage}: built anyway"
    assert "Traceback" not in result.stderr
    for words in said:
        assert words in result.stderr, (breakage, words, result.stderr[-1500:])


def test_a_build_for_publishing_needs_its_address(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    refused = make(project, "build", SITE_URL="")
    assert refused.returncode != 0
    assert "SITE_URL is not set" in refused.stderr


#: Contact details that are not placeholders (the domain is not one reserved for examples).
REAL_CONTACT = """company = "Smarters Pro"
email = "remboursements@smarters-pro.fr"
whatsapp = "+33 6 12 34 56 78"
whatsapp_url = "https://wa.me/33612345678"
"""


def test_a_build_for_a_public_address_refuses_placeholder_contacts(tmp_path: Path) -> None:
    """A local build works with the placeholders (every other test builds one); a public one stops,
    naming the file to fix. With real details it builds, and a GitHub project address is warned
    about: it shares its origin with the owner's other sites."""
    project = project_copy(tmp_path / "project")
    refused = make(project, "build", SITE_URL="https://refunds.smarters-pro.fr/", GITHUB_ACTIONS="true")
    assert refused.returncode != 0
    assert "checker/contact.toml" in refused.stderr and "placeholders" in refused.stderr
    assert "Traceback" not in refused.stderr
    # In the GitHub workflow's log, the line GitHub turns into an error on the file.
    assert "::error file=checker/contact.toml," in refused.stdout

    (project / "checker" / "contact.toml").write_text(REAL_CONTACT, encoding="utf-8")
    built = make(project, "build", SITE_URL="https://smarters.github.io/refund-policy/")
    assert built.returncode == 0, built.stderr[-3000:]
    assert "placeholders" not in built.stderr
    assert "shares the origin smarters.github.io" in built.stderr
