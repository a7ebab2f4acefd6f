# Two entry points: `make book` builds the reader, `make test` runs every check.
# Each creates .venv and installs what it needs on first use (and again when
# pyproject.toml or package.json change).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NODE   := node_modules/.package-lock.json

.PHONY: book test lint check pytest install browser-deps clean preview

book: $(STAMP)
	$(BIN)/jupyter-book build --all -W --keep-going .

# Serve the book on http://127.0.0.1:8000 and rebuild it on every save.
preview: $(STAMP)
	$(BIN)/annotate preview

test: lint check book pytest

lint: $(STAMP)
	$(BIN)/ruff check annotate tests benchmarks

check: $(STAMP)
	$(BIN)/annotate schema --check schema/annotation.schema.json
	$(BIN)/annotate check --strict

pytest: $(STAMP) browser-deps
	$(BIN)/pytest

install: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Headless Chromium from Debian (never `playwright install`) and axe-core from npm.
browser-deps: $(NODE)
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else \
	    echo "Chromium is missing: sudo apt-get install chromium" >&2; exit 1; \
	  fi; }

$(NODE): package.json package-lock.json
	npm ci --no-audit --no-fund

clean:
	rm -rf _build
