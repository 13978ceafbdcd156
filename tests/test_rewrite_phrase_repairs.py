"""Phrase readings of blaming rewrites (phrase_repairs.py): "every time X, Y" kept as "Y when X", a
partitive's whole ("every piece of feedback"), the need under an insult about the listener's own
things, singular objects ("give it a chance"), put-down comparisons ("like a normal person") cut,
clefts ("you were the one who…") read as the act, lower-case names capitalised and common nouns not,
"never could", and the name addressed kept out of a spoiled occasion."""

from __future__ import annotations

import re

import pytest

from conftest import some_texts, texts_of

EVERY_TIME = [("honestly you're toxic. every time we talk I come away feeling worse about myself", "when we talk"),
              ("You're so cold 🙄 every time we talk I come away feeling worse about myself", "when we talk"),
              ("ugh. every time I bring up money you change the subject", "bring up money"),
              ("Every time we visit your mum you sulk the whole drive home", "visit your mum")]


@pytest.mark.parametrize("text,moment", EVERY_TIME)
def test_every_time_keeps_its_moment(rewrite, text, moment):
    texts = some_texts(rewrite(text))
    assert any(moment in t for t in texts), texts
    for t in texts:  # never the two clauses run together, nor "the time" as a thing
        assert not re.search(r"(?:^|\. )We talk I\b|\bthe time\b|\bwhen when\b", t), t


PARTITIVES = ["You're careless, you're slow, and you argue with every piece of feedback.",
              "you're so stubborn, you ignore every bit of advice I give you",
              "You're careless and you argue with every single piece of feedback I give!!"]


@pytest.mark.parametrize("text", PARTITIVES)
def test_a_partitive_is_never_the_thing_asked_about(rewrite, text):
    for t in texts_of(rewrite(text)):
        assert not re.search(r"\bthe (?:piece|bit)\b|count on you (?:with|when it comes)", t), t


OWN_THINGS = [("Could you be any more passive about your own tickets? They've been \"in progress\" since March.", "tickets"),
              ("could you be any lazier about your own chores? the bins have been full for a week", "chores"),
              ("you're just lazy with your variable names and it makes the codebase unreadable", "variable names"),
              ("YOU'RE SO SLOPPY WITH YOUR COMMIT MESSAGES, nobody can follow the history", "commit messages")]


@pytest.mark.parametrize("text,thing", OWN_THINGS)
def test_the_need_about_their_own_things_asks_for_the_behaviour(rewrite, text, thing):
    texts = some_texts(rewrite(text))
    for t in texts:
        assert not re.search(r"\bcount on you with\b|\byour own\b|\bhelp with your\b", t, re.I), t
    assert any(thing in t.lower() for t in texts), texts


CHANCES = [("You never gave the deal a chance", "a chance"), ("you never gave my cooking a chance!!", "a chance"),
           ("You never give my friends a chance 😒", "a chance"), ("You never give me a hug anymore", "a hug")]


@pytest.mark.parametrize("text,kept", CHANCES)
def test_a_given_thing_stays_singular(rewrite, text, kept):
    texts = some_texts(rewrite(text))
    assert all(kept in t and not re.search(r"\bchances\b|\bhugs\b|\bgive me them\b", t) for t in texts), texts


PUT_DOWNS = ["why can't you ever just say sorry like a normal person",
             "Why can't you just answer the phone like a normal human being?",
             "WHY CAN'T YOU JUST SAY SORRY LIKE A NORMAL PERSON",
             "why can't you just talk to me like a normal adult"]


@pytest.mark.parametrize("text", PUT_DOWNS)
def test_a_put_down_comparison_is_cut(rewrite, text):
    texts = some_texts(rewrite(text))
    for t in texts:
        assert not re.search(r"\bpersons\b|\bnormal\b|\bhuman being\b|\blike them\b|\badults?\b", t, re.I), t


# "so it's my fault…? you were the one who…" is a counter-attack (counters.py): the act, or the thing it was
# about, kept for later beside hearing the complaint
CLEFTS = [("Oh, so now it's my fault Bobby dropped out? You were the one who never once checked his homework.",
           "checking his homework"),
          ("so it's my fault the dog got out? you were the one who left the gate open", "talk about the gate"),
          ("Don't blame me for the fine, you were the one who parked there", "parked there")]


@pytest.mark.parametrize("text,act", CLEFTS)
def test_a_cleft_is_read_as_the_act(rewrite, text, act):
    texts = some_texts(rewrite(text))
    assert any(act in t for t in texts), texts
    assert not any(re.search(r"\bthe one who\b|\bcould (?:checked|left|parked)\b", t) for t in texts), texts


@pytest.mark.parametrize("text,act", [("you're the one who always leaves the door open", "you leave the door open"),
                                      ("You are the one who keeps bringing it up!!", "you keep bringing it up"),
                                      ("you're the one who never listens", "you don't listen")])
def test_a_present_cleft_agrees_with_you(rewrite, text, act):
    texts = some_texts(rewrite(text))
    assert any(act in t for t in texts), texts
    assert not any(re.search(r"\byou (?:leaves|keeps|doesn't|listens|has)\b", t) for t in texts), texts


NAMES = [("what a shocker, leo's running late", "Leo"), ("WOW KYLE FORGOT MY BIRTHDAY AGAIN", "Kyle"),
         ("typical, jess left the dishes in the sink again", "Jess")]


@pytest.mark.parametrize("text,name", NAMES)
def test_a_lower_case_name_gets_its_capital(rewrite, text, name):
    texts = some_texts(rewrite(text))
    assert any(re.search(rf"\b{name}\b", t) for t in texts), texts
    assert not any(re.search(rf"\b{name.lower()}\b", t) for t in texts), texts


@pytest.mark.parametrize("text,noun", [("You think money fixes everything.", "money"),
                                       ("You think work matters more than us", "work"),
                                       ("you think money grows on trees lol", "money")])
def test_a_common_noun_is_not_capitalised_as_a_name(rewrite, text, noun):
    for t in texts_of(rewrite(text)):
        assert not re.search(rf"(?<![.?!] )(?<!^)\b{noun.capitalize()}\b", t), t


@pytest.mark.parametrize("text,kept", [("you never could stick to a budget", "budget"),
                                       ("You never could keep your mouth shut.", "things to yourself")])
def test_never_before_a_modal_reads_as_the_habit(rewrite, text, kept):
    texts = some_texts(rewrite(text))
    assert any(kept in t for t in texts), texts
    assert not any(re.search(r"\b(?:don't|didn't) (?:could|would)\b|\bmouth shut\b", t) for t in texts), texts


@pytest.mark.parametrize("text,occasion,name", [("You ruined my wedding day, Mum.", "my wedding day", "Mum"),
                                                ("you ruined my birthday party, Dad", "my birthday party", "Dad"),
                                                ("you ruined christmas, jake", "Christmas", "jake")])
def test_the_name_addressed_is_not_part_of_the_occasion(rewrite, text, occasion, name):
    texts = some_texts(rewrite(text))
    assert any(occasion in t for t in texts), texts
    assert not any(re.search(rf"{occasion},? {name}\b", t, re.I) for t in texts), texts


def test_repaired_rewrites_are_below_the_blaming_threshold(analyzer, rewrite):
    for text in ("you're just lazy with your variable names and it makes the codebase unreadable",
                 "You never gave the deal a chance",
                 "honestly you're toxic. every time we talk I come away feeling worse about myself"):
        for t in some_texts(rewrite(text)):
            assert not analyzer.check(t)["labels"]["blaming"]["flagged"], t


def test_the_shipped_name_list_is_what_the_pinned_lexeme_table_gives():
    from heard.rewrite.name_words import derive, name_words

    shipped = name_words()
    assert shipped == frozenset(derive())  # rebuild with `make name-words` after changing the rule
    assert {"leo", "kyle", "priya"} <= shipped and not {"money", "mark", "will", "grace"} & shipped
