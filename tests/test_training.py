"""Retraining the bundled corpus reproduces the shipped model's card: metrics, thresholds, C."""

import json

import numpy as np
import pytest

from heard.metrics import best_threshold
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


def test_a_flat_jagged_f1_curve_keeps_the_calibrated_cut():
    # Scores where every cut from 0.2 to 0.6 gives about the same F1, with one lucky spike low down:
    # the chosen cut is the plateau's point nearest 0.5, not the spike.
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 4000)
    scores = np.clip(np.where(y == 1, rng.normal(0.62, 0.2, 4000), rng.normal(0.38, 0.2, 4000)), 0, 1)
    cut, _ = best_threshold(y, scores)
    assert 0.4 <= cut <= 0.6


def test_a_clear_peak_away_from_the_middle_is_still_found():
    # Positives are rare and score low: the best cut is far below 0.5, and the tolerance keeps it.
    rng = np.random.default_rng(1)
    y = (rng.random(5000) < 0.08).astype(int)
    scores = np.where(y == 1, rng.uniform(0.2, 0.35, 5000), rng.uniform(0.0, 0.2, 5000))
    cut, f1 = best_threshold(y, scores)
    assert 0.18 <= cut <= 0.22 and f1 > 0.9


def test_a_small_dev_split_lets_its_own_noise_count_as_a_tie():
    # The same score distributions drawn small and large. Small, the best cut's lead over the cuts
    # nearer 0.5 is within one standard error of F1, so the cut moves towards 0.5; large, the
    # standard error is tiny, and the fixed tolerance alone decides.
    def draw(n):
        rng = np.random.default_rng(2)
        y = (rng.random(n) < 0.3).astype(int)
        return y, np.clip(np.where(y == 1, rng.normal(0.52, 0.17, n), rng.normal(0.3, 0.17, n)), 0, 1)

    small_cut, _ = best_threshold(*draw(400))
    large_cut, _ = best_threshold(*draw(40000))
    assert small_cut >= 0.43 and large_cut <= 0.46
    y, scores = draw(400)
    assert best_threshold(y, scores) == best_threshold(y, scores)  # a fixed seed: training repeats
