# One-command setup: `make demo` and `make test` build .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean serve browser

DEMO_DB ?= build/demo.db

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
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

test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
