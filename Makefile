# One-command setup: `make demo` and `make test` build .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock
EXTRAS := dev

.PHONY: demo test lint format lock test-floor bench clean serve browser

DEMO_DB ?= build/demo.db

# Python's own pip is enough: the lock pins every version that the suite was run with.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c $(LOCK) -e '.[$(EXTRAS)]'
	touch $(STAMP)

demo: $(STAMP)
	DANVAN_DEMO_DB=$(DEMO_DB) $(BIN)/python -m danvan.demo

# Debian's Chromium and Noto fonts for the browser test; skipped (test skips) where apt is unavailable.
browser:
	@if { [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/noto ]; } && command -v apt-get >/dev/null 2>&1; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core) \
		|| echo "warning: could not install chromium; the browser test will be skipped"; \
	fi

serve: $(STAMP)
	test -f $(DEMO_DB) || DANVAN_DEMO_DB=$(DEMO_DB) $(BIN)/python -m danvan.demo
	$(BIN)/danvan serve --db $(DEMO_DB)

test: $(STAMP) lint browser
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Refresh the lock after changing dependencies in pyproject.toml (needs the package index).
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --quiet \
		--no-header --output-file $(LOCK)

# The declared floors: a second venv with the lowest allowed version of every direct dependency.
test-floor:
	rm -rf .venv-floor && $(PYTHON) -m venv .venv-floor
	.venv-floor/bin/python -m pip install --quiet --disable-pip-version-check uv
	.venv-floor/bin/uv pip install --python .venv-floor/bin/python --resolution lowest-direct -e '.[$(EXTRAS)]'
	.venv-floor/bin/python -m pytest -x

clean:
	rm -rf $(VENV) .venv-floor build dist *.egg-info .pytest_cache
