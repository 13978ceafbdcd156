"""Mends from held-out set 17's blind grades: a gerund left after "didn't bother" is gone, "you were the one
who…" and "don't act like I…" are counter-attacks, an oath run into an account is two sentences, a
complaint called untrue ("that lady is exaggerating") is not kept, and being stuck in a meeting is not
lateness."""

import re

import pytest

from heard.rewrite.counters import counter_attack
from heard.rewrite.surface_mends import mended_surface
from conftest import some_texts

pytestmark = pytest.mark.model


class _Plain:
    def __init__(self, text):
        self.text, self.doc = text, None


@pytest.mark.parametrize("text, kept", [
    ("Honestly Priya, you're so selfish. You took the last of the milk and didn't even bother telling me.",
     "didn't tell me"),
    ("you didn't even bother texting back after the match", "didn't text back"),
])
def test_didnt_bother_with_a_gerund_keeps_the_verb_in_its_base_form(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found
    assert not any(re.search(r"\bdidn't \w+ing\b|\bbother", s) for s in found), found


@pytest.mark.parametrize("text", [
    "Oh so now it's my fault we lost? You were the one who went 0 and 9 in the first half.",
    "yeah but you ate half of it too so don't act like I finished the whole tub by myself",
])
def test_more_counter_attacks_are_read_as_such(text):
    assert counter_attack(_Plain(text))


def test_you_were_the_one_who_is_heard_first_not_told_as_hurt(rewrite):
    found = some_texts(rewrite("Oh so now it's my fault we lost? You were the one who went 0 and 9 in the first half."))
    assert not any(re.search(r"\b(?:upset|hurt) me when you went\b", s) for s in found), found
    assert "listening" in found[0] or "hear you out" in found[0], found


@pytest.mark.parametrize("text, wanted", [
    ("I didn't touch your charger I swear it was like that when I found it.",
     "I didn't touch your charger. It was like that when I found it."),
    ("I swear I didn't take it.", "I didn't take it."),
    ("You swear it was fine.", "You swear it was fine."),  # the listener's oath is theirs
])
def test_an_oath_run_into_an_account_becomes_two_sentences(text, wanted):
    assert mended_surface("x", text) == wanted


@pytest.mark.parametrize("text, kept, dropped", [
    ("Excuse me, I've been coming to this shop for ten years and I have never once been rude to your staff. "
     "That lady is exaggerating.", "ten years", "exaggerating"),
    ("Haibo, I only parked there for ten minutes, there's no need to leave notes on my windscreen.",
     "ten minutes", "no need"),
])
def test_a_complaint_called_untrue_or_uncalled_for_is_not_kept(rewrite, text, kept, dropped):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    assert not any(dropped in s for s in found), found


def test_stuck_in_a_meeting_is_not_promised_away_as_running_late(rewrite):
    found = some_texts(rewrite("I was stuck in a meeting till half six, nobody told me the deadline moved to today."))
    assert not any("running late" in s for s in found), found


@pytest.mark.parametrize("text, what", [
    ("ok but you never said the party was fancy dress, how was I meant to know", "the party was fancy dress"),
    ("u never told me the meeting had moved so how was i supposed to know", "the meeting had moved"),
])
def test_you_never_said_how_was_i_to_know_keeps_the_senders_side_without_a_charge(rewrite, analyzer, text, what):
    """Told back as "When you didn't say the party was fancy dress, I felt let down", the defence became a
    complaint; the sender wishes they'd known, is sorry, and asks to be told next time."""
    found = some_texts(rewrite(text))
    assert what in found[0] and "sorry" in found[0], found
    assert not any(re.search(r"\bwhen you (?:didn't|never)\b|\blet down\b|\bhow was I\b", s, re.I) for s in found), found


def test_you_never_mentioned_a_thing_is_not_read_as_untold():
    from heard.rewrite.untold import untold_lines

    class _Msg:
        text, doc = "you never mentioned the dog, how was I meant to know", None

    assert untold_lines(_Msg()) == []


@pytest.mark.parametrize("text, kept", [
    ("Your dog barked from 11pm to 2am last night. Some of us have work in the morning, mate.", "I have work in the morning"),
    ("can you not blast music at midnight, some of us have jobs", "I have a job"),
])
def test_some_of_us_said_as_a_dig_is_the_speakers_own_need(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    assert not any(re.search(r"\bsome of us\b|\bmate\b|\bI have (?:actual )?jobs\b", s, re.I) for s in found), found


def test_some_of_us_in_an_apology_with_but_is_the_excuse_and_is_not_kept(rewrite):
    found = some_texts(rewrite("Sorry you feel I left you to deal with Dad, but some of us have kids and a full-time job."))
    assert not any("kids and a full-time job" in s for s in found), found


@pytest.mark.parametrize("text, side", [
    ("I did my share of the slides, Rahul was the one who was supposed to do the conclusion, not me",
     "I did my share of the slides"),
    ("I did my part of the report, if the rest is late that's on you lot", "I did my part of the report"),
])
def test_i_did_my_share_is_the_speakers_side_without_the_blame_handed_on(rewrite, text, side):
    """Set 17's reader graded "I can hear that you're upset with me…" bad here: all the sender said was lost."""
    found = some_texts(rewrite(text))
    assert side in found[0], found
    assert not any(re.search(r"\bRahul\b|\bthe one who\b|\bon you\b|\bsorry\b", s) for s in found), found


def test_making_everything_about_yourself_is_no_load_to_feel_overwhelmed_by(rewrite):
    found = some_texts(rewrite("you always make everything about yourself, even at my birthday dinner"))
    assert "birthday dinner" in found[0], found
    assert not any("overwhelmed" in s for s in found), found
