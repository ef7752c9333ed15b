# The two quick-start commands are `make run` and `make test` (see README.md).
SWIFT ?= swift

.PHONY: setup build release run test clean

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

clean:
	rm -rf .build
