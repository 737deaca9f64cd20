"""What the build's address says: on this machine or public, and a GitHub project origin; and which
contact details are still placeholders."""

from __future__ import annotations

import pytest

from checker.contact import Contact
from policy_site.site_address import is_local, shared_github_origin


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8000/", "http://127.9.9.9/p/", "http://localhost:8001/", "http://[::1]:8000/",
     "http://app.localhost/"],
)  # fmt: skip
def test_a_loopback_address_is_local(url: str) -> None:
    assert is_local(url)


@pytest.mark.parametrize(
    "url",
    ["https://example.org/policy/", "http://10.0.0.1/", "https://127.0.0.1.nip.io/",
     "https://localhost.evil.example/", "", "not a url"],
)  # fmt: skip
def test_anything_else_is_public(url: str) -> None:
    assert not is_local(url)


def test_a_github_project_site_shares_its_owners_origin() -> None:
    assert shared_github_origin("https://owner.github.io/policy/") == "owner.github.io"
    assert shared_github_origin("https://owner.github.io/") is None  # the owner's own site
    assert shared_github_origin("https://refunds.example.org/") is None


@pytest.mark.parametrize(
    ("email", "number", "url", "expected"),
    [
        ("support@example.com", "+00 000 000 000", "https://wa.me/000000000", ["email", "whatsapp", "whatsapp_url"]),
        ("help@support.example.net", "+33 6 12 34 56 78", "https://wa.me/33612345678", ["email"]),
        ("a@b.test", "+33 6 12 34 56 78", "https://wa.me/33612345678", ["email"]),
        ("aide@smarters-pro.fr", "+33 6 12 34 56 78", "https://wa.me/33612345678", []),
        ("aide@example.com.fr", "+33 6 12 34 56 78", "https://wa.me/0", ["whatsapp_url"]),
    ],
)  # fmt: skip
def test_placeholders_are_reserved_domains_and_zero_numbers(
    email: str, number: str, url: str, expected: list[str]
) -> None:
    assert Contact("Smarters Pro", email, number, url).placeholders() == expected
