# storydiff: `make demo` runs the main job on the bundled examples, `make test` every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: demo test lint browser bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Installs come from the lock files (exact versions, hashes); the package itself is
# installed editable, without dependencies, with the locked build backend.
$(VENV)/.run: requirements/run.lock requirements/build.lock pyproject.toml | $(BIN)/python
	$(PIP) --require-hashes -r requirements/build.lock
	$(PIP) --require-hashes -r requirements/run.lock
	$(PIP) --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.dev: requirements/dev.lock $(VENV)/.run
	$(PIP) --require-hashes -r requirements/dev.lock
	touch $@

demo: $(VENV)/.run
	@echo "== 1. The agency's first take against its update three hours later (changes only):"
	@$(BIN)/storydiff compare examples/story/01-mpa-first-take.txt examples/story/02-mpa-update.txt --context 1; \
	  test $$? -le 1
	@echo
	@echo "== 2. The update against another outlet's web page of it (HTML, extracted):"
	@$(BIN)/storydiff compare examples/story/02-mpa-update.txt examples/story/03-coastline-herald.html --context 0; \
	  test $$? -le 1
	@echo
	@$(BIN)/storydiff compare examples/story/01-mpa-first-take.txt examples/story/02-mpa-update.txt \
	  --format html -o demo-report.html; test $$? -le 1
	@echo "Open demo-report.html in a browser for the side-by-side report."
	@echo
	@echo "== 3. All examples into a fresh store (demo.db), grouped into stories:"
	@rm -rf demo.db demo.db-wal demo.db-shm demo.db.index demo.db.search
	@$(BIN)/storydiff ingest examples/story examples/unrelated --db demo.db --quiet
	@$(BIN)/storydiff stories --db demo.db
	@echo
	@echo "== 4. The timeline of the latest story, each version against the one before:"
	@$(BIN)/storydiff story --rank 1 --db demo.db
	@echo
	@echo "== 5. Watching a fictional newsroom through half a simulated day (storydiff watch, into demo.db):"
	@$(BIN)/python examples/watch/demo.py demo.db
	@echo
	@echo "== 6. The store in a browser: run the line below, then open http://127.0.0.1:8017/ (Ctrl-C stops it)"
	@echo "   $(BIN)/storydiff serve --db demo.db"

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

# Browser tests drive Debian's Chromium through Playwright (never a downloaded build).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends chromium; }

test: lint browser
	$(BIN)/pytest

bench: $(VENV)/.dev
	$(BIN)/python bench/compare_speed.py

# Re-pin after changing dependencies in pyproject.toml.
lock: $(BIN)/python
	$(PIP) pip==26.3 pip-tools==7.6.2  # pip 23 drops lxml[html_clean] (justext needs it)
	$(BIN)/pip-compile -q --generate-hashes --allow-unsafe --strip-extras --extra facts --extra watch --extra web -o requirements/run.lock pyproject.toml
	$(BIN)/pip-compile -q --generate-hashes --allow-unsafe --strip-extras --extra facts --extra watch --extra web --extra parquet --extra dask --extra bench --extra dev -o requirements/dev.lock pyproject.toml
	$(BIN)/pip-compile -q --generate-hashes --allow-unsafe -o requirements/build.lock requirements/build.in

clean:
	rm -rf $(VENV) demo-report.html demo.db* .mypy_cache .pytest_cache .ruff_cache .hypothesis
