"""Builds the spaCy pipeline on heard's classification path: tokenizer, lookup lemmas, cues."""

from __future__ import annotations

import spacy
from spacy.language import Language

from . import cues  # noqa: F401  (registers the heard_cues factory)

# The tagger, parser and NER of en_core_web_sm cost 20-50x the time of this pipeline
# (see `make bench`) and the classifier does not need them: lemmas come from lookup tables.
# heard_cues fills lemmas from spaCy's lookup table itself when no lemmatizer ran before it.
PIPELINE_NAME = "blank:en+heard_cues(lookup lemmas)"


def build_nlp(patterns_dir: str | None = None) -> Language:
    """A fresh pipeline; built at load time, never pickled into a model file."""
    nlp = spacy.blank("en")
    nlp.add_pipe("heard_cues", config={"patterns_dir": patterns_dir})
    return nlp
