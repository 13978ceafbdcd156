"""Round 7 of the blaming suggestions, read as the person receiving them: no judgment word carried
over from the message (judgment_words.py), the feeling in the tense of the act and abbreviations kept
whole (tense_agreement.py), and "car" alone no reason to say "worried" (lexicon.py)."""

from __future__ import annotations

import re

import pytest

from conftest import some_texts, texts_of

from heard.rewrite.judgment_words import without_judgment
from heard.rewrite.tense_agreement import agree, protect, restore

MOPING = ["you've been moping about Kyle for three months and honestly you're exhausting to be around",
          "YOU'VE BEEN MOPING ABOUT KYLE FOR THREE MONTHS",
          "why are you always sulking about your sister 🙄",
          "you've been moping about the promotion since March, it's getting old",
          "you always overreact when I'm five minutes late",
          "stop whining about your boss every single night, it's draining"]


@pytest.mark.parametrize("text", MOPING)
def test_no_suggestion_keeps_a_word_that_judges_how_the_listener_copes(rewrite, text):
    for found in texts_of(rewrite(text)):
        assert not re.search(r"\b(?:mop|sulk|whin|overreact|getting old)\w*", found, re.I), found


def test_the_plain_word_keeps_who_and_how_long(rewrite):
    best = some_texts(rewrite(MOPING[0]))[0]
    assert "Kyle" in best and "three months" in best, best


VERDICT_SENTENCES = [("You promised. You PROMISED you'd be at the scan. And you picked a client lunch over our baby.", "scan"),
                     ("You said you'd come to the recital. You chose drinks with Dan over your own daughter.", "recital"),
                     ("You PROMISED you'd come to the recital. You picked golf over your own daughter!!", "recital"),
                     ("you promised you'd be home for dinner. you picked the pub over us again", "dinner")]


@pytest.mark.parametrize("text,kept", VERDICT_SENTENCES)
def test_a_choice_said_as_a_verdict_is_left_out_and_the_broken_promise_kept(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert all(not re.search(r"\b(?:picked|chose)\b.*\bover\b", t, re.I) for t in found), found
    assert kept in found[0], found


@pytest.mark.parametrize("text", ["you broke Mom's heart when you skipped the funeral and you don't even care",
                                  "you ruined it",
                                  "honestly you ruin everything you touch",
                                  "It's your job to check the rota. You failed the whole team.",
                                  "you turned the kids against me with your fun-dad routine",
                                  "you're making a mountain out of one missed call again"])
def test_no_suggestion_repeats_the_verdict(rewrite, text):
    for found in texts_of(rewrite(text)):
        assert not re.search(r"\b(?:heart|ruin\w* (?:it|everything)|failed|against me|mountain)\b", found, re.I), found


def test_the_act_behind_a_verdict_stays(rewrite):
    found = some_texts(rewrite("you broke Mom's heart when you skipped the funeral and you don't even care"))
    assert any("skipped the funeral" in t for t in found), found
    best = some_texts(rewrite("It's your job to check the rota. You failed the whole team."))[0]
    assert "check the rota" in best, best


@pytest.mark.parametrize("text", ["You're fired, Pete", "You're FIRED, Dave. Get out.", "you're off the team, Josh",
                                  "You're grounded, Mia", "You're dumped, Callum. Don't call me."])
def test_a_decision_handed_down_is_never_made_the_grievance(rewrite, text):
    for found in texts_of(rewrite(text)):
        assert not re.search(r"\bwhen you're\b|\byou're (?:fired|grounded|dumped|off)\b", found, re.I), found


def test_the_speakers_own_words_are_not_judged():
    # the apology owns the word; the speaker's own failing is no verdict on the listener
    assert without_judgment("I'm sorry I ruined your birthday", "I'm sorry I ruined your birthday. What would help?")
    assert without_judgment("do you even care that I failed the bar exam",
                            "I feel hurt when it seems like you don't care that I failed the bar exam.")
    assert without_judgment("I didn't cut your hedge on purpose", "I'm sorry it felt like I cut your hedge on purpose.")
    assert without_judgment("you're overreacting", "I'm sorry I said you were overreacting. What would help?") \
        == "I'm sorry I said you were overreacting. What would help?"


@pytest.mark.parametrize("text,kept", [
    ("lol you're one to talk about spoilers, you dropped the ending of ch. 112 in #memes with zero warning last month",
     "ch. 112"),
    ("you spoiled ep. 4 in the group chat before I'd even watched it", "ep. 4"),
    ("you spoiled ep. 7 of the show before I watched it 😡", "ep. 7"),
    ("you booked the table for 7 p.m. when I said 8", "7 p.m."),
    ("you parked across no. 14's drive again", "no. 14"),
])
def test_an_abbreviation_does_not_cut_the_sentence(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert all(kept in t and "p.m.." not in t for t in found), found


def test_protect_keeps_offsets_and_sentence_ends():
    for text in ("ch. 112 and ep.4", "It was 7 a.m. Then you left.", "I said no. Then 7 p.m., fine", "e.g. this"):
        assert len(protect(text)) == len(text) and restore(protect(text)) == text
    assert "." in protect("I said no. Then")  # a word before a capital is a sentence end
    assert "." not in protect("ch. 112")


@pytest.mark.parametrize("text,feel", [
    ("When you take credit for the garden, I felt let down.", "I feel let down"),
    ("I get really frustrated when you double-booked the room.", "I was really frustrated"),
    ("Gareth, when I can't finish what I'm saying, I felt unheard.", "I feel unheard"),
    ("It hurts when you snapped at me.", "It hurt when"),
    ("I feel hurt when you skipped the funeral.", "I felt hurt"),
])
def test_the_feeling_takes_the_tense_of_the_act(text, feel):
    assert feel in agree(text), agree(text)


@pytest.mark.parametrize("text", ["When you didn't pay your half, I felt let down.", "When you put the bins out, I felt annoyed.",
                                  "When you're watching tiktok, I feel disconnected.", "Could you lock the door?",
                                  "I felt hurt when you never called.", "I feel hurt when you never call."])
def test_agreeing_sentences_are_left_alone(text):
    assert agree(text) == text


@pytest.mark.parametrize("text", ["You always take credit for the community garden like the rest of us weren't out there every weekend.",
                                  "unbelievable. you double-booked the conference room AGAIN and the clients are in the hallway",
                                  "LET ME FINISH. You have talked over me for twenty minutes straight, Gareth."])
def test_no_suggestion_mixes_a_present_act_with_a_past_feeling(rewrite, text):
    for found in texts_of(rewrite(text)):
        assert not re.search(r"\bwhen (?:you|I) (?:take|can't|don't)\b[^.]*, I felt\b", found), found
        assert not re.search(r"\bI get (?:really )?\w+ when you \w+ed\b", found), found


@pytest.mark.parametrize("text", ["Sure, blame the little brother, like always. You're the one who took the car out first.",
                                  "you lost the car keys AGAIN", "you scratched my car and didn't even tell me"])
def test_a_car_alone_is_no_worry(rewrite, text):
    for found in texts_of(rewrite(text)):
        assert "worr" not in found.lower(), found


def test_a_question_kept_as_a_statement_is_not_suggested(rewrite):
    for found in texts_of(rewrite("Priya can you not run the washing machine at 1am")):
        assert not re.match(r"Priya can you\b[^?]*[.]", found), found


@pytest.mark.parametrize("text", ["you're honestly useless at the till, we lost £40 on the raffle because you can't count",
                                  'you\'re so judgmental about my friends. Kayla isn\'t a "bad influence", you just can\'t stand that I have a life'])
def test_a_cant_insult_is_never_asked_back_as_a_request(rewrite, text):
    for found in texts_of(rewrite(text)):
        assert not re.search(r"\b(?:could you|if you could) (?:count|stand)\b", found, re.I), found


@pytest.mark.parametrize("text,sneer", [("nice of you to finally read my message. only took four days", "only took"),
                                        ("must be exhausting being right about everything all the time", "must be"),
                                        ("skill issue. you've been hardstuck silver for two seasons and somehow it's the "
                                         "jungler's fault every single game", "somehow"),
                                        ("You're really out here telling someone whose dog just died that she 'should have "
                                         "known better' about the grapes. Have some basic decency.", "decency")])
def test_a_sneer_is_not_kept_as_a_line_of_its_own(rewrite, text, sneer):
    for found in texts_of(rewrite(text)):
        assert sneer not in found.lower(), found
