"""Denials of a lapse with a reason, conditional and work-email non-apologies (denial_repairs.py).

The sender is sorry for the effect and keeps the reason: no flat "I didn't ghost you", no "if you
felt", no "however", no present-tense "I'm sorry I forget". A denial about a broken or lost object
with its own support keeps the denial and gives no apology (supported_denials.py).
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts

pytestmark = pytest.mark.model

_FLAT_DENIAL = re.compile(r"\bI\s+(?:didn't|did not|wasn't|was not)\s+(?:ghost|ignor|skip|miss|afk|lagg)", re.I)


@pytest.mark.parametrize("text, reason", [
    ("I didn't ignore your messages, my phone was in the repair shop till Tuesday.", r"phone was in the repair shop till Tuesday"),
    ("i wasnt ghosting u, i was at a festival with no signal lol", r"festival with no signal"),
    ("I DIDN'T SKIP YOUR RECITAL, MY FLIGHT WAS DELAYED", r"(?-i:My) flight was delayed"),
    ("i wasnt ignoring you 🙄 my phone was on silent ok??", r"phone was on silent"),
    ("I didn't miss your call on purpose, I was driving. Relax.", r"I was driving"),
])
def test_a_lapse_denied_becomes_sorry_with_the_reason(rewrite, analyzer, text, reason):
    found = some_texts(rewrite(text))
    assert re.search(r"\bsorry\b", found[0], re.I), found
    assert re.search(reason, found[0], re.I), found
    assert not _FLAT_DENIAL.search(found[0]), found
    assert not re.search(r"relax|lol|ok\b|🙄", found[0], re.I), found
    assert below_thresholds(analyzer, found[0]), found


def test_a_counter_claim_is_not_kept_as_the_reason(rewrite):
    for found in (rewrite("I didn't ignore you, you never texted me").suggestions,
                  rewrite("I'm sorry if you felt left out, but you never said anything").suggestions):
        assert not any(re.search(r"you never", s["text"], re.I) for s in found), found


@pytest.mark.parametrize("text", [
    "I didn't break your vase, it was already chipped",
    "I didn't lose your keys, they were in the car all along",
])
def test_a_broken_or_lost_object_keeps_its_denial_and_no_apology(rewrite, text):
    found = some_texts(rewrite(text))
    assert not any(re.search(r"\bsorry\b", f, re.I) for f in found), found


@pytest.mark.parametrize("text, kept", [
    ("I'm sorry if you felt ignored at the party, but I was looking after my sister.", r"I'm sorry you felt ignored at the party\."),
    ("sorry if that sounded harsh, but I was only being honest", r"I'm sorry that sounded harsh\."),
])
def test_a_conditional_apology_becomes_a_whole_one(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found
    assert not re.search(r"\bif you felt\b|\bbut\b|^If\b", found[0], re.I), found


@pytest.mark.parametrize("text, kept", [
    ("Apologies for any confusion, however the venue was confirmed in my email of 3 June.", r"3 June"),
    ("Sorry for any inconvenience, but the form was sent on Monday as agreed.", r"sent on Monday"),
])
def test_a_work_apology_drops_however_and_keeps_the_fact(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found
    assert not re.search(r"\bhowever\b|\bI hear how upset\b|\bclearly\b", found[0], re.I), found


@pytest.mark.parametrize("text, owned", [
    ("So now I'm the problem? I clean every weekend and the one time I forget the recycling it's a disaster.", "I forgot the recycling"),
    ("oh great I'm the villain. I drive every day and the one time I miss the turning it's a crisis", "I missed the turning"),
])
def test_the_one_time_lapse_is_owned_in_the_past_without_the_justification(rewrite, text, owned):
    found = some_texts(rewrite(text))
    assert owned in found[0], found
    assert not re.search(r"every (?:weekend|day)|I'm sorry I (?:forget|miss)\b", found[0]), found


@pytest.mark.parametrize("text, kept", [
    ("It's not my fault the washing machine flooded, you overloaded it.", "the washing machine flooded"),
    ("not my fault, support disconnected", "our support disconnected"),
])
def test_not_my_fault_is_sorry_for_the_event_without_form_phrases(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    assert not re.search(r"landed on you|I hear that you feel|you overloaded", found[0], re.I), found


def test_late_payment_owns_the_lateness(rewrite, analyzer):
    found = some_texts(rewrite("I paid the deposit late because nobody sent the invoice. Not really my fault."))
    assert "paid the deposit late" in found[0], found
    assert not re.search(r"my fault", found[0], re.I), found
    assert below_thresholds(analyzer, found[0]), found


def test_not_mine_offers_the_fact_gently(rewrite):
    found = some_texts(rewrite("that wasn't my coffee cup, I haven't even been in the kitchen today"))
    assert "I haven't been in the kitchen today" in found[0], found
    assert not found[0].startswith("That wasn't my"), found
