"""A rewrite the re-check fails by a hair gets a second chance on its closing question alone (near_misses.py)."""

from __future__ import annotations

import pytest
from conftest import texts_of

from heard.rewrite.candidate import ACKNOWLEDGE, I_STATEMENT, Candidate
from heard.rewrite.near_misses import closing_variants, second_chances


def test_only_a_closing_question_that_asks_nothing_of_the_listener_is_swapped():
    swapped = closing_variants("I don't think we've read the same things about the trials. What have you read about them?")
    assert swapped and all(v.startswith("I don't think we've read the same things about the trials. ") for v in swapped)
    assert "I don't think we've read the same things about the trials. Can we talk about it?" in swapped
    assert closing_variants("Mate, I paid you back the £25. Could you check your app?") == []  # the request stays
    assert closing_variants("I'm sorry I was late.") == []  # no question to swap
    assert closing_variants("Can we talk about it?") == []  # nothing but the closing


class _Scores:
    """A stand-in classifier: blaming scores by the closing, so the test does not ride on a model."""

    labels = ["blaming", "defensive"]
    thresholds = {"blaming": 0.5, "defensive": 0.5}

    def __init__(self, scores):
        self.scores = scores

    def check_many(self, texts):
        return [self.verdict(t) for t in texts]

    def verdict(self, text):
        score = next((s for end, s in self.scores.items() if text.endswith(end)), 0.0)
        return {"labels": {"blaming": {"score": score, "flagged": score >= 0.5},
                           "defensive": {"score": 0.0, "flagged": False}}}


def test_a_near_miss_takes_the_first_closing_that_passes_and_a_clear_fail_none():
    analyzer = _Scores({"Do you read it differently?": 0.55, "Can we talk about it?": 0.52, "Could we talk about it?": 0.2,
                        "What now?": 0.9})
    near = Candidate("As I read it, this was meant to be voluntary. Do you read it differently?", I_STATEMENT)
    far = Candidate("You never listen to a word. What now?", I_STATEMENT)
    answer = Candidate("I hear you. Do you read it differently?", ACKNOWLEDGE)  # an answer to a complaint: no swap
    pools = [[near, far, answer]]
    verdicts = {c.text: analyzer.verdict(c.text) for c in pools[0]}
    second_chances(analyzer, pools, verdicts, ("blaming", "defensive"))
    assert near.text == "As I read it, this was meant to be voluntary. Could we talk about it?"
    assert not verdicts[near.text]["labels"]["blaming"]["flagged"]
    assert far.text.endswith("What now?") and answer.text.endswith("Do you read it differently?")


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("You obviously haven't read a single thing about the vaccine trials.", "the vaccine trials"),
    ("Which part of \"voluntary\" is confusing you?", "voluntary"),
])
def test_a_view_rewrite_is_not_lost_to_its_closing(rewrite, text, kept):
    found = texts_of(rewrite(text))
    assert found and kept in found[0], found
