"""How readers see the clause ids: ``clause-1-2`` is clause 1.2."""

from __future__ import annotations


def clause_number(clause: str) -> str:
    """``clause-1-2`` -> ``1.2``, the numbering readers see on the policy page."""
    return clause.removeprefix("clause-").replace("-", ".")


def part_label(part: str, lang: str) -> str:
    """How readers name a part of a page: « Clause 1.2 », or the introduction."""
    from policy_site import messages as t
    from policy_site.i18n import site_text

    if part.startswith("clause-"):
        return site_text(lang, t.CLAUSE_LABEL, number=clause_number(part))
    return site_text(lang, t.INTRODUCTION)
