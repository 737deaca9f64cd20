"""Smarters Pro refund-eligibility checker.

Data flows one way: ``policy`` (figures) -> ``rules`` (``decide``: a ``Decision``, codes and
dates) -> ``explain`` (words in one language) -> adapters (``cli``, ``batch``, ``web``), all of
which go through ``check``.
"""

from __future__ import annotations

from checker.check import check
from checker.explain import Answer, explain
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
    "check",
    "decide",
    "explain",
    "parse_request",
]
