"""The rewrites' English: verb forms, re-cased shouting, tidy punctuation, and clause reading."""

import pytest

from heard.rewrite.inflect import base_of, gerund, participle, past, third_person
from heard.rewrite.surface import is_emoji, recase, sentence, tidy


@pytest.mark.parametrize("verb, forms", [
    ("check", ("checked", "checked", "checking", "checks")),
    ("forget", ("forgot", "forgotten", "forgetting", "forgets")),
    ("stop", ("stopped", "stopped", "stopping", "stops")),
    ("try", ("tried", "tried", "trying", "tries")),
    ("make", ("made", "made", "making", "makes")),
    ("visit", ("visited", "visited", "visiting", "visits")),
    ("lie", ("lied", "lied", "lying", "lies")),
])
def test_verb_forms(verb, forms):
    assert (past(verb), participle(verb), gerund(verb), third_person(verb)) == forms


def test_base_of_irregular_past():
    assert base_of("forgot") == "forget" and base_of("told") == "tell" and base_of("walk") == "walk"


def test_recase_lowers_shouting_and_keeps_offsets_and_acronyms():
    text = "WHY ARE YOU IGNORING ME. the PE kit and the IRS letter came in MARCH, YOU forgot AGAIN"
    out = recase(text)
    assert len(out) == len(text)
    assert out.startswith("why are you ignoring me.")
    assert "PE kit" in out and "IRS letter" in out and "March" in out
    assert "you forgot again" in out


@pytest.mark.parametrize("raw, clean", [
    ("you forgot ,  again !!", "you forgot, again!"),
    (", and i said so", "I said so"),
    ("a apple and an hour", "an apple and an hour"),
    ('he said ""', "he said"),
    ("you don't be on time", "you aren't on time"),
])
def test_tidy(raw, clean):
    assert tidy(raw) == clean


def test_sentence_keeps_questions_and_calms_exclamations():
    assert sentence("could you call me??") == "Could you call me?"
    assert sentence("i was late!!") == "I was late."


def test_is_emoji():
    assert is_emoji("🙄") and is_emoji("🤦‍♀️") and not is_emoji("ok") and not is_emoji("?")
