"""The questions the checker asks, in order: the single source for the web form and its labels.

``shown_when`` says which answers to ``problem`` make a question matter, so the form can hide the
others; the rules ignore an answer that does not matter.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.catalog import _
from checker.model import App, Problem, Support


@dataclass(frozen=True, slots=True)
class Question:
    """One form field: its JSON key, its label, its choices (none for a date)."""

    name: str
    label: str
    hint: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    shown_when: frozenset[Problem] = field(default_factory=frozenset)

    @property
    def is_date(self) -> bool:
        return not self.choices


QUESTIONS: tuple[Question, ...] = (
    Question(
        name="problem",
        label=_("What is the problem?"),
        choices=(
            (Problem.NOT_DELIVERED, _("I have not received my activation or access")),
            (Problem.NOT_WORKING, _("The service does not work properly after installing the app")),
            (Problem.CHANGED_MIND, _("I changed my mind and no longer want the service")),
            (Problem.UNSUPPORTED_DEVICE, _("My device is not supported")),
            (Problem.INTERNET_CONNECTION, _("My Internet connection is poor or unstable")),
            (Problem.OTHER, _("Something else")),
        ),
    ),
    Question(name="purchased", label=_("Date of purchase")),
    Question(
        name="requested",
        label=_("Date you send the request"),
        hint=_("Today, unless you plan to send it on another day."),
    ),
    Question(
        name="app",
        label=_("Which app did you install?"),
        choices=(
            (App.SMARTERS_PRO, _("Smarters Pro")),
            (App.SMARTERS_PRO_LITE, _("Smarters Pro Lite")),
            (App.OTHER, _("Another app")),
        ),
        shown_when=frozenset({Problem.NOT_WORKING}),
    ),
    Question(
        name="support",
        label=_("What did technical support say?"),
        choices=(
            (Support.NOT_CONTACTED, _("I have not contacted support yet")),
            (Support.PENDING, _("I contacted support; no solution yet")),
            (Support.RESOLVED, _("Support solved the problem")),
            (Support.UNRESOLVED, _("Support tried but could not solve the problem")),
        ),
        shown_when=frozenset({Problem.NOT_DELIVERED, Problem.NOT_WORKING}),
    ),
)

BY_NAME: dict[str, Question] = {question.name: question for question in QUESTIONS}

#: The label of the language option, for error messages about ``lang``.
LANGUAGE_LABEL = _("Language")
