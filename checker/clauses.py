"""The clause ids of the policy page: a public contract shared by the site, the checker and links.

Every translated page carries the same ids in the same order: the build refuses one that does not
(policy_site/consistency.py), and tests/site/test_policy_pages.py checks the built pages.
"""

from __future__ import annotations

from enum import StrEnum


class Clause(StrEnum):
    """One addressable clause of the policy; the value is the HTML id on every language's page."""

    CONDITIONS = "clause-1"
    NOT_DELIVERED = "clause-1-1"
    NOT_WORKING = "clause-1-2"
    TIME_LIMIT = "clause-2"
    EXCLUSIONS = "clause-3"
    CHANGED_MIND = "clause-3-1"
    UNSUPPORTED_DEVICE = "clause-3-2"
    INTERNET_CONNECTION = "clause-3-3"
    PROCESS = "clause-4"
    SEND_NAME_AND_EMAIL = "clause-4-1"
    SEND_ORDER_NUMBER = "clause-4-2"
    SEND_REASON = "clause-4-3"
    RETURNS = "clause-5"
    SUPPORT = "clause-6"


#: The ids in the order they appear on the policy page.
ORDER: tuple[str, ...] = tuple(clause.value for clause in Clause)
