"""The plain account: a complaint told in the message's own clauses, jabs left out, when every other
rewrite dropped most of it (plain_accounts.py, offered by engine._pool).

Before it, "Your leylandii are blocking all the light to our greenhouse and you obviously couldn't care
less." got "I'd like to talk about the light", and the colleague who hung up twice was left out of a
complaint about being on hold.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, retrained_xfail, some_texts, texts_of

from heard.rewrite.candidate import Candidate
from heard.rewrite.plain_accounts import closing_asks, plain_account

pytestmark = pytest.mark.model

JABS = re.compile(r"\b(?:obviously|clearly|couldn't care less|don't care|useless|incompetence|unbelievable|"
                  r"typical|deadbeat|again)\b|🙄", re.I)


@pytest.mark.parametrize("text, kept", [
    ("Your leylandii are blocking all the light to our greenhouse and you obviously couldn't care less.",
     r"leylandii are blocking all the light to our greenhouse"),
    ("I've been on hold for 47 minutes and your colleague has hung up on me twice. "
     "What kind of useless company are you running?", r"47 minutes.*colleague has hung up on me twice"),
    ("Your kids keep kicking their football into my garden and breaking my plants 🙄",
     r"football into my garden and breaking my plants"),
    ("You left the back door unlocked again and someone got in the shed. I've told you a million times.",
     r"back door unlocked.*someone got in the shed"),
    ("I have been on hold for 47 minutes and your colleague hung up on me TWICE. Is incompetence part of the training?",
     r"colleague hung up on me twice"),
])
def test_the_detail_that_carries_the_point_is_kept_and_the_jab_left(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    assert not JABS.search(found[0]), found
    assert below_thresholds(analyzer, found[0]), found


def test_an_ask_fitted_by_another_reading_closes_the_account(rewrite):
    found = some_texts(rewrite("I've been on hold for 47 minutes and your colleague has hung up on me twice. "
                               "What kind of useless company are you running?"))
    assert found[0].endswith("Could someone help me, please?"), found


def test_a_message_already_rewritten_whole_keeps_its_rewrite(rewrite):
    """The account is offered only where every candidate keeps less than half of the message."""
    for text in ("you always take the last of the milk and leave the empty carton in the fridge",
                 "Your dog hasn't stopped barking since 6am and you clearly couldn't care less."):
        for suggestion in some_texts(rewrite(text)):
            assert not re.search(r"left me feeling|been feeling \w+ about it", suggestion), suggestion
            assert not suggestion.startswith("Leave "), suggestion  # an order cut out of "…and leave the carton"


@pytest.mark.parametrize("text", [
    "i didn't \"steal\" your parking space, there are no names on them, grow up",  # the speaker's denial
    "Plenty of people lose their train tickets",  # minimising, told as a generalisation
    "You act like money grows on trees and you've got the nerve to ask me for more.",  # a mind read, a jab
    "Leaving me off the email thread for the Henderson pitch was a deliberate move and everyone saw it.",  # a motive
    "Twenty years I gave this company, and this is how you thank me?",  # the speaker's side alone
    "Why can't you ever just call when you're running late?",  # a question, no account
    "You never came to a single one of my gigs and now you want a photo for Facebook??",  # a generalisation
    "The bins are overflowing because of you, not the council.",  # fault pinned on the listener
])
def test_no_account_from_a_jab_a_defence_or_a_question(text):
    assert plain_account(read_as(text)) == []


def test_a_defensive_message_gets_no_account():
    msg = read_as("Your leylandii were there before we moved in, so that's hardly on me.", labels=("defensive",))
    assert plain_account(msg) == []


def test_the_account_keeps_the_order_and_joins_a_verbless_tail():
    found = plain_account(read_as("you borrowed my camping stove in june and gave it back with the canister empty "
                                  "and soot all over it. typical you."))
    if found:  # the classifier may read the first clause alone as blame; then nothing is offered, never the jab
        assert "soot all over it" in found[0].text and "typical" not in found[0].text.lower(), found[0].text


def test_closing_asks_takes_only_requests_of_non_fallback_candidates():
    candidates = [Candidate("I'm feeling upset. Can we talk about it?", "I statement", fallback="feeling"),
                  Candidate("I've been on hold for ages. Could someone help me, please?", "I statement"),
                  Candidate("It upset me when the parcel went missing. I felt let down.", "I statement")]
    assert closing_asks(candidates) == ["Could someone help me, please?"]


CONCEDES = re.compile(r"\bI'm sorry\b|\bI should(?:'ve| have)\b|\bon me\b|\bmy (?:fault|mistake|bad)\b", re.I)


@pytest.mark.parametrize("text, kept, lost", [
    ("I never said \"all immigrants\", read my comment again before you put words in my mouth.",
     r"\bI didn't say\b.*\ball immigrants\b", r"read my comment|words in my mouth"),
    pytest.param("i literally said in this chat at 6:14 that i'd be late, scroll up before you have a go",
                 r"\bI said in this chat at 6:14 that I'd be late\b", r"scroll up|have a go",
                 marks=retrained_xfail("no longer flagged (0.46 and 0.44); forced, it is read "
                 "as blame, the likelier label against the new 0.47 cut")),
    ("I didn't touch the thermostat, maybe it reset itself after the power cut", r"\bI didn't touch the thermostat\b",
     r"^$"),
    ("I only suggested moving the meeting, I wasn't trying to undermine you in front of the client",
     r"\bI suggested moving the meeting\b.*\bI wasn't trying to undermine you\b", r"\bonly\b"),
])
def test_a_denial_keeps_its_side_and_is_never_apologised_for(rewrite, analyzer, text, kept, lost):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    assert not re.search(lost, found[0], re.I), found
    for suggestion in found:  # none of them apologises for what the sender denies
        assert not CONCEDES.search(suggestion), found
    assert below_thresholds(analyzer, found[0]), found


@pytest.mark.parametrize("text", [
    "It's not my fault the plumber was late, I booked him for eight and he came at eleven.",  # owned, per the guidance
    "ok so I didn't take the bins out, but you haven't hoovered once since you moved in, so",  # a lapse admitted
    "I didn't know she was your sister.",  # not an act denied
    "I was going to tell you about the baby, I just never found the right moment.",  # an intention unkept
    "Where has the £200 gone? I can't find it in the account.",  # a complaint, not a denial
    "I said I'd fix the fence when I have time, stop nagging me about it.",  # a promise, owned
])
def test_what_is_owned_or_complained_of_is_no_denial_to_hold(text):
    from heard.rewrite.plain_accounts import holds_ground, plain_defence
    msg = read_as(text, labels=("defensive",))
    assert not holds_ground(msg)
    assert plain_defence(msg) == []


def test_an_intent_denied_is_said_as_not_meant():
    from heard.rewrite.plain_accounts import plain_defence
    found = plain_defence(read_as("I didn't leave you out on purpose. The villa only sleeps eight and you said back in "
                                  "June you probably couldn't afford Lisbon anyway.", labels=("defensive",)))
    assert found and "I didn't mean to leave you out" in found[0].text, found
    assert "Lisbon" not in found[0].text and "on purpose" not in found[0].text, found[0].text
    assert found[0].leads


def test_a_side_already_kept_by_another_reading_is_left_alone(rewrite):
    """"I didn't forget the school play, I was stuck at A&E…" already gets the denial and the reason; the
    side account is offered only where every candidate concedes."""
    found = some_texts(rewrite("I didn't forget the school play, I was stuck at A&E with Mum until nine"))
    assert "I didn't forget the school play" in found[0] and "A&E" in found[0], found
    assert not found[0].startswith(("I can see how it looked", "I understand why you're asking")), found


@pytest.mark.parametrize("text, said, unsaid", [
    ("I only suggested moving the meeting, I wasn't trying to undermine you in front of the client",
     "I suggested moving the meeting", "only"),
    ("To be clear, I didn't touch your bike. I was at Gran's all weekend.", "I didn't touch your bike", "To be clear"),
])
def test_the_side_tells_the_act_without_the_words_that_defend_it(text, said, unsaid):
    """"only", "just", "literally" and "to be clear" defend the act instead of telling it."""
    from heard.rewrite.plain_accounts import plain_defence
    found = plain_defence(read_as(text, labels=("defensive",)))
    assert found and said in found[0].text, found
    assert not re.search(rf"\b{unsaid}\b", found[0].text), found[0].text


@pytest.mark.parametrize("text, kept", [
    ("Don't look at me, Dad, I didn't touch the Xbox.", "I didn't touch the Xbox"),
    ("honestly I wasn't ignoring the group chat, I was just at the cinema with my phone off",
     "I was at the cinema with my phone off"),
])
def test_one_apology_for_a_denied_act_brings_the_speakers_side_first(rewrite, text, kept):
    """"Dad, I'm sorry about the Xbox" apologised for what the sender denies, beside a candidate that did
    not; one such apology is enough for the side to be offered, and it comes first. "Dad" (hung on the
    same verb as "I" by the parse) is no subject of "I didn't touch the Xbox"."""
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    assert not re.search(r"I'm sorry about the (?:Xbox|group chat)", found[0]), found


def test_the_side_of_a_formal_denial_reads_as_one_account(rewrite):
    found = some_texts(rewrite("Dr Harris, I understand the essay was late. However, I emailed you on the 3rd explaining "
                               "that it was my grandmother's funeral, and I never received a reply."))
    assert any("I didn't receive a reply" in said for said in found), found
    for said in found:
        assert not re.search(r"\bHowever\b|replies|Dr Harris, Dr Harris", said), said


@pytest.mark.parametrize("text, kept", [
    ("The damp was there when we moved in, it's in the photos from the check-in report. I'm not paying £340 "
     "for mould I didn't cause.", r"The damp was there when we moved in\. It's in the photos from the check-in report"),
    ("Mum, I was at Jake's, I wasn't at the party", r"^Mum, .*I was at Jake's"),
])
def test_a_defence_nothing_else_answers_tells_the_speakers_side_not_a_line_that_names_nothing(rewrite, analyzer,
                                                                                               text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found  # before: "I'd like to hear what upset you before I say anything else."
    assert not re.search(r"I'm sorry|I should have", found[0]), found
    assert below_thresholds(analyzer, found[0]), found


def test_a_sulk_is_not_told_plainly_as_a_side(rewrite):
    found = texts_of(rewrite("fine, I'll just never cook again then, since apparently I can't even do pasta right"))
    assert not any(re.search(r"I won't cook|can't do pasta", s) for s in found), found
