"""Defences read as the person receiving them (round 4): no false confession for what the speaker
could not have checked (unknowing.py), and the speaker's account kept after an acknowledgement
instead of dropped (for_the_record.py)."""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.for_the_record import without_emphatic_did

pytestmark = pytest.mark.model

_CONFESSION = re.compile(r"\bshould have checked\b|\bcheck for myself\b", re.I)


# -- "I didn't know X" about something that was not the speaker's to check -----------------------
@pytest.mark.parametrize("text, kept", [
    ("I had no idea the leaves were blowing into your pond and it's not something I can stop", "your pond"),
    ("I had no idea the leaves were blowing into your pond 🙄", "your pond"),
    ("I didn't know that card was for the bills, it was just in my wallet", "card was for the bills"),
    ("well I didn't know it was the anniversary of her death, nobody told me", "anniversary of her death"),
    ("I can see you're upset, Gwen, but I honestly didn't know the plot was yours. The council map had it down "
     "as common land.", "the plot was yours"),
    ("I didn't realise the parking space was yours, the landlord said it was free", "parking space"),
    ("nobody trained me on the new POS so how was I supposed to know about the void button", "void button"),
    ("How was I supposed to know she was your sister?", "your sister"),
])
def test_an_unknowable_fact_is_not_confessed_as_a_lapse(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    for said in found:
        assert not _CONFESSION.search(said), said  # no "I should have checked", no "next time I'll check"
        assert below_thresholds(analyzer, said), said
    assert any(kept in said for said in found), found


@pytest.mark.parametrize("text", ["I didn't know the gun was loaded.",
                                  "i didn't know i was supposed to organize it",
                                  "Well, nobody told me the meeting was today."])
def test_a_lapse_in_the_speakers_own_hands_is_still_owned(rewrite, text):
    assert any("should have checked" in said for said in some_texts(rewrite(text)))


def test_what_the_speaker_did_next_is_not_part_of_the_fact(rewrite):
    for said in some_texts(rewrite("nobody told me the school trip was cancelled so I sent her in")):
        assert "cancelled so I" not in said and "cancelled, and I'm sorry" in said, said


def test_a_question_about_meaning_is_no_fact_to_wish_known(rewrite):
    for said in texts_of(rewrite("I had no idea what you meant")):
        assert "wish I'd known what" not in said


def test_nobody_told_me_is_owned_once(rewrite):
    for said in some_texts(rewrite("well I didn't know it was the anniversary of her death, nobody told me")):
        assert said.count("sorry") <= 1 and "Nobody told me" not in said, said


# -- "for the record", "in my defence", "it's just that": the account kept after the acknowledgement --
@pytest.mark.parametrize("text, ack, account", [
    ("I appreciate you telling me Leo was upset. For the record though, I did pack his inhaler, it must have fallen out.",
     "I appreciate you telling me Leo was upset", "I packed his inhaler"),
    ("you've every right to be annoyed. it's just that I had the kids and the dog to deal with",
     "every right to be annoyed", "I had the kids and the dog"),
    ("Of course you're upset about the dog, I would be too, but I had the gate shut when I left, I swear",
     "upset about the dog", "I had the gate shut when I left"),
    pytest.param("Thanks for telling me it bothered you. For the record, I did lock the shed, the hinge must have gone.",
                 "Thanks for telling me it bothered you", "I locked the shed", marks=pytest.mark.xfail(strict=True, reason="regressed with the retrain on the 405-row batch (2026-11-27 ninth session): see README, Accuracy")),
    ("I appreciate you telling me. For the record, I DID pack his inhaler!!", "I appreciate you telling me",
     "I packed his inhaler"),
])
def test_the_account_after_an_acknowledgement_is_kept_plainly(rewrite, analyzer, text, ack, account):
    found = some_texts(rewrite(text), "acknowledge first")
    best = next((s for s in found if account in s), None)
    assert best, found
    assert best.index(ack) < best.index(account), best  # acknowledgement first
    assert not re.search(r"\bI (?:did|DID) (?:pack|lock)\b|\bfor the record\b|\bin my defen[cs]e\b|\bI swear\b|"
                         r"\bjust that\b|\bAs far as I know\b", best, re.I), best
    assert best.rstrip().endswith("?"), best
    assert below_thresholds(analyzer, best), best


@pytest.mark.parametrize("text", [
    "I can see it hurt you. But I did what any sensible mother would have done with a daughter running off to Memphis.",
    "I hear you, but in my defence you never told me about the party",
    "i totally understand feeling left out, i just didn't think you'd want to come since it was a work thing",
    "I totally understand the frustration, but honestly I followed the process to the letter",
])
def test_a_justification_or_counter_is_not_kept_as_the_account(rewrite, text):
    for said in texts_of(rewrite(text)):
        assert not re.search(r"any sensible mother|you never told me|you'd want to come|to the letter", said), said


# -- the emphatic "did" ------------------------------------------------------------------------
@pytest.mark.parametrize("text, plain", [
    ("I did ring the plumber on Monday.", "I rang the plumber on Monday."),
    ("I DID search before posting", "I searched before posting"),
    ("I did pay you back", "I paid you back"),
    ("I did it", "I did it"),
    ("I did my best", "I did my best"),
    ("I did not", "I did not"),
    ("I did what I could", "I did what I could"),
])
def test_the_emphatic_did_is_dropped_and_no_other(text, plain):
    assert without_emphatic_did(text) == plain
