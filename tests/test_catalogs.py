"""Every catalog is complete: no missing, empty or fuzzy translation, the same ``{placeholders}``
as the message id, and no entry the sources no longer use."""

from __future__ import annotations

import pytest

from policy_site.catalogs import DOMAINS, Domain, check


@pytest.mark.parametrize("domain", DOMAINS, ids=[domain.name for domain in DOMAINS])
def test_catalogs_are_complete(domain: Domain) -> None:
    assert check(domain) == []
