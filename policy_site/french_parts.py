"""The French text of one part of a page, as HTML to show inside a translated page where that
part's translation is out of date (the French prevails)."""

from __future__ import annotations

import re

import markdown

from policy_site.blocks import email_link
from policy_site.segments import Segment
from policy_site.tokens import CONTACT_EMAIL


def french_part_html(segment: Segment) -> str:
    """The part's Markdown as HTML: its heading as a bold line (a heading here would enter the
    page's table of contents), a list item as a paragraph, the contact token as its link."""
    source = segment.markdown.replace(CONTACT_EMAIL, email_link())
    source = re.sub(r"^#{1,6}\s+(.*)$", r"**\1**", source, flags=re.MULTILINE)
    source = re.sub(r"^[-*]\s+", "", source, flags=re.MULTILINE)
    html: str = markdown.markdown(source)
    return html
