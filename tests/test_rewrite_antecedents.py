"""Words a rewrite carries over without what they stood for (antecedents.py): a pronoun whose noun was
in a dropped clause, "the rest" of something no longer named, "-ing" verbs cut to "re", a tu-quoque
jab kept as the situation, and a scapegoated sender's hurt read as the listener's grievance."""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.antecedents import jab_at_record
from heard.rewrite.fluency import broken
from heard.rewrite.parsing import parse_many

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, noun", [
    ("You're so selfish with the car, Marco, you just take it whenever you like", "the car"),
    ("You're so careless with my laptop, Priya, you always leave it on the floor", "my laptop"),
    ("You're so lazy about the dishes, you just leave them in the sink for days", "the dishes"),
    ("YOU'RE SO SELFISH WITH THE REMOTE, you grab it the second I sit down", "remote"),
])
def test_a_kept_act_names_the_object_its_pronoun_stood_for(rewrite, analyzer, text, noun):
    found = some_texts(rewrite(text))
    best = found[0]
    assert noun.lower() in best.lower(), found
    assert not re.search(r"\b(?:take|leave|grab) (?:it|them)\b", best), found
    assert not re.search(r"\b(?:selfish|careless|lazy)\b", best, re.I), found
    assert below_thresholds(analyzer, best)


def test_the_rest_says_what_it_is_the_rest_of(rewrite):
    for text in ("I did my part of the slides, the rest isn't my problem",):
        for found in texts_of(rewrite(text)):
            assert not re.search(r"\bthe rest\b(?! of the slides)", found), found


@pytest.mark.parametrize("text", [
    "Whatever, I'm always the bad guy in this group chat anyway",
    "Fine, I'm always the villain in this family",
    "i'm always the bad guy in this house, whatever",
])
def test_a_scapegoated_sender_says_their_own_hurt(rewrite, analyzer, text):
    best = some_texts(rewrite(text))[0]
    assert best.startswith("I feel like I get the blame"), best
    assert "upset you" not in best
    assert below_thresholds(analyzer, best)


@pytest.mark.parametrize("text, kept", [
    ("Mom, I'm 34. Stop telling me how to raise my kids, you didn't exactly do a perfect job yourself.",
     "how to raise my kids"),
    ("Dad, stop telling me how to spend my money, you weren't exactly great with money yourself.",
     "how to spend my money"),
    ("Stop telling me how to run my business, you didn't exactly do so well yourself.", "how to run my business"),
])
def test_a_jab_at_the_listeners_record_is_never_the_situation_or_the_request(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    for line in found:
        assert "yourself" not in line and "exactly" not in line, found


def test_jabs_at_the_record_are_told_from_plain_clauses():
    assert jab_at_record("you didn't exactly do a perfect job yourself")
    assert jab_at_record("you weren't exactly a saint either")
    assert not jab_at_record("you did a great job yourself")
    assert not jab_at_record("that's not exactly what I said")


@pytest.mark.parametrize("text, verb", [
    ("you never ring your mum lol", "ring"), ("You always fling your shoes across the hall", "fling"),
    ("why would you sting me like that?", "sting"), ("you never bring anything to the potluck!!", "bring"),
])
def test_ing_base_verbs_keep_their_lemma(text, verb):
    doc = parse_many([text])[0]
    assert [t.lemma_ for t in doc if t.lower_ == verb] == [verb]


def test_ring_is_never_cut_to_re(rewrite):
    for text in ("you never ring your mum lol", "you never ring me back when you say you will"):
        for line in texts_of(rewrite(text)):
            assert not re.search(r"\bre\b", line), line


@pytest.mark.parametrize("text", ["Why do you have to be so rude every time my sister visits?",
                                  "Why do you always have to be so negative when I share good news?"])
def test_have_to_be_never_leaves_a_bare_be(rewrite, text):
    for line in texts_of(rewrite(text)):
        assert not re.search(r"\b(?:you|we) be\b", line), line
        assert "talk about being" not in line, line


def test_fluency_net_allows_be_after_a_modal():
    assert broken("Last time you be so rude when my sister visited, I felt hurt.")
    assert not broken("Could you be a bit gentler when my sister visits?")


def test_an_idiom_keeps_its_it(rewrite):
    for line in texts_of(rewrite("You're always stressed about the deadline and you take it out on me")):
        assert "take the deadline" not in line, line


def test_a_promise_told_in_the_past_says_would(rewrite):
    for line in texts_of(rewrite("you never ring me back when you say you will")):
        assert "said you will" not in line and "say you and" not in line, line
