"""Programs the runtime build (``policy_site.pyodide_runtime``) runs inside Pyodide under Node,
each a ``main(params_json) -> str``: real modules, checked by ruff and mypy like the rest."""
