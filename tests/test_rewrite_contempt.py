"""Condescension, shaming and belittlement: in an argument about views the speaker's own position and
a real question, keeping what is disputed (belittling.py); shaming and fault at home, the feeling and a
request (venting.py); warm or neutral messages the model mis-flags get nothing."""

import re

import pytest

from heard.rewrite.belittling import belittles
from heard.rewrite.threads import names_nothing
from conftest import read_as, some_texts as texts, texts_of

HOUSEHOLD = re.compile(r"\bI (?:feel|felt|get really)\b|\bwhen you\b|\btake care of\b|\bfrom now on\b|"
                       r"\bwhen you've got a minute\b|\bI'm sorry\b", re.I)
# The put-downs themselves: none may survive into a suggestion.
SNEERS = re.compile(r"\b(?:my friend|sweetie|honey|genius|professor|lot to learn|know nothing|broken record|"
                    r"one of those people|read(?:ing)? a book|ashamed|shame|your fault|the reason|hypocrisy|"
                    r"proving my point|nobody asked|doubt you'd understand|small words)\b", re.I)


# -- recognising the jab, without the model ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "You have a lot to learn about economics, my friend.",
    "YOU CLEARLY KNOW NOTHING ABOUT FOOTBALL",
    "Try reading a book sometime.",
    "I'd explain it to you but I doubt you'd understand 🙄",
    "I'm not going to waste my time explaining basic economics to you.",
    "You obviously didn't live through the 80s.",
    "You've been wrong on every single point.",
    "Typical left-wing hypocrisy from you.",
    "Thanks for proving my point 😂",
    "Are you the reason this country is in the state it's in?",
    "Let me guess, you got that from Facebook.",
])
def test_condescension_about_views_is_recognised(text):
    assert belittles(read_as(text))


@pytest.mark.parametrize("text", [
    "You're the reason the kids are upset.",
    "You're the reason I'm always stressed.",
    "Read a book to your sister while I cook.",
    "Go learn some manners.",
    "Use your brain, the milk goes in the fridge!",
    "Did anyone ask you to pick up the kids today?",
    "You'd know if you ever did the shopping.",
    "You have no idea how hard it is to look after three kids all day.",
    "You know nothing about me.",
    "You're the reason this town feels like home.",
    "Case in point: the bus was late again.",
    "You weren't born when we moved here, so you wouldn't remember.",
    "love you too", "oh", "you too!",
])
def test_household_complaints_and_warm_words_are_not_condescension_about_views(text):
    assert not belittles(read_as(text))


@pytest.mark.parametrize("phrase, empty", [("that", True), ("all this nonsense", True), ("", True),
                                           ("that lol", True), ("the mayor will keep that promise", False),
                                           ("that the vote was rigged", False)])
def test_a_pointed_at_belief_names_no_claim(phrase, empty):
    assert names_nothing(phrase) is empty


# -- the suggestions ----------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("You have a lot to learn about economics, my friend.", "economics"),
    ("YOU HAVE A LOT TO LEARN ABOUT ECONOMICS, MY FRIEND.", "economics"),
    ("Every time you open your mouth you prove you know nothing about football.", "football"),
    ("Go back to school and learn some basic history.", "history"),
    ("You obviously didn't live through the 80s lol", "the 80s"),
    ("You clearly weren't around in 2008.", "2008"),
    ("You're the reason this country is in the state it's in.", "this country is in the state it's in"),
    ("People like you are why the NHS is falling apart.", "the NHS is falling apart"),
    ("You must be one of those people who thinks the earth is flat.", "the earth is flat"),
    ("Typical left-wing hypocrisy from you.", "left-wing"),
    ("Imagine being this confidently wrong about the housing market.", "the housing market"),
    ("Let me guess, you got that from Facebook.", "Facebook"),
    ("Your generation has no idea what hard work looks like.", "hard work"),
    ("You obviously haven't read a single thing about the vaccine trials.", "the vaccine trials"),
])
def test_condescension_keeps_what_is_disputed_and_asks(rewrite, analyzer, message, kept):
    found = texts(rewrite(message))
    assert any(kept.lower() in t.lower() for t in found), found
    for text in found:
        assert not HOUSEHOLD.search(text) and not SNEERS.search(text), text
        assert text.endswith("?"), text
    verdicts = analyzer.check_many(found)
    assert not any(v["labels"][label]["flagged"] for v in verdicts for label in ("blaming", "defensive"))


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Try reading a book sometime.", "I'd explain it to you but I doubt you'd understand.",
    "Nobody asked for your opinion.", "You've been wrong on every single point.", "Thanks for proving my point.",
    "You sound like a broken record.", "Did anyone actually ask you?", "I'll use small words so you can follow along.",
    "Thanks for the lecture, professor.", "Congratulations, you've completely missed the point.",
])
def test_a_put_down_with_nothing_to_keep_gets_the_speakers_position_not_a_household_line(rewrite, message):
    for text in texts(rewrite(message)):
        assert re.match(r"(?:I|It)\b", text), text
        assert not HOUSEHOLD.search(text) and not SNEERS.search(text), text
        assert "?" in text, text


@pytest.mark.model
@pytest.mark.parametrize("message", ["Bless your heart, you actually believe that.", "You seriously think that?",
                                     "Imagine believing that lol", "It's cute that you actually believe all that."])
def test_a_belief_only_pointed_at_is_not_doubted_in_broken_english(rewrite, message):
    for text in texts(rewrite(message)):
        assert not re.search(r"\b(?:sure|think) (?:that|this|all that|lol)\.", text), text


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("It's your fault we're in this mess.", "this mess"),
    ("It's your fault we're in this mess, and you know it.", "this mess"),
    ("It's all your fault we're broke.", "we're broke"),
    ("Shame on you for forgetting my birthday.", "forgot my birthday"),
    ("You should be ashamed of yourself for speaking to your mother like that.", "your mother like that"),
])
def test_fault_and_shame_at_home_become_the_feeling_and_a_request(rewrite, message, kept):
    found = texts(rewrite(message))
    assert any(kept in t for t in found), found
    for text in found:
        assert not re.search(r"\b(?:fault|ashamed|shame)\b", text, re.I), text
        assert text.startswith("I"), text


@pytest.mark.model
def test_shaming_with_nothing_else_says_the_feeling_without_inventing_an_event(rewrite):
    for message in ("You should be ashamed of yourself.", "Shame on you.", "It's all your fault."):
        for text in texts(rewrite(message)):
            assert text.startswith("I'm really") and "shame" not in text.lower() and "fault" not in text.lower(), text


@pytest.mark.model
@pytest.mark.parametrize("message", ["love you too", "oh", "you too!", "OH", "oh you", "thanks, you too",
                                     "you idiot, I love you", "you're ridiculous 😂 love it", "aww you too",
                                     "you're so sweet", "love you more"])
def test_warm_or_neutral_messages_get_no_feeling_only_line(rewrite, message):
    outcome = rewrite(message)
    assert not outcome.feeling_only
    assert not any(re.search(r"\b(?:angry|frustrated|upset|hurt|differently)\b", t) for t in texts_of(outcome)), \
        outcome.suggestions


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("You have obviously never been to a rural hospital.", "a rural hospital"),
    ("You clearly never worked a day in retail.", "retail"),
    ("You obviously never held a real job.", "holding a real job"),
])
def test_experience_denied_to_undercut_a_view_gets_a_position_and_a_question(rewrite, message, kept):
    found = texts(rewrite(message))
    assert any(kept in t and t.endswith("?") for t in found), found
    assert not any(re.search(r"could you (?:be|hold|work)\b|\bI (?:feel|felt)\b", t, re.I) for t in found), found


@pytest.mark.parametrize("text", ["You never run the dishwasher.", "You've never been to my mum's, not once.",
                                  "You never raised your voice at him, I know."])
def test_a_chore_or_a_place_of_ones_own_is_no_experience_sneer(text):
    message = read_as(text)
    assert not belittles(message)
