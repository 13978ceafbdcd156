"""Blaming rewrites that kept the wrong thing: a sarcastic opener inside the situation (openers.py), a habit
misparsed (habits.py), honesty, a put-down asked as a question, affection missed, a feeling said twice,
an idiom about spending answered as a claim (habits.py, openers.py)."""

import re

import pytest

from heard.rewrite.openers import cut_opener
from conftest import some_texts, texts_of


@pytest.mark.parametrize("text", ["great, sam forgot the tickets again", "Wow, you left the door unlocked AGAIN 🙄",
                                  "oh great, jake didn't pay the rent again", "Perfect, the dishes are still in the sink."])
def test_the_opener_ends_as_its_own_sentence_with_the_length_kept(text):
    cut = cut_opener(text)
    assert len(cut) == len(text) and cut != text and re.match(r"^[\w\s]+\.", cut)


@pytest.mark.parametrize("text", ["great, thanks for telling everyone", "wow, okay", "great, just great",
                                  "I think that's great, you did well", "nice, so now it's my fault"])
def test_openers_that_start_no_clause_of_their_own_are_left(text):
    assert cut_opener(text) == text


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("great, sam forgot the tickets again", "Sam forgot the tickets"),
    ("GREAT, SAM FORGOT THE TICKETS AGAIN", "Sam forgot the tickets"),
    ("perfect, the dishes are still in the sink", "the dishes are still in the sink"),
    ("cool, you ate the last of the leftovers 🙄", "you ate the last of the leftovers"),
])
def test_the_situation_keeps_the_event_without_the_opener(rewrite, message, kept):
    found = some_texts(rewrite(message))
    assert any(kept.lower() in t.lower() for t in found), found
    assert not any(re.search(r"\b(?:great|perfect|cool|wow)\b", t, re.I) for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("every single time i ask for help you roll your eyes", ("ask for help", "roll your eyes")),
    ("EVERY TIME I ASK FOR HELP YOU ROLL YOUR EYES", ("ask for help", "roll your eyes")),
    ("every time we argue, the kids hear everything", ("we argue", "the kids hear everything")),
    ("every time dad calls you leave the room", ("calls and you leave the room",)),
    ("whenever i bring up money you walk away", ("bring up money and you walk away",)),
    ("every time I ask you to help you sigh", ("ask you to help and you sigh",)),
])
def test_a_habit_keeps_the_moment_and_what_happens_in_it(rewrite, message, kept):
    found = some_texts(rewrite(message))
    assert any(all(k.lower() in t.lower() for k in kept) for t in found), found
    assert not any(re.search(r"\b(?:every|whenever)\b", t, re.I) for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message", ["You never tell the truth about where you were",
                                     "You never could tell the truth about where you were",
                                     "Sam, you always lie about where you've been 😡",
                                     "do you ever tell the truth about where you were?"])
def test_honesty_keeps_what_the_speaker_does_not_know(rewrite, message):
    outcome = rewrite(message)
    found = some_texts(outcome)
    assert not outcome.feeling_only
    assert all("where you" in t and "honest" in t for t in found), found
    assert not any(re.search(r"\b(?:lie|never|always)\b", t, re.I) for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message", ["Why can't you act like an adult for once?", "why cant u act your age 🙄",
                                     "Why can't you behave like a grown man for once", "can't you just grow up for once?",
                                     "Act your age."])
def test_a_put_down_is_never_the_request(rewrite, message):
    found = some_texts(rewrite(message))
    assert not any(re.search(r"\b(?:adult|grown|your age|grow up|normal)\b", t, re.I) for t in found), found
    assert any("what's going on" in t for t in found), found


@pytest.mark.model
def test_an_act_beside_the_put_down_is_what_is_asked_for(rewrite):
    found = some_texts(rewrite("Why can't you act like an adult and pay the bills for once?"))
    assert any("pay the bills" in t for t in found) and not any("adult" in t for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [("You never give me a hug anymore", "hug"),
                                           ("you don't hold my hand anymore 😢", "hold my hand"),
                                           ("YOU NEVER KISS ME GOODBYE ANYMORE", "kiss"),
                                           ("you never hug me", "hug me")])
def test_affection_missed_is_not_frustration(rewrite, message, kept):
    found = some_texts(rewrite(message))
    assert any(kept in t.lower() for t in found), found
    assert not any(re.search(r"frustrat|annoy", t, re.I) for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message, feeling, kept", [
    ("you're careless with the car and it worries me", r"worr", "the car"),
    ("you're reckless with money and it scares me", r"scar", "money"),
    ("you drive too fast and it frightens me", r"scar|fright", "drive too fast"),
    ("whenever we visit your mom you ignore me. it hurts", r"hurt", "ignore me"),
])
def test_a_named_feeling_is_said_once(rewrite, message, feeling, kept):
    found = some_texts(rewrite(message))
    assert all(len(re.findall(feeling, t, re.I)) == 1 for t in found), found
    assert any(kept in t for t in found), found
    assert not any(re.search(r"careless|reckless", t) for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message", ["you think money grows on trees", "you act like money grows on trees!!",
                                     "Mike, you spend like we're made of money", "you think i'm made of money"])
def test_a_spending_idiom_is_about_the_spending(rewrite, message):
    found = some_texts(rewrite(message))
    assert not any(re.search(r"trees|made of money|not sure", t, re.I) for t in found), found
    assert any("spending" in t for t in found), found


@pytest.mark.model
def test_the_rewrites_are_not_blaming(rewrite, analyzer):
    messages = ["great, sam forgot the tickets again", "every single time i ask for help you roll your eyes",
                "You never tell the truth about where you were", "Why can't you act like an adult for once?",
                "You never give me a hug anymore", "you're careless with the car and it worries me",
                "you think money grows on trees"]
    found = [t for outcome in rewrite(*messages) for t in texts_of(outcome)]
    assert found and not any(r["labels"]["blaming"]["flagged"] for r in analyzer.check_many(found)), found


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [("you freak out every time I mention my ex", "I mention my ex and you"),
                                           ("you get defensive every time I mention the budget lol", "mention the budget and")])
def test_a_habit_told_last_keeps_the_moment_first(rewrite, message, kept):
    found = some_texts(rewrite(message))
    assert any(kept in t for t in found) and not any("every" in t.lower() for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message, feeling, kept", [
    ("It really hurt that you didn't come to my birthday", r"\bhurt", "you didn't come to my birthday"),
    ("honestly it worries me that you drive home after drinking", r"worr", "you drive home after drinking"),
])
def test_it_hurt_that_says_the_feeling_once(rewrite, message, feeling, kept):
    found = some_texts(rewrite(message))
    assert all(len(re.findall(feeling, t, re.I)) == 1 for t in found) and any(kept in t for t in found), found


@pytest.mark.model
def test_an_acknowledged_hurt_stays_the_listeners(rewrite):
    found = texts_of(rewrite("I know it hurt that you found out from Sam, but I was going to tell you"))
    assert not any(re.match(r"(?:I felt|It hurt when|I was really hurt)", t) for t in found), found


@pytest.mark.model
def test_the_occasion_of_a_put_down_is_kept(rewrite):
    found = some_texts(rewrite("why can't you act like a normal person at dinner"))
    assert any("dinner" in t for t in found) and not any(re.search(r"normal|person", t) for t in found), found
