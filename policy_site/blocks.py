"""Blocks the build adds to pages that more than one hook shows: the contact card and the support
address's link, rendered from their templates (autoescaped) with the links ``Contact`` builds."""

from __future__ import annotations

from typing import Any

from checker.contact import load_contact
from policy_site import messages as t
from policy_site.i18n import site_gettext
from policy_site.templates import render


def contact_context(lang: str) -> dict[str, Any]:
    """What ``partials/policy/contact-card.html`` needs, in ``lang``."""
    _ = site_gettext(lang)
    return {
        "contact": load_contact(),
        "contact_text": {
            "heading": _(t.CONTACT_HEADING),
            "company": _(t.CONTACT_COMPANY),
            "email": _(t.CONTACT_EMAIL),
            "whatsapp": _(t.CONTACT_WHATSAPP),
        },
    }


def contact_card(lang: str) -> str:
    return render("policy/contact-card.html", **contact_context(lang))


def email_link() -> str:
    """The support address as a link, for the ``{{ contact.email }}`` token of a page's Markdown
    (inline HTML, which Markdown keeps as it is)."""
    return render("policy/email-link.html", contact=load_contact())
