# heard — run `make help` for the targets. Every target installs what it needs first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
MODEL := models/heard-core

.DEFAULT_GOAL := help
.PHONY: help install demo test train evaluate eval-external eval-rewrites probe-rewrites gallery name-words bench chromium clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-14s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP) ## Create .venv (if missing) and install heard with its pinned dependencies

demo: $(STAMP) ## Check the bundled example messages, then analyse the bundled sample chat (HTML report)
	@while IFS= read -r line; do \
		[ -z "$$line" ] && continue; \
		printf '\n> %s\n' "$$line"; \
		$(BIN)/heard check "$$line" || exit $$?; \
	done < data/examples.txt
	@mkdir -p reports
	@printf '\n> heard analyze data/sample_whatsapp_chat.txt\n'
	$(BIN)/heard analyze data/sample_whatsapp_chat.txt -o reports/sample_chat.csv --report reports/sample_chat.html
	@echo "wrote reports/sample_chat.csv and reports/sample_chat.html (open it in a browser)"

test: $(STAMP) chromium ## Run the whole test suite (notebooks included)
	$(BIN)/python -m pytest -q

train: $(STAMP) ## Retrain the shipped model from data/corpus.csv into models/heard-core
	$(BIN)/heard train data/corpus.csv --out $(MODEL)

evaluate: $(STAMP) ## Score the shipped model on the corpus test split
	$(BIN)/heard evaluate data/corpus.csv --split test

eval-external: $(STAMP) ## Score heard and a keyword baseline on ../shared/external (evaluation only)
	$(BIN)/python benchmarks/external_eval.py

eval-rewrites: $(STAMP) ## Rewrite suggestions: coverage, safety, content kept (corpus + ../shared/external)
	$(BIN)/python benchmarks/rewrite_eval.py

probe-rewrites: $(STAMP) ## Print the rewrites of the hand-written probe messages, to read (benchmarks/rewrite_probes)
	$(BIN)/python benchmarks/rewrite_probe.py

gallery: $(STAMP) ## Regenerate docs/rewrites.md: 50 flagged test-split messages with their rewrites
	$(BIN)/python -m heard.rewrite.gallery data/corpus.csv docs/rewrites.md

name-words: $(STAMP) ## Rebuild src/heard/rewrite/data/name_words.txt.gz (names typed lower-case) from spacy-lookups-data
	$(BIN)/python -c "from heard.rewrite.name_words import rebuild; print(rebuild(), 'words')"

bench: $(STAMP) ## Speed benchmarks: cold start, check_many throughput, full spaCy pipeline
	$(BIN)/python benchmarks/bench.py

chromium: ## Install headless Chromium for the report test (Debian package)
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium) \
		|| echo "warning: could not install chromium; the report's browser test will be skipped"

clean: ## Remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache build src/*.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
