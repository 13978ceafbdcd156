"""Short messages written with a capital and a full stop: the shipped model reads their words, not the
full stop. (The full stop used to be a word feature; the corpus's short neutral texts rarely end in one
and its terse insults do, so "Hello." scored 0.57 blaming and "Erica." 0.80.) None of these texts is
in the corpus."""

import pytest

pytestmark = pytest.mark.model

_REWRITTEN = ("blaming", "defensive")


def _flags(analyzer, text):
    labels = analyzer.check(text)["labels"]
    return {label for label in _REWRITTEN if labels[label]["flagged"]}


@pytest.mark.parametrize("text", ["Hello.", "See you soon.", "Erica.", "Nope.", "Kk.", "Lgtm.", "Maybe.",
                                  "Good morning.", "Okay.", "Thanks."])
def test_a_greeting_name_or_short_answer_is_not_flagged(analyzer, text):
    assert not _flags(analyzer, text)


@pytest.mark.parametrize("text, label", [
    ("Idiot.", "blaming"), ("You lied.", "blaming"), ("Pathetic.", "blaming"), ("You never listen.", "blaming"),
    ("Not my fault.", "defensive"), ("I was busy.", "defensive"),
])
def test_a_short_insult_or_excuse_with_a_full_stop_is_still_flagged(analyzer, text, label):
    assert label in _flags(analyzer, text)
