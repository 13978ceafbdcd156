"""A slot filled with broken English (slot_fluency.py): mended from the message, or the candidate dropped.

A user relies on a suggestion that is a sentence: no bracket left open, no "with." missing what was
replied, no "when sorry you feel…" or "When job on the dishes…", no "upset about zero respect"; and on
the point surviving the mend: the quoted reply, the name in the bracket, the cause of being late.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.slot_fluency import broken_fill, mended_fill

pytestmark = pytest.mark.model

# The marks of a broken fill, in any suggestion.
_BROKEN = re.compile(r"\bwith\s*[.,]|\b(?:when|about|that) (?:sorry|thanks)\b|(?:^|[,.] |when )(?:job|work|effort|done) "
                     r"(?:on|with)\b|\babout (?:zero|no) respect\b|\byou had to\b", re.I)


@pytest.mark.parametrize("text, said", [
    ('You read my message at 8 and replied at 1am with "haha". Is that how little effort I\'m worth?', '"haha"'),
    ("You read my message at 9 and replied at midnight with 'lol'. Do you treat everyone like a backup option?", '"lol"'),
    ('I poured my heart out and you replied with "k". That\'s all I get?', '"k"'),
    ('I told you the test results and you just said "cool". Is that how little I matter?', '"cool"'),
])
def test_a_quoted_reply_is_kept_in_its_quotes(rewrite, analyzer, text, said):
    found = some_texts(rewrite(text))
    assert said in found[0], found
    for suggestion in found:
        assert not _BROKEN.search(suggestion) and below_thresholds(analyzer, suggestion), suggestion


def test_a_worth_test_reads_as_hurt_not_worry(rewrite):
    found = some_texts(rewrite('You read my message at 8 and replied at 1am with "haha". Is that how little effort I\'m worth?'))
    assert re.search(r"\bhurt\b", found[0]) and "worried" not in found[0], found


@pytest.mark.parametrize("text", [
    "great job on the dishes, they've only been marinating since Tuesday 👏👏",
    "Amazing work on the bins, they've only been overflowing since Sunday 🙄",
    "well done on the laundry, it's been sitting in the machine for three days",
    "Lovely effort with the garden, the weeds are only up to my knees now",
    "You lot have zero respect for other people's property. There are cigarette burns on the carpet I replaced in March.",
    "Sorry you feel I left you to deal with Dad, but some of us have kids and a full-time job.",
    "SORRY YOU THINK I IGNORED YOU AT THE PARTY, BUT SOME OF US HAD TO WORK THE BAR.",
])
def test_no_suggestion_puts_praise_apology_or_a_verdict_in_the_slot(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not _BROKEN.search(suggestion), suggestion


@pytest.mark.parametrize("text, name", [
    ("Whoever keeps eating my yoghurts (and we both know it's you, Marcus) is honestly just a freeloader.", "Marcus"),
    ("Whoever keeps leaving the milk out (yes, you, Dan) is seriously just lazy.", "Dan"),
    ("Whoever finished my wine (looking at you, Jess) is honestly a thief.", "Jess"),
])
def test_a_culprit_named_in_brackets_becomes_the_address(rewrite, analyzer, text, name):
    found = some_texts(rewrite(text))
    assert found[0].startswith(f"{name}, "), found
    for suggestion in found:
        assert "(" not in suggestion and ")" not in suggestion and "know it's you" not in suggestion, suggestion
        assert not re.search(r"\bwhoever\b", suggestion, re.I) and below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, outcome", [
    ("You made me late for my sister's engagement party because you HAD to finish your stupid game.",
     r"late for my sister's engagement party because you were finishing your game\b"),
    ("You made us miss the train because you HAD to finish your stupid emails.", r"missed the train because you were finishing your emails\b"),
    ("You made me late for work because you just had to have a second shower.", r"late for work because you were having a second shower\b"),
])
def test_a_sarcastic_had_to_is_said_as_the_cause(rewrite, analyzer, text, outcome):
    found = some_texts(rewrite(text))
    assert re.search(outcome, found[0]), found
    for suggestion in found:
        assert not re.search(r"\bhad to\b|\bstupid\b", suggestion, re.I) and below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text", [
    "I feel sad that work keeps you late.",
    "I know I'm not always easy to be with, and I'm sorry.",
    "I'd like to know where that comes from.",
    "I was upset about the work you did on the fence.",
    "I felt hurt when you replied with a thumbs up and nothing else.",
])
def test_fluent_lookalikes_are_not_broken(text):
    assert not broken_fill(text)


def test_a_sincere_had_to_and_a_plain_bracket_are_left_alone():
    assert mended_fill("You had to work late, I know.", "I know you had to work late.") == "I know you had to work late."
    text = "We both know it's you who has the spare key (Marcus has the other one)."
    assert mended_fill(text, text) == text
