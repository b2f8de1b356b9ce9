# One target a job; each calls scripts/<same name>. Every target sets itself up first,
# so on a fresh clone `make contract` or `make test` alone does everything.
.DEFAULT_GOAL := help
PORT ?= 4010
ARGS ?=
.PHONY: help setup generate check-generated lint test contract mock bench clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' Makefile | sed 's/:.*## /\t/'
setup:  ## make .venv and node_modules with every pinned tool
	@scripts/setup
generate: setup  ## regenerate generated_client/ from openapi/
	@scripts/generate
check-generated: setup  ## fail when generated_client/ differs from what openapi/ yields
	@scripts/check-generated
lint: setup  ## validate and lint the spec; ruff; mypy --strict
	@scripts/lint
test: setup  ## lint, check-generated, unit tests, and a contract run against the mock
	@scripts/test
contract: setup  ## the contract suite against the embedded mock (or ECWID_BASE_URL)
	@scripts/contract $(ARGS)
mock: setup  ## serve the mock on 127.0.0.1:$(PORT) (make mock PORT=4011 ARGS="--rate-limit 0")
	@scripts/mock --port $(PORT) $(ARGS)
bench: setup  ## benchmarks: client overhead, mock throughput vs Prism, generate, contract
	@scripts/bench
clean:  ## remove the venv, node_modules and reports
	@scripts/clean
