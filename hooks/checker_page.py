"""Renders the checker page's form, result skeleton, fallback and decision table at build time,
from the checker's own questions, rules and catalogs, so no label or rule is written twice."""

from __future__ import annotations

import html as html_lib
import itertools
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import site_messages as t
from contact import contact_card
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from pyodide_bundle import page_script_url
from site_i18n import page_language, relative_root, site_gettext

from checker import messages as m
from checker.catalog import translations
from checker.clauses import ORDER as CLAUSE_ORDER
from checker.model import App, Decision, Problem, Request, Support
from checker.policy import ANSWER_WINDOW_FIRST_DAY, ANSWER_WINDOW_LAST_DAY, REQUEST_DEADLINE_DAYS
from checker.questions import BY_NAME, QUESTIONS, Question
from checker.rules import decide

TOKEN = "{{ checker }}"
Gettext = Callable[[str], str]


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Replaces the token's paragraph after Markdown, so the HTML is emitted exactly as written."""
    token = f"<p>{TOKEN}</p>"
    if token not in html:
        return html
    lang = page_language(page, config)
    policy_url = "../"  # the policy page of the same language, one level up
    html_block = "\n".join(
        [
            form(lang),
            result_skeleton(lang, policy_url, config.extra["contact"]),
            fallback(lang),
            decision_table(lang, policy_url),
            reading(lang),
            contact_card(config.extra["contact"], lang),
            # async: start the worker as soon as the script arrives, without waiting for
            # Material's parser-blocking bundle at the end of the page.
            f'<script type="module" async src="{relative_root(page)}{page_script_url()}"></script>',
        ]
    )
    return html.replace(token, html_block)


# --- the form -------------------------------------------------------------------------------------


def form(lang: str) -> str:
    _c = translations(lang).gettext
    _s = site_gettext(lang)
    parts = [
        '<form id="refund-checker" class="refund-checker" novalidate data-state="starting" '
        f'data-lang="{lang}">'
    ]
    parts += [field(question, _c) for question in QUESTIONS]
    parts.append(
        f'<button type="submit" class="md-button md-button--primary">{esc(_s(t.CHECK_BUTTON))}'
        "</button>"
        f'<p id="checker-status" class="checker-status" role="status">{esc(_s(t.STARTING))}</p>'
        f'<template id="checker-messages" data-ready="{esc(_s(t.READY))}" '
        f'data-fill="{esc(_s(t.FILL_THE_FORM))}"></template>'
    )
    parts.append("</form>")
    return "\n".join(parts)


def field(question: Question, _: Gettext) -> str:
    """One question: a date input, or a radio group in a fieldset with a legend."""
    shown = " ".join(sorted(question.shown_when))
    condition = f' data-shown-when="{shown}" hidden' if shown else ""
    error = (
        f'<p class="field-error" id="{question.name}-error" data-error-for="{question.name}"></p>'
    )
    hint_id = f"{question.name}-hint"
    hint = f'<p class="hint" id="{hint_id}">{esc(_(question.hint))}</p>' if question.hint else ""
    described = f"{hint_id} {question.name}-error" if question.hint else f"{question.name}-error"
    if question.is_date:
        return (
            f'<div class="field" data-field="{question.name}"{condition}>'
            f'<label for="{question.name}">{esc(_(question.label))}</label>{hint}'
            f'<input type="date" id="{question.name}" name="{question.name}" '
            f'aria-describedby="{described}"'
            f"{' required' if question.name == 'purchased' else ''}>{error}</div>"
        )
    radios = "".join(
        f'<div class="choice"><input type="radio" id="{question.name}-{code}" '
        f'name="{question.name}" value="{code}"{" checked" if i == 0 and condition else ""}>'
        f'<label for="{question.name}-{code}">{esc(_(label))}</label></div>'
        for i, (code, label) in enumerate(question.choices)
    )
    return (
        f'<fieldset class="field" data-field="{question.name}" aria-describedby="{described}"'
        f"{condition}><legend>{esc(_(question.label))}</legend>{hint}{radios}{error}</fieldset>"
    )


# --- the result -----------------------------------------------------------------------------------


def result_skeleton(lang: str, policy_url: str, contact: dict[str, str]) -> str:
    """Empty containers the page script fills with text from the worker (never as HTML)."""
    _s = site_gettext(lang)
    clause_links = "".join(
        f'<a data-clause="{clause}" href="{policy_url}#{clause}">'
        f"{esc(_s(t.CLAUSE_LABEL).format(number=clause_number(clause)))}</a>"
        for clause in CLAUSE_ORDER
    )
    email = contact["email"]
    return f"""<section id="checker-result" class="checker-result" aria-live="polite" data-outcome="" data-email="{esc(email)}" data-whatsapp="{esc(contact["whatsapp"])}" tabindex="-1">
<div class="result-body" hidden>
<h2 id="result-title" data-text="title"></h2>
<p data-text="message"></p>
<h3>{esc(_s(t.FACTS_HEADING))}</h3><ul data-list="facts"></ul>
<h3>{esc(_s(t.STEPS_HEADING))}</h3><ol data-list="next_steps"></ol>
<h3>{esc(_s(t.SEND_HEADING))}</h3><ul data-list="what_to_send"></ul>
<h3>{esc(_s(t.CLAUSES_HEADING))}</h3><ul data-list="clauses" class="clause-list"></ul>
<p><a id="email-support" class="md-button" href="mailto:{esc(email)}">{esc(_s(t.EMAIL_BUTTON))}</a></p>
<p class="disclaimer" data-text="disclaimer"></p>
</div>
<template id="clause-links">{clause_links}</template>
</section>"""


def clause_number(clause: str) -> str:
    """``clause-1-2`` -> ``1.2``, the numbering readers see on the policy page."""
    return clause.removeprefix("clause-").replace("-", ".")


def fallback(lang: str) -> str:
    message = esc(site_gettext(lang)(t.FALLBACK))
    return (
        f'<div id="checker-fallback" class="admonition warning" role="alert" hidden>'
        f"<p>{message}</p></div>\n"
        f'<noscript><div class="admonition warning"><p>{message}</p></div></noscript>'
    )


# --- the decision table ---------------------------------------------------------------------------

#: Representative requests: the table is what ``decide`` answers for them, nothing else.
EXAMPLE_PURCHASE = date(2030, 1, 7)
TIMINGS = {
    True: EXAMPLE_PURCHASE + timedelta(days=REQUEST_DEADLINE_DAYS),
    False: EXAMPLE_PURCHASE + timedelta(days=REQUEST_DEADLINE_DAYS + 1),
}


def decision_rows() -> list[tuple[Problem, dict[str, set[Any]], Decision]]:
    """For each problem, one row per distinct decision, with the inputs that lead to it.

    Fails the build if a decision's inputs are not a plain product of values (the table could
    not describe them truthfully then).
    """
    rows: list[tuple[Problem, dict[str, set[Any]], Decision]] = []
    for problem in Problem:
        dimensions: dict[str, list[Any]] = {"on_time": [True, False]}
        if problem in BY_NAME["app"].shown_when:
            dimensions["app"] = list(App)
        if problem in BY_NAME["support"].shown_when:
            dimensions["support"] = list(Support)
        groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        decisions: dict[tuple[Any, ...], Decision] = {}
        for values in itertools.product(*dimensions.values()):
            combo = dict(zip(dimensions, values, strict=True))
            decision = decide(
                Request(
                    purchased=EXAMPLE_PURCHASE,
                    requested=TIMINGS[combo["on_time"]],
                    problem=problem,
                    app=combo.get("app", App.SMARTERS_PRO),
                    support=combo.get("support", Support.NOT_CONTACTED),
                )
            )
            key = (decision.outcome, decision.reason, decision.clauses)
            groups.setdefault(key, []).append(combo)
            decisions[key] = decision
        for key, combos in groups.items():
            sets = {name: {combo[name] for combo in combos} for name in dimensions}
            size = 1
            for values_set in sets.values():
                size *= len(values_set)
            if size != len(combos):
                raise PluginError(f"decision table: {problem} {key[1]} is not a product of inputs")
            rows.append((problem, sets, decisions[key]))
    return rows


def decision_table(lang: str, policy_url: str) -> str:
    _c = translations(lang).gettext
    _s = site_gettext(lang)
    body = []
    for problem, sets, decision in decision_rows():
        situation = describe(sets, _c, _s)
        clauses = " ".join(
            f'<a href="{policy_url}#{c}">{esc(clause_number(c))}</a>' for c in decision.clauses
        )
        body.append(
            f'<tr data-outcome="{decision.outcome}" data-problem="{problem}">'
            f"<td>{esc(_c(dict(BY_NAME['problem'].choices)[problem]))}</td>"
            f"<td>{situation}</td><td>{esc(_c(m.OUTCOME_TITLES[decision.outcome]))}</td>"
            f"<td>{clauses}</td></tr>"
        )
    head = "".join(
        f'<th scope="col">{esc(_s(label))}</th>'
        for label in (t.COLUMN_PROBLEM, t.COLUMN_SITUATION, t.COLUMN_ANSWER, t.COLUMN_CLAUSES)
    )
    return (
        f'<h2 id="decision-table">{esc(_s(t.TABLE_HEADING))}</h2>\n'
        f'<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
        f'<table class="decision-table"><caption>{esc(_s(t.TABLE_CAPTION))}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div></div>"
    )


def describe(sets: dict[str, set[Any]], _c: Gettext, _s: Gettext) -> str:
    """The inputs of one row in words; a dimension that takes every value is left out."""
    parts = []
    timing = sets["on_time"]
    if len(timing) == 1:
        label = t.ON_TIME if True in timing else t.LATE
        parts.append(esc(_s(label).format(limit=REQUEST_DEADLINE_DAYS)))
    for name in ("app", "support"):
        question = BY_NAME[name]
        if name in sets and len(sets[name]) < len(question.choices):
            labels = [_c(label) for code, label in question.choices if code in sets[name]]
            parts.append(f"{esc(_c(question.label))} {esc(' / '.join(labels))}")
    return "<br>".join(parts) or esc(_s(t.ANY_DATE))


def reading(lang: str) -> str:
    _s = site_gettext(lang)
    values = {
        "limit": REQUEST_DEADLINE_DAYS,
        "first_day": ANSWER_WINDOW_FIRST_DAY,
        "last_day": ANSWER_WINDOW_LAST_DAY,
    }
    items = "".join(f"<li>{esc(_s(text).format(**values))}</li>" for text in t.READING)
    return f'<h2 id="reading">{esc(_s(t.READING_HEADING))}</h2>\n<ul class="reading">{items}</ul>'


def esc(text: str) -> str:
    return html_lib.escape(text, quote=True)
