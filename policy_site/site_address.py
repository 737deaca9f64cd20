"""The address the site is built for (``SITE_URL``), and what it says about the build: one for this
machine (the loopback: ``make serve``, the tests, a local look) may use the placeholder contact
details; one for a public address is published, and must not send customers to nobody. A GitHub
*project* site (``https://<owner>.github.io/<project>/``) shares its origin with every other site
of the owner: the trust boundary of the checker's snapshot is the origin."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

SETTING = "SITE_URL"
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_local(url: str) -> bool:
    """Whether ``url`` is on this machine: a loopback address or ``localhost``."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def shared_github_origin(url: str) -> str | None:
    """``<owner>.github.io`` when ``url`` is a GitHub project site (a path below the owner's
    origin), which every project site of that owner shares; None otherwise."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.endswith(".github.io") and parts.path.strip("/"):
        return host
    return None
