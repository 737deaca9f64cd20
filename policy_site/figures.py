"""The figures of the text and the figures of the rules agree: the build fails, saying what to
change, when the French says another number than ``checker/policy.py`` for its version, or when a
translation's part says other numbers than the French part it translates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.policy import FIGURES, NOT_RULE_NUMBERS, PHRASES, Figure, Version
from policy_site.segments import NUMBER, Page

BY_NAME = {figure.name: figure for figure in FIGURES}
SLOT = re.compile(r"\{(\w+)\}")
#: A clause's number at the start of its heading (« 2. Délais de Remboursement »): no figure.
HEADING_NUMBER = re.compile(r"^\d+\.\s")
#: Where a figure stands in the French pages' ``description`` (search engines show it).
DESCRIPTION_PHRASES = ("délai de {REQUEST_DEADLINE_DAYS} jours",)


def french_problems(page: Page, version: Version, where: str) -> list[str]:
    """The French page's figures against the version's (``where`` names the page)."""
    found = []
    for phrase in PHRASES:
        segment = page.get(phrase.clause)
        text = segment.text if segment else ""
        found += phrase_problems(phrase.words, text, version, f"{where} {phrase.clause}", True)
    description = str(page.meta.get("description", ""))
    for words in DESCRIPTION_PHRASES:
        found += phrase_problems(words, description, version, f"{where} description", False)
    return found


def untracked_numbers(page: Page, where: str) -> list[str]:
    """Every number of the French page that no figure of the rules reads and that is not listed
    as no rule (``NOT_RULE_NUMBERS``): a new « délai de 10 jours » must not pass unnoticed."""
    texts = {part.id: HEADING_NUMBER.sub("", part.text) for part in page.segments}
    texts["description"] = " ".join(str(page.meta.get("description", "")).split())
    found = []
    for part, text in texts.items():
        words = [phrase.words for phrase in PHRASES if phrase.clause == part]
        if part == "description":
            words += DESCRIPTION_PHRASES
        for phrase in words:
            text = pattern(phrase).sub("…", text)
        for number in NUMBER.finditer(text):
            if number[0] in NOT_RULE_NUMBERS:
                continue
            context = text[max(0, number.start() - 30) : number.end() + 30].strip()
            found.append(
                f"{where} {part}: « …{context}… » says {number[0]}, which no figure of the rules "
                "reads: bind it to a figure (checker/policy.py, FIGURES and PHRASES), or, if it is "
                "no rule, list it in NOT_RULE_NUMBERS there"
            )
    return found


def phrase_problems(
    words: str, text: str, version: Version, where: str, required: bool
) -> list[str]:
    names = SLOT.findall(words)
    matches = list(pattern(words).finditer(text))
    if not matches and required:
        return [
            f"{where}: the French no longer says « {shown(words)} », where the rules read "
            f"{', '.join(names)}: change the French back, or the words in checker/policy.py "
            "(PHRASES) with the figure"
        ]
    found = []
    for match in matches:
        for name, number in zip(names, match.groups(), strict=True):
            figure = BY_NAME[name]
            if int(number) != figure.on(version):
                found.append(figure_problem(where, match[0], figure, version))
    return found


def figure_problem(where: str, said: str, figure: Figure, version: Version) -> str:
    return (
        f"{where}: the French says « {said} », but {figure.name} is {figure.on(version)} in the "
        f"version of the policy in force from {version.effective} (checker/policy.py). Change "
        f"{figure.name} there (or start a new version: make policy-version), or the French."
    )


def translation_problems(
    french: Page, translation: Page, exempt: Iterable[str], where: str
) -> list[str]:
    """Each part of the translation holds the figures of the French part it translates; a part
    marked outdated (``exempt``) shows the French in force instead, so it is not checked."""
    skipped = set(exempt)
    found = []
    for part in french.segments:
        if part.id in skipped:
            continue
        other = translation.get(part.id)
        if other is not None and other.figures != part.figures:
            found.append(
                f"{where} {part.id}: the figures {other.figures} differ from the French "
                f"{part.figures}"
            )
    if "description" not in skipped:
        ours, theirs = (NUMBER.findall(str(p.meta.get("description", ""))) for p in (french, translation))
        if ours != theirs:
            found.append(f"{where} description: the figures {theirs} differ from the French {ours}")
    return found


def pattern(words: str) -> re.Pattern[str]:
    """The words as a pattern: each ``{NAME}`` a number, any run of spaces a run of spaces."""
    parts = SLOT.split(words)
    literal = [r"\s+".join(map(re.escape, text.split(" "))) for text in parts[::2]]
    return re.compile(r"(\d+)".join(literal))


def shown(words: str) -> str:
    return SLOT.sub("…", words)
