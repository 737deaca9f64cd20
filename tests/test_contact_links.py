"""The links built from the contact details: the address percent-encoded in its ``mailto:`` link
(RFC 6068) and shown as it is, by the two templates that link it (the contact card and the pages'
``{{ contact.email }}``), and every link check done where the details are read."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from checker.contact import Contact, load_contact
from policy_site.blocks import contact_context, email_link
from policy_site.templates import render

#: Valid plain addresses with characters a URL must encode.
ADDRESSES = {
    "o'brien+refunds@example.org": "mailto:o%27brien%2Brefunds@example.org",
    "josé@exemple.fr": "mailto:jos%C3%A9@exemple.fr",
}


class Links(HTMLParser):
    """The ``href`` and text of each link of a piece of HTML."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links.append((dict(attrs).get("href") or "", ""))

    def handle_data(self, data: str) -> None:
        if self.links and not self.links[-1][1]:
            self.links[-1] = (self.links[-1][0], data)


def contact(email: str) -> Contact:
    return Contact(company="Smarters Pro", email=email, whatsapp="+33 6", whatsapp_url="https://wa.me/336")


@pytest.mark.parametrize("address", ADDRESSES)
def test_the_address_is_encoded_in_its_link_and_shown_as_it_is(address: str) -> None:
    details, link = contact(address), ADDRESSES.get(address)
    assert details.mailto == link
    card = render("policy/contact-card.html", **{**contact_context("en"), "contact": details})
    inline = render("policy/email-link.html", contact=details)
    for html in (card, inline):
        assert (link, address) in Links(html).links


def test_the_pages_link_the_shipped_address_through_the_same_template() -> None:
    shipped = load_contact()
    assert Links(email_link()).links == [(shipped.mailto, shipped.email)]
