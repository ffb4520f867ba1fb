SHELL := /bin/bash
# deltagande — participation reports for smart specialisation.
# `make` builds and runs the report on input/; `make test` runs the tests. See README.md.

SWIFT   ?= swift
INPUT   ?= input
OUTPUT  ?= reports
BIN     := .build/release/deltagande
APT_PACKAGES := libxlsxwriter-dev libmimalloc-dev pkg-config

.DEFAULT_GOAL := report
.PHONY: report all build deps test-deps test monthly check bench clean help format lint

all: report

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 14

deps: ## Install libxlsxwriter-dev and libmimalloc-dev through apt-get when one is missing
	@if ! pkg-config --exists xlsxwriter 2>/dev/null || [ ! -e /usr/include/mimalloc.h ]; then \
		echo "deltagande: installing $(APT_PACKAGES) with apt-get" >&2; \
		SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq >&2 && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES) >&2; \
	fi

build: deps ## Build the release binary (its output is shown only when it fails, so cron stays quiet)
	@log=$$(mktemp); if $(SWIFT) build -c release --product deltagande >"$$log" 2>&1; then rm -f "$$log"; \
	else cat "$$log" >&2; rm -f "$$log"; echo "deltagande: build failed" >&2; exit 1; fi

report: build ## Report on everything in $(INPUT) into $(OUTPUT)/alla/
	@$(BIN) report --input $(INPUT) --output $(OUTPUT)

monthly: build ## Report on one month (MONTH=YYYY-MM; default: the previous calendar month)
	@$(BIN) report --input $(INPUT) --output $(OUTPUT) --month $(or $(MONTH),previous)

check: build ## Show how every input file and row was read
	@$(BIN) check --input $(INPUT)

test-deps: deps ## Install the independent workbook reader the tests use (openpyxl)
	@python3 -c 'import openpyxl' 2>/dev/null || { \
		echo "deltagande: installing openpyxl with pip" >&2; \
		python3 -m pip install --quiet --disable-pip-version-check openpyxl >&2; }

test: test-deps ## Run the whole test suite
	$(SWIFT) test

bench: build ## Time the full report on generated small, medium and large input (RUNS=5, SCALES=...)
	@tools/bench.sh

format: ## Format the code with swift format
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

lint: ## Check formatting and lint rules
	$(SWIFT) format lint --recursive Sources Tests Package.swift

clean: ## Remove build products and generated reports
	rm -rf .build
	find $(OUTPUT) -mindepth 1 ! -name README.md -delete 2>/dev/null || true
