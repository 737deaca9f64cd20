"""Every text the checker shows, as English message ids keyed by code.

The texts are translated through the catalogs in ``locales/``; placeholders in braces are filled
by ``answer`` from the decision and the policy parameters, never written out here.
"""

from __future__ import annotations

from typing import Final

from checker.catalog import _
from checker.clauses import Clause
from checker.model import Outcome, Reason, Step

OUTCOME_TITLES: Final[dict[Outcome, str]] = {
    Outcome.FULL_REFUND: _("You are entitled to a full refund, after verification."),
    Outcome.PARTIAL_OR_FULL_REFUND: _(
        "You are entitled to a partial or full refund, depending on the case."
    ),
    Outcome.CONTACT_SUPPORT_FIRST: _("Contact technical support first."),
    Outcome.NOT_ELIGIBLE: _("The policy does not provide a refund in this situation."),
}

REASON_EXPLANATIONS: Final[dict[Reason, str]] = {
    Reason.NOT_DELIVERED: _(
        "You have not received the activation of or access to your subscription, and your "
        "request is sent within {limit} days of the purchase. The policy then provides a full "
        "refund, after verification."
    ),
    Reason.NOT_WORKING_UNRESOLVED: _(
        "The service does not work properly after installing the Smarters Pro or Smarters Pro "
        "Lite app, and our technical support tried but could not resolve the problem. The policy "
        "then provides a partial or full refund, depending on the case."
    ),
    Reason.LATE_EXCEPTION: _(
        "Your request comes after the {limit}-day time limit, which ended on {deadline}. The "
        "policy makes an exception for technical problems that our support team could not "
        "resolve, which is your case: your request can still be accepted."
    ),
    Reason.LATE: _(
        "The {limit}-day time limit for a refund request ended on {deadline}. After it, the "
        "policy makes an exception only for technical problems that our support team could not "
        "resolve: contact support first, and if they cannot solve the problem, you can then ask "
        "for a refund."
    ),
    Reason.SUPPORT_ATTEMPT_REQUIRED: _(
        "For a service that does not work properly, the policy provides a refund only after our "
        "technical support has tried to resolve the problem. Contact support first; if they "
        "cannot solve it, you can then ask for a refund."
    ),
    Reason.RESOLVED: _(
        "Our support team has resolved the problem, so the policy provides no refund. If the "
        "problem comes back, contact support again."
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
        "Refunds are offered only in the situations the policy lists: a product not delivered or "
        "a service that does not work. Contact support, who can look at your situation."
    ),
}

# --- next steps -----------------------------------------------------------------------------------
STEPS: Final[dict[Step, str]] = {
    Step.CONTACT_SUPPORT: _(
        "Contact technical support, available 24/7 by WhatsApp ({whatsapp}) or by email ({email})."
    ),
    Step.SEND_BY_DEADLINE: _("Send your refund request to {email} by {deadline} at the latest."),
    Step.SEND_LATE_EXCEPTION: _(
        "Send your refund request to {email}, stating that technical support could not resolve "
        "the problem."
    ),
    Step.SEND_IF_UNRESOLVED: _(
        "If support cannot solve the problem, send your refund request to {email}."
    ),
    Step.EXPECT_PROCESSING: _(
        "Expect an answer between {first} and {last}: the request is processed within "
        "{first_day} to {last_day} working days after it is received (Monday to Saturday, public "
        "holidays excluded)."
    ),
    Step.NOTHING_TO_RETURN: _("Nothing has to be sent back: the service is digital."),
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
DEADLINE_FACT = _("Last day to send the request: {deadline}")
DAYS_SINCE_FACT = _("Days since the purchase: {days}")
DAYS_LEFT_FACT = _("Days left: {days}")
WINDOW_FACT = _("Answer expected between {first} and {last}")

# --- the email to support -------------------------------------------------------------------------
EMAIL_SUBJECT = _("Refund request – order {order}")
EMAIL_BODY = _(
    "Hello,\n\nI would like to request a refund.\n\nName: {name}\nEmail address used for the "
    "purchase: {purchase_email}\nOrder number: {order}\nDate of purchase: {purchased}\n"
    "Reason: {problem}\nDetails: {details}\n\nThank you."
)
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
        "“{value}” is outside the dates this checker accepts, {earliest} to {latest} (“{field}”)."
    ),
    "request_before_purchase": _("The request date cannot be before the date of purchase."),
    **dict.fromkeys(
        ("unknown_problem", "unknown_app", "unknown_support", "unknown_lang"),
        _("“{value}” is not a valid choice for “{field}”. Valid choices: {choices}."),
    ),
    "invalid_json": _("Line {line} is not valid JSON."),
    "cannot_read": _("The file “{value}” cannot be read."),
    "not_an_object": _("Line {line} is not a JSON object."),
}
