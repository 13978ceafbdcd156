"""Rewrites read as a person would write them: one occasion told in order and in the past, nothing
said twice, no excuse kept inside an apology, no feeling or verdict the message didn't give."""

import re

import pytest

from heard.rewrite.excuses import explained_away
from heard.rewrite.moments import time_last
from heard.rewrite.repeats import near_duplicate, refer_back, without_echoes
from heard.rewrite.opinions import dismissal
from conftest import texts_of as texts

_SENTENCE = re.compile(r"[^.!?]+[.!?]+")


# -- the pieces, without the model -------------------------------------------------------------
def test_an_echoing_sentence_is_dropped():
    first = "I should have checked whether the cat was sleeping in the garden shed, and I'm sorry."
    text = f"{first} I had no idea the cat was sleeping in the garden shed. What would help?"
    assert without_echoes(text) == f"{first} What would help?"


def test_different_sentences_are_all_kept():
    text = "When you forgot Mia's recital, I felt let down. Mia cried after the recital. Can we talk about it?"
    assert without_echoes(text) == text


def test_suggestions_that_differ_only_by_a_closing_line_are_one():
    assert near_duplicate("When you left, I felt hurt. I'd like us to be kinder.",
                          "When you left, I felt hurt. I'd like us to be kinder. Can we talk about it?")
    assert not near_duplicate("Could you feed the cat? It's hungry.",
                              "I feel worried when you don't feed the cat. It's hungry. Could you feed the cat?")


def test_the_topic_is_named_once():
    text = "Aunt May's roses have needed water since July. I could use more help with Aunt May's roses."
    assert refer_back(text, "Aunt May's roses").endswith("more help with them.")


@pytest.mark.parametrize("text, thing", [("The boiler is fine.", "The boiler"), ("your bike's totally fine", "the bike"),
                                         ("The gutters are perfectly OK", "The gutters"),
                                         ("nothing's wrong with the wifi", "the wifi")])
def test_a_verdict_that_closes_a_complaint_is_recognised(text, thing):
    assert dismissal(text) == thing


def test_a_plain_fact_is_not_a_verdict():
    assert dismissal("The boiler broke on Sunday") is None


def test_an_explanation_names_the_lapse_it_explains_away():
    assert explained_away("the bus broke down, that's why the twins missed swimming") == \
        "I'm sorry the twins missed swimming"
    assert explained_away("it's the first time I've been late all term") == "I'm sorry I was late"


def test_a_fronted_time_moves_after_the_event():
    assert time_last("last week you took the car without asking") == "you took the car without asking last week"


# -- whole rewrites ------------------------------------------------------------------------------


@pytest.mark.model
def test_the_speakers_act_comes_first_and_the_moment_is_in_the_past(rewrite):
    found = texts(rewrite("I text you that my cat is at the vet and you reply with a meme. classic"), "I statement")
    assert found and found[0].startswith("When I texted you that my cat is at the vet and you replied with a meme, I ")
    assert not any("I text you" in t or "you reply " in t for t in found)


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "I appreciate the heads up, I really do, but I had no idea the branches were over your roof and it's not something I can stop.",
    "We had a power cut that night, that's why Theo didn't finish his project.",
    "It's the first time I've been late all term, I don't see why it's a whole thing.",
])
def test_an_apology_keeps_no_excuse_and_says_nothing_twice(rewrite, message):
    found = texts(rewrite(message))
    assert found
    for text in found:
        sentences = [s.strip() for s in _SENTENCE.findall(text)]
        assert len(sentences) == len(set(sentences)), text
        assert without_echoes(text) == text, text
        assert not re.search(r"not something I can|that's why|first time|\bI really do\.", text, re.I), text


@pytest.mark.model
def test_a_dismissive_verdict_becomes_the_speakers_view_and_a_question(rewrite):
    found = texts(rewrite("Seriously, you whine about everything. The heating is fine."))
    assert found and found[0].startswith("I think the heating is OK as it is.")
    assert all("The heating is fine" not in t and "feeling" not in t for t in found)


@pytest.mark.model
def test_overwhelmed_is_only_for_a_load_the_speaker_carries(rewrite):
    found = texts(rewrite("why can't you ever keep your cat out of the sandpit?? kids play there"))
    assert found and not any("overwhelmed" in t for t in found)


@pytest.mark.model
def test_a_state_that_goes_on_is_not_told_as_one_moment(rewrite):
    for text in texts(rewrite("your van has been parked across my drive for a week, it's ridiculous")):
        assert not re.search(r"\b(?:felt|was really) \w+ when your van has been", text), text


# -- the act said once; absolutes dropped for a real occasion -------------------------------------

_WHEN = re.compile(r"\bwhen you (?:don't |didn't |doesn't )?([^,.]+?)(?:,|\.| this time)", re.I)
_ECHO_MESSAGES = [
    "you never water the tomato plants on the balcony",
    "why can't you ever put the lid back on the peanut butter??",
    "You never check the shared calendar before booking stuff.",
    "honestly you are incapable of closing a kitchen drawer",
    "can't you ever just reply to a message without sending a voice note?",
]


@pytest.mark.model
@pytest.mark.parametrize("message", _ECHO_MESSAGES)
def test_no_request_repeats_the_when_clause_word_for_word(rewrite, message):
    found = texts(rewrite(message))
    assert found
    for text in found:
        said = _WHEN.search(text)
        asks = [s for s in _SENTENCE.findall(text) if s.strip().endswith("?") or "if you could" in s]
        if said and len(said.group(1).split()) > 1:
            assert not any(said.group(1).lower() in a.lower() for a in asks), text


@pytest.mark.model
@pytest.mark.parametrize("message", _ECHO_MESSAGES)
def test_no_double_negative_dont_without(rewrite, message):
    for text in texts(rewrite(message)):
        assert not re.search(r"\b(?:don't|didn't|doesn't|can't)\b[^.?]*\bwithout\b", text), text


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "you never finish anything. the fence panels have been lying in the garden since June",
    "you ruin every holiday. you sulked the whole week in Cornwall",
    "you never help with anything. the dishes sat in the sink all weekend",
    "you make every exchange a fight",
    "you forget everything, honestly",
])
def test_dropping_the_absolutes_never_invents_this_time_with_a_quantifier(rewrite, message):
    for text in texts(rewrite(message), "drop the absolutes"):
        assert not re.search(r"\b(?:this|last) time\b", text, re.I) or not re.search(
            r"\b(?:anything|everything|every|nothing)\b", text, re.I), text
        assert not re.search(r"\bthis (?:holiday|exchange)\b", text, re.I), text


@pytest.mark.model
@pytest.mark.parametrize("message, occasion", [
    ("you never finish anything. the fence panels have been lying in the garden since June", "fence panels"),
    ("you never help with anything. the dishes sat in the sink all weekend", "dishes"),
])
def test_dropping_the_absolutes_keeps_the_occasion_the_message_gives(rewrite, message, occasion):
    found = texts(rewrite(message), "drop the absolutes")
    assert found and all(occasion in t for t in found), found
    assert not any(re.search(r"\b(?:anything|everything)\b", t) for t in found), found


def test_sorry_is_said_once():
    from heard.rewrite.repeats import one_apology
    assert one_apology("I'm sorry I forgot the bill. I should have kept track of it, and I'm sorry. "
                       "I'll set a reminder.") == "I'm sorry I forgot the bill. I should have kept track of it. " \
                                                   "I'll set a reminder."
    assert one_apology("I should have checked, and I'm sorry. What would help?") == \
        "I should have checked, and I'm sorry. What would help?"


@pytest.mark.model
def test_no_suggestion_apologises_twice(rewrite):
    for outcome in rewrite("Don't blame me, I forgot to pay the electric bill but you never remind me either",
                           "You're overreacting, it was a joke.", "it's not my fault the bins didn't go out"):
        assert not any(s["text"].count("sorry") > 1 for s in outcome.suggestions), outcome.suggestions
