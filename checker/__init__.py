"""Smarters Pro refund-eligibility checker.

The rules (``rules``) are pure functions over dates and codes; ``answer`` turns a decision into text
in one language; ``cli`` and the browser worker are adapters around them.
"""

from __future__ import annotations

from checker.answer import Answer, answer
from checker.model import App, Decision, Outcome, Problem, Reason, Request, Support
from checker.parse import InputError, parse_request
from checker.rules import decide

__all__ = [
    "Answer",
    "App",
    "Decision",
    "InputError",
    "Outcome",
    "Problem",
    "Reason",
    "Request",
    "Support",
    "answer",
    "decide",
    "parse_request",
]
