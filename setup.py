"""Builds the checker's wheel with its catalogs compiled: the ``.mo`` files are build output, made
from the ``.po`` sources here (with Babel, a build requirement), so ``pip install .`` gives a
``refund-check`` that works from any directory. Everything else is in pyproject.toml."""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithCatalogs(build_py):
    def run(self) -> None:
        super().run()
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po in sorted(Path(self.build_lib, "checker", "locales").glob("*/LC_MESSAGES/*.po")):
            with po.open("rb") as source, po.with_suffix(".mo").open("wb") as target:
                write_mo(target, read_po(source))


setup(cmdclass={"build_py": BuildWithCatalogs})
