"""A change of the French, word by word: for ``make i18n-diff`` and the comparison pages."""

from __future__ import annotations

import difflib


def word_diff(old: str, new: str) -> str:
    """``old`` -> ``new`` word by word: ``[-removed-]`` and ``{+added+}``, the rest as it was."""
    marks = {"equal": "{}", "removed": "[-{}-]", "added": "{{+{}+}}"}
    return " ".join(marks[kind].format(words) for kind, words in diff_words(old, new))


def diff_words(old: str, new: str) -> list[tuple[str, str]]:
    """``old`` -> ``new`` as runs of ("equal" | "removed" | "added", words). One or two words left
    alone between two changes join them, so « 5 à 7 » -> « 3 à 5 » reads as one replacement
    rather than as a puzzle of kept and moved words."""
    before, after = old.split(), new.split()
    opcodes = difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes()
    merged: list[tuple[str, int, int, int, int]] = []
    for index, (op, a1, a2, b1, b2) in enumerate(opcodes):
        between = 0 < index < len(opcodes) - 1 and a2 - a1 <= 2
        if op == "equal" and not between:
            merged.append(("equal", a1, a2, b1, b2))
        elif merged and merged[-1][0] == "change":
            merged[-1] = ("change", merged[-1][1], a2, merged[-1][3], b2)
        else:
            merged.append(("change", a1, a2, b1, b2))
    runs: list[tuple[str, str]] = []
    for kind, a1, a2, b1, b2 in merged:
        removed, added = before[a1:a2], after[b1:b2]
        if kind == "equal":
            runs.append(("equal", " ".join(removed)))
            continue
        if removed:
            runs.append(("removed", " ".join(removed)))
        if added:
            runs.append(("added", " ".join(added)))
    return runs
