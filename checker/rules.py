"""The refund rules, one small function per clause, in the order of the policy.

Read it next to the policy page: each function names the clause it implements. The rules take
every date as an argument and never read the clock, so they answer the same on any machine; their
figures are those of the version of the policy in force on the purchase date (``policy.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from checker.calendar_fr import nth_jour_ouvrable_after
from checker.clauses import Clause
from checker.model import (
    App,
    Decision,
    Email,
    NextStep,
    Outcome,
    Problem,
    Reason,
    Request,
    Step,
    Support,
)
from checker.policy import Terms, archive_path, is_in_force, period_end, terms_of, version_on


class Verdict(NamedTuple):
    """A rule's conclusion before the dates are attached."""

    outcome: Outcome
    reason: Reason
    clauses: tuple[Clause, ...]


def decide(request: Request, terms: Terms | None = None, today: date | None = None) -> Decision:
    """Apply the policy in force on the purchase date to one request: every fact an answer needs,
    as codes and dates. ``today`` is the day the answer is given (the request's day if not said):
    it tells whether the version applied is still the one in force, and whether the deadline is
    still to come. Tests written for one version pass its ``terms``."""
    terms = terms or terms_of(version_on(request.purchased))
    answered = today or request.requested
    days = days_since_purchase(request)
    on_time = is_on_time(days, terms)
    last_day = deadline(request.purchased, terms)
    verdict = RULE_FOR_PROBLEM[request.problem](request, on_time)
    refund = verdict.outcome.is_refund
    current = is_in_force(terms.version, answered)
    return Decision(
        request=request,
        terms=terms,
        current=current,
        before_first_version=request.purchased < terms.version.effective,
        version_end=None if current else period_end(terms.version),
        version_page="" if current else archive_path(terms.version),
        outcome=verdict.outcome,
        reason=verdict.reason,
        clauses=verdict.clauses,
        days_since_purchase=days,
        on_time=on_time,
        deadline=last_day,
        deadline_to_come=answered <= last_day,
        days_left=(last_day - request.requested).days if refund and on_time else None,
        answer_window=answer_window(request.requested, terms) if refund else None,
        steps=next_steps(verdict.outcome, on_time),
        what_to_send=WHAT_TO_SEND if refund else (),
        email=Email.REFUND_REQUEST if refund else Email.SUPPORT_REQUEST,
    )


# --- clause-2: the time limit and its exception ---------------------------------------------------


def days_since_purchase(request: Request) -> int:
    """Calendar days from the purchase to the day the request is sent."""
    return (request.requested - request.purchased).days


def is_on_time(days: int, terms: Terms) -> bool:
    """clause-2: « dans un délai de 7 jours suivant l'achat » — day 7 is still on time."""
    return days <= terms.request_deadline_days


def deadline(purchased: date, terms: Terms) -> date:
    """clause-2: the last day a request can be sent without the exception."""
    return purchased + timedelta(days=terms.request_deadline_days)


def unresolved_technical_problem(request: Request) -> bool:
    """clause-2's exception, « sauf en cas de problèmes techniques non résolus par notre équipe de
    support »: support has tried and could not fix the problem (not merely not been asked yet)."""
    return request.support is Support.UNRESOLVED


def time_limit(request: Request, on_time: bool, granted: Verdict) -> Verdict:
    """clause-2 applied to a refund that clause 1 grants: on time it stands; « Passé ce délai,
    aucune demande de remboursement ne sera acceptée », except under the exception above, and
    until support has tried, the customer is sent to support (clause-6)."""
    if on_time:
        return granted
    if unresolved_technical_problem(request):
        return granted._replace(reason=Reason.LATE_EXCEPTION)
    return Verdict(Outcome.CONTACT_SUPPORT_FIRST, Reason.LATE, (Clause.TIME_LIMIT, Clause.SUPPORT))


# --- clause-1-1: product not delivered ----------------------------------------------------------


def not_delivered(request: Request, on_time: bool) -> Verdict:
    """clause-1-1: « un remboursement complet sera effectué après vérification », within clause-2's
    time limit. A problem that support has resolved is no longer a product not delivered."""
    if request.support is Support.RESOLVED:
        return Verdict(Outcome.NOT_ELIGIBLE, Reason.RESOLVED, (Clause.NOT_DELIVERED,))
    full_refund = Verdict(
        Outcome.FULL_REFUND, Reason.NOT_DELIVERED, (Clause.NOT_DELIVERED, Clause.TIME_LIMIT)
    )
    return time_limit(request, on_time, full_refund)


# --- clause-1-2: service not working ------------------------------------------------------------

#: clause-1-2 « après l'installation de Smarters Pro application ou de Smarters Pro Lite application »
COVERED_APPS = frozenset({App.SMARTERS_PRO, App.SMARTERS_PRO_LITE})


def not_working(request: Request, on_time: bool) -> Verdict:
    """clause-1-2: partial or full refund « après tentative de résolution de la part de notre
    support technique », only for the two named apps, within clause-2's time limit."""
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
    refund = Verdict(
        Outcome.PARTIAL_OR_FULL_REFUND,
        Reason.NOT_WORKING_UNRESOLVED,
        (Clause.NOT_WORKING, Clause.TIME_LIMIT),
    )
    return time_limit(request, on_time, refund)


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


# --- clause-4: the request and its processing ---------------------------------------------------

#: clause-4: « avec les informations suivantes », one item per clause.
WHAT_TO_SEND = (Clause.SEND_NAME_AND_EMAIL, Clause.SEND_ORDER_NUMBER, Clause.SEND_REASON)


def answer_window(received: date, terms: Terms) -> tuple[date, date]:
    """clause-4: « Nous nous engageons à traiter votre demande dans les 5 à 7 jours ouvrables
    suivant sa réception »: the 5th and the 7th jour ouvrable after the day it is received."""
    return (
        nth_jour_ouvrable_after(received, terms.processing_first_day),
        nth_jour_ouvrable_after(received, terms.processing_last_day),
    )


# --- what to do next: clauses 4, 5 and 6 ----------------------------------------------------------

#: The clauses each step rests on.
STEP_CLAUSES: dict[Step, tuple[Clause, ...]] = {
    Step.CONTACT_SUPPORT: (Clause.SUPPORT,),
    Step.ASK_SUPPORT_FOR_HELP: (Clause.RETURNS, Clause.SUPPORT),
    Step.SEND_BY_DEADLINE: (Clause.PROCESS, Clause.TIME_LIMIT),
    Step.SEND_LATE_EXCEPTION: (Clause.PROCESS, Clause.TIME_LIMIT),
    Step.SEND_IF_UNRESOLVED: (Clause.PROCESS, Clause.TIME_LIMIT),
    Step.EXPECT_PROCESSING: (Clause.PROCESS,),
    Step.NOTHING_TO_RETURN: (Clause.RETURNS,),
}


def next_steps(outcome: Outcome, on_time: bool) -> tuple[NextStep, ...]:
    """clause-6 sends the customer to support before a refund request; clause-4 says where to send
    it and how long processing takes; clause-5 says nothing goes back. Without a refund, what is
    left is the help of support with the service itself (clauses 5 and 6): no refund paperwork."""
    if outcome is Outcome.CONTACT_SUPPORT_FIRST:
        steps = [Step.CONTACT_SUPPORT, Step.SEND_IF_UNRESOLVED]
    elif outcome.is_refund:
        send = Step.SEND_BY_DEADLINE if on_time else Step.SEND_LATE_EXCEPTION
        steps = [send, Step.EXPECT_PROCESSING, Step.NOTHING_TO_RETURN]
    else:
        steps = [Step.ASK_SUPPORT_FOR_HELP]
    return tuple(NextStep(step, STEP_CLAUSES[step]) for step in steps)
