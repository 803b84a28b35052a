# Two commands for a newcomer: `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)
SOURCES := $(shell find counter_app -name '*.py')

.PHONY: run test bench translations lupdate system-deps screenshots server-install-check installer clean

# Development installs everything: the client, the server and the tools (extras in pyproject.toml).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[client,server,test]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts files from the sources (then translate the new entries).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(SOURCES) -ts $(TS)

run: $(STAMP) translations
	@scripts/system-deps.sh run
	$(BIN)/counter-app --demo

# Debian packages the tests need (PostgreSQL server, poppler, Qt's libraries) when missing.
system-deps:
	@scripts/system-deps.sh test

# The suite includes the import-linter contracts (tests/test_import_contracts.py) and the
# server-only install (tests/test_server_install.py).
# Two parts: the bulk on $(TEST_WORKERS) pytest-xdist workers, then the `serial` tests (soak, kill
# trials, load, UI stalls) alone so their figures are the machine's; exit 5 (none selected) is fine.
TEST_WORKERS ?= 2
test: $(STAMP) translations system-deps
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n $(TEST_WORKERS) -m "not serial" $(PYTEST_ARGS); a=$$?; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m serial $(PYTEST_ARGS); b=$$?; \
	for rc in $$a $$b; do if [ $$rc -ne 0 ] && [ $$rc -ne 5 ]; then exit $$rc; fi; done

# `.[server]` alone in a fresh virtual environment: no Qt, and central-api answers /health.
server-install-check:
	$(PYTHON) scripts/check_server_install.py

# The client's figures beside bare baselines (benchmarks/client.py, benchmarks/RESULTS.md); with
# BENCH_SMALL=1 CI sizes (and the plate pool at a small size); `make bench` runs both halves.
bench: bench-client bench-central

bench-client: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/client.py
	if [ -n "$(BENCH_SMALL)" ]; then $(BIN)/python benchmarks/plate_pool.py --no-pg --runs 20; fi

# The installers (installer/README.md): the one-folder bundle, the .deb (installed, self-tested and
# purged when root), the Windows installer compiled with makensis and signed with osslsigncode.
installer: $(STAMP) translations
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[installer]'
	BIN=$(BIN) installer/build.sh

# Pictures of the real windows under Xvfb at 1366x768 for docs/ (needs Debian's xvfb).
screenshots: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) resources/translations/*.qm .pytest_cache build

# The central service at scale (issue 13): benchmarks/central.py (registrations and overload beside
# a bare one-INSERT endpoint), allocation.py (beside one window-function query), opening_morning.py,
# into benchmarks/RESULTS.md. BENCH_SMALL=1: the small sizes CI runs (a report, never a verdict).
.PHONY: bench-client bench-central
bench-central: $(STAMP) system-deps
	cd benchmarks && ../$(BIN)/python central.py && ../$(BIN)/python allocation.py --label after \
		&& ../$(BIN)/python opening_morning.py
