"""The shipped model on 143 hand-written tricky cases that no corpus message resembles.

Negation, praise with absolutes, self-blame, reassurance, sarcasm, "I hear you, but…",
I-statements, complaints about third parties, questions, minimising, counter-attacks, and
short sincere thanks or praise in words people also use sarcastically.
The thresholds below are what the shipped model reaches (see the README), less a small
margin: a retrained model that falls under them is worse on exactly these cases.
"""

from pathlib import Path

import pandas as pd
import pytest

CASES = Path(__file__).parent / "fixtures" / "tricky_cases.csv"


@pytest.fixture(scope="module")
def scored(analyzer):
    cases = pd.read_csv(CASES, keep_default_na=False)
    predicted = analyzer.predict(cases["text"].tolist())
    truth = cases[list(analyzer.labels)].to_numpy()
    return cases, predicted, truth


def test_enough_cases_of_each_phenomenon(scored):
    cases, _, _ = scored
    assert len(cases) >= 60
    counts = cases["phenomenon"].value_counts()
    for phenomenon in ("negation", "praise", "self_blame", "reassurance", "sarcasm", "yes_but"):
        assert counts[phenomenon] >= 8, phenomenon


def test_per_label_accuracy(scored):
    _, predicted, truth = scored
    assert (predicted == truth).mean() >= 0.84


def test_exact_match_accuracy(scored):
    _, predicted, truth = scored
    assert (predicted == truth).all(axis=1).mean() >= 0.64


@pytest.mark.parametrize("phenomenon, minimum", [
    # third_party: 6 of 11 now. 7 before the full stop stopped being a word feature (views.py): one case,
    # "Your boss sounds like hard work…", went from validating 0.53 to 0.48 at a 0.50 cut. A minimum
    # closer than one case (1/11) to the shipped figure fails on any retrain's noise.
    ("self_blame", 0.8), ("i_statement", 0.75), ("plain", 0.9), ("third_party", 0.5),
    ("sincere_short", 0.75),  # 0.83 now; the model before the short-message corpus got 0.58
])
def test_phenomena_the_model_handles(scored, phenomenon, minimum):
    cases, predicted, truth = scored
    rows = (cases["phenomenon"] == phenomenon).to_numpy()
    assert (predicted[rows] == truth[rows]).all(axis=1).mean() >= minimum
