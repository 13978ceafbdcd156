"""Shared fixtures: a blank pipeline with heard's components, the shipped model, a tiny model."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd
import pytest
import spacy

import heard
from heard.labels import LABELS
from heard.rewrite import rewrite_results

# A bug in a rewrite reading fails the test that met it, instead of costing one message its suggestions.
os.environ.setdefault("HEARD_STRICT", "1")

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "data" / "corpus.csv"
EXTERNAL = REPO.parent / "shared" / "external"


@pytest.fixture(scope="session")
def corpus() -> pd.DataFrame:
    return pd.read_csv(CORPUS, keep_default_na=False)


@pytest.fixture(scope="session")
def blank_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("heard_cues")
    return nlp


@pytest.fixture(scope="session")
def analyzer():
    """The model committed in models/heard-core, as a user gets it after install."""
    return heard.load()


@pytest.fixture(scope="session")
def tiny_frame(corpus) -> pd.DataFrame:
    """A few hundred corpus rows, enough to train a small model in seconds."""
    parts = [corpus[corpus["split"] == split].head(n) for split, n in
             (("train", 360), ("dev", 120), ("test", 60))]
    return pd.concat(parts, ignore_index=True)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory, tiny_frame) -> Path:
    from heard.training import train_and_save

    data = tmp_path_factory.mktemp("data") / "tiny.csv"
    tiny_frame.to_csv(data, index=False)
    out = tmp_path_factory.mktemp("model") / "tiny"
    train_and_save([data], out, LABELS, name="tiny")
    return out


@pytest.fixture(scope="session")
def rewrite(analyzer):
    """text → its Rewrites. `force`: rewritten even where this model doesn't flag it, so the
    strategy tests don't hang on one model's thresholds (the re-check still applies)."""
    cache = {}

    def run(*texts):
        missing = [t for t in texts if t not in cache]
        if missing:
            results = analyzer.check_many(missing)
            for text, outcome in zip(missing, rewrite_results(analyzer, results, force=True)):
                cache[text] = outcome
        return [cache[t] for t in texts] if len(texts) > 1 else cache[texts[0]]

    return run


def texts_of(outcome, strategy=None) -> list[str]:
    """The texts of a Rewrites' suggestions (of one strategy, when given)."""
    return [s["text"] for s in outcome.suggestions if strategy is None or s["strategy"] == strategy]


def read_as(text, labels=("blaming",)):
    """The message as the rewrite strategies read it, with these labels (no classifier involved)."""
    from heard.rewrite.message import read_message
    from heard.rewrite.parsing import parse_many

    return read_message(text, parse_many([text])[0], set(labels))


def below_thresholds(analyzer, text) -> bool:
    """Whether `text`, checked again, scores below the blaming and defensive thresholds."""
    labels = analyzer.check(text)["labels"]
    return not any(labels[k]["flagged"] for k in ("blaming", "defensive") if k in labels)


def some_texts(outcome, strategy=None) -> list[str]:
    """texts_of, failing the test when there is none (the failure says why heard gave none)."""
    found = texts_of(outcome, strategy)
    assert found, f"no {strategy or ''} suggestion in {outcome.suggestions} ({outcome.reason})"
    return found


def assert_kept_without(found: list[str], kept: str, banned: re.Pattern, analyzer) -> None:
    """The first suggestion keeps `kept` (a pattern); none says `banned`; every one is below the
    blaming and defensive thresholds: what a reading that drops a jab and keeps the facts owes."""
    assert re.search(kept, found[0], re.I), found
    for suggestion in found:
        assert not banned.search(suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


# Lines of the household register, out of place in a reply to a view (the thread tests).
HOUSEHOLD_LINES = re.compile(r"\bI (?:feel|felt|get really|was really|'ve been feeling)\b|\bwhen you\b|\bI'm sorry\b|"
                             r"\bwhen you've got a minute\b|\bfigure this out together\b|\bworks for both of us\b|"
                             r"\btake care of (?:it|them)\b|\bfeeling (?:let down|unheard|alone|unappreciated|worried)\b", re.I)


def assert_views_reply(found: list[str], kept: str, sneers) -> None:
    """The best suggestion keeps `kept`, is in the register of a view (no household line, none of
    the jab's own `sneers` words) and ends in a real question."""
    best = found[0]
    assert kept in best.lower(), found
    assert not HOUSEHOLD_LINES.search(best), best
    assert not sneers.search(best), best
    assert best.rstrip().endswith("?"), best


def retrained_xfail(why: str):
    """A behaviour the model retrained on 2026-11-28 (the 899 draft rows merged) lost, kept visible: it fails
    the run the day it passes again (strict), so the mark comes off with the mend."""
    return pytest.mark.xfail(strict=True, reason=f"retrained model (2026-11-28): {why}")
