"""Every text the checker shows, as English message ids keyed by code.

The texts are translated through the catalogs in ``locales/``; placeholders in braces are filled
by ``explain`` from the decision, never written out here. A message with a number of days has
plural forms (``_n``), so that every language agrees with the figure, whatever it becomes.
"""

from __future__ import annotations

from typing import Final

from checker.catalog import Plural, _, _n
from checker.clauses import Clause
from checker.model import Email, Outcome, Reason, Step

OUTCOME_TITLES: Final[dict[Outcome, str]] = {
    # Translators: An answer's headline (checker page, command line and batch mode's JSON, and the
    # decision table of the checker page): a product not delivered, asked for on time.
    Outcome.FULL_REFUND: _("You are entitled to a full refund, after verification."),
    # Translators: An answer's headline (checker page, command line and batch mode's JSON, decision
    # table): a service that does not work, which support could not fix, asked for on time.
    Outcome.PARTIAL_OR_FULL_REFUND: _(
        "You are entitled to a partial or full refund, depending on the case."
    ),
    # Translators: An answer's headline (checker page, command line and batch mode's JSON, decision
    # table): support must try to solve the problem before a refund can be asked for.
    Outcome.CONTACT_SUPPORT_FIRST: _("Contact technical support first."),
    # Translators: An answer's headline (checker page, command line and batch mode's JSON, decision
    # table): the policy gives no refund (an exclusion of clause 3, an app clause 1.2 does not name,
    # a problem solved).
    Outcome.NOT_ELIGIBLE: _("The policy does not provide a refund in this situation."),
}

#: A late request accepted under clause-2's exception: a short headline that opens with what is
#: still possible (at most 14 words in every language, so it stays two lines on a phone, and a
#: skimming reader does not stop at "late"); the explanation below says the rest.
EXCEPTION_TITLES: Final[dict[Outcome, str]] = {
    # Translators: An answer's headline (checker page, command line and batch mode's JSON, decision
    # table): a late request for a product not delivered, which clause 2's exception still allows.
    # At most 14 words; open with what is still possible, never with "late".
    Outcome.FULL_REFUND: _("Full refund still possible after the time limit (clause 2 exception)."),
    # Translators: An answer's headline (checker page, command line and batch mode's JSON, decision
    # table): a late request for a service that does not work, which clause 2's exception still
    # allows. At most 14 words; open with what is still possible, never with "late".
    Outcome.PARTIAL_OR_FULL_REFUND: _(
        "Partial or full refund still possible after the time limit (clause 2 exception)."
    ),
}

#: A situation the policy does not list is not a "no": the policy leaves it to support. Its code
#: stays ``not_eligible`` (batch users rely on it); its headline and colour are neutral.
REASON_TITLES: Final[dict[Reason, str]] = {
    # Translators: An answer's headline (checker page, command line and batch mode's JSON, decision
    # table): a problem the policy does not list. Neutral: neither a yes nor a no.
    Reason.NOT_COVERED: _("Not one of the situations the policy lists: support decides."),
}


def title(outcome: Outcome, reason: Reason) -> str:
    """The headline of an answer, the same on the page, the command line and the decision table."""
    if reason in REASON_TITLES:
        return REASON_TITLES[reason]
    if reason is Reason.LATE_EXCEPTION:
        return EXCEPTION_TITLES[outcome]
    return OUTCOME_TITLES[outcome]


REASON_EXPLANATIONS: Final[dict[Reason, str | Plural]] = {
    # Translators: An answer's explanation, under its headline (checker page, command line and batch
    # mode's JSON): a product not delivered, asked for on time. {limit}: the number of days of
    # clause 2's time limit (7).
    Reason.NOT_DELIVERED: _n(
        "You have not received the activation of or access to your subscription, and your "
        "request is sent within {limit} day of the purchase. The policy then provides a full "
        "refund, after verification.",
        "You have not received the activation of or access to your subscription, and your "
        "request is sent within {limit} days of the purchase. The policy then provides a full "
        "refund, after verification.",
    ),
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON): a
    # service that does not work, which support tried but could not fix, asked for on time.
    Reason.NOT_WORKING_UNRESOLVED: _(
        "The service does not work properly after installing the Smarters Pro or Smarters Pro "
        "Lite app, and our technical support tried but could not resolve the problem. The policy "
        "then provides a partial or full refund, depending on the case."
    ),
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON): a
    # request sent after clause 2's time limit, which ended before the day of the answer, and
    # accepted under clause 2's exception. {limit}: the number of days of clause 2's time limit (7).
    # {deadline}: the last day a request is on time, written out (Friday 11 December 2026). A date's
    # role after its name ({deadline:by}) says how that date is written there (see the entries "date
    # role: …"): keep it, change it or drop it as your sentence needs.
    Reason.LATE_EXCEPTION: _n(
        "Your request comes after the {limit}-day time limit, which ended on {deadline:on}. Clause 2 "
        "still allows a request to be accepted after it in the case of technical problems that "
        "our support team has not resolved, which is your case.",
        "Your request comes after the {limit}-day time limit, which ended on {deadline:on}. Clause 2 "
        "still allows a request to be accepted after it in the case of technical problems that "
        "our support team has not resolved, which is your case.",
    ),
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON): a
    # request for a product not delivered sent after clause 2's time limit, which ended before the
    # day of the answer; support has not tried yet. {limit}: the number of days of clause 2's time
    # limit (7). {deadline}: the last day a request is on time, written out (Friday 11 December
    # 2026). A date's role after its name ({deadline:by}) says how that date is written there (see
    # the entries "date role: …"): keep it, change it or drop it as your sentence needs.
    Reason.LATE: _n(
        "The {limit}-day time limit for a refund request ended on {deadline:on}. After it, clause 2 "
        "accepts a request only in the case of technical problems that our support team has not "
        "resolved: contact support first, and if they cannot solve the problem, you can then ask "
        "for a refund.",
        "The {limit}-day time limit for a refund request ended on {deadline:on}. After it, clause 2 "
        "accepts a request only in the case of technical problems that our support team has not "
        "resolved: contact support first, and if they cannot solve the problem, you can then ask "
        "for a refund.",
    ),
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON): a
    # service that does not work, before support has tried to fix it.
    Reason.SUPPORT_ATTEMPT_REQUIRED: _(
        "For a service that does not work properly, the policy provides a refund only after our "
        "technical support has tried to resolve the problem. Contact support first; if they "
        "cannot solve it, you can then ask for a refund."
    ),
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON): the
    # problem was solved by support.
    Reason.RESOLVED: _(
        "Support has solved the problem. The policy provides a refund for a product that was not "
        "delivered (clause 1.1) or a service that does not work (clause 1.2); it says nothing of "
        "a problem that has been solved. If the problem comes back, contact support again; you "
        "can also ask them about a partial refund."
    ),
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON): the
    # service does not work with an app clause 1.2 does not name.
    Reason.UNSUPPORTED_APP: _(
        "The policy covers malfunctions after installing the Smarters Pro app or the Smarters "
        "Pro Lite app. With another app, a malfunction does not give a right to a refund."
    ),
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON):
    # clause 3's exclusion of a change of mind.
    Reason.CHANGED_MIND: _(
        "No refund is granted if you simply decide not to use the service any more after the "
        "purchase."
    ),
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON):
    # clause 3's exclusion of unsupported devices.
    Reason.UNSUPPORTED_DEVICE: _(
        "Incompatibility with unsupported devices is excluded: the policy asks you to make sure "
        "that your devices are compatible with our apps before buying."
    ),
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON):
    # clause 3's exclusion of a poor Internet connection.
    Reason.INTERNET_CONNECTION: _(
        "Poor performance caused by an insufficient or unstable Internet connection is not "
        "refunded."
    ),
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON): a
    # problem the policy does not list.
    Reason.NOT_COVERED: _(
        "The policy lists the situations that give a refund: a product not delivered and a "
        "service that does not work; it also lists those that do not. Yours is none of them, so "
        "the policy does not settle it: support looks at your situation and decides."
    ),
}

#: A late sending day chosen ahead, while the deadline is still to come (``deadline_to_come``):
#: the explanation says by which day a request is on time, and never that the time limit ended.
LATE_WITH_TIME_LEFT: Final[dict[Reason, Plural]] = {
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON): the
    # sending day the customer chose is after clause 2's time limit, but the limit still runs on the
    # day of the answer; sent that late, the request rests on clause 2's exception. Never say the
    # time limit ended. {limit}: the number of days of clause 2's time limit (7). {deadline}: the
    # last day a request is on time, written out (Friday 11 December 2026). {received}: the sending
    # day chosen, written out (Tuesday 5 January 2027). A date's role after its name ({deadline:by})
    # says how that date is written there (see the entries "date role: …"): keep it, change it or
    # drop it as your sentence needs.
    Reason.LATE_EXCEPTION: _n(
        "If you send your request by {deadline:by}, it is on time: the {limit}-day time limit ends "
        "that day. Sent on {received:on}, it comes after that limit, and clause 2 still allows it "
        "to be accepted in the case of technical problems that our support team has not "
        "resolved, which is your case.",
        "If you send your request by {deadline:by}, it is on time: the {limit}-day time limit ends "
        "that day. Sent on {received:on}, it comes after that limit, and clause 2 still allows it "
        "to be accepted in the case of technical problems that our support team has not "
        "resolved, which is your case.",
    ),
    # Translators: An answer's explanation (checker page, command line and batch mode's JSON): the
    # sending day the customer chose is after clause 2's time limit, but the limit still runs on the
    # day of the answer; sent that late, support must try first. Never say the time limit ended.
    # {limit}: the number of days of clause 2's time limit (7). {deadline}: the last day a request
    # is on time, written out (Friday 11 December 2026). {received}: the sending day chosen, written
    # out (Tuesday 5 January 2027). A date's role after its name ({deadline:by}) says how that date
    # is written there (see the entries "date role: …"): keep it, change it or drop it as your
    # sentence needs.
    Reason.LATE: _n(
        "If you send your request by {deadline:by}, it is on time: the {limit}-day time limit ends "
        "that day. Sent on {received:on}, it comes after that limit, and clause 2 then accepts it "
        "only in the case of technical problems that our support team has not resolved: contact "
        "support first, and if they cannot solve the problem, you can then ask for a refund.",
        "If you send your request by {deadline:by}, it is on time: the {limit}-day time limit ends "
        "that day. Sent on {received:on}, it comes after that limit, and clause 2 then accepts it "
        "only in the case of technical problems that our support team has not resolved: contact "
        "support first, and if they cannot solve the problem, you can then ask for a refund.",
    ),
}


def explanation(reason: Reason, deadline_to_come: bool) -> str | Plural:
    """Why the answer is what it is, in the tense of the calendar: a deadline still to come is
    never said to have ended."""
    if deadline_to_come and reason in LATE_WITH_TIME_LEFT:
        return LATE_WITH_TIME_LEFT[reason]
    return REASON_EXPLANATIONS[reason]


# --- next steps -----------------------------------------------------------------------------------
STEPS: Final[dict[Step, str | Plural]] = {
    # Translators: A step under "What to do" (checker page, command line and batch mode's JSON).
    # {whatsapp}: the support's WhatsApp number (+33 6 12 34 56 78). {email}: the support's email
    # address (support@example.com). Both become links on the page.
    Step.CONTACT_SUPPORT: _(
        "Contact technical support, available 24/7 by WhatsApp ({whatsapp}) or by email ({email})."
    ),
    # Translators: A step under "What to do" (checker page, command line and batch mode's JSON),
    # after an answer that gives no refund. {whatsapp}: the support's WhatsApp number (+33 6 12 34
    # 56 78). {email}: the support's email address (support@example.com).
    Step.ASK_SUPPORT_FOR_HELP: _(
        "Support can still help you with the service itself, 24/7, by WhatsApp ({whatsapp}) or "
        "by email ({email})."
    ),
    # Translators: A step under "What to do" (checker page, command line and batch mode's JSON).
    # {email}: the support's email address (support@example.com). {deadline}: the last day a request
    # is on time, written out (Friday 11 December 2026). A date's role after its name
    # ({deadline:by}) says how that date is written there (see the entries "date role: …"): keep it,
    # change it or drop it as your sentence needs.
    Step.SEND_BY_DEADLINE: _("Send your refund request to {email} by {deadline:by} at the latest."),
    # Translators: A step under "What to do" (checker page, command line and batch mode's JSON): a
    # late request under clause 2's exception. {email}: the support's email address
    # (support@example.com).
    Step.SEND_LATE_EXCEPTION: _(
        "Send your refund request to {email}, stating that technical support could not resolve "
        "the problem."
    ),
    # Translators: A step under "What to do" (checker page, command line and batch mode's JSON),
    # after "Contact technical support". {email}: the support's email address (support@example.com).
    Step.SEND_IF_UNRESOLVED: _(
        "If support cannot solve the problem, send your refund request to {email}."
    ),
    # Translators: A step under "What to do" (checker page, command line and batch mode's JSON):
    # clause 4's processing time, counted in jours ouvrables (see the README's conventions:
    # processed, not answered). {first_day} and {last_day}: its numbers of working days (5 and 7);
    # {received}: the day the request is sent, written out (Monday 7 December 2026); {last}: the
    # last day of processing (Tuesday 15 December 2026). A date's role after its name
    # ({deadline:by}) says how that date is written there (see the entries "date role: …"): keep it,
    # change it or drop it as your sentence needs.
    Step.EXPECT_PROCESSING: _n(
        "Your request is to be processed within {first_day} to {last_day} working day of its "
        "receipt (Monday to Saturday, excluding French public holidays): received on "
        "{received:on}, by {last:by} at the latest.",
        "Your request is to be processed within {first_day} to {last_day} working days of its "
        "receipt (Monday to Saturday, excluding French public holidays): received on "
        "{received:on}, by {last:by} at the latest.",
    ),
    # Translators: A step under "What to do" (checker page, command line and batch mode's JSON),
    # after a refund answer (clause 5).
    Step.NOTHING_TO_RETURN: _("Nothing has to be sent back: the service is digital."),
}

#: A step put otherwise for one reason: a situation the policy does not list goes to support, who
#: decides (not "support can still help you", which follows a "no").
STEPS_FOR_REASON: Final[dict[tuple[Reason, Step], str]] = {
    # Translators: A step under "What to do" (checker page, command line and batch mode's JSON), for
    # a problem the policy does not list: support decides. {whatsapp}: the support's WhatsApp number
    # (+33 6 12 34 56 78). {email}: the support's email address (support@example.com).
    (Reason.NOT_COVERED, Step.ASK_SUPPORT_FOR_HELP): _(
        "Describe your situation to support, 24/7, by WhatsApp ({whatsapp}) or by email "
        "({email}): they will tell you what they can do."
    ),
}

#: clause-4's list, item by item.
WHAT_TO_SEND: Final[dict[Clause, str]] = {
    # Translators: An item under "What to send" (checker page, command line and batch mode's JSON):
    # clause 4's list of what a refund request contains.
    Clause.SEND_NAME_AND_EMAIL: _("Your name and the email address used for the purchase."),
    # Translators: An item under "What to send" (checker page, command line and batch mode's JSON):
    # clause 4's list (the order's number, not a request number).
    Clause.SEND_ORDER_NUMBER: _("Your order number."),
    # Translators: An item under "What to send" (checker page, command line and batch mode's JSON):
    # clause 4's list.
    Clause.SEND_REASON: _("The detailed reason for your refund request."),
}

# Translators: Under every answer (checker page, command line and batch mode's JSON).
DISCLAIMER = _(
    "This is an indication based on the refund policy: support decides after verification. "
    "Your statutory consumer rights are not affected."
)

# --- facts ----------------------------------------------------------------------------------------
# Translators: A line under "Key dates" (checker page, command line and batch mode's JSON). {days}:
# a number of calendar days (3).
DAYS_SINCE_FACT = _("Days since the purchase: {days}")
# Translators: A line under "Key dates" (checker page, command line and batch mode's JSON): a
# request sent on time. {deadline}: the last day a request is on time, written out (Friday 11
# December 2026). Written alone, after the colon.
DEADLINE_FACT = _("Last day to send the request: {deadline}")
#: A late request whose time limit is over on the day of the answer, said as such.
# Translators: A line under "Key dates" (checker page, command line and batch mode's JSON): a late
# request, on a day after clause 2's deadline. {limit}: the number of days of clause 2's time limit
# (7). {deadline}: the last day a request is on time, written out (Friday 11 December 2026). A
# date's role after its name ({deadline:by}) says how that date is written there (see the entries
# "date role: …"): keep it, change it or drop it as your sentence needs.
LIMIT_ENDED_FACT = _n(
    "The {limit}-day time limit ended on {deadline:on}",
    "The {limit}-day time limit ended on {deadline:on}",
)
#: A late sending day chosen ahead, while the time limit still runs on the day of the answer.
# Translators: A line under "Key dates" (checker page, command line and batch mode's JSON): the
# sending day chosen is late, but the deadline is still to come on the day of the answer.
# {deadline}: the last day a request is on time, written out (Friday 11 December 2026). A date's
# role after its name ({deadline:by}) says how that date is written there (see the entries "date
# role: …"): keep it, change it or drop it as your sentence needs.
ON_TIME_IF_SENT_BY_FACT = _("On time if sent by {deadline:by}")


def deadline_fact(
    outcome: Outcome, reason: Reason, on_time: bool, deadline_to_come: bool
) -> str | Plural | None:
    """clause-2's key date, for an answer that rests on its time limit (a refund, or a request
    sent to support first because it is late); None for the others."""
    if not (outcome.is_refund or reason is Reason.LATE):
        return None
    if on_time:
        return DEADLINE_FACT
    return ON_TIME_IF_SENT_BY_FACT if deadline_to_come else LIMIT_ENDED_FACT

# Translators: A line under "Key dates" (checker page, command line and batch mode's JSON). {days}:
# the number of days left to send the request on time (4).
DAYS_LEFT_FACT = _("Days left: {days}")
# Translators: A line under "Key dates" (checker page, command line and batch mode's JSON): clause
# 4's last day of processing. {last}: that day, written out (Tuesday 15 December 2026). A date's
# role after its name ({deadline:by}) says how that date is written there (see the entries "date
# role: …"): keep it, change it or drop it as your sentence needs.
PROCESSED_BY_FACT = _("Processed by {last:by} at the latest")

# --- the version of the policy applied ------------------------------------------------------------
# Translators: Under an answer (checker page, command line and batch mode's JSON), when the purchase
# falls under a version of the policy no longer in force. {start}: the day that version took effect
# (Thursday 26 November 2026); {end}: its last day (Thursday 31 December 2026). A date's role after
# its name ({deadline:by}) says how that date is written there (see the entries "date role: …"):
# keep it, change it or drop it as your sentence needs.
VERSION_PAST = _(
    "Your purchase falls under the version of the policy in force from {start:from} to {end:to}: this "
    "answer applies that version."
)
# Translators: Under an answer (checker page, command line and batch mode's JSON), when the purchase
# predates the first version of the policy. {start}: the day it took effect (Thursday 26 November
# 2026). A date's role after its name ({deadline:by}) says how that date is written there (see the
# entries "date role: …"): keep it, change it or drop it as your sentence needs.
VERSION_BEFORE_FIRST = _(
    "Your purchase predates the first published version of the policy, in force from {start:from}: "
    "this answer applies that version."
)
#: Printed with the answer, which is kept as a record.
# Translators: Printed with an answer, which the customer keeps as a record (checker page, command
# line and batch mode's JSON). {today}: the day of the answer (Monday 7 December 2026); {start}: the
# day the version applied took effect (Thursday 26 November 2026). A date's role after its name
# ({deadline:by}) says how that date is written there (see the entries "date role: …"): keep it,
# change it or drop it as your sentence needs.
ANSWERED_ON = _("Answer given on {today:on} under the policy in force from {start:from}.")

# --- the email the customer is offered to write ---------------------------------------------------
EMAIL_BUTTONS: Final[dict[Email, str]] = {
    # Translators: The answer's main button, which opens the customer's email app with a refund
    # request written for them. A label: see the README's conventions for your language (buttons).
    Email.REFUND_REQUEST: _("Write my refund request"),
    # Translators: The answer's main button when it gives no refund, which opens the customer's
    # email app with a message to support. A label: see the README's conventions for your language
    # (buttons).
    Email.SUPPORT_REQUEST: _("Write to support"),
}
EMAIL_SUBJECTS: Final[dict[Email, str]] = {
    # Translators: The subject of the refund request the customer sends to support (the email the
    # answer's button opens). {order}: the hint "[order number]", as translated, which the customer
    # replaces.
    Email.REFUND_REQUEST: _("Refund request – order {order}"),
    # Translators: The subject of the message to support the answer's button opens, when the answer
    # gives no refund. {order}: the hint "[order number]", as translated.
    Email.SUPPORT_REQUEST: _("Help with my service – order {order}"),
}
EMAIL_BODIES: Final[dict[Email, str]] = {
    # Translators: The body of the refund request the customer sends to support, in their own voice
    # (first person), to the support team (you may address it formally). Keep the line breaks.
    # {name}, {purchase_email}, {order}, {details}: the bracketed hints translated with them ([your
    # name], [your purchase email address], [order number], [describe the problem and what support
    # said]), which the customer replaces; {purchased}: the date of purchase, written out (Friday 20
    # November 2026); {problem}: the problem as the form's choice says it (I have not received my
    # activation or access).
    Email.REFUND_REQUEST: _(
        "Hello,\n\nI would like to request a refund.\n\nName: {name}\nEmail address used for the "
        "purchase: {purchase_email}\nOrder number: {order}\nDate of purchase: {purchased}\n"
        "Reason: {problem}\nDetails: {details}\n\nThank you."
    ),
    # Translators: The body of the message to support when the answer gives no refund, in the
    # customer's own voice. Keep the line breaks. {name}, {purchase_email}, {order}, {details}: the
    # bracketed hints translated with them ([your name], [your purchase email address], [order
    # number], [describe the problem and what support said]), which the customer replaces;
    # {purchased}: the date of purchase, written out (Friday 20 November 2026); {problem}: the
    # problem as the form's choice says it (I have not received my activation or access).
    Email.SUPPORT_REQUEST: _(
        "Hello,\n\nI need help with my Smarters Pro service.\n\nName: {name}\nEmail address used "
        "for the purchase: {purchase_email}\nOrder number: {order}\nDate of purchase: "
        "{purchased}\nProblem: {problem}\nDetails: {details}\n\nThank you."
    ),
}
#: The email put otherwise for one reason: a late request under clause-2's exception says that it
#: rests on the exception and that support could not solve the problem (its ``email_kind`` stays
#: ``refund_request``).
EMAIL_SUBJECTS_FOR_REASON: Final[dict[Reason, str]] = {
    # Translators: The subject of a late refund request under clause 2's exception (the email the
    # answer's button opens). {order}: the hint "[order number]", as translated.
    Reason.LATE_EXCEPTION: _("Refund request under the exception of clause 2 – order {order}"),
}
EMAIL_BODIES_FOR_REASON: Final[dict[Reason, str | Plural]] = {
    # Translators: The body of a late refund request under clause 2's exception, in the customer's
    # own voice: it names the exception and says that support could not solve the problem. Keep the
    # line breaks. {limit}: the number of days of clause 2's time limit (7). {name},
    # {purchase_email}, {order}, {details}: the bracketed hints translated with them ([your name],
    # [your purchase email address], [order number], [describe the problem and what support said]),
    # which the customer replaces; {purchased}: the date of purchase, written out (Friday 20
    # November 2026); {problem}: the problem as the form's choice says it (I have not received my
    # activation or access).
    Reason.LATE_EXCEPTION: _n(
        "Hello,\n\nI would like to request a refund under clause 2 of the refund policy, which "
        "accepts a request after the {limit}-day time limit in the case of technical problems "
        "that your support team has not resolved: your technical support tried to solve my "
        "problem but could not.\n\nName: {name}\nEmail address used for the purchase: {purchase_email}\n"
        "Order number: {order}\nDate of purchase: {purchased}\nReason: {problem}\n"
        "Details: {details}\n\nThank you.",
        "Hello,\n\nI would like to request a refund under clause 2 of the refund policy, which "
        "accepts a request after the {limit}-day time limit in the case of technical problems "
        "that your support team has not resolved: your technical support tried to solve my "
        "problem but could not.\n\nName: {name}\nEmail address used for the purchase: {purchase_email}\n"
        "Order number: {order}\nDate of purchase: {purchased}\nReason: {problem}\n"
        "Details: {details}\n\nThank you.",
    ),
}
# Translators: A hint in the email the answer's button writes, which the customer replaces by their
# name. Keep the square brackets.
NAME_PLACEHOLDER = _("[your name]")
# Translators: A hint in the email the answer's button writes, which the customer replaces by the
# email address of the purchase. Keep the square brackets.
PURCHASE_EMAIL_PLACEHOLDER = _("[your purchase email address]")
# Translators: A hint in the email the answer's button writes (and in its subject), which the
# customer replaces by the order's number. Keep the square brackets.
ORDER_PLACEHOLDER = _("[order number]")
# Translators: A hint in the email the answer's button writes, which the customer replaces by their
# own account. Keep the square brackets.
DETAILS_PLACEHOLDER = _("[describe the problem and what support said]")

# --- bad input ------------------------------------------------------------------------------------
ERRORS: Final[dict[str, str]] = {
    # Translators: An error, at a question of the form left unanswered (checker page), or a required
    # value not given (command line, batch mode). {field}: the question's label as the form shows it
    # (“Date of purchase”).
    "missing_field": _("“{field}” is required."),
    # Translators: An error (checker page, command line, batch mode). {value}: what was given,
    # quoted as typed (27/11/2026). {field}: the question's label as the form shows it (“Date of
    # purchase”). YYYY-MM-DD is the format to type: translate its letters as your readers write them
    # (AAAA-MM-JJ in French).
    "invalid_date": _("“{value}” is not a date in the form YYYY-MM-DD (“{field}”)."),
    # Translators: An error (checker page, command line, batch mode): a date that does not exist (30
    # February). {value}: what was given, quoted as typed (27/11/2026). {field}: the question's
    # label as the form shows it (“Date of purchase”).
    "impossible_date": _("“{value}” is not a real calendar date (“{field}”)."),
    # Translators: An error (checker page, command line, batch mode). {value}: the date given,
    # written out on the page (Friday 1 January 1999), as typed on the command line (1999-01-01);
    # {earliest} and {latest}: the range accepted, written the same way (Saturday 1 January 2000,
    # Tuesday 31 December 2199). {field}: the question's label as the form shows it (“Date of
    # purchase”). A date's role after its name ({deadline:by}) says how that date is written there
    # (see the entries "date role: …"): keep it, change it or drop it as your sentence needs.
    "date_out_of_range": _(
        "“{value}” is outside the dates this checker accepts, {earliest:from} to {latest:to} (“{field}”)."
    ),
    # Translators: An error (checker page, command line, batch mode). {value}: the date given,
    # written out on the page (Friday 1 January 2027), as typed on the command line (2027-01-01).
    # {field}: the question's label as the form shows it (“Date of purchase”).
    "purchase_in_future": _("“{value}” is after today: a purchase cannot be in the future (“{field}”)."),
    # Translators: An error at the question "Date you send the request" (checker page, command line,
    # batch mode).
    "request_before_purchase": _("The request date cannot be before the date of purchase."),
    **dict.fromkeys(
        ("unknown_problem", "unknown_app", "unknown_support", "unknown_lang"),
        # Translators: An error (command line, batch mode; the page offers only valid choices).
        # {value}: what was given, quoted as typed (refund_me); {field}: the option's or question's
        # label (“What is the problem?”); {choices}: the valid codes, comma-separated, left in
        # English (not_delivered, not_working, …).
        _("“{value}” is not a valid choice for “{field}”. Valid choices: {choices}."),
    ),
    # Translators: An error of batch mode: a line of the input file holds a key the checker does not
    # know. {value}: that key, as typed (suport); {choices}: the known keys, left in English
    # (purchased, requested, problem, …).
    "unknown_key": _("“{value}” is not a key this checker knows. Known keys: {choices}."),
    # Translators: An error of batch mode: a line of the input file gives a key twice. {value}: that
    # key, as typed (problem).
    "duplicate_key": _("The key “{value}” is given more than once."),
    # Translators: An error of batch mode. {line}: the line's number in the input file (12).
    "invalid_json": _("Line {line} is not valid JSON."),
    # Translators: An error of batch mode. {line}: the line's number in the input file (12);
    # {limit}: the longest line accepted, in characters (4096).
    "line_too_long": _("Line {line} is longer than {limit} characters."),
    # Translators: An error of batch mode: a line holds JSON that is not an object ({…}). {line}:
    # the line's number in the input file (12).
    "not_an_object": _("Line {line} is not a JSON object."),
    # Translators: An error of the command line. {value}: the file's name, as given
    # (requests.jsonl); {reason}: the system's reason, in English (No such file or directory).
    "cannot_read": _("The file “{value}” cannot be read ({reason})."),
    # Translators: An error of the command line. {value}: the system's reason, in English (No space
    # left on device).
    "cannot_write": _("The answer cannot be written ({value})."),
    # Translators: An error of the command line: it was started with its standard output closed
    # (refund-check ... >&-), so the answer has nowhere to go.
    "output_closed": _("The answer cannot be written: standard output is closed."),
}

# --- bad input: files, text and contact details (issue 21) ----------------------------------------
ERRORS.update(
    {
        # Translators: An error of the command line's --batch. {value}: the path given, as typed
        # (/dev/zero). Keep the "-".
        "input_not_a_file": _(
            "“{value}” is not a regular file: give the path of a file, or - for standard input."
        ),
        # Translators: An error (command line, batch mode, checker page): a value holds a character
        # no text can hold. {field}: the question's label as the form shows it (“Date of purchase”).
        "invalid_text": _("“{field}” holds text that is not valid Unicode (a lone surrogate)."),
        # Translators: Shown to the maintainer who runs the command line or the build with contact
        # details that cannot be used (checker/contact.toml).
        "contact_no_file": _("The contact details cannot be used: no file name was given."),
        # Translators: Shown to the maintainer who runs the command line or the build with contact
        # details that cannot be used (checker/contact.toml). {value}: the file's name
        # (contact.toml); {reason}: the parser's reason, in English (Expected '=' after a key).
        "contact_not_toml": _(
            "The contact details cannot be used: “{value}” is not valid TOML ({reason})."
        ),
        # Translators: Shown to the maintainer who runs the command line or the build with contact
        # details that cannot be used (checker/contact.toml). {field}: the key, left in English
        # (email); {value}: the file's name (contact.toml).
        "contact_missing": _(
            "The contact details cannot be used: “{field}” is missing or empty in “{value}”."
        ),
        # Translators: Shown to the maintainer who runs the command line or the build with contact
        # details that cannot be used (checker/contact.toml). {field}: the key found, as typed
        # (mail); {value}: the file's name (contact.toml); {choices}: the known keys, left in
        # English (company, email, whatsapp, whatsapp_url).
        "contact_unknown_key": _(
            "The contact details cannot be used: “{field}” in “{value}” is not a key of the "
            "contact details. Known keys: {choices}."
        ),
        # Translators: Shown to the maintainer who runs the command line or the build with contact
        # details that cannot be used (checker/contact.toml). {value}: the file's name
        # (contact.toml); {reason}: the system's reason, in English (Permission denied).
        "contact_unreadable": _(
            "The contact details cannot be used: the file “{value}” cannot be read ({reason})."
        ),
        # Translators: Shown to the maintainer who runs the command line or the build with contact
        # details that cannot be used (checker/contact.toml). {value}: the path given (/dev/zero).
        "contact_not_a_file": _(
            "The contact details cannot be used: “{value}” is not a regular file."
        ),
        # Translators: Shown to the maintainer who runs the command line or the build with contact
        # details that cannot be used (checker/contact.toml). {value}: the file's name
        # (contact.toml); {limit}: the largest size accepted, in bytes (16384).
        "contact_too_large": _(
            "The contact details cannot be used: the file “{value}” is larger than {limit} bytes."
        ),
        # Translators: Shown to the maintainer who runs the command line or the build with contact
        # details that cannot be used (checker/contact.toml). {field}: the key, left in English
        # (company); {value}: the file's name (contact.toml).
        "contact_hidden_characters": _(
            "The contact details cannot be used: “{field}” in “{value}” holds control or "
            "text-direction characters."
        ),
        # Translators: Shown to the maintainer who runs the command line or the build with contact
        # details that cannot be used (checker/contact.toml). {field}: the key, left in English
        # (email); {value}: the file's name (contact.toml). Keep local@domain and the characters as
        # they are; translate "local" and "domain" if your readers would.
        "contact_bad_email": _(
            "The contact details cannot be used: “{field}” in “{value}” is not a plain email "
            "address (local@domain, without spaces or any of []()<>?&%)."
        ),
        # Translators: Shown to the maintainer who runs the command line or the build with contact
        # details that cannot be used (checker/contact.toml). {field}: the key, left in English
        # (whatsapp_url); {value}: the file's name (contact.toml). Keep https://wa.me/ as it is.
        "contact_bad_whatsapp_url": _(
            "The contact details cannot be used: “{field}” in “{value}” must be https://wa.me/ "
            "followed by the number's digits only."
        ),
    }
)
