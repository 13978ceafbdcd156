"""Chat complaints read whole (rather_than.py, acts_with_remarks.py): "you'd rather X than Y" keeps
both X and Y and asks for Y; a verdict beside an act is left out; the thing complained about (the
dog, the waiter, the permission slip) is kept; the sender of a complaint is not answered as the one
accused; and no suggestion is broken English."""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, x, y", [
    ("You'd rather go to the pub with Jake than come to my sister's wedding.", "the pub with Jake", "my sister's wedding"),
    ("so you'd rather watch the match than help me move on saturday?", "watching the match", "help me move on Saturday"),
    ("you'd rather sleep in than come to Mia's recital 🙄", "sleeping in", "Mia's recital"),
    ("Dan you'd rather go fishing with your brother than come to my mum's birthday", "fishing with your brother",
     "my mum's birthday"),
])
def test_would_rather_keeps_both_sides_and_asks_for_the_wanted_one(rewrite, analyzer, text, x, y):
    found = some_texts(rewrite(text))
    assert x in found[0] and y in found[0], found
    for said in found:
        assert not re.search(r"\brather\b|\bwent\b|\bchose\b", said, re.I), said  # no guess at what happened
        assert below_thresholds(analyzer, said), said


@pytest.mark.parametrize("text", ["You'd rather scroll your phone than talk to me.",
                                  "you'd rather play video games all night than spend time with us"])
def test_would_rather_time_together_is_said_as_missed(rewrite, text):
    found = some_texts(rewrite(text))
    assert found[0].startswith("I miss "), found
    assert "seems to come first" in found[0], found


@pytest.mark.parametrize("text", ["you'd rather die than apologise", "you'd rather be right than be kind",
                                  "would you rather go to the pub or the wedding?"])
def test_would_rather_with_a_verdict_or_a_real_question_is_not_read_as_a_wish(rewrite, text):
    for said in texts_of(rewrite(text)):
        assert "seems to come first" not in said, said


@pytest.mark.parametrize("text, kept, left_out", [
    ("you rolled your eyes at me in front of my friends, that was so rude", "rolled your eyes at me", r"\brude\b"),
    ("you hung up on me in the middle of a sentence, that was so disrespectful", "hung up on me", r"disrespectful"),
    ("you rolled your eyes at me, that was so rude 🙄", "rolled your eyes", r"\brude\b"),
    ("you were rude to the waiter and it was embarrassing", "the waiter", r"\brude\b|gentler"),
    ("you were really rude to Sam at dinner and it was embarrassing!!", "Sam at dinner", r"\brude\b"),
    ("your dog barks from 6am every single day and you do nothing about it", "dog barks from 6am", r"nothing|single"),
    ("your car alarm goes off every night and you never do anything about it", "car alarm", r"\bnever\b|anything"),
])
def test_the_act_is_kept_and_the_verdict_left_out(rewrite, analyzer, text, kept, left_out):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    for said in found:
        assert not re.search(left_out, said, re.I), said
        assert below_thresholds(analyzer, said), said


@pytest.mark.parametrize("text, broken", [
    ("great, another deadline missed because someone couldn't be bothered to reply to emails", r"when another \w+ missed"),
    ("I only said it as a joke, you're taking it way too seriously", r"\btoo\.|taking it"),
    ("it was just banter, you're taking it far too personally", r"\btoo\.|taking it"),
    ("I was only five minutes late, chill", r"\bchill\b"),
    ("honestly what is wrong with you, you knew she was upset and you still laughed", r"You still laughed|wrong with"),
])
def test_no_broken_english_is_suggested(rewrite, text, broken):
    for said in some_texts(rewrite(text)):
        assert not re.search(broken, said), said


def test_a_laugh_at_someone_upset_keeps_both_in_one_sentence(rewrite):
    found = some_texts(rewrite("honestly what is wrong with you, you knew she was upset and you still laughed"))
    assert "laughed even though you knew she was upset" in found[0], found


@pytest.mark.parametrize("text", [
    "the school called because you didn't sign the permission slip. it was your week",
    "the school called because you didn't sign the permission slip. it was your week 🙄",
    "the dentist called because you missed Ava's appointment. you were meant to take her",
])
def test_the_sender_of_a_complaint_is_not_answered_as_the_accused(rewrite, text):
    for said in some_texts(rewrite(text)):
        assert not re.search(r"\bI'm sorry\b|\bI can see\b|\bAs far as I know\b|\bI hear\b", said), said
        assert "I thought" in said, said


@pytest.mark.parametrize("text, mine", [
    ("I did my share of the chores, you're the one who skipped last week", "I did my share of the chores"),
    ("I did the dishes all week, you're the one who never takes the bins out", "I did the dishes all week"),
])
def test_a_counter_complaint_keeps_what_the_speaker_did(rewrite, text, mine):
    found = some_texts(rewrite(text))
    assert found[0].startswith(mine), found
    assert not re.search(r"you're the one|\bnever\b", found[0]), found


def test_a_vague_counter_complaint_asks_for_nothing_vague(rewrite):
    for said in texts_of(rewrite("I did my share, you're the one who never does anything")):
        assert "like you to do anything" not in said, said


def test_a_name_between_two_run_on_thoughts_ends_the_first(rewrite):
    """"…after your shakes bro it STINKS": read as one clause, "bro it stinks" was copied into the
    request ("Could you wash it after your shakes bro it stinks from now on?")."""
    found = some_texts(rewrite("you never wash the blender after your shakes bro it STINKS"))
    assert found[0].startswith("Bro, ") and "after your shakes" in found[0], found
    assert not any(re.search(r"\bbro it\b|\bbroed\b|\bstinked\b", s, re.I) for s in found), found


def test_a_name_owned_by_a_possessive_is_no_address():
    from heard.rewrite.chat_marks import marks
    assert not [m for m in marks("that was my bro the one who called") if m[2] in (",", ".")]


def test_an_eye_roll_after_what_happened_keeps_it(rewrite):
    """"…and the dog's gone 🙄": the emoji colours a plain fact, which the rewrite keeps."""
    found = some_texts(rewrite("You left the back gate open AGAIN and the dog's gone 🙄"))
    assert "The dog's gone" in found[0] and "🙄" not in found[0], found


@pytest.mark.parametrize("text, said", [
    ("the reason the rent was late is because YOU changed the bank details", "the rent was late because YOU changed"),
    ("The reason why I was late was because the bus broke down.", "I was late because the bus broke down."),
])
def test_the_reason_is_because_is_read_as_because(text, said):
    from heard.rewrite.textspeak import spell_out
    assert said in spell_out(text)[0]


def test_the_reason_is_because_leaves_no_fragment_and_its_tag_jab_is_dropped(rewrite):
    found = some_texts(rewrite("lol ok so the reason the rent was late is because YOU changed the bank details and "
                               "didn't tell anyone. not ideal is it"))
    assert "you changed the bank details and didn't tell anyone" in found[0], found
    assert not any(re.search(r"\bis\.|\bideal\b|\bsorry\b", s, re.I) for s in found), found
