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
    Outcome.FULL_REFUND: _("You are entitled to a full refund, after verification."),
    Outcome.PARTIAL_OR_FULL_REFUND: _(
        "You are entitled to a partial or full refund, depending on the case."
    ),
    Outcome.CONTACT_SUPPORT_FIRST: _("Contact technical support first."),
    Outcome.NOT_ELIGIBLE: _("The policy does not provide a refund in this situation."),
}

#: A late request accepted under clause-2's exception: a short headline that opens with what is
#: still possible (at most 14 words in every language, so it stays two lines on a phone, and a
#: skimming reader does not stop at "late"); the explanation below says the rest.
EXCEPTION_TITLES: Final[dict[Outcome, str]] = {
    Outcome.FULL_REFUND: _("Full refund still possible after the time limit (clause 2 exception)."),
    Outcome.PARTIAL_OR_FULL_REFUND: _(
        "Partial or full refund still possible after the time limit (clause 2 exception)."
    ),
}

#: A situation the policy does not list is not a "no": the policy leaves it to support. Its code
#: stays ``not_eligible`` (batch users rely on it); its headline and colour are neutral.
REASON_TITLES: Final[dict[Reason, str]] = {
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
    Reason.NOT_DELIVERED: _n(
        "You have not received the activation of or access to your subscription, and your "
        "request is sent within {limit} day of the purchase. The policy then provides a full "
        "refund, after verification.",
        "You have not received the activation of or access to your subscription, and your "
        "request is sent within {limit} days of the purchase. The policy then provides a full "
        "refund, after verification.",
    ),
    Reason.NOT_WORKING_UNRESOLVED: _(
        "The service does not work properly after installing the Smarters Pro or Smarters Pro "
        "Lite app, and our technical support tried but could not resolve the problem. The policy "
        "then provides a partial or full refund, depending on the case."
    ),
    Reason.LATE_EXCEPTION: _n(
        "Your request comes after the {limit}-day time limit, which ended on {deadline:on}. Clause 2 "
        "still allows a request to be accepted after it in the case of technical problems that "
        "our support team has not resolved, which is your case.",
        "Your request comes after the {limit}-day time limit, which ended on {deadline:on}. Clause 2 "
        "still allows a request to be accepted after it in the case of technical problems that "
        "our support team has not resolved, which is your case.",
    ),
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
    Reason.SUPPORT_ATTEMPT_REQUIRED: _(
        "For a service that does not work properly, the policy provides a refund only after our "
        "technical support has tried to resolve the problem. Contact support first; if they "
        "cannot solve it, you can then ask for a refund."
    ),
    Reason.RESOLVED: _(
        "Support has solved the problem. The policy provides a refund for a product that was not "
        "delivered (clause 1.1) or a service that does not work (clause 1.2); it says nothing of "
        "a problem that has been solved. If the problem comes back, contact support again; you "
        "can also ask them about a partial refund."
    ),
    Reason.UNSUPPORTED_APP: _(
        "The policy covers malfunctions after installing the Smarters Pro app or the Smarters "
        "Pro Lite app. With another app, a malfunction does not give a right to a refund."
    ),
    Reason.CHANGED_MIND: _(
        "No refund is granted if you simply decide not to use the service any more after the "
        "purchase."
    ),
    Reason.UNSUPPORTED_DEVICE: _(
        "Incompatibility with unsupported devices is excluded: the policy asks you to make sure "
        "that your devices are compatible with our apps before buying."
    ),
    Reason.INTERNET_CONNECTION: _(
        "Poor performance caused by an insufficient or unstable Internet connection is not "
        "refunded."
    ),
    Reason.NOT_COVERED: _(
        "The policy lists the situations that give a refund: a product not delivered and a "
        "service that does not work; it also lists those that do not. Yours is none of them, so "
        "the policy does not settle it: support looks at your situation and decides."
    ),
}

#: A late sending day chosen ahead, while the deadline is still to come (``deadline_to_come``):
#: the explanation says by which day a request is on time, and never that the time limit ended.
LATE_WITH_TIME_LEFT: Final[dict[Reason, Plural]] = {
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
    Step.CONTACT_SUPPORT: _(
        "Contact technical support, available 24/7 by WhatsApp ({whatsapp}) or by email ({email})."
    ),
    Step.ASK_SUPPORT_FOR_HELP: _(
        "Support can still help you with the service itself, 24/7, by WhatsApp ({whatsapp}) or "
        "by email ({email})."
    ),
    Step.SEND_BY_DEADLINE: _("Send your refund request to {email} by {deadline:by} at the latest."),
    Step.SEND_LATE_EXCEPTION: _(
        "Send your refund request to {email}, stating that technical support could not resolve "
        "the problem."
    ),
    Step.SEND_IF_UNRESOLVED: _(
        "If support cannot solve the problem, send your refund request to {email}."
    ),
    Step.EXPECT_PROCESSING: _n(
        "Your request is to be processed within {first_day} to {last_day} working day of its "
        "receipt (Monday to Saturday, excluding French public holidays): received on "
        "{received:on}, by {last:by} at the latest.",
        "Your request is to be processed within {first_day} to {last_day} working days of its "
        "receipt (Monday to Saturday, excluding French public holidays): received on "
        "{received:on}, by {last:by} at the latest.",
    ),
    Step.NOTHING_TO_RETURN: _("Nothing has to be sent back: the service is digital."),
}

#: A step put otherwise for one reason: a situation the policy does not list goes to support, who
#: decides (not "support can still help you", which follows a "no").
STEPS_FOR_REASON: Final[dict[tuple[Reason, Step], str]] = {
    (Reason.NOT_COVERED, Step.ASK_SUPPORT_FOR_HELP): _(
        "Describe your situation to support, 24/7, by WhatsApp ({whatsapp}) or by email "
        "({email}): they will tell you what they can do."
    ),
}

#: clause-4's list, item by item.
WHAT_TO_SEND: Final[dict[Clause, str]] = {
    Clause.SEND_NAME_AND_EMAIL: _("Your name and the email address used for the purchase."),
    Clause.SEND_ORDER_NUMBER: _("Your order number."),
    Clause.SEND_REASON: _("The detailed reason for your refund request."),
}

DISCLAIMER = _(
    "This is an indication based on the refund policy: support decides after verification. "
    "Your statutory consumer rights are not affected."
)

# --- facts ----------------------------------------------------------------------------------------
DAYS_SINCE_FACT = _("Days since the purchase: {days}")
DEADLINE_FACT = _("Last day to send the request: {deadline}")
#: A late request whose time limit is over on the day of the answer, said as such.
LIMIT_ENDED_FACT = _n(
    "The {limit}-day time limit ended on {deadline:on}",
    "The {limit}-day time limit ended on {deadline:on}",
)
#: A late sending day chosen ahead, while the time limit still runs on the day of the answer.
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

DAYS_LEFT_FACT = _("Days left: {days}")
PROCESSED_BY_FACT = _("Processed by {last:by} at the latest")

# --- the version of the policy applied ------------------------------------------------------------
VERSION_PAST = _(
    "Your purchase falls under the version of the policy in force from {start:from} to {end:to}: this "
    "answer applies that version."
)
VERSION_BEFORE_FIRST = _(
    "Your purchase predates the first published version of the policy, in force from {start:from}: "
    "this answer applies that version."
)
#: Printed with the answer, which is kept as a record.
ANSWERED_ON = _("Answer given on {today:on} under the policy in force from {start:from}.")

# --- the email the customer is offered to write ---------------------------------------------------
EMAIL_BUTTONS: Final[dict[Email, str]] = {
    Email.REFUND_REQUEST: _("Write my refund request"),
    Email.SUPPORT_REQUEST: _("Write to support"),
}
EMAIL_SUBJECTS: Final[dict[Email, str]] = {
    Email.REFUND_REQUEST: _("Refund request – order {order}"),
    Email.SUPPORT_REQUEST: _("Help with my service – order {order}"),
}
EMAIL_BODIES: Final[dict[Email, str]] = {
    Email.REFUND_REQUEST: _(
        "Hello,\n\nI would like to request a refund.\n\nName: {name}\nEmail address used for the "
        "purchase: {purchase_email}\nOrder number: {order}\nDate of purchase: {purchased}\n"
        "Reason: {problem}\nDetails: {details}\n\nThank you."
    ),
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
    Reason.LATE_EXCEPTION: _("Refund request under the exception of clause 2 – order {order}"),
}
EMAIL_BODIES_FOR_REASON: Final[dict[Reason, str | Plural]] = {
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
NAME_PLACEHOLDER = _("[your name]")
PURCHASE_EMAIL_PLACEHOLDER = _("[your purchase email address]")
ORDER_PLACEHOLDER = _("[order number]")
DETAILS_PLACEHOLDER = _("[describe the problem and what support said]")

# --- bad input ------------------------------------------------------------------------------------
ERRORS: Final[dict[str, str]] = {
    "missing_field": _("“{field}” is required."),
    "invalid_date": _("“{value}” is not a date in the form YYYY-MM-DD (“{field}”)."),
    "impossible_date": _("“{value}” is not a real calendar date (“{field}”)."),
    "date_out_of_range": _(
        "“{value}” is outside the dates this checker accepts, {earliest:from} to {latest:to} (“{field}”)."
    ),
    "purchase_in_future": _("“{value}” is after today: a purchase cannot be in the future (“{field}”)."),
    "request_before_purchase": _("The request date cannot be before the date of purchase."),
    **dict.fromkeys(
        ("unknown_problem", "unknown_app", "unknown_support", "unknown_lang"),
        _("“{value}” is not a valid choice for “{field}”. Valid choices: {choices}."),
    ),
    "unknown_key": _("“{value}” is not a key this checker knows. Known keys: {choices}."),
    "duplicate_key": _("The key “{value}” is given more than once."),
    "invalid_json": _("Line {line} is not valid JSON."),
    "line_too_long": _("Line {line} is longer than {limit} characters."),
    "not_an_object": _("Line {line} is not a JSON object."),
    "cannot_read": _("The file “{value}” cannot be read ({reason})."),
    "cannot_write": _("The answer cannot be written ({value})."),
}

# --- bad input: files, text and contact details (issue 21) ----------------------------------------
ERRORS.update(
    {
        "input_not_a_file": _(
            "“{value}” is not a regular file: give the path of a file, or - for standard input."
        ),
        "invalid_text": _("“{field}” holds text that is not valid Unicode (a lone surrogate)."),
        "contact_no_file": _("The contact details cannot be used: no file name was given."),
        "contact_not_toml": _(
            "The contact details cannot be used: “{value}” is not valid TOML ({reason})."
        ),
        "contact_missing": _(
            "The contact details cannot be used: “{field}” is missing or empty in “{value}”."
        ),
        "contact_unknown_key": _(
            "The contact details cannot be used: “{field}” in “{value}” is not a key of the "
            "contact details. Known keys: {choices}."
        ),
        "contact_unreadable": _(
            "The contact details cannot be used: the file “{value}” cannot be read ({reason})."
        ),
        "contact_not_a_file": _(
            "The contact details cannot be used: “{value}” is not a regular file."
        ),
        "contact_too_large": _(
            "The contact details cannot be used: the file “{value}” is larger than {limit} bytes."
        ),
        "contact_hidden_characters": _(
            "The contact details cannot be used: “{field}” in “{value}” holds control or "
            "text-direction characters."
        ),
        "contact_bad_email": _(
            "The contact details cannot be used: “{field}” in “{value}” is not a plain email "
            "address (local@domain, without spaces or any of []()<>?&%)."
        ),
        "contact_bad_whatsapp_url": _(
            "The contact details cannot be used: “{field}” in “{value}” must be https://wa.me/ "
            "followed by the number's digits only."
        ),
    }
)
