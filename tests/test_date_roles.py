"""A translation writes each date the way its grammar needs in that sentence: a sentence names its
date's role (``{deadline:by}``), and each role has its own pattern and weekday and month names in
every catalog, where a language with cases inflects them (``checker/dates.py``).

Shown with a small Polish catalog written here (Polish is no site language: nothing of the
project is changed), compiled as ``make catalogs`` compiles, read by gettext as the checker reads
its catalogs, and checked by the catalogs' own check and by GNU gettext's ``msgfmt``."""

from __future__ import annotations

import gettext
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from checker import messages as m
from checker.catalog import localize
from checker.dates import DATE_PATTERN, MONTHS, ROLES, WEEKDAYS, Written, write_date
from checker.model import Step
from policy_site.catalogs import problems

#: Tuesday 8 December 2026.
TUESDAY = date(2026, 12, 8)
SEND_BY = m.STEPS[Step.SEND_BY_DEADLINE]
assert isinstance(SEND_BY, str)
#: The weekdays in the genitive, as Polish writes them after « do » (by).
GENITIVE = "poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli"
NOMINATIVE = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
#: Month names as a Polish date writes them (the genitive, « 8 grudnia »).
MONTHS_PL = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
    "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
)  # fmt: skip


def entry(msgid: str, msgstr: str, context: str | None = None, brace: bool = True) -> str:
    flag = "#, python-brace-format\n" if brace else ""
    ctx = f'msgctxt "{context}"\n' if context else ""
    return f'{flag}{ctx}msgid "{msgid}"\nmsgstr "{msgstr}"\n'


def polish(by_weekdays: str, send_by: str) -> str:
    """A Polish catalog of the date's words, the "by" role and the step that says it."""
    names = [*zip(WEEKDAYS, NOMINATIVE, strict=True), *zip(MONTHS, MONTHS_PL, strict=True)]
    by = ROLES["by"]
    return "\n".join(
        [
            'msgid ""\nmsgstr ""\n"Language: pl\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
            '"Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 '
            '|| n%100>=20) ? 1 : 2);\\n"\n',
            *(f'msgid "{english}"\nmsgstr "{word}"\n' for english, word in names),
            entry(DATE_PATTERN, "{weekday}, {day} {month} {year}"),
            entry(by.pattern.message, "{weekday}, {day} {month} {year}", by.pattern.context),
            entry(by.weekdays.message, by_weekdays, by.weekdays.context, brace=False),
            entry(by.months.message, "|".join(MONTHS_PL), by.months.context, brace=False),
            entry(SEND_BY, send_by),
        ]
    )


def compiled(po_text: str) -> gettext.GNUTranslations:
    """``po_text`` compiled as ``make catalogs`` does (Babel's ``write_mo``), read by gettext."""
    mo = io.BytesIO()
    write_mo(mo, read_po(io.StringIO(po_text)))
    mo.seek(0)
    return gettext.GNUTranslations(mo)


GOOD = polish(GENITIVE, "Wyślij wniosek o zwrot na adres {email} najpóźniej do {deadline:by}.")


def test_a_language_with_cases_inflects_the_weekday_in_its_role() -> None:
    translation = compiled(GOOD)
    assert write_date(TUESDAY, translation) == "wtorek, 8 grudnia 2026"  # alone
    assert write_date(TUESDAY, translation, "by") == "wtorku, 8 grudnia 2026"
    sentence = localize(translation, SEND_BY, email="a@b.c", deadline=Written(TUESDAY, translation))
    assert sentence == "Wyślij wniosek o zwrot na adres a@b.c najpóźniej do wtorku, 8 grudnia 2026."
    # A role the catalog has no names for keeps the names as translated alone (gettext gives the
    # English list back, which no translation writes).
    assert write_date(TUESDAY, translation, "on") == "wtorek 8 grudnia 2026"


def test_the_catalogs_check_accepts_the_polish_catalog() -> None:
    catalog = read_po(io.StringIO(GOOD))
    assert list(problems("pl", catalog)) == []


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
def test_gettext_reads_the_roles_as_python_brace_format(tmp_path: Path) -> None:
    """Translators' tools check the catalog as gettext does: the roles and forms pass."""
    po = tmp_path / "pl.po"
    po.write_text(GOOD, encoding="utf-8")
    result = subprocess.run(
        ["msgfmt", "--check-format", "-o", str(tmp_path / "pl.mo"), str(po)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("by_weekdays", "send_by", "said"),
    [
        (GENITIVE, "do {deadline:przez}.", "a date's role is one of"),
        (GENITIVE, "do {deadline:by} na {email:by}.", "only a date can take a role"),
        ("wtorku|środy", "do {deadline:by}.", "give 7 names"),
        (GENITIVE + "|", "do {deadline:by}.", "give 7 names"),
        (GENITIVE.replace("środy", " "), "do {deadline:by}.", "none empty"),
    ],
)
def test_the_catalogs_check_refuses_what_would_break_a_sentence(
    by_weekdays: str, send_by: str, said: str
) -> None:
    """An unknown role, a role on a placeholder that is no date, a list of names of the wrong
    length: the build refuses them (a reader would get an error, or a wrong weekday)."""
    found = list(problems("pl", read_po(io.StringIO(polish(by_weekdays, send_by)))))
    assert any(said in problem for problem in found), found
