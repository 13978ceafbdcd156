"""How the rewrites READ a message: attacks on the listener's knowledge or traits are not the
speaker's lapse or a fact, "did you even X?" means the listener didn't, "'s" before a participle
is "has", "you make me sick" is the speaker's feeling, and a sarcastic "so now it's my fault" is an
echo, not an admission. Each test asserts a property of every suggestion, not an exact string."""

import re

import pytest

from heard.rewrite.message import read_message
from heard.rewrite.parsing import parse_many
from conftest import texts_of as texts

pytestmark = pytest.mark.model


def read(text, labels=("blaming",)):
    return read_message(text, parse_many([text])[0], set(labels))


# -- "you have no idea what you're talking about" ------------------------------------------------
@pytest.mark.parametrize("text", ["you clearly have no idea what you're talking about",
                                  "YOU CLEARLY HAVE NO IDEA WHAT YOU'RE TALKING ABOUT",
                                  "You have NO IDEA what you're talking about 🙄"])
def test_an_attack_on_what_the_listener_knows_is_not_the_speakers_lapse(rewrite, text):
    outcome = rewrite(text)
    assert not any(s["strategy"] == "take responsibility" for s in outcome.suggestions)
    for said in texts(outcome):
        assert "should have checked" not in said and "whether what" not in said
        assert "talking about" not in said


def test_the_speakers_own_no_idea_is_owned_without_broken_english(rewrite):
    for said in texts(rewrite("I had no idea what time it was, sorry")):
        assert not re.search(r"\bwhether (?:what|how|why|where|who)\b", said)
    assert any("whether the party was today" in said for said in texts(rewrite("I had no idea the party was today")))


def test_an_attack_on_knowledge_around_a_fact_keeps_the_fact_as_the_speakers_view(rewrite):
    found = texts(rewrite("you have no idea what you're talking about, the budget was approved in March"))
    assert found and any("the budget was approved in March" in said for said in found)
    for said in found:
        assert "no idea" not in said.lower() and not said.startswith("When the budget")


# -- "did you even read what I wrote?" -----------------------------------------------------------
@pytest.mark.parametrize("text", ["Did you even read what I wrote?", "DID YOU EVEN READ WHAT I WROTE??",
                                  "did u even read what i wrote 🙄"])
def test_did_you_even_is_read_as_the_negative(rewrite, text):
    found = texts(rewrite(text))
    assert found
    for said in found:
        assert not re.search(r"\bwhen you read\b", said, re.I)  # the inverted reading
        if re.search(r"\bread what I wrote\b", said, re.I) and not re.search(r"\b(?:could|would) you\b", said, re.I):
            assert re.search(r"\b(?:hadn't|didn't|haven't)\b", said)


def test_did_you_even_with_a_second_sentence_keeps_its_content(rewrite):
    found = texts(rewrite("Did you even read what I wrote? I asked for the blue one."))
    assert any("I asked for the blue one" in said for said in found)
    assert not any(re.search(r"\bwhen you read\b", said, re.I) for said in found)


def test_have_you_even_and_are_you_even_are_negative_too(rewrite):
    for said in texts(rewrite("Have you even looked at the report?")):
        assert "when you have looked" not in said and "lookeded" not in said and "didn't looked" not in said
    clause = read("Are you even listening?").clauses[0]
    from heard.rewrite.situations import is_negative
    assert is_negative(clause)


def test_do_you_even_care_that_keeps_what_they_should_care_about(rewrite):
    found = texts(rewrite("Do you even care that the night shift has been short two nurses for a month?"))
    assert not any("when it seems like you care" in said for said in found)
    for said in texts(rewrite("Do you even know what day it is?")):
        assert not re.search(r"\bseems? like what\b", said)


# -- "'s" before a participle, and "Spoken like someone who…" ------------------------------------
@pytest.mark.parametrize("text", ["Spoken like someone who's never worked a day in their life.",
                                  "SPOKEN LIKE SOMEONE WHO'S NEVER WORKED A DAY IN THEIR LIFE 😂"])
def test_a_sneering_comparison_is_not_kept(rewrite, text):
    for said in texts(rewrite(text)):
        assert "spoken like" not in said.lower() and "isn't worked" not in said


def test_the_content_after_a_sneer_still_gets_a_suggestion(rewrite):
    found = texts(rewrite("Spoken like someone who's never worked a day in their life. "
                          "I do the night shifts AND the school run."))
    assert any("night shifts" in said for said in found)
    assert not any("spoken like" in said.lower() for said in found)


def test_s_before_a_past_participle_is_has():
    from heard.rewrite.situations import situation

    for text, wrong, right in (("He's never helped with the bins.", "isn't helped", "hasn't helped"),
                               ("She's never been late.", "isn't been", "hasn't been")):
        said = situation(read(text).clauses[0])
        assert wrong not in said and right in said


# -- "Your ignorance is astounding" ----------------------------------------------------------------
@pytest.mark.parametrize("text", ["Your ignorance is astounding.", "YOUR ARROGANCE IS UNREAL",
                                  "Your stupidity is honestly astounding 🙄"])
def test_a_trait_noun_of_the_listener_is_an_attack_not_a_fact(rewrite, text):
    assert read(text).clauses[0].role in ("attack", "contempt")  # a verdict on the person, never a "fact"
    for said in texts(rewrite(text)):
        assert not re.search(r"\b(?:ignorance|arrogance|stupidity)\b", said, re.I)


def test_a_trait_noun_attack_beside_a_fact_keeps_only_the_fact(rewrite):
    found = texts(rewrite("Your ignorance is astounding. The form was due Friday."))
    assert any("form was due Friday" in said for said in found)
    assert not any("ignorance" in said.lower() for said in found)


def test_a_trait_noun_points_to_the_need_under_it(rewrite):
    found = texts(rewrite("your laziness is unbelievable, the dishes have been in the sink for three days"))
    assert found and not any("laziness" in said.lower() for said in found)
    assert any("dishes" in said for said in found)


# -- "you make me sick" ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["you make me sick", "YOU MAKE ME SICK 🤮", "you drive me crazy",
                                  "you make me want to scream"])
def test_a_feeling_blamed_on_the_listener_is_not_wrapped_in_when(rewrite, text):
    for said in texts(rewrite(text)):
        assert not re.search(r"\b(?:make|made|drive|drove) me\b", said, re.I)


def test_you_make_me_mad_when_keeps_what_they_did(rewrite):
    found = texts(rewrite("you make me so mad when you leave your shoes on the stairs"))
    assert any("leave your shoes on the stairs" in said for said in found)
    for said in found:
        assert "make me" not in said and "When mad" not in said and "when mad" not in said


def test_you_make_me_sick_with_a_second_sentence_keeps_the_event(rewrite):
    found = texts(rewrite("you make me sick. you left the dog outside all night."))
    assert any("left the dog outside all night" in said for said in found)
    assert not any("make me sick" in said for said in found)


def test_a_caused_event_is_still_an_event(rewrite):
    found = texts(rewrite("you made me miss the bus"))
    assert any(re.search(r"\bmiss(?:ed)? the bus\b", said) for said in found)  # "I missed the bus": kept, no "you made me"


# -- "oh so now it's my fault" -----------------------------------------------------------------------
@pytest.mark.parametrize("text", ["oh so now it's my fault", "OH SO NOW IT'S MY FAULT",
                                  "oh so now it's my fault 🙄 I wasn't even there"])
def test_a_sarcastic_echo_of_blame_is_not_kept_as_an_admission(rewrite, text):
    for said in texts(rewrite(text)):
        assert not re.search(r"(?:^|[.?!]\s+|, )now it's my fault", said, re.I)
        assert "As far as I know" not in said


def test_so_now_with_a_plain_consequence_is_not_an_echo():
    message = read("so now we have to pay the late fee", ("defensive",))
    assert not message.clauses[0].question


@pytest.mark.model
@pytest.mark.parametrize("message", ["you never read the brief before the call, do you",
                                     "you forgot the bins again, didn't you", "You ate my leftover curry, DIDN'T YOU?"])
def test_a_tag_question_is_no_situation_of_its_own(rewrite, message):
    found = [s["text"] for s in rewrite(message).suggestions]
    assert found, message
    assert not any(re.search(r"\bwhen (?:do|did|didn't) you\b|\b(?:do|did|didn't) you\.", t, re.I) for t in found), found
