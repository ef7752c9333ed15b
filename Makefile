# The two quick-start commands are `make run` and `make test` (see README.md).
SWIFT ?= swift

.PHONY: setup build release run test clean bench

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

## Opens the REPL over the bundled seed articles.
run: release
	.build/release/dateline --corpus seeds

## Builds everything and runs the whole test suite.
test: setup
	$(SWIFT) build
	$(SWIFT) test

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
