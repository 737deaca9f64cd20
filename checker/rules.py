"""The refund rules, one small function per clause, in the order of the policy.

Read it next to the policy page: each function names the clause it implements. The rules take
every date as an argument and never read the clock, so they answer the same on any machine.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from checker.calendar_fr import nth_jour_ouvrable_after
from checker.clauses import Clause
from checker.model import App, Decision, Outcome, Problem, Reason, Request, Support
from checker.policy import (
    ANSWER_WINDOW_FIRST_DAY,
    ANSWER_WINDOW_LAST_DAY,
    REQUEST_DEADLINE_DAYS,
)


class Verdict(NamedTuple):
    """A rule's conclusion before the dates are attached."""

    outcome: Outcome
    reason: Reason
    clauses: tuple[Clause, ...]


def decide(request: Request) -> Decision:
    """Apply the policy to one request."""
    days = days_since_purchase(request)
    on_time = is_on_time(days)
    verdict = RULE_FOR_PROBLEM[request.problem](request, on_time)
    window = answer_window(request.requested) if verdict.outcome.is_refund else None
    return Decision(
        outcome=verdict.outcome,
        reason=verdict.reason,
        clauses=verdict.clauses,
        days_since_purchase=days,
        on_time=on_time,
        deadline=deadline(request.purchased),
        answer_window=window,
    )


# --- clause-2: the time limit -------------------------------------------------------------------


def days_since_purchase(request: Request) -> int:
    """Calendar days from the purchase to the day the request is sent."""
    return (request.requested - request.purchased).days


def is_on_time(days: int) -> bool:
    """clause-2: « dans un délai de 7 jours suivant l'achat » — day 7 is still on time."""
    return days <= REQUEST_DEADLINE_DAYS


def deadline(purchased: date) -> date:
    """clause-2: the last day a request can be sent without the exception."""
    return purchased + timedelta(days=REQUEST_DEADLINE_DAYS)


# --- clause-4: the answer window ----------------------------------------------------------------


def answer_window(received: date) -> tuple[date, date]:
    """clause-4: « dans les 5 à 7 jours ouvrables suivant sa réception »."""
    return (
        nth_jour_ouvrable_after(received, ANSWER_WINDOW_FIRST_DAY),
        nth_jour_ouvrable_after(received, ANSWER_WINDOW_LAST_DAY),
    )


# --- clause-1-1: product not delivered ----------------------------------------------------------


def not_delivered(request: Request, on_time: bool) -> Verdict:
    """clause-1-1, read with clause-2.

    On time: a full refund after verification. Late: clause-2 makes an exception only for
    « problèmes techniques non résolus par notre équipe de support », so support must have tried
    and failed first; until then the customer is sent to support (clause-6).
    """
    if request.support is Support.RESOLVED:
        return Verdict(Outcome.NOT_ELIGIBLE, Reason.RESOLVED, (Clause.NOT_DELIVERED,))
    if on_time:
        return Verdict(
            Outcome.FULL_REFUND, Reason.NOT_DELIVERED, (Clause.NOT_DELIVERED, Clause.TIME_LIMIT)
        )
    if request.support is Support.UNRESOLVED:
        return Verdict(
            Outcome.FULL_REFUND, Reason.LATE_EXCEPTION, (Clause.NOT_DELIVERED, Clause.TIME_LIMIT)
        )
    return Verdict(Outcome.CONTACT_SUPPORT_FIRST, Reason.LATE, (Clause.TIME_LIMIT, Clause.SUPPORT))


# --- clause-1-2: service not working ------------------------------------------------------------

#: clause-1-2 « après l'installation de Smarters Pro application ou de Smarters Pro Lite application »
COVERED_APPS = frozenset({App.SMARTERS_PRO, App.SMARTERS_PRO_LITE})


def not_working(request: Request, on_time: bool) -> Verdict:
    """clause-1-2: partial or full refund « après tentative de résolution de la part de notre
    support technique », only for the two named apps; late requests fall under clause-2's exception.
    """
    if request.app not in COVERED_APPS:
        return Verdict(Outcome.NOT_ELIGIBLE, Reason.UNSUPPORTED_APP, (Clause.NOT_WORKING,))
    if request.support in (Support.NOT_CONTACTED, Support.PENDING):
        return Verdict(
            Outcome.CONTACT_SUPPORT_FIRST,
            Reason.SUPPORT_ATTEMPT_REQUIRED,
            (Clause.NOT_WORKING, Clause.SUPPORT),
        )
    if request.support is Support.RESOLVED:
        return Verdict(Outcome.NOT_ELIGIBLE, Reason.RESOLVED, (Clause.NOT_WORKING,))
    reason = Reason.NOT_WORKING_UNRESOLVED if on_time else Reason.LATE_EXCEPTION
    return Verdict(Outcome.PARTIAL_OR_FULL_REFUND, reason, (Clause.NOT_WORKING, Clause.TIME_LIMIT))


# --- clause-3: exclusions -----------------------------------------------------------------------


def excluded(reason: Reason, clause: Clause) -> Callable[[Request, bool], Verdict]:
    """clause-3: « Certaines situations ne sont pas couvertes », whatever the date."""

    def rule(request: Request, on_time: bool) -> Verdict:
        return Verdict(Outcome.NOT_ELIGIBLE, reason, (clause,))

    return rule


# --- clause-1: anything else --------------------------------------------------------------------


def not_covered(request: Request, on_time: bool) -> Verdict:
    """clause-1: refunds are offered « sous certaines conditions spécifiques », only those listed."""
    return Verdict(Outcome.NOT_ELIGIBLE, Reason.NOT_COVERED, (Clause.CONDITIONS, Clause.SUPPORT))


RULE_FOR_PROBLEM: dict[Problem, Callable[[Request, bool], Verdict]] = {
    Problem.NOT_DELIVERED: not_delivered,
    Problem.NOT_WORKING: not_working,
    Problem.CHANGED_MIND: excluded(Reason.CHANGED_MIND, Clause.CHANGED_MIND),
    Problem.UNSUPPORTED_DEVICE: excluded(Reason.UNSUPPORTED_DEVICE, Clause.UNSUPPORTED_DEVICE),
    Problem.INTERNET_CONNECTION: excluded(Reason.INTERNET_CONNECTION, Clause.INTERNET_CONNECTION),
    Problem.OTHER: not_covered,
}
