# Two commands for a newcomer: `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
SOURCES := $(shell find counter_app -name '*.py')

.PHONY: run test translations lupdate system-deps screenshots clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts files from the sources (then translate the new entries).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(SOURCES) -ts $(TS)

run: $(STAMP) translations
	@scripts/system-deps.sh run
	$(BIN)/counter-app

# Debian packages the tests need (PostgreSQL server, poppler, Qt's libraries) when missing.
system-deps:
	@scripts/system-deps.sh test

test: $(STAMP) translations system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

# Pictures of the real windows under Xvfb at 1366x768 for docs/ (needs Debian's xvfb).
screenshots: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache

# The central service at scale (issue 13): benchmarks/central.py (registrations and overload beside
# a bare one-INSERT endpoint), allocation.py (beside one window-function query), opening_morning.py,
# into benchmarks/RESULTS.md. BENCH_SMALL=1: the small sizes CI runs (a report, never a verdict).
.PHONY: bench bench-central
bench: bench-central
bench-central: $(STAMP) system-deps
	cd benchmarks && ../$(BIN)/python central.py && ../$(BIN)/python allocation.py --label after \
		&& ../$(BIN)/python opening_morning.py
