# One target a job; each calls scripts/<same name>. Every target sets itself up first,
# so on a fresh clone `make contract` or `make test` alone does everything.
.DEFAULT_GOAL := help
PORT ?= 4010
ARGS ?=
BASE ?=
REPORT ?=
DATA ?=
SEED ?=
SEED_MODE ?=
.PHONY: help setup generate check-generated check-breaking lint docs test contract mock bench profile clean drift

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' Makefile | sed 's/:.*## /\t/'
setup:  ## make .venv and node_modules with every pinned tool
	@scripts/setup
generate: setup  ## regenerate generated_client/ from openapi/
	@scripts/generate
check-generated: setup  ## fail when generated_client/ differs from what openapi/ yields
	@scripts/check-generated
check-breaking: setup  ## fail on a breaking spec change vs BASE (default: merge base with main)
	@BASE="$(BASE)" scripts/check-breaking
lint: setup  ## validate and lint the spec; ruff; mypy --strict
	@scripts/lint
docs: setup  ## render the spec to reports/api-reference.html (Redocly, JS inlined, offline)
	@scripts/docs
test: setup  ## lint, check-generated, check-breaking, docs, unit tests, and a contract run against the mock
	@scripts/test
contract: setup  ## the contract suite against the embedded mock (or ECWID_BASE_URL)
	@scripts/contract $(ARGS)
mock: setup  ## serve the mock on 127.0.0.1:$(PORT) (make mock DATA=mock.db SEED=examples/seed.yaml ARGS="--rate-limit 0")
	@DATA="$(DATA)" SEED="$(SEED)" SEED_MODE="$(SEED_MODE)" scripts/mock --port $(PORT) $(ARGS)
drift: setup  ## merge drift records: make drift REPORT=proxy.jsonl,reports/drift.json
	@scripts/drift $(REPORT)
bench: setup  ## benchmarks, each beside its goal: client vs httpx, mock vs Prism, memory, search, contract
	@scripts/bench
profile: setup  ## py-spy the mock under Get and PUT load: reports/profile-{get,put}.{txt,svg}
	@scripts/profile
clean:  ## remove the venv, node_modules and reports
	@scripts/clean
