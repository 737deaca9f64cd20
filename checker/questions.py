"""The questions the checker asks, in the order the form shows them: the one home of each field's
name, label, choices, default and whether it is required.

The web form, the command line's options, the parser of untrusted input and the page script all
derive from these. ``shown_when`` says which answers to ``problem`` make a question matter, so the
form can hide the others; the rules ignore an answer that does not matter. The command line and
batch mode fill an unanswered question with its default; the web form asks every question it
shows (``checker.web``), so a customer who skims never gets an answer to a situation they did not
state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from checker.catalog import _
from checker.model import App, Problem, Support

#: The default of a date that is "the day the check is made" (the caller's today).
TODAY: Final = "today"


@dataclass(frozen=True, slots=True)
class Question:
    """One field: its key (JSON, form and ``--option``), its label, and its choices (none for a
    date). ``default`` is a choice, ``TODAY``, or ``None`` for a required field."""

    name: str
    label: str
    hint: str = ""
    choices: tuple[tuple[StrEnum, str], ...] = ()
    default: StrEnum | str | None = None
    shown_when: frozenset[Problem] = field(default_factory=frozenset)

    @property
    def is_date(self) -> bool:
        return not self.choices

    @property
    def required(self) -> bool:
        return self.default is None

    def asked_for(self, problem: object) -> bool:
        """Whether the form shows this question once ``problem`` (a code, or nothing yet) is chosen."""
        return not self.shown_when or problem in self.shown_when

    def label_of(self, code: str) -> str:
        """The label (a message id) of one of the choices."""
        return next(label for choice, label in self.choices if choice == code)


QUESTIONS: tuple[Question, ...] = (
    Question(
        name="problem",
        # Translators: A question of the checker's form (checker page), also the label of its answer
        # in the printed answer and in error messages.
        label=_("What is the problem?"),
        choices=(
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line. Clause 1.1: the customer's words.
            (Problem.NOT_DELIVERED, _("I have not received my activation or access")),
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line. Clause 1.2.
            (Problem.NOT_WORKING, _("The service does not work properly after installing the app")),
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line. Clause 3's change of mind.
            (Problem.CHANGED_MIND, _("I changed my mind and no longer want the service")),
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line. Clause 3's unsupported devices:
            # use the policy page's word for "supported".
            (Problem.UNSUPPORTED_DEVICE, _("My device is not supported")),
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line. Clause 3's poor connection.
            (Problem.INTERNET_CONNECTION, _("My Internet connection is poor or unstable")),
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line. A problem the policy does not
            # list.
            (Problem.OTHER, _("Something else")),
        ),
    ),
    # Translators: A question of the checker's form (checker page), also the label of its answer in
    # the printed answer and in error messages. A date field.
    Question(name="purchased", label=_("Date of purchase")),
    Question(
        name="requested",
        # Translators: A question of the checker's form (checker page), also the label of its answer
        # in the printed answer and in error messages. A date field, filled with the reader's today.
        label=_("Date you send the request"),
        # Translators: The hint under the question "Date you send the request" (checker page).
        hint=_("Today, unless you plan to send it on another day."),
        default=TODAY,
    ),
    Question(
        name="app",
        # Translators: A question of the checker's form (checker page), also the label of its answer
        # in the printed answer and in error messages. Asked when the service does not work.
        label=_("Which app did you install?"),
        choices=(
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line. An app's name: keep it unless it
            # has an official name in your language.
            (App.SMARTERS_PRO, _("Smarters Pro")),
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line. An app's name: keep it unless it
            # has an official name in your language.
            (App.SMARTERS_PRO_LITE, _("Smarters Pro Lite")),
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line.
            (App.OTHER, _("Another app")),
        ),
        default=App.SMARTERS_PRO,
        shown_when=frozenset({Problem.NOT_WORKING}),
    ),
    Question(
        name="support",
        # Translators: A question of the checker's form (checker page), also the label of its answer
        # in the printed answer and in error messages.
        label=_("What did technical support say?"),
        choices=(
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line.
            (Support.NOT_CONTACTED, _("I have not contacted support yet")),
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line.
            (Support.PENDING, _("I contacted support; no solution yet")),
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line.
            (Support.RESOLVED, _("Support solved the problem")),
            # Translators: A choice of the checker's form (checker page), also the customer's answer
            # in the printed answer and the email's "Reason" line. Clause 2's exception rests on it.
            (Support.UNRESOLVED, _("Support tried but could not solve the problem")),
        ),
        default=Support.NOT_CONTACTED,
        shown_when=frozenset({Problem.NOT_DELIVERED, Problem.NOT_WORKING}),
    ),
)

BY_NAME: Final[dict[str, Question]] = {question.name: question for question in QUESTIONS}

#: The key of the answer's language, beside the questions (batch lines, the web payload).
LANGUAGE_KEY: Final = "lang"
#: The label of the language option, for error messages about ``lang``.
# Translators: The command line's --lang option and batch mode's "lang" key, as error messages name
# it (“Language”).
LANGUAGE_LABEL: Final = _("Language")
#: The command line's ``--today``: the day an answer is given, so that answers under any version
#: of the policy (an upcoming one included) can be reproduced and tested on any day.
TODAY_KEY: Final = "today"
# Translators: The command line's --today option, as error messages name it: the day the answer is
# given.
TODAY_LABEL: Final = _("Day of the answer")
#: The labels of the options that are not questions, for error messages.
OPTION_LABELS: Final = {LANGUAGE_KEY: LANGUAGE_LABEL, TODAY_KEY: TODAY_LABEL}
