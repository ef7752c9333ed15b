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

## Fuzzes the lexer and parser with libFuzzer for FUZZ_SECONDS seconds, starting from the
## grammar examples (Fuzz/ is its own package, so normal builds never need the fuzzer
## runtime). A crash leaves its input as crash-* in .build/fuzz; replay it with
## `Fuzz/.build/debug/DatelineFuzz FILE`.
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz: setup
	$(SWIFT) build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address
	@mkdir -p .build/fuzz/corpus && cp grammar/examples/*.q .build/fuzz/corpus/
	cd .build/fuzz && ../../Fuzz/.build/debug/DatelineFuzz -max_total_time=$(FUZZ_SECONDS) \
		-dict=../../Fuzz/dateline.dict -max_len=4096 -timeout=10 corpus

clean:
	rm -rf .build Fuzz/.build
