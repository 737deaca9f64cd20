# The README's commands. Each target installs what it needs first, so a fresh clone works.
#   make serve   build and serve the site on http://127.0.0.1:8000 (PORT=8001: another port), rebuilt on every save
#   make test    every test: lint, types, catalogs, rules on CPython and in Pyodide, site, browser
#   make test-quick   the edit loop: rules, command line, catalogs (seconds)
#   make build   the static site in site/
#   make test-days   the pytest suite with the clock set to each of tools/test_days.py's days (DAY=YYYY-MM-DDTHH:MMZ: one)
#   make bench   timings (checker rules, Pyodide, the checker page in Chromium, Firefox, WebKit)
#   make audit   Lighthouse report (fr, en, ar), median of 3 runs per page
#   make i18n-status / i18n-check   which translations lag behind the French
#   make i18n-export L=es / i18n-import FILE=...   the policy's text as PO files for translators

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
PYTEST_WORKERS := 2

# A value given on make's command line (L=, FILE=, OUT=, NAME=, EFFECTIVE=, FORCE=, UNCHANGED=, DAY=,
# PORT=, SITE_URL=...) keeps the text it was given: make would otherwise expand it ($(shell ...))
# when it hands it to a recipe. The recipes read the values from the environment ("$$L", where
# the environment's own values are too), never as $(L), so neither make nor the shell runs any
# part of a value.
GIVEN := $(strip $(foreach var,$(.VARIABLES),$(if $(filter command line,$(origin $(var))),$(var))))
$(foreach var,$(GIVEN),$(eval override $(var) := $$(value $(var)))$(eval export $(var)))
export PORT PYTEST_WORKERS

.PHONY: serve build test test-days faketime test-quick test-python test-pyodide lint bench audit i18n-status i18n-check i18n-diff i18n-export i18n-import language-add language-publish policy-version catalogs chromium engines translators-tools clean

serve: $(STAMP_PY) $(STAMP_NODE) catalogs
	@[[ "$$PORT" =~ ^[0-9]{1,5}$$ ]] || { echo "usage: make serve [PORT=<a port number, 8000 by default>]"; exit 2; }
	$(VENV)/bin/mkdocs serve --dev-addr "$(HOST):$$PORT" --livereload

build: $(STAMP_PY) $(STAMP_NODE) catalogs
	$(VENV)/bin/mkdocs build --strict --site-dir site

# The suites run side by side (the browser tests leave the cores idle while Chromium waits), each
# one's output printed whole when it ends; every suite runs even when another fails.
test: $(STAMP_PY) $(STAMP_NODE) chromium engines translators-tools catalogs $(WHEELS)/.complete
	@$(MAKE) --no-print-directory --keep-going --jobs=3 --output-sync=target lint test-python test-pyodide

# The suite on other days (a year's end, a leap day, summer time, a public holiday), under Debian's
# libfaketime: about 5 minutes a day. DAY=2027-01-01T12:00Z runs one; the value reaches the tool
# through the environment, never through the shell.
export TEST_DAY := $(value DAY)
test-days: $(STAMP_PY) $(STAMP_NODE) chromium engines translators-tools faketime catalogs $(WHEELS)/.complete
	$(PY) -m tools.test_days $${TEST_DAY:+--day "$$TEST_DAY"} -n "$$PYTEST_WORKERS" --dist loadgroup

faketime:
	$(call apt-install,/usr/bin/faketime:faketime,faketime)

test-quick: $(STAMP_PY) catalogs
	$(PY) -m pytest -q -n 2 -m "not site and not browser and not build and not pyodide"

lint: $(STAMP_PY)
	$(VENV)/bin/ruff check checker policy_site hooks tools tests
	$(VENV)/bin/mypy
	$(VENV)/bin/actionlint .github/workflows/*.yml

# Two workers on two cores: the suite is bound by CPU, and every worker more is one Chromium more
# competing for the same cores. On 8 December 2026 (quiet machine, three runs of each, alternated)
# two took 253, 267 and 276 s (464, 491 and 512 CPU-s), three 267, 287 and 293 s (556 and 571
# CPU-s in the two runs measured so); four and eight were slower still (README: where the tests'
# time goes).
test-python: $(STAMP_PY) $(STAMP_NODE) chromium engines translators-tools catalogs $(WHEELS)/.complete
	$(PY) -m pytest -n "$$PYTEST_WORKERS" --dist loadgroup

test-pyodide: $(STAMP_PY) $(STAMP_NODE) catalogs $(WHEELS)/.complete
	node tests/pyodide/run_pytest.mjs --wheels $(WHEELS) tests/rules --confcutdir=tests/rules

bench: $(STAMP_PY) $(STAMP_NODE) chromium engines catalogs $(WHEELS)/.complete
	$(PY) -m tools.bench

audit: $(STAMP_PY) $(STAMP_NODE) chromium catalogs
	$(PY) -m tools.audit

# The reports print nothing but themselves, and end quietly when their reader goes away
# (make i18n-status | head): the tool exits 141, as any Unix tool, and make takes that as done.
# Not the strict gate, i18n-check, whose verdict a cut pipe leaves unsaid.
QUIET_PIPE := || { status=$$?; [ $$status = 141 ] || exit $$status; }

i18n-status: $(STAMP_PY)
	@$(PY) -m tools.i18n_status $(QUIET_PIPE)

i18n-check: $(STAMP_PY)
	$(PY) -m tools.i18n_status --check

# A new version of the policy, taking effect on EFFECTIVE: make policy-version EFFECTIVE=2027-01-01
# (FORCE=1 for a correction that takes effect today or earlier).
policy-version: $(STAMP_PY) catalogs
	@[ -n "$$EFFECTIVE" ] && [[ "$$FORCE" =~ ^1?$$ ]] || { echo "usage: make policy-version EFFECTIVE=YYYY-MM-DD [FORCE=1]"; exit 2; }
	$(PY) -m tools.policy_version "$$EFFECTIVE" $${FORCE:+--force}

# The translation targets take the language as L (LANG is the shell's locale, never read here).
# OUT and NAME are read from the command line only: some shells set NAME (the host's name).

# The French changes a translation still has to follow, word by word: make i18n-diff L=en
i18n-diff: $(STAMP_PY)
	@[ -n "$$L" ] || { echo "usage: make i18n-diff L=<language code>"; exit 2; }
	@$(PY) -m tools.i18n_status --diff "$$L" $(QUIET_PIPE)

# The policy's text in one language as a PO file for translators' tools: make i18n-export L=es
# (merged into the file when it exists, as msgmerge --previous does)
i18n-export: $(STAMP_PY)
	@[ -n "$$L" ] || { echo "usage: make i18n-export L=<language code> [OUT=file.po]"; exit 2; }
	$(PY) -m tools.i18n_po export "$$L" $(if $(filter OUT,$(GIVEN)),--out "$$OUT")

# A translated PO file back into the pages, recorded: make i18n-import FILE=i18n/po/policy.es.po
# (UNCHANGED=1: a fuzzy entry approved as it stands)
i18n-import: $(STAMP_PY)
	@[ -n "$$FILE" ] && [[ "$$UNCHANGED" =~ ^1?$$ ]] || { echo "usage: make i18n-import FILE=<file.po> [UNCHANGED=1]"; exit 2; }
	$(PY) -m tools.i18n_po import "$$FILE" $${UNCHANGED:+--unchanged}

# A new language, not published until its catalogs are complete: make language-add L=pl NAME=Polski
language-add: $(STAMP_PY)
	@[ -n "$$L" ] && [ -n "$(filter NAME,$(GIVEN))" ] || { echo "usage: make language-add L=<language code> NAME=<its name in itself>"; exit 2; }
	$(PY) -m tools.add_language "$$L" "$$NAME"

# Builds and publishes a language added with language-add: make language-publish L=pl
language-publish: $(STAMP_PY)
	@[ -n "$$L" ] || { echo "usage: make language-publish L=<language code>"; exit 2; }
	$(PY) -m tools.add_language --publish "$$L"

catalogs: $(STAMP_PY)
	$(PY) -m tools.catalogs compile

$(STAMP_PY): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python >= 3.11 is needed (set PYTHON=...)"; exit 1; }
	[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	@# Every package from the lock, each file checked against its sha256 (a dependency the lock
	@# lacks is refused too); then the project alone, its build backend taken from the lock.
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@# The hooks, tools and tests import policy_site and tools from the source tree; the wheel
	@# itself is the checker alone.
	echo "$(CURDIR)" > "$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/policy-site-source.pth"
	touch $@

$(STAMP_NODE): package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# requirements.lock written again from pyproject.toml, with every file's hash (tools/lock.py).
.PHONY: lock
lock: | $(STAMP_PY) $(STAMP_NODE)
	$(PY) -m tools.lock

$(WHEELS)/.complete: tools/pyodide_wheels.py tools/lockfile.py requirements.lock $(STAMP_PY)
	$(PY) -m tools.pyodide_wheels $(WHEELS)
	touch $@

# Debian's Chromium drives the browser tests; installed through apt when missing and we are root.
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "Chromium is missing: run 'sudo apt-get install chromium'"; exit 1; fi; \
	fi

# Debian packages a target needs, as program:package pairs: installed through apt when a program
# is missing and we are root, else named. $(call apt-install,PAIRS,what they are)
define apt-install
@missing="$(foreach pair,$(1),$$([ -e $(word 1,$(subst :, ,$(pair))) ] || echo $(word 2,$(subst :, ,$(pair)))))"; \
missing="$$(echo $$missing)"; \
if [ -n "$$missing" ]; then \
  if [ "$$(id -u)" = 0 ]; then \
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
  else echo "Missing $(2): run 'sudo apt-get install $$missing'"; exit 1; fi; \
fi
endef

# Firefox ESR and WebKitGTK (Safari's engine family) for the engine tests and the bench: WebKit is
# driven through its own API from Debian's Python (PyGObject, tools/webkit.py), on a virtual display.
ENGINE_PACKAGES := /usr/bin/firefox-esr:firefox-esr /usr/bin/Xvfb:xvfb \
	/usr/lib/python3/dist-packages/gi/__init__.py:python3-gi \
	/usr/lib/x86_64-linux-gnu/girepository-1.0/WebKit2-4.1.typelib:gir1.2-webkit2-4.1
engines:
	$(call apt-install,$(ENGINE_PACKAGES),browser packages)

# The translators' tools the PO workflow is tested with: GNU gettext (msgfmt, msgmerge) and
# translate-toolkit (po2xliff, xliff2po).
TRANSLATOR_PACKAGES := /usr/bin/msgmerge:gettext /usr/bin/po2xliff:translate-toolkit
translators-tools:
	$(call apt-install,$(TRANSLATOR_PACKAGES),translators' tools)

clean:
	rm -rf site .cache
