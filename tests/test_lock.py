"""``requirements.lock`` pins every package the project installs, each with the sha256 of its
files (``make`` installs it with ``pip --require-hashes``): every dependency of ``.[site,test]``
and of the build backend, followed through their own dependencies and extras, and nothing else;
the installed packages are the lock's."""

from __future__ import annotations

import tomllib
from importlib import metadata

from packaging.requirements import Requirement

from policy_site.config import ROOT
from tools.lock import requirements
from tools.lockfile import LOCK, canonical, read


def test_every_package_is_pinned_with_its_hashes() -> None:
    pins = read(LOCK.read_text(encoding="utf-8"))  # refuses an entry without a hash
    assert pins
    assert all(pin.hashes for pin in pins.values())


def test_the_lock_holds_every_dependency_and_nothing_else() -> None:
    pins = read(LOCK.read_text(encoding="utf-8"))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    needed: dict[str, set[str]] = {}  # canonical name -> the extras asked of it
    queue = [Requirement(line) for line in requirements(project)]
    while queue:
        requirement = queue.pop()
        name = canonical(requirement.name)
        assert name in pins, f"{requirement} is not in {LOCK.name}"
        pin = pins[name]
        assert requirement.specifier.contains(pin.version, prereleases=True), (requirement, pin)
        if name in needed and requirement.extras <= needed[name]:
            continue
        needed.setdefault(name, set()).update(requirement.extras)
        for line in metadata.distribution(pin.name).requires or []:
            dependency = Requirement(line)
            environments = [{"extra": extra} for extra in needed[name]] or [{"extra": ""}]
            if dependency.marker is None or any(map(dependency.marker.evaluate, environments)):
                queue.append(dependency)
    assert sorted(needed) == sorted(pins), "the lock pins packages nothing needs"


def test_the_installed_packages_are_the_locks() -> None:
    for pin in read(LOCK.read_text(encoding="utf-8")).values():
        assert metadata.version(pin.name) == pin.version, pin.name
