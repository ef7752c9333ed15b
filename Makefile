# The two quick-start commands are `make run` and `make test` (see README.md). Both first
# install what is missing (scripts/setup.sh: libedit-dev), then build.
SWIFT ?= swift

.PHONY: setup build release run test clean bench

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

## Builds, then opens the REPL over the bundled seed articles (the debug build, which
## `make test` shares; `make release` for the optimised one).
run: build
	@exec .build/debug/dateline --corpus seeds

## Builds everything (the end-to-end tests run the built `dateline`), then runs the whole
## test suite. `.ci/run` runs exactly this.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Measures Dateline against SQLite and DuckDB on generated corpora (slow; not part of `make test`).
## `make bench SIZES=10k` for a quick run; MODELS=gold queries the generator's own models.
SIZES ?= 10k 100k 1M
MODELS ?= extracted
BENCH_VENV ?= .build/bench-venv
bench: setup
	$(SWIFT) build -c release --product dateline
	$(SWIFT) build -c release --product DatelineBench
	@test -x $(BENCH_VENV)/bin/python || python3 -m venv $(BENCH_VENV)
	@$(BENCH_VENV)/bin/python -c 'import duckdb' 2>/dev/null || $(BENCH_VENV)/bin/python -m pip install --quiet duckdb
	.build/release/DatelineBench run --sizes "$(SIZES)" --models $(MODELS) --python $(BENCH_VENV)/bin/python

clean:
	rm -rf .build
