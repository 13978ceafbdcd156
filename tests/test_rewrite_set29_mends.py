"""Shapes from held-out set 29's grades (graded blind at 58c848d, after set 28's mends, which had changed 1 of its 60
first suggestions), each tried on messages of the same shape that set 29 does not hold: verdicts and guessed
attitudes kept as sentences ("Your whole system is a joke.", "your staff clearly couldn't care less", "maybe the
problem isn't the bike"), the sneer at an act ("had the cheek to tell us"), charges told as the act ("when you
humiliated a nine year old"), "getting so emotional over…", and "I expected far more from you" are left out
(verdict_words.py); "the cheek" is no topic (message._VAGUE); and an either-or jab ("do you ever actually watch them
or just let them run wild?") is not asked for (rhetorical.first_alternative); an elided predicate ("I wasn't late,
the bus was") is put back before parsing (elided.py); cuts that leave "Please you're…" or "Could you be that late?"
are broken English (fluency.py); a habit with its condition ("never ring unless you want something") is neither told
as one occasion (blame.drop_absolutes) nor asked for with it (reading.request_for); and "getting told" off is not
being left uninformed (amends.py)."""

import re

import pytest

from conftest import some_texts
from heard.rewrite import elided
from heard.rewrite.textspeak import spliced
from heard.rewrite.verdict_words import _sneers_mended

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, jab", [
    ("We waited an hour for our mains and your manager had the cheek to tell us it was a busy night. Shambolic, your "
     "staff clearly couldn't care less.", "care less"),
    ("We waited an hour for our mains and your manager had the cheek to tell us it was a busy night. Shambolic, your "
     "staff clearly couldn't care less.", "cheek"),
    ("The garage gave me the wrong date, I turned up on the 9th and now you're charging ME a cancellation fee? Your "
     "whole system is a joke.", "a joke"),
    ("you spent £900 on a road bike and still can't climb a hill without stopping, maybe the problem isn't the bike",
     "the problem isn't"),
    ("My son came home upset because you read his test mark out to the class. What kind of teacher humiliates a "
     "nine-year-old? I expected far more from you, Mrs Hale.", "humiliated"),
    ("My son came home upset because you read his test mark out to the class. What kind of teacher humiliates a "
     "nine-year-old? I expected far more from you, Mrs Hale.", "expected"),
    ("Never said Federer was better than Nadal, I said his serve stats are better. Stop getting so emotional over a "
     "tennis player you've never met.", "emotional over"),
])
def test_a_verdict_or_a_sneer_is_left_out_of_every_suggestion(rewrite, text, jab):
    found = some_texts(rewrite(text))
    assert not any(jab in s for s in found), found


@pytest.mark.parametrize("said, mended", [
    ("Your waiter had the cheek to tell us the kitchen was slammed, and I've been feeling frustrated.",
     "Your waiter told us the kitchen was slammed, and I've been feeling frustrated."),
    ("It hurt when you have the nerve to ask for a new phone.", "It hurt when you ask for a new phone."),
])
def test_the_act_under_the_sneer_is_kept(said, mended):
    assert _sneers_mended(said) == mended


def test_an_either_or_jab_is_not_asked_for(rewrite):
    found = some_texts(rewrite("Your kids kicked a ball through my shed window again. Two panes this month. Do you "
                               "ever actually watch them or just let them do whatever they like?"))
    assert not any("or let them" in s or "whatever they like more often" in s for s in found), found


@pytest.mark.parametrize("text, said", [
    ("I wasn't late to band practice, the tram from Stockport was. And Mo forgot his sticks.",
     "I wasn't late to band practice, the tram from Stockport was late. And Mo forgot his sticks."),
    ("we weren't rude, your waiter was!", "we weren't rude, your waiter was rude!"),
    ("I wasn't driving, Tom was", "I wasn't driving, Tom was driving"),
    ("I wasn't there, it was", "I wasn't there, it was"),  # no one named: nothing to copy the predicate to
])
def test_an_elided_predicate_is_put_back_before_parsing(text, said):
    assert spliced(text, elided.replacements(text))[0] == said


def test_the_bus_that_was_late_is_said_whole(rewrite):
    found = some_texts(rewrite("I wasn't late to rehearsal, the bus from Leith was. And Gaz forgot his capo last week "
                               "and nobody made a song and dance about that."))
    assert not any("Leith was." in s for s in found), found


@pytest.mark.parametrize("text", [
    "bro u have 2 kills and u STILL pushed B alone?? uninstall pls ur actually throwing every round",
    "its not even that loud?? everyone else plays music till 11, ur the only neighbour who complains",
])
def test_a_cut_that_leaves_broken_english_is_not_shown(rewrite, text):
    found = rewrite(text).suggestions
    assert not any("Please you're" in s["text"] or "Could you be that" in s["text"] for s in found), found


@pytest.mark.parametrize("text", [
    "You never ring your gran unless you want something, Declan, and everyone in this family knows it.",
    "You never text me unless you need a lift, Sophie.",
])
def test_a_habit_with_its_condition_is_not_told_as_one_occasion_or_asked_for_with_it(rewrite, text):
    found = some_texts(rewrite(text))
    assert not any(re.search(r"\b(?:last time|the last time)\b[^.]*\bunless\b", s, re.I) for s in found), found
    assert not any(re.search(r"\b(?:could|can) you [^.?]*\bunless\b", s, re.I) for s in found), found


def test_being_told_off_is_not_being_left_uninformed(rewrite):
    found = rewrite("Sorry but I'm not paying £150 for shoes I'll wear once and then getting told I'm \"not a team "
                    "player\". I've done everything else you asked.").suggestions
    assert not any("waiting to be told" in s["text"] for s in found), found


@pytest.mark.parametrize("text", [
    "I'm not the one who set the deadline, that came from head office. Don't look at me like I'm the bad guy here, I'm "
    "just passing it on.",
    "The supplier changed the spec twice after sign-off, so of course the timeline slipped. I don't see how that's on "
    "my team.",
])
def test_a_defence_at_work_is_acknowledged_as_a_colleague_would(rewrite, text):
    found = some_texts(rewrite(text))
    assert not any(partner in s for s in found for partner in (
        "I can hear that you're upset", "I hear how upset you are", "I can see this really upset you",
        "It makes sense that you're upset")), found


def test_a_defence_at_home_keeps_its_warm_acknowledgement(rewrite):
    found = some_texts(rewrite("I didn't break your mug, babe, it was already chipped when I got it out of the cupboard"))
    assert not any(s.startswith(("I can see why this is frustrating", "I understand the concern")) for s in found), found


def test_an_unkept_promise_whose_moment_has_gone_is_asked_for_next_time(rewrite):
    found = some_texts(rewrite("u said ud book the cab for the station and u didnt. we missed the 8:10 by 5 mins. u "
                               "literally had ONE job"))
    assert not any("Could you still book" in s for s in found), found


@pytest.mark.parametrize("text, kept", [
    ("I never said electric cars are useless, I said the charging network up north is thin. Stop putting words in my "
     "mouth.", "charging network up north is thin"),
    ("I didn't eat your leftover pizza, I don't even like olives. Maybe check with Josh before accusing me.",
     "I didn't eat your leftover pizza"),
])
def test_a_denial_is_told_plainly_without_the_stock_frame(rewrite, text, kept):
    first = some_texts(rewrite(text))[0]
    assert kept in first, first
    assert "I'd like to explain" not in first and "what happens next" not in first, first


@pytest.mark.parametrize("text, kept", [
    ("Are you naive enough to think the council will fix the potholes before the election?",
     "I don't think the council will fix the potholes before the election"),
    ("Stop nitpicking. You know bloody well that the bus lane only runs at peak hours.",
     "the bus lane only runs at peak hours"),
])
def test_a_thread_jab_at_what_the_listener_believes_or_knows_keeps_the_point(rewrite, text, kept):
    first = some_texts(rewrite(text))[0]
    assert kept in first and "naive" not in first and "bloody" not in first and "nitpicking" not in first, first


def test_knowing_full_well_something_at_home_is_no_thread_point(rewrite):
    found = rewrite("You know full well I work Saturdays.").suggestions
    assert not any(s["text"].startswith("As I understand it") for s in found), found
