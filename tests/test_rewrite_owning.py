"""Owning a defence: insults on the listener's things dropped, apologies used as shields, amends that
fit the lapse, and feelings that fit what happened (left out, worried, hurt)."""

from __future__ import annotations

import re

import pytest

from heard.rewrite.amends import late_sense
from heard.rewrite.feelings import excluded
from heard.rewrite.parsing import parse_many
from heard.rewrite.sneers import without_sneers
from conftest import some_texts as texts

INSULTS = re.compile(r"\b(?:stupid|bloody|damn|precious|dumb|freaking)\b", re.I)


# -- pure readings (no classifier) -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("I was sorry about your stupid mug", "I was sorry about your mug"),
    ("they took your precious car", "they took your car"),
    ("that bloody phone of yours", "that phone of yours"),
    ("my precious daughter", "my precious daughter"),  # of the speaker's own, "precious" is meant
])
def test_sneers_are_cut_from_the_text(text, expected):
    assert without_sneers(text) == expected


@pytest.mark.parametrize("text, word, sense", [
    ("the report was late", "late", "thing"),
    ("the invoice was overdue", "overdue", "thing"),
    ("I was late again", "late", "person"),
    ("my train was late", "late", "person"),
    ("we had to pay the late fee", "late", "attribute"),
])
def test_late_is_read_for_what_was_late(text, word, sense):
    doc = parse_many([text])[0]
    assert late_sense(next(t for t in doc if t.lower_ == word)) == sense


@pytest.mark.parametrize("text, left_out", [
    ("you booked the flights without asking me", True),
    ("you decided on your own", True),
    ("you never invited me", True),
    ("you picked the restaurant for both of us", True),
    ("you booked the wrong flights", False),
    ("you chose a terrible hotel", False),
])
def test_left_out_needs_the_speaker_left_out(text, left_out):
    assert excluded(text) is left_out


# -- rewrites (the shipped model) --------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("message", [
    "I didn't break your stupid mug, it was already cracked.",
    "I didn't lose your bloody keys, you left them at work.",
    "I didn't scratch your damn guitar, the case was open.",
    "I never touched your precious car, it was like that when I got it.",
])
def test_an_insult_on_their_thing_is_dropped_and_the_thing_kept(rewrite, message):
    thing = re.search(r"your (?:\w+ )(\w+)", message).group(1)
    found = texts(rewrite(message))
    assert not any(INSULTS.search(t) for t in found), found
    assert any(f"your {thing}" in t for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message, said", [
    ("I didn't break your stupid mug, it was already cracked.", "I didn't break your mug"),
    ("I didn't scratch your damn guitar, the case was open.", "I didn't scratch your guitar"),
    ("I didn't eat your stupid leftovers, your brother did.", "I didn't eat your leftovers"),
])
def test_a_denial_with_support_is_the_speakers_account_not_an_apology(rewrite, message, said):
    # the lead's decision (supported_denials.py): the denial kept as the speaker's account, in plain
    # words, beside the listener's feeling; never an apology or amends for the act denied
    found = texts(rewrite(message))
    assert any(said in text for text in found), found
    for text in found:
        assert not INSULTS.search(text), text
        assert not re.search(r"I'm sorry about|I'll do my part|make it right|I should have", text), text


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "I said I was sorry, what more do you want from me?",
    "I already apologised, what else do you want?",
    "I told you I was sorry yesterday, why are you still going on about it",
    "How many times do I have to say sorry?",
])
def test_an_apology_used_as_a_shield_is_answered_not_kept(rewrite, message):
    found = texts(rewrite(message))
    for text in found:
        assert not re.search(r"\bI (?:said|told you|already apologi[sz]ed)\b", text), text
        assert "what more" not in text.lower() and "what else" not in text.lower()
        assert "more careful about how I say things" not in text  # "said" names no lapse
    assert any("apology" in t and "?" in t for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "It's not my fault the report was late, Dave sent me the numbers at 6pm.",
    "It's not my fault the invoice was late, the client changed the brief.",
    "I missed the deadline because nobody sent me the files.",
])
def test_late_work_gets_amends_about_flagging_it(rewrite, message):
    found = texts(rewrite(message), "take responsibility")
    assert not any("running late" in t or "kept you waiting" in t for t in found), found
    assert any("flag" in t or "heads-up" in t for t in found), found


@pytest.mark.model
def test_a_late_fee_is_about_money_not_a_wait(rewrite):
    found = texts(rewrite("It's not my fault, I thought you paid the rent, so now we have to pay the late fee."))
    assert not any("kept you waiting" in t or "running late" in t for t in found), found


@pytest.mark.model
def test_being_late_still_gets_the_lateness_amends(rewrite):
    found = texts(rewrite("It's not my fault I was late, the train was cancelled."), "take responsibility")
    assert any("running late" in t for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message, feeling", [
    ("Don't blame me, you're the one who booked the wrong flights.", "not left out"),
    ("You're the one who chose the wrong hotel, not me.", "not left out"),
    ("You booked the flights without asking me.", "left out"),
    ("You decided on your own to cancel the trip.", "left out"),
])
def test_left_out_only_when_the_speaker_was_left_out(rewrite, message, feeling):
    found = " ".join(texts(rewrite(message)))
    if feeling == "left out":
        assert "left out" in found, found
    else:
        assert "left out" not in found, found


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "you only ever text me when you want something",
    "you only call me when you need money",
])
def test_getting_in_touch_only_for_something_is_hurt_and_keeps_its_order(rewrite, message):
    found = texts(rewrite(message), "I statement")
    assert not any("worried" in t for t in found), found
    assert any("hurt" in t for t in found), found
    for text in found:  # "when you want something and you only text me" turns the situation around
        assert not re.search(r"when you (?:want|need) \w+ and you only", text), text


@pytest.mark.model
def test_not_texting_back_is_still_worrying(rewrite):
    found = texts(rewrite("you never call me when you're running late"))
    assert any("worried" in t for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "You're overreacting, it was a joke.",
    "You're being dramatic, it was just a joke about your haircut.",
    "Relax, it was only a joke.",
])
def test_a_brushed_off_joke_is_owned_once(rewrite, message):
    found = texts(rewrite(message))
    assert any("joke" in t and "sorry" in t for t in found), found
    for text in found:
        assert text.count("I can see") <= 1, text
        assert "it was a joke" not in text.lower() and "only a joke" not in text.lower(), text


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "I'd gently point out that I flagged the supplier risk back in March, so I don't believe this delay is down to my team.",
    "I paid for that bag and I've got the receipt somewhere, so I don't appreciate being treated like a thief.",
    "The damp was there when we moved in, it's in the photos from the check-in report. I'm not paying £340 for mould I "
    "didn't cause.",
])
def test_no_apology_that_it_felt_like_a_view_a_refusal_or_half_an_act(rewrite, text):
    """"I'm sorry it felt like I believe this delay is down to my team", "…like I appreciate being treated
    like a thief", "…like I caused.": a stance, a refusal or a verb whose object sits before it is no act
    the other saw, and said back it inverts the message or breaks off."""
    for said in texts(rewrite(text)):
        assert not re.search(r"felt like I (?:believe|appreciate|caused\b)|feels like I'm paying", said), said


@pytest.mark.model
def test_no_apology_for_a_when_clause(rewrite):
    """"how is it my fault when top went 0/9": what follows "my fault" is no act ("I'm sorry when top went 0/9")."""
    for said in texts(rewrite("how is it my fault when top went 0/9 and nobody pinged dragon")):
        assert "sorry when" not in said, said


@pytest.mark.model
def test_a_plan_cut_off_is_owned_without_the_cut(rewrite):
    """"I WAS going to do my homework before you started yelling at me": the homework is still undone;
    "…before you started yelling at me yet" is neither the lapse nor English."""
    found = texts(rewrite("I WAS going to do my homework before you started yelling at me"))
    assert "I haven't done my homework yet" in found[0], found
    assert not any("yelling" in said for said in found), found
