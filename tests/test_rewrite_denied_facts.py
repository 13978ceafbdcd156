"""A denial that comes with the speaker's own plain fact: the fact kept plainly, nothing confessed,
no hedge on it, and no promise that doesn't fit (denied_facts.py, supported_denials.py, amends.py)."""

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

pytestmark = pytest.mark.model

_CONFESSED = re.compile(r"I'm sorry I (?:skipped|forgot|missed|lost|booked|was hiding|hid|ignored)|I should have|brushed", re.I)


@pytest.mark.parametrize("text, fact", [
    ("not my fault the printer's jammed, Gary sent forty pages at once and walked off", "Gary sent forty pages at once"),
    ("I didn't skip the meeting, I told Priya last week I had a dentist appointment", "I told Priya last week"),
    ("I wasn't hiding the letter, it was on the hall table the whole time 🙄", "on the hall table the whole time"),
    ("I'm not avoiding you, I've been on nights all week, some of us actually work", "I've been on nights all week"),
    ("I wasn't even home when the pipe burst so don't blame me", "I wasn't home when the pipe burst"),
])
def test_the_senders_fact_is_kept_and_nothing_is_confessed(rewrite, analyzer, text, fact):
    found = some_texts(rewrite(text))
    assert any(fact.lower() in s.lower() for s in found), found
    for s in found:
        assert not _CONFESSED.search(s), s
        assert not re.search(r"\bI think\b|the way I understand it|some of us|don't blame", s, re.I), s
        assert below_thresholds(analyzer, s), s


def test_the_feeling_comes_before_the_fact(rewrite):
    found = some_texts(rewrite("I didn't ghost you, my phone died and then the train broke down. Relax."))
    assert found[0].startswith("I can hear"), found
    assert "My phone died" in found[0] and "I think" not in found[0], found


def test_evidence_offered_becomes_a_look_together(rewrite):
    found = some_texts(rewrite("Sorry but I'm not the one who booked the hotel for the wrong week, check the booking email"))
    assert any("Can we check the booking email together?" in s for s in found), found
    assert not any("not the one" in s for s in found), found


@pytest.mark.parametrize("text, wrong", [
    ("It's not my fault the gym membership lapsed, my card got replaced and the bank never said", "running late"),
    ("I was only trying to help by tidying your desk, didn't know it was a crime", "finish it properly"),
    ("I was only trying to help by tidying your desk, didn't know it was a crime", "waiting to be told"),
])
def test_no_promise_that_does_not_fit(rewrite, text, wrong):
    found = some_texts(rewrite(text))
    assert found and not any(wrong in s for s in found), found


def test_help_given_unasked_is_mended_by_asking_first(rewrite):
    found = texts_of(rewrite("I was only trying to help by booking the table, didn't know it was a crime"), "take responsibility")
    assert not found or any("check with you first" in s for s in found), found


def test_a_counter_attack_is_left_to_the_counter_reading(rewrite):
    found = some_texts(rewrite("I'm not the one who lost the keys, so don't lecture me about being careful."))
    assert not any(s.startswith("I can hear that you're upset. I didn't lose the keys") for s in found), found


# --- regressions found in review (denials2) ---
_FORM_LETTER = re.compile(r"^I can hear that you're upset with me\. I want to understand|^I notice I'm getting defensive", re.I)


@pytest.mark.parametrize("text", [
    "it's not my fault the recycling didn't get collected, nobody told me the day changed",
    "I didn't forget the deposit, no one told me it was due this week",
    "not my fault the dog got out, stop acting like I left the gate open on purpose",
    "I didn't snap at your mum. I was talking normally.",
    "I'm not a mind reader, I didn't realise the team wanted me to bring the projector TOO",
])
def test_an_excuse_fact_steps_aside_for_a_reading_that_passes(rewrite, analyzer, text):
    found = some_texts(rewrite(text))
    assert found and not _FORM_LETTER.search(found[0]), found
    for s in found:
        assert not re.search(r"\b(?:nobody|no one) told me|stop acting|mind reader", s, re.I), s
        assert below_thresholds(analyzer, s), s


@pytest.mark.parametrize("text", [
    "I didn't ignore your call, my phone was already on silent",
    "i didn't leave early to be rude, my lift was already outside",
])
def test_already_is_not_said_flat(rewrite, text):
    found = some_texts(rewrite(text))
    assert found and not any(re.search(r"\bwas already\b", s) for s in found), found


@pytest.mark.parametrize("text, kept, broken", [
    ("I'm not the one who double-booked the cottage, check your own diary", None, r"double-booke\b|your own diary"),
    ("I'm not the one who was texting his ex, Mia. don't put this on me", "I wasn't texting his ex", r"I weren't|with it\b"),
    ("I'm not the one who was shouting at the ref", "I wasn't shouting at the ref", r"I weren't|didn't be"),
    ("I'm not the one who spent $80 on takeaway this week", "$80", r"spend 80"),
    ("I'm not the one who lost the €50 note!!", "€50", r"lose the 50"),
    ("I'm not mad, I'm just disappointed, as usual", None, r"as usual|just disappointed"),
])
def test_the_one_who_reads_as_fluent_english(rewrite, text, kept, broken):
    found = texts_of(rewrite(text))  # "I'm not mad, I'm just disappointed, as usual" may get none
    assert not any(re.search(broken, s, re.I) for s in found), found
    if kept:
        assert any(kept in s for s in found), found


@pytest.mark.parametrize("text", [
    "I wasn't being rude, that's just how I talk.",
    "I wasn't ignoring you, that's just the way I text",
    "I'm not high. I had one joint at Dan's, that's it.",
    "I'm not hungover, I had a couple of wines with the girls, that's all",
])
def test_a_defensive_tail_is_not_kept(rewrite, text):
    for s in some_texts(rewrite(text)):
        assert not re.search(r"that's (?:just )?(?:how|the way) I|that's (?:all|it)\b", s, re.I), s


@pytest.mark.parametrize("text", [
    "I was stuck on the M25 for two hours, what was I supposed to do?",
    "the bus never came, I'm not late on purpose",
    "the tube was delayed, what did you want me to do, run?",
    "i was running late cos my sister couldnt find her keys, not my fault",
])
def test_a_late_arrival_is_owned_as_the_wait(rewrite, text):
    found = texts_of(rewrite(text), "take responsibility")
    assert any(s.startswith("I'm sorry I kept you waiting") for s in found), found
