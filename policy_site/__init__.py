"""The policy site's build logic, shared by the MkDocs hooks (``hooks/``), the maintainers' tools
(``tools/``) and the tests: configuration, languages, texts, templates, the browser runtime.

It imports the checker, never the other way round; nothing here imports hooks, tools or tests.
"""
