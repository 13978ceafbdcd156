"""Defensive messages, round 2 (corrections.py): a denial with the speaker's own account gets the
denial acknowledged as what the listener took in, not a form letter; an acknowledgement turned
with "but" into a denial keeps both; an act the speaker puts on someone else gets no apology for
it; the minimising words said back are the brush-off, not the facts; and a message that only
defends the speaker's right is read as a defence, with the defence left out. Each test asserts a
property of the suggestions, never an exact string."""

import re

import pytest

from heard.rewrite.corrections import brush_words, defends, disowned, doubts, misread
from heard.rewrite.message import read_message
from heard.rewrite.parsing import parse_many
from conftest import some_texts, texts_of as texts

pytestmark = pytest.mark.model

FORM_LETTER = re.compile(r"before I say anything else|what happened from your side|getting defensive", re.I)


def read(text, labels=("defensive",)):
    return read_message(text, parse_many([text])[0], set(labels))


# -- "I didn't X, I just Y" -------------------------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("I didn't say anything bad about Hannah, I just said she was quiet", "hannah"),
    ("I DIDN'T SAY ANYTHING BAD ABOUT YOUR SISTER, I JUST SAID SHE WAS LATE", "sister"),
    ("i didn't say anything mean about your brother, i just said he was loud 🙄", "brother"),
    ("Honestly, I never said we should move, I said we should think about it.", "move"),
    ("I wasn't trying to fix you, I was just making conversation", "fix you"),
    ("I didn't flake, I told you on Tuesday I might not make it", "flake"),
])
def test_denial_with_account_is_acknowledged_not_form_letter(rewrite, text, kept):
    found = some_texts(rewrite(text))
    best = found[0]
    assert kept in best.lower(), found
    assert not FORM_LETTER.search(best), found
    assert not re.search(r"\b(?:just|only)\b", best), found  # the shrinking words stay out


@pytest.mark.parametrize("text, thing", [
    ("I didn't say anything mean about your brother, I just said he was loud", "your brother"),
    ("I wasn't being rude to your mum, I was just tired after the drive", "your mum"),
    ("I can see why that hurt, but I honestly didn't mean your cooking, I was talking about the restaurant",
     "your cooking"),
])
def test_no_apology_about_the_thing_a_misreading_named(rewrite, text, thing):
    for said in texts(rewrite(text)):
        assert f"sorry about {thing}" not in said.lower(), said


# -- "I know it hurt, but I wasn't…" ------------------------------------------------------------------

@pytest.mark.parametrize("text, ack, denied", [
    ("I know the comment hurt, and that makes sense, but I honestly wasn't talking about you.", "comment hurt",
     "talking about you"),
    ("I get why you're hurt, but I wasn't talking about you, I was talking about my boss", "get why you're hurt",
     "talking about you"),
    ("I can see that upset you, but I wasn't the one who told your dad, it was Mum", "upset you", "tell your dad"),
    ("I can tell you're hurt and I hate that. but I'm not the one who told your sister, it was Mum", "hurt",
     "tell your sister"),
])
def test_acknowledgement_and_denial_both_kept(rewrite, text, ack, denied):
    found = some_texts(rewrite(text))
    best = found[0]
    assert ack in best.lower() and denied in best.lower(), found
    assert not re.search(r"\bbut\b", best), found


# -- someone else did it ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I didn't delete your post, the moderators did. I don't even have that access.",
    "Yeah that would annoy me too, but I wasn't the one who left the gate open.",
    "it wasn't me who left the back door unlocked, it was your brother",
    "I didn't unplug the freezer, the cleaner did",
    "Of course you're upset about the dog, I would be too, but I had the gate shut when I left, I swear",
])
def test_no_amends_for_an_act_put_on_someone_else(rewrite, text):
    for said in texts(rewrite(text)):
        assert not re.search(r"make it right|do my part|I'll do it\b|I'm sorry about (?:your post|the gate|the back door)",
                             said), said


def test_disowned_reads_other_agents_not_questions():
    assert disowned(read("I didn't delete your post, the moderators did."))
    assert disowned(read("Not me, someone else must have taken the last biscuit"))
    assert not disowned(read("I was at work, what did you expect, that I'd walk out of a meeting?"))
    assert not disowned(read("I forgot the bins, sorry"))


def test_misread_is_about_words_and_meaning():
    assert misread(read("I honestly didn't mean your cooking"))
    assert misread(read("I wasn't laughing at you"))
    assert not misread(read("I didn't break your mug"))


# -- minimising words said back ------------------------------------------------------------------------

def test_said_back_only_when_the_words_are_the_brush_off():
    assert brush_words("it was really not worth fighting about")
    assert brush_words("it was no big deal that I brought a plus one")
    assert brush_words("it was one drink with an old friend from uni") is None
    assert brush_words("it was a few dishes") is None
    assert brush_words(None) is None


@pytest.mark.parametrize("text", [
    "It was one drink with an old friend from uni. It's hardly worth a row at midnight.",
    "it's a few dishes, it's not the end of the world",
    "I'm not drinking to cope, it's a couple of cans after work. Everyone on my site does that.",
])
def test_no_apology_for_having_said_a_fact(rewrite, text):
    for said in texts(rewrite(text)):
        assert not re.search(r"sorry I said it was (?:one|a few|a couple)\b", said), said


# -- a defence of one's right, not a complaint -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Technically the hedge is on our boundary so we were within our rights to trim it.",
    "The fence is on our side, so we had every right to paint it.",
    "There's a building site next door for three weeks, a bit of dust on your car is just part of it.",
    "There are roadworks all month, a few delays are to be expected.",
])
def test_defence_of_a_right_is_not_said_back_or_read_as_a_complaint(rewrite, text):
    for said in texts(rewrite(text)):
        assert not defends(said) and not re.search(r"\bto be expected\b|\btechnically\b", said, re.I), said
        assert not re.search(r"\bI (?:feel|felt|'ve been feeling) (?:upset|worried)\b", said), said


def test_the_listeners_right_is_no_defence(rewrite):
    found = some_texts(rewrite("you've every right to be annoyed. it's just that I had the kids and the dog to deal with"))
    assert "every right to be annoyed" in found[0].lower(), found


def test_doubt_is_not_an_acknowledgement(rewrite):
    assert doubts("so I find this hard to believe")
    assert not doubts("I believe you")
    for said in texts(rewrite("I've run this stall for twenty years, so I find it hard to believe the scales are off")):
        assert "hard to believe" not in said, said


def test_every_suggestion_is_below_the_thresholds(analyzer, rewrite):
    texts_in = ["I wasn't trolling, I genuinely thought the petition had already closed.",
                "I mean, technically I didn't say St Mary's should close, I said it should be 'reviewed'. Big difference.",
                "I get that you're upset, but I wasn't laughing at you, I was laughing at the dog"]
    for text in texts_in:
        for said in some_texts(rewrite(text)):
            labels = analyzer.check(said)["labels"]
            assert not labels["defensive"]["flagged"] and not labels["blaming"]["flagged"], said
