"""The checker's vocabulary: the codes a request is made of and the decision it gets.

Codes are the public interface (CLI flags, JSON keys, form values); never rename one lightly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from checker.clauses import Clause
from checker.policy import Terms


class Problem(StrEnum):
    """Why the customer wants a refund."""

    NOT_DELIVERED = "not_delivered"
    NOT_WORKING = "not_working"
    CHANGED_MIND = "changed_mind"
    UNSUPPORTED_DEVICE = "unsupported_device"
    INTERNET_CONNECTION = "internet_connection"
    OTHER = "other"


class App(StrEnum):
    """The app the service was installed on (clause-1-2 names two)."""

    SMARTERS_PRO = "smarters_pro"
    SMARTERS_PRO_LITE = "smarters_pro_lite"
    OTHER = "other"


class Support(StrEnum):
    """Where the customer stands with technical support."""

    NOT_CONTACTED = "not_contacted"
    PENDING = "pending"
    RESOLVED = "resolved"
    UNRESOLVED = "unresolved"


class Outcome(StrEnum):
    """The answer, from the most to the least favourable."""

    FULL_REFUND = "full_refund"
    PARTIAL_OR_FULL_REFUND = "partial_or_full_refund"
    CONTACT_SUPPORT_FIRST = "contact_support_first"
    NOT_ELIGIBLE = "not_eligible"

    @property
    def is_refund(self) -> bool:
        return self in (Outcome.FULL_REFUND, Outcome.PARTIAL_OR_FULL_REFUND)


class Reason(StrEnum):
    """Why the outcome is what it is; each reason has one explanation in every catalog."""

    NOT_DELIVERED = "not_delivered"
    NOT_WORKING_UNRESOLVED = "not_working_unresolved"
    LATE_EXCEPTION = "late_exception"
    LATE = "late"
    SUPPORT_ATTEMPT_REQUIRED = "support_attempt_required"
    RESOLVED = "resolved"
    UNSUPPORTED_APP = "unsupported_app"
    CHANGED_MIND = "changed_mind"
    UNSUPPORTED_DEVICE = "unsupported_device"
    INTERNET_CONNECTION = "internet_connection"
    NOT_COVERED = "not_covered"


class Step(StrEnum):
    """What the customer does next; each step has one text in every catalog."""

    CONTACT_SUPPORT = "contact_support"
    ASK_SUPPORT_FOR_HELP = "ask_support_for_help"
    SEND_BY_DEADLINE = "send_by_deadline"
    SEND_LATE_EXCEPTION = "send_late_exception"
    SEND_IF_UNRESOLVED = "send_if_unresolved"
    EXPECT_PROCESSING = "expect_processing"
    NOTHING_TO_RETURN = "nothing_to_return"


class Email(StrEnum):
    """The email the customer is offered to write: a refund request (clause-4) only when the
    policy gives a refund; otherwise a message to support about the service (clause-6)."""

    REFUND_REQUEST = "refund_request"
    SUPPORT_REQUEST = "support_request"


@dataclass(frozen=True, slots=True)
class Request:
    """A refund request as the customer describes it, already validated."""

    purchased: date
    requested: date
    problem: Problem
    app: App = App.SMARTERS_PRO
    support: Support = Support.NOT_CONTACTED


class NextStep(NamedTuple):
    """A step and the clauses that call for it."""

    step: Step
    clauses: tuple[Clause, ...]


@dataclass(frozen=True, slots=True)
class Decision:
    """What the policy says of a request: codes, dates and the clauses they rest on; no text.

    Every fact an answer shows is computed here, by the rules, so that the layers after them only
    put it into words.
    """

    request: Request
    #: The version of the policy applied (the one in force on the purchase date) and its figures.
    terms: Terms
    #: Whether that version is the one in force on the day of the answer, and whether the purchase
    #: came before the first version took effect (the first version applies then).
    current: bool
    before_first_version: bool
    #: When that version is no longer the one in force: the last day it governed, and where its
    #: text stays published (from the site's root in any language); None and "" otherwise.
    version_end: date | None
    version_page: str
    outcome: Outcome
    reason: Reason
    clauses: tuple[Clause, ...]
    days_since_purchase: int
    on_time: bool
    deadline: date
    #: Whether the deadline is the day of the answer or later: a request sent that day would
    #: still be on time, so a late sending day chosen ahead is told by which day it is not late.
    deadline_to_come: bool
    #: Days still left to send a refund request on time; ``None`` when there is none to send, or
    #: once the time limit has passed.
    days_left: int | None
    #: clause-4: the first and last day of processing, for a refund request only.
    answer_window: tuple[date, date] | None
    steps: tuple[NextStep, ...]
    #: clause-4's list, what a refund request must contain, one clause per item; empty when the
    #: answer is not a refund.
    what_to_send: tuple[Clause, ...]
    email: Email
