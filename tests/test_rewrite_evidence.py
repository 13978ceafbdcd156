"""Insults that come with evidence, and the last-resort topic fallback (evidence.py, blame._about_topic):
the verdict ("you're a liar") is dropped and the facts it rests on are kept; the fallback never names
a noun that is not what the complaint is about ("the walls", "the instagram", "the excuse"), and
never asks the listener to "take care of" something that is not a mess to clear. Each test asserts a
property of every suggestion, not an exact string."""

import re

import pytest

from conftest import some_texts, texts_of

pytestmark = pytest.mark.model

VERDICTS = re.compile(r"\bliar\b|\bdeadbeat\b|\bcheap\b|\buseless\b|\bwhat(?:'s| is) (?:your|wrong)\b|\bterrible\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("You promised the deposit back in two weeks. It's been three months. You're a liar.", "three months"),
    ("YOU PROMISED THE DEPOSIT BACK IN TWO WEEKS. IT'S BEEN THREE MONTHS. YOU'RE A LIAR.", "three months"),
    ("You told me the loan would be back by Christmas. It's March. You're a liar.", "march"),
    ("What is your problem? I asked one question about the credit card statement and you're slamming cupboards",
     "credit card statement"),
    ("you're useless. I asked you to book the vet on Monday and it's Friday now.", "vet"),
])
def test_a_verdict_with_evidence_keeps_the_evidence_and_drops_the_verdict(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in said.lower() for said in found), found
    for said in found:
        assert not VERDICTS.search(said), said


def test_the_broken_promise_is_the_situation_not_a_hurt_at_the_promise(rewrite):
    found = some_texts(rewrite("You promised the deposit back in two weeks. It's been three months. You're a liar."))
    assert any("deposit" in said and "two weeks" in said for said in found), found
    for said in found:
        assert not re.search(r"when you promised\b[^.]*, I (?:felt|was)", said, re.I), said


@pytest.mark.parametrize("text, wrong", [
    ("you're a deadbeat. two months of missed support and a new jet ski on your instagram", "instagram"),
    ("honestly what is your problem ref, you've been blind all game", "problem"),
    ("what an incredible listener you are. truly. I've talked to walls with more warmth", "walls"),
    ("you always have an excuse ready don't you", "excuse"),
    ("you always have some excuse, don't you", "excuse"),
    ('🙄🙄🙄 you and your "small tweaks"', "tweaks"),
    ("you and your 'five more minutes'", "minutes"),
    ("lol ok, because you've never had someone over past midnight. sure", "midnight"),
    ("you're honestly a fair-weather friend. great for parties, gone for funerals", "about the funerals"),
    ("What is your problem? I asked one question about the credit card statement and you're slamming cupboards",
     "about the cupboards"),
])
def test_the_fallback_names_no_noun_the_complaint_is_not_about(rewrite, text, wrong):
    for said in texts_of(rewrite(text)):
        assert wrong not in said.lower(), said


@pytest.mark.parametrize("text", [
    "you and your leaf blower at 7am on a sunday. absolutely zero consideration for anyone on this street",
    "You and your bonfires every Saturday evening, the washing stinks of smoke.",
    "you're a deadbeat. two months of missed support and a new jet ski on your instagram",
    "you and your drum kit at midnight on a weeknight",
])
def test_nobody_is_asked_to_take_care_of_a_habit(rewrite, text):
    for said in texts_of(rewrite(text)):
        assert "take care of" not in said, said
        assert not re.search(r"\bwhen you and your \w+(?: \w+)? (?:at|on|every|revving)\b", said, re.I), said


def test_a_habit_at_a_time_keeps_the_time(rewrite):
    found = some_texts(rewrite("you and your leaf blower at 7am on a sunday. absolutely zero consideration for "
                               "anyone on this street"))
    assert any("leaf blower" in said and "7am" in said for said in found), found


@pytest.mark.parametrize("text, kept", [
    ("why is there a pile of your dishes in the sink AGAIN. i literally just cleaned", "dishes"),
    ("Tom i'm not your maid. pick up your socks", "socks"),
    ("Why do I have to remind you every week to pay the phone bill", "phone bill"),
])
def test_a_real_topic_is_still_named(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in said for said in found), found


@pytest.mark.parametrize("text", [
    "You promised the deposit back in two weeks. It's been three months. You're a liar.",
    "you're so cheap. you left a two pound tip on a sixty pound meal",
    "You're so lazy it's unreal. The bins have been out since Tuesday.",
])
def test_every_suggestion_is_below_the_thresholds(rewrite, analyzer, text):
    for said in some_texts(rewrite(text)):
        labels = analyzer.check(said)["labels"]
        assert not labels["blaming"]["flagged"] and not labels["defensive"]["flagged"], said
