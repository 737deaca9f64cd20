"""Maintainers' tools: catalogs, translation status, the Pyodide bundle. Never imported by the checker."""
