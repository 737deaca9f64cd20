"""The theme's templates compiled once per build, not once per language: the i18n plugin builds
each language with a fresh Jinja environment, and compiling Material's templates again was about
a third of every language's build. Jinja's bytecode cache keeps the compiled code by template
and source checksum (an edited template is compiled again), here in memory, for this process."""

from __future__ import annotations

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files


class InMemoryBytecodeCache(BytecodeCache):
    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if (code := self.compiled.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)  # ignored by Jinja when the checksum differs

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


CACHE = InMemoryBytecodeCache()


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    env.bytecode_cache = CACHE
    return env
