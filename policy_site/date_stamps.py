"""A date on a page: its words in the page's language, written by the checker's catalogs (the one
home of how a date is written, ``checker/dates.py``), inside a ``<time>`` element
(``overrides/partials/policy/date.html``).

A template puts it into a translated sentence whose date names its role (« entre en vigueur le
{date:on} »): ``(text | e).format(date=stamp)`` escapes the sentence and asks the stamp for its
markup in that role (markupsafe's ``__html_format__``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from checker.dates import format_date
from policy_site.templates import render


@dataclass(frozen=True, slots=True)
class DateStamp:
    day: date
    lang: str

    def __html_format__(self, role: str) -> Markup:
        words = format_date(self.day, self.lang, role)
        return Markup(render("policy/date.html", iso=self.day.isoformat(), words=words))

    def __html__(self) -> Markup:
        return self.__html_format__("")
