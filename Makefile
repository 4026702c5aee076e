# dealgraph: `make run` (set up, load the bundled articles, serve the console) and
# `make test` (set up, install test-only system parts, run the whole suite).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STORE  ?= data/store
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: run test setup frontend system-test-deps bench clean

run: setup frontend
	$(PY) -m kg load articles --store $(STORE)
	$(PY) -m kg serve --store $(STORE) --host $(HOST) --port $(PORT)

setup: $(VENV)/.stamp-installed

$(VENV)/.stamp-installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "dealgraph needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

frontend:
	bash scripts/build-frontend.sh

system-test-deps:
	@bash scripts/install-test-system-deps.sh

test: setup frontend system-test-deps
	$(PY) -m pytest -n 2 --dist loadgroup --durations=30

bench: setup
	$(PY) -m bench

clean:
	rm -rf $(VENV) data test-artifacts
