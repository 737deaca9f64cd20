"""Renders the checker page's form, result skeleton, fallback, decision table and reading notes
at build time, from the checker's own questions, decision table and catalogs, so no label or
answer is written twice. The markup is in ``overrides/partials/checker/``."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from checker import messages as m
from checker.catalog import translations
from checker.clauses import ORDER as CLAUSE_ORDER
from checker.explain import figure_values
from checker.policy import terms_of, version_on
from checker.questions import BY_NAME, QUESTIONS, Question
from checker.table import Row, decision_rows
from policy_site import messages as t
from policy_site.blocks import contact_context
from policy_site.build_day import build_day
from policy_site.bundle import page_script_url
from policy_site.clauses import clause_number
from policy_site.i18n import page_language, relative_root, site_text
from policy_site.templates import render
from policy_site.tokens import CHECKER

#: The policy page of the same language, one level up from the checker: the clause links and the
#: archived versions (``policy_version_page`` of an answer) are relative to it.
POLICY_URL = "../"
#: The first stylesheet or script of <head>: the page's script goes before it.
FIRST_HEAD_RESOURCE = re.compile(r"<(?:link rel=\"stylesheet\"|script\b)")
#: The checker's container (checker/page.html), where the page script finds its elements.
APP_ID = "checker-app"
#: Material's "Skip to content" link, which leads to the page's first heading.
SKIP_LINK = re.compile(r'(<a href=")[^"]*(" class="md-skip">)')

Say = Callable[..., str]


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Replaces the token's paragraph after Markdown, so the HTML is emitted exactly as written."""
    token = f"<p>{CHECKER}</p>"
    if token not in html:
        return html
    lang = page_language(page, config)
    block = render("checker/page.html", app_id=APP_ID, **page_context(lang), **contact_context(lang))
    return html.replace(token, block)


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    """The checker page's script, early in <head>: the worker starts while the page is parsed.
    The skip link leads to the checker itself, past the title and introduction: its first
    question (the next Tab's stop), or without JavaScript its warning and support links."""
    if 'id="refund-checker"' not in output:
        return output
    url = page_script_url(page_language(page, config))
    script = render("checker/head-script.html", script=relative_root(page) + url)
    head, end, body = output.partition("</head>")
    head, found = FIRST_HEAD_RESOURCE.subn(lambda m: f"{script}\n{m[0]}", head, count=1)
    if not found:
        raise PluginError(f"checker_page: no stylesheet or script in {page.file.src_uri}'s head")
    body, found = SKIP_LINK.subn(lambda m: f"{m[1]}#{APP_ID}{m[2]}", body, count=1)
    if not found:
        raise PluginError(f"checker_page: no skip link (Material's md-skip) in {page.file.src_uri}")
    return head + end + body


def page_context(lang: str) -> dict[str, Any]:
    _c = translations(lang).gettext

    def _s(message: Any, **values: object) -> str:
        return site_text(lang, message, None, **values)

    terms = terms_of(version_on(build_day()))  # the table and notes show the version in force
    figures = figure_values(terms)
    columns = [_s(c) for c in (t.COLUMN_PROBLEM, t.COLUMN_SITUATION, t.COLUMN_ANSWER, t.COLUMN_CLAUSES)]
    return {
        "lang": lang,
        "policy_url": POLICY_URL,
        "fields": [field(question, _c) for question in QUESTIONS],
        "form_text": {
            "check_button": _s(t.CHECK_BUTTON),
            "starting": _s(t.STARTING),
            "loading": _s(t.LOADING),
            "see_table": _s(t.SEE_TABLE),
            "preparing": _s(t.PREPARING),
            "ready": _s(t.READY),
            "waiting": _s(t.WAITING),
        },
        "result_text": {
            "facts": _s(t.FACTS_HEADING),
            "steps": _s(t.STEPS_HEADING),
            "send": _s(t.SEND_HEADING),
            "clauses": _s(t.CLAUSES_HEADING),
            "email_button": _s(t.EMAIL_BUTTON),
            "inputs": _s(t.INPUTS_HEADING),
            "read_version": _s(t.READ_VERSION),
        },
        "clause_links": [
            {"id": clause, "label": _s(t.CLAUSE_LABEL, number=clause_number(clause))}
            for clause in CLAUSE_ORDER
        ],
        "fallback_text": {"fallback": _s(t.FALLBACK)},
        "table_text": {
            "heading": _s(t.TABLE_HEADING),
            "caption": _s(t.TABLE_CAPTION),
            "columns": columns,
        },
        "rows": [table_row(row, _c, _s, figures["limit"]) for row in decision_rows(terms.version)],
        "reading": {
            "heading": _s(t.READING_HEADING),
            "items": [_s(text, **figures) for text in t.READING],
        },
    }


def field(question: Question, _c: Callable[[str], str]) -> dict[str, Any]:
    return {
        "name": question.name,
        "label": _c(question.label),
        "hint": _c(question.hint) if question.hint else "",
        "is_date": question.is_date,
        "default": question.default,
        "shown_when": " ".join(sorted(question.shown_when)),
        "choices": [{"code": code, "label": _c(label)} for code, label in question.choices],
    }


def table_row(row: Row, _c: Callable[[str], str], _s: Say, limit: int) -> dict[str, Any]:
    return {
        "outcome": row.outcome,
        "problem": row.problem,
        "problem_label": _c(BY_NAME["problem"].label_of(row.problem)),
        "situation": situation(row, _c, _s, limit),
        "reason": row.reason,
        "answer": _c(m.title(row.outcome, row.reason)),
        "clauses": [{"id": c, "number": clause_number(c)} for c in row.clauses],
    }


def situation(row: Row, _c: Callable[[str], str], _s: Say, limit: int) -> list[str]:
    """The inputs of one row in words; what takes every value is left out."""
    parts = []
    if len(row.on_time) == 1:
        parts.append(_s(t.ON_TIME if True in row.on_time else t.LATE, limit=limit))
    for question, codes in row.answers:
        labels = [_c(label) for code, label in question.choices if code in codes]
        parts.append(f"{_c(question.label)} {' / '.join(labels)}")
    return parts or [_s(t.ANY_DATE)]
