# The two commands: `make demo` runs newsgraph on the bundled examples, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint accuracy bench clean

$(BIN)/newsgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/newsgraph
	$(BIN)/newsgraph process examples/ --format pretty

test: $(BIN)/newsgraph lint
	$(BIN)/pytest

lint: $(BIN)/newsgraph
	$(BIN)/ruff check newsgraph tests benchmarks scripts
	$(BIN)/ruff format --check newsgraph tests benchmarks scripts
	$(BIN)/mypy

accuracy: $(BIN)/newsgraph
	$(BIN)/pytest -m accuracy -v

bench: $(BIN)/newsgraph
	$(BIN)/python benchmarks/throughput.py examples/ --repeat 20

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
