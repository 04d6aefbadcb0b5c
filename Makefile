# Two commands for people: `make run` and `make test`. Both set up .venv on first use.
PYTHON ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench clean dist smoke

$(STAMP): pyproject.toml
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/homsquotes

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check homsquotes tests benchmarks

# Every benchmark, then one table (benchmarks/RESULTS.md explains the numbers). textacy, for
# the extraction comparison, is installed here only: `make test` never needs it.
bench: $(STAMP)
	$(VENV)/bin/python -m pip install --quiet -e '.[bench]' || \
		echo "bench: textacy could not be installed; the textacy comparison is skipped"
	$(VENV)/bin/python benchmarks/run_all.py

# The PyInstaller one-folder bundle in dist/HomsQuotes/ (packaging/README.md).
BUNDLE_STAMP := $(VENV)/.bundle-stamp

$(BUNDLE_STAMP): $(STAMP)
	$(VENV)/bin/python -m pip install --quiet -e '.[dev,bundle]'
	@touch $(BUNDLE_STAMP)

dist: $(BUNDLE_STAMP)
	$(VENV)/bin/python packaging/check_licences.py build/THIRD-PARTY-LICENCES.txt
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/homsquotes.spec
	@du -sh dist/HomsQuotes

smoke:
	packaging/smoke.sh dist/HomsQuotes

clean:
	rm -rf $(VENV) build dist *.egg-info
