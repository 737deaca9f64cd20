# The README's commands. Each target installs what it needs first, so a fresh clone works.
#   make serve   build and serve the site on http://127.0.0.1:8000 (live reload)
#   make test    every test: lint, types, catalogs, rules on CPython and in Pyodide, site, browser
#   make build   the static site in site/
#   make bench   timings (checker rules, Pyodide, the checker page in Chromium)
#   make audit   Lighthouse report (fr, en, ar), median of 3 runs per page
#   make i18n-status / i18n-check   which translations lag behind the French

SHELL := /bin/bash
export NO_MKDOCS_2_WARNING := 1
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_PY := $(VENV)/.installed
STAMP_NODE := node_modules/.installed
WHEELS := .cache/pyodide-wheels
CHROMIUM := /usr/bin/chromium
HOST := 127.0.0.1
PORT := 8000

.PHONY: serve build test test-python test-pyodide lint bench audit i18n-status i18n-check catalogs chromium clean

serve: $(STAMP_PY) $(STAMP_NODE) catalogs
	$(VENV)/bin/mkdocs serve --dev-addr $(HOST):$(PORT) --livereload

build: $(STAMP_PY) $(STAMP_NODE) catalogs
	$(VENV)/bin/mkdocs build --strict --site-dir site

# Every suite runs even when an earlier one fails; the target fails if any did.
test: $(STAMP_PY) $(STAMP_NODE) chromium catalogs $(WHEELS)/.complete
	@status=0; \
	$(MAKE) --no-print-directory lint || status=1; \
	$(MAKE) --no-print-directory test-python || status=1; \
	$(MAKE) --no-print-directory test-pyodide || status=1; \
	exit $$status

lint: $(STAMP_PY)
	$(VENV)/bin/ruff check checker hooks tools tests
	$(VENV)/bin/mypy

test-python: $(STAMP_PY) $(STAMP_NODE) chromium catalogs $(WHEELS)/.complete
	$(PY) -m pytest

test-pyodide: $(STAMP_PY) $(STAMP_NODE) catalogs $(WHEELS)/.complete
	node tests/pyodide/run_pytest.mjs --wheels $(WHEELS) tests/rules --confcutdir=tests/rules

bench: $(STAMP_PY) $(STAMP_NODE) chromium catalogs $(WHEELS)/.complete
	$(PY) -m tools.bench

audit: $(STAMP_PY) $(STAMP_NODE) chromium build
	$(PY) -m tools.audit

i18n-status: $(STAMP_PY)
	$(PY) hooks/translation_status.py

i18n-check: $(STAMP_PY)
	$(PY) hooks/translation_status.py --check

catalogs: $(STAMP_PY)
	$(PY) -m tools.catalogs compile

$(STAMP_PY): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python >= 3.11 is needed (set PYTHON=...)"; exit 1; }
	[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[site,test]'
	touch $@

$(STAMP_NODE): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

$(WHEELS)/.complete: tools/pyodide_wheels.py requirements.lock $(STAMP_PY)
	$(PY) -m tools.pyodide_wheels $(WHEELS)
	touch $@

# Debian's Chromium drives the browser tests; installed through apt when missing and we are root.
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "Chromium is missing: run 'sudo apt-get install chromium'"; exit 1; fi; \
	fi

clean:
	rm -rf site .cache
