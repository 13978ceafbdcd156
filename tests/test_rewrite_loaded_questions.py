"""Loaded questions and retorts aimed at another commenter in a public thread ("How is X Y's fault,
exactly?", "How many times do you need to be told that…?", "Which part of "temporary"…?", "Typical
Liberal, always changing the subject…", "You'd say the opposite if your guy had done it"): the claim
inside becomes the speaker's own view, keeping its names and objects, with an open question, in a
view's register. Each test asserts a property of the suggestions, never an exact string."""

import re

import pytest

from heard.rewrite.loaded_questions import loaded_replies
from conftest import assert_views_reply, read_as, texts_of

pytestmark = pytest.mark.model

SNEERS = re.compile(r"\b(?:exactly|honestly|seriously|typical|classic|how many times|oh please|give me a break|"
                    r"your guy|need to be told)\b|🙄|🤔", re.I)
OWN_VIEW = re.compile(r"^(?:I don't see how|I think|As I read it|I'd like us to)\b")


CASES = [
    ("How is the pipeline delay Trudeau's fault, exactly?", "the pipeline delay is trudeau's fault"),
    ("HOW is the deficit Biden's fault exactly??", "biden's fault"),
    ("How are rising rents the immigrants' fault, honestly? 🙄", "rising rents are the immigrants' fault"),
    ("Seriously, how is the flooding the council's fault? They warned everyone for years.", "warned everyone for years"),
    ("Do you honestly believe the mayor had nothing to do with it?", "the mayor"),
    ("How many times do you need to be told that correlation isn't causation?", "correlation isn't causation"),
    ("HOW MANY TIMES DO YOU NEED TO BE TOLD THAT THE POLL WAS FROM 2019?", "2019"),
    ("How many more times do we have to explain that tariffs are paid by importers?", "tariffs are paid by importers"),
    ('Which part of "temporary" did you not understand?', "temporary"),
    ('Which part of "voluntary" is confusing you?', "voluntary"),
    ("Typical Liberal, always changing the subject when the facts get uncomfortable.", "the facts"),
    ("Classic conservative move, deflecting whenever the facts get awkward.", "subject"),
    ("Oh please. You'd say the opposite if your guy had done it.", "same standard"),
    ("Give me a break. You'd be cheering if Poilievre had done the same thing.", "poilievre"),
    ("Oh come on, you'd be outraged if the Liberals had done this.", "the liberals"),
]


@pytest.mark.parametrize("message, kept", CASES)
def test_the_claim_becomes_the_speakers_view_with_an_open_question(rewrite, message, kept):
    found = texts_of(rewrite(message))
    assert found, rewrite(message).reason
    assert_views_reply(found, kept, SNEERS)
    assert OWN_VIEW.match(found[0]), found


def test_every_suggestion_reads_below_the_blaming_and_defensive_thresholds(rewrite, analyzer):
    outcomes = rewrite(*[m for m, _ in CASES])
    suggestions = [s for outcome in outcomes for s in texts_of(outcome)]
    for result in analyzer.check_many(suggestions):
        flagged = [label for label, v in result["labels"].items() if v["flagged"] and label in ("blaming", "defensive")]
        assert not flagged, (result["text"], flagged)


@pytest.mark.parametrize("message", [
    "How many times do I have to tell you to take the bins out?",
    "How many times do I need to tell you that I hate being late?",
    "How is it my fault the dishes aren't done?",
    "Do you honestly believe I had nothing to do with it?",
    "You'd be furious if I forgot your birthday.",
    "How is the mess in the kitchen your brother's fault?",
])
def test_the_same_shapes_about_home_or_the_speaker_are_not_read_as_a_view(message):
    assert loaded_replies(read_as(message)) == []


@pytest.mark.parametrize("message", [
    "How many times do you need to be told that correlation isn't causation?",
    "How many times does it have to be said that the study was retracted?",
])
def test_no_suggestion_is_a_request_with_its_verb_missing(rewrite, message):
    for text in texts_of(rewrite(message)):
        assert not re.search(r"\b(?:could|can|would) you (?:that|the|a)\b", text, re.I), text


def test_a_quoted_phrase_is_kept_in_its_quotes(rewrite):
    found = texts_of(rewrite('What part of "no new taxes" don\'t you understand? 🙄'))
    assert any('"no new taxes"' in text for text in found), found
    assert not any("which part?" in text.lower() for text in found), found
