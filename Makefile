# Two commands set everything up on a fresh machine:
#   make run    build the briefs, then serve them (Discord with DISCORD_TOKEN, else a local console)
#   make test   lint and run the test suite
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test build score

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

build: $(STAMP)
	$(PY) -m bot build

run: build
	@if [ -n "$$DISCORD_TOKEN" ]; then exec $(PY) -m bot run; else exec $(PY) -m bot console; fi

test: $(STAMP)
	$(PY) -m ruff check bot tests bench
	$(PY) -m pytest -q

score: $(STAMP)
	$(PY) ../shared/eval/score.py ../shared/eval/seeds-gold.yaml seeds --python $(PY)
