"""Martyr stances, sarcastic apologies and counter-attacks (martyr_stances.py, counters.py,
brushed_off_upsets.py): the sender's own feeling and the concrete thing kept, no jab kept, no
"I can see this upset you" for a hurt that is the sender's, and a counter heard before it is raised."""

import re

import pytest

from conftest import some_texts, texts_of

pytestmark = pytest.mark.model

# The jab a rewrite must not keep, in any of its wordings.
_JAB = re.compile(r"\blike I (?:always )?do\b|\bsorry I (?:actually )?have a (?:life|job)\b|\bexcuse me for\b|"
                  r"\bforgive me\b|\bworst (?:boyfriend|husband|friend)\b|\bhappy now\b|\bblame the\b|\bat least\b|"
                  r"\bdon't tell me\b|\bcare about the\b|\brich\b|\bdon't talk to me\b", re.I)
# The listener's upset answered, when the one hurt is the sender.
_WRONG_HURT = re.compile(r"\b(?:this|it) (?:really )?upset you\b|\bupset with me\b|\bhow upset you are\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("Fine. I'll rewrite the whole deck myself tonight, like I always do. Don't worry about it.", "rewriting the whole deck"),
    ("Fine, I'll just pay for everything then, like I always do", "paying for"),
    ("ok I'll just book the restaurant then, as usual", "booking the restaurant"),
    ("Whatever. I'll pick the kids up again like always", "picking the kids up"),
])
def test_a_martyr_task_is_said_as_the_senders_load(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion and "I'm feeling stretched" in suggestion, suggestion
        assert not _JAB.search(suggestion) and not _WRONG_HURT.search(suggestion), suggestion
        assert "everything" not in suggestion, suggestion  # the absolute dropped


def test_paying_asks_for_a_fairer_split(rewrite):
    assert any("fairer split" in s for s in some_texts(rewrite("Fine, I'll just cover the petrol again then")))


@pytest.mark.parametrize("text, kept", [
    ("Sorry I have a job and can't FaceTime at 2am your time 🙄", "FaceTime at 2am your time"),
    ("sorry i actually have a life, i can't babysit every saturday", "babysit"),
    ("excuse me for having a life outside of this relationship", "outside of this relationship"),
    ("I work 50 hours a week, forgive me for not remembering whose turn it was to buy toilet roll", "toilet roll"),
    ("Sorry I'm not perfect like Marcus apparently was 🙃", "Marcus"),
    ("Sorry I'm not as organised as Hannah apparently is", "Hannah"),
])
def test_a_sarcastic_apology_keeps_the_thing_not_the_sarcasm(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion, suggestion
        assert not _JAB.search(suggestion) and not _WRONG_HURT.search(suggestion), suggestion
        assert "apparently" not in suggestion and "50 hours" not in suggestion, suggestion  # no jab, no excuse


@pytest.mark.parametrize("text, kept", [
    ("Fine, I'm the worst boyfriend in the world, happy now?", "letting you down"),
    ("whatever, I guess I'm just the bad guy for asking people to pay their subs on time", "pay their subs on time"),
    ("Sure, blame the guy who's been doing all the school runs since September.", "I've been doing the school runs since September"),
    ("I did everything for this wedding and all I get is complaints about the seating plan", "seating plan"),
    ("I paid for the tickets AND the train, so don't tell me I'm not making an effort.", "the tickets and the train"),
    ("At least I showed up to the fundraiser, half of you didn't even buy a ticket", "showed up to the fundraiser"),
    ("At least I actually show up for parents' evening.", "parents' evening"),
])
def test_a_martyr_line_says_the_senders_hurt_with_the_thing(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion, suggestion
        assert not _JAB.search(suggestion) and not _WRONG_HURT.search(suggestion), suggestion
        assert "half of you" not in suggestion and "all the school runs" not in suggestion, suggestion


@pytest.mark.parametrize("text, heard, raised", [
    ("don't talk to me about budgets when you spent £200 on a hen do in Marbella last month", "budgets", "Marbella"),
    ("That's rich coming from someone who still hasn't paid their share of the Airbnb in Cornwall", None,
     "you still haven't paid your share of the Airbnb in Cornwall"),
    ("Don't talk to me about tidiness when you leave your shoes in the hall", "tidiness", "your shoes in the hall"),
])
def test_a_counter_is_heard_first_then_raised_separately(rewrite, text, heard, raised):
    found = some_texts(rewrite(text))
    for suggestion in found:
        assert raised in suggestion and not _JAB.search(suggestion), suggestion
        assert not re.search(r"\btheir share\b|\bI felt unheard\b|\boverwhelmed\b", suggestion), suggestion
        # their point comes before the sender's own grievance
        assert re.match(r"^(?:You're right|That's fair|I hear you|I want to hear you out)", suggestion), suggestion
    if heard:
        assert any(heard in s for s in found), found


@pytest.mark.parametrize("text, thing", [
    ("It was ONE drink with a coworker. Not a big deal.", "the drink with a coworker"),
    ("it was ONE pound coin from the jar, calm down", "the pound coin from the jar"),
    ("It was ONE biscuit. Calm down.", "the biscuit"),
])
def test_a_thing_sized_down_is_heard_without_mockery(rewrite, text, thing):
    for suggestion in some_texts(rewrite(text)):
        assert thing in suggestion and not _JAB.search(suggestion), suggestion
        assert not re.search(r"\bONE\b|\bcalm down\b|\bbig deal\b", suggestion), suggestion


@pytest.mark.parametrize("text", [
    "I'll pay for it if you like",  # a plain offer, no tally
    "it was one of those days",  # no brush-off
    "Sorry I missed your call, I was driving",
])
def test_plain_lines_are_not_read_as_martyr_stances(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bfeeling stretched\b|\bit stings\b|\bwave off\b|\bbrush that off\b", suggestion), suggestion


@pytest.mark.parametrize("text, kept, dropped", [
    ("I was at the gym, not cheating on you, calm down", "I was at the gym", r"cheating|calm down"),
    ("I was with Dev, not at the pub, calm down", "I was with Dev", r"\bpub\b|calm down"),
    ("Stop being so needy, I've texted you like five times today.", "", r"needy|five times"),
    ("you're being paranoid, I was just at work", "I was at work", r"paranoid"),
    ("I don't see why I should apologise, I only said what everyone else was thinking about the prenup", "the prenup",
     r"everyone|apologise"),
    ("Everyone else's kids manage to forget their PE kit sometimes too, it's not like mine are the only ones", "PE kit",
     r"everyone|only ones|too\b"),
    ("I've been carrying this team in ranked all season, so forgive me if I don't take notes from a silver player.", "notes",
     r"carrying|silver|forgive"),
])
def test_a_worry_or_point_turned_back_is_heard_without_the_jab(rewrite, text, kept, dropped):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion and not re.search(dropped, suggestion, re.I), suggestion
        assert not _WRONG_HURT.search(suggestion), suggestion
