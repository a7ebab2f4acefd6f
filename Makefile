# Two entry points: `make book` builds the reader, `make test` runs every check.
# Each creates .venv and installs what it needs on first use (and again when
# pyproject.toml changes).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: book test lint check pytest install clean

book: $(STAMP)
	$(BIN)/jupyter-book build --all -W --keep-going .

test: lint check pytest book

lint: $(STAMP)
	$(BIN)/ruff check annotate tests

check: $(STAMP)
	$(BIN)/annotate schema --check schema/annotation.schema.json
	$(BIN)/annotate check --strict

pytest: $(STAMP)
	$(BIN)/pytest

install: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf _build
