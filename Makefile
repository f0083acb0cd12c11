# fieldkit: `make run` sets up and starts the app, `make test` sets up and runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint contracts typecheck pytest soak bench redteam screenshots translations clean \
	bundle bundle-test bundle-bench wheelhouse

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "fieldkit needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/fieldkit gui

test: $(STAMP) lint contracts typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check fieldkit tests scripts

contracts: $(STAMP)
	$(BIN)/lint-imports

# mypy: strict on every part but the screens and the command line (pyproject's [tool.mypy]).
typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -m soak tests

# Benchmarks report ratios against raw baselines measured in the same run (not in make test).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -o addopts="--import-mode=importlib" \
		-o python_files="bench_*.py" tests/benchmarks
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_interview_ui.py 200
	$(BIN)/python tests/benchmarks/bench_reports.py

# Free-text redaction against the red-team corpora: planted identifiers and ordinary-word
# probes through anonymise() and every export format (a smaller slice runs in make test).
redteam: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/anonymise/redteam/run.py all

screenshots: $(STAMP)
	QT_QPA_PLATFORM=xcb $(BIN)/python scripts/screenshots.py
	QT_QPA_PLATFORM=xcb $(BIN)/python scripts/screenshots.py --scale 1.5

# The app's own words in French and Spanish: lupdate brings new and changed strings of
# fieldkit/gui into the .ts sources (translated there, by hand or in pyside6-linguist), lrelease
# compiles them to the .qm files shipped with the package (committed, so a wheel needs no Qt tools).
TS := $(wildcard fieldkit/gui/translations/fieldkit_*.ts)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find fieldkit/gui -name '*.py' | sort) \
		-ts $(TS)
	for ts in $(TS); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

# Packaging (none of it in make test). The tools that freeze the app are pinned apart from the
# app's own dependencies, in packaging/requirements-bundle.txt.
BUNDLE_TOOLS := $(VENV)/.bundle-tools
$(BUNDLE_TOOLS): $(STAMP) packaging/requirements-bundle.txt
	$(BIN)/python -m pip install --quiet -c constraints.txt -r packaging/requirements-bundle.txt
	@touch $(BUNDLE_TOOLS)

# dist/fieldkit/ (one folder: Python, Qt, SQLCipher, fonts, forms), a reproducible tarball, the
# wheel, a CycloneDX SBOM and SHA256SUMS.
bundle: $(BUNDLE_TOOLS)
	BIN=$(BIN) packaging/build_bundle.sh

# The bundle run with no Python on PATH and no network: packaging/test_bundle.sh and its checks.
bundle-test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m bundle tests/packaging

# Bundle size and start-to-first-question time, against the source run.
bundle-bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_bundle.py

# Every pinned wheel for Windows, macOS and Linux (Python 3.11-3.13) and fieldkit's own, for
# machines that cannot reach the package index: pip install --no-index --find-links wheelhouse fieldkit
wheelhouse: $(STAMP)
	BIN=$(BIN) packaging/wheelhouse.sh

clean:
	rm -rf $(VENV) build dist wheelhouse *.egg-info
