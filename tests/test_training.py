"""Retraining the bundled corpus reproduces the shipped model's card: metrics, thresholds, C."""

import json

import pytest

from heard.model import data_hash, train_model
from heard.training_data import load_training_data

from conftest import CORPUS, REPO

SHIPPED_CARD = REPO / "models" / "heard-core" / "card.json"


@pytest.mark.model
def test_retraining_the_corpus_reproduces_the_shipped_metrics():
    card = json.loads(SHIPPED_CARD.read_text())
    data = load_training_data([], base=CORPUS)
    assert data.labels == tuple(card["labels"])
    if data_hash(data.frame, data.labels) != card["data"]["sha256"]:
        pytest.skip("data/corpus.csv changed since models/heard-core was trained; "
                    "run `make train` to ship a model of this corpus")
    _, report = train_model(data.frame, data.labels)  # ~20 s: the whole corpus, once
    assert report["chosen"]["thresholds"] == card["thresholds"]
    assert report["chosen"]["C"] == card["C"]
    assert {split: report[split] for split in ("dev", "test")} == card["metrics"]
    assert report["sizes"] == card["data"]["sizes"]
