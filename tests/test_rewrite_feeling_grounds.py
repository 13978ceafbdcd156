"""A specific feeling (worried, unheard, overwhelmed, disconnected) is named only where the message says
what it is about; a topic word alone ("sink", "phone", "bill", "match") names the wrong one (feeling_grounds.py)."""

import re
from collections import Counter

import pytest

from conftest import some_texts
from heard.rewrite.feeling_grounds import adjust_grounds, grounded


@pytest.mark.parametrize("text, wrong", [
    # a game lost, a pan in the sink, a bill run up: practical complaints, not worry, a load or going unheard
    ("you went afk in the middle of the ranked match and we lost 40 points because of it", r"worried|unheard"),
    ("Your frying pan has been sitting in the sink since Monday. Is it going to wash itself?", r"overwhelmed"),
    ("the electric bill came in £60 over because you ran the heater in the garage all week", r"worried"),
])
def test_a_topic_word_alone_names_no_specific_feeling(rewrite, text, wrong):
    found = some_texts(rewrite(text))
    assert not re.search(wrong, found[0]) and "frustrat" in found[0], found


@pytest.mark.parametrize("text, feeling", [
    ("you left the patio door wide open all night and the cat got out", "worried"),
    ("YOU LEFT THE HOB ON AGAIN. WHAT IS WRONG WITH YOU", "worried"),  # shouted: the ground is read case-blind
    ("you're always on your tablet when i get home. can we actually talk for once", "disconnected"),
    ("I do all the dishes on my own and you just leave yours in the sink.", "overwhelmed"),
])
def test_a_feeling_whose_ground_is_said_stays(rewrite, text, feeling):
    assert feeling in some_texts(rewrite(text))[0]


@pytest.mark.parametrize("feeling, text, expected", [
    ("worried", "the baby was alone in the car for ten minutes", True),
    ("worried", "you never texted me back and it was 2am", True),
    ("worried", "you spent the bill money on a new headset", False),
    ("unheard", "I explained it four times and you still booked the wrong day", True),
    ("unheard", "you marked my essay down for lack of depth", False),
    ("overwhelmed", "I'm the only one who ever cleans the bathroom", True),
    ("overwhelmed", "the sink is full of your mugs", False),
    ("disconnected", "you were on your phone the whole anniversary dinner", True),
    ("disconnected", "you keep posting screenshots of my texts", False),
    ("hurt", "anything at all", True),  # feelings this module does not check always stand
])
def test_grounds_are_read_from_the_message(feeling, text, expected):
    assert grounded(feeling, text) is expected


def test_an_ungrounded_feeling_gives_way_to_the_others_counted():
    tally = Counter({"worried": 3, "let down": 1})  # "you never come to Ella's games": "come home" is no worry
    adjust_grounds(tally, "you never come to Ella's football games")
    assert "worried" not in tally and tally["let down"] == 1 and tally["frustrated"] == 0


def test_with_nothing_else_counted_the_feeling_is_frustration():
    tally = Counter({"overwhelmed": 2, "hurt": 0.5})  # an insult's half count is no feeling of the situation
    adjust_grounds(tally, "you left your pan in the sink again, you slob")
    assert tally["frustrated"] == 2 and max(tally, key=tally.get) == "frustrated"


@pytest.mark.parametrize("text, expected", [
    ("we lost about £300 of stock when the freezer door was left open", False),  # money lost, a door: no danger
    ("the dog got lost on the common", True),
])
def test_a_loss_or_a_door_is_a_worry_only_where_someone_is_at_risk(text, expected):
    assert grounded("worried", text) is expected


@pytest.mark.parametrize("text, feeling, wrong", [
    # a date or a promise that did not hold is let down or frustration; "tell" alone counted as hurt
    ("You told me the van would be fixed by Tuesday. It's Friday and I've had to hire one for £90.", "frustrated", "hurt"),
    # what was told to others, before the speaker was ready, is still a hurt
    ("You told my sister about the miscarriage before I was ready.", "hurt", "frustrated"),
])
def test_an_assurance_that_did_not_hold_is_no_hurt(rewrite, text, feeling, wrong):
    first = some_texts(rewrite(text))[0]
    assert feeling in first and wrong not in first, first


def test_the_tell_of_an_assurance_leaves_the_hurt_count():
    from heard.rewrite.feeling_grounds import adjust_assurances
    tally, lemmas = Counter({"hurt": 1, "let down": 1}), Counter({"tell": 1})
    adjust_assurances(tally, lemmas, "you told me Friday. It's now Wednesday and my suit is still not ready")
    assert tally["hurt"] == 0 and tally["let down"] == 1
    tally = Counter({"hurt": 1})
    adjust_assurances(tally, lemmas, "you told my mum about the baby before I could")  # told to others: stays
    assert tally["hurt"] == 1
