"""Round 4 of the dev blaming split: blame handed out in mock agreement ("Sure, blame the dog"),
everything turning into a fight ("even picking a paint colour turns into a war with you") and
"love" opening a text as the partner's name ("love you missed our dinner") (speaker_grievances.py)."""

from __future__ import annotations

import re

import pytest

from conftest import some_texts, texts_of

MOCK_BLAME = [("Sure, blame the immigrants, that's original.", "the immigrants"),
              ("Sure, blame the little brother, like always. You're the one who took the car out first.", "the little brother"),
              ("OH YEAH, GO ON, BLAME THE DOG AGAIN 🙄", "the dog"),
              ("Of course, just blame Nadia for the whole mess.", "Nadia"),
              ("sure blame the new intern lol", "the new intern")]


@pytest.mark.parametrize("text,who", MOCK_BLAME)
def test_mock_blame_says_the_objection_and_keeps_who_is_blamed(rewrite, text, who):
    best = some_texts(rewrite(text))[0]
    assert who.lower() in best.lower(), best
    # never the sarcasm taken at its word: no asking to talk "about the immigrants", no "when you blamed X like"
    assert not re.search(r"\btalk about (?:the )?" + re.escape(who.split()[-1].lower()) + r"\b|\blike\.|\boriginal\b|\bsure\b",
                         best, re.I), best
    assert re.search(r"\b(?:fair|really to blame)\b", best), best


def test_being_blamed_oneself_is_said_as_the_speakers_hurt(rewrite):
    best = some_texts(rewrite("Yeah, blame me, why not."))[0]
    assert best.startswith("It hurts when the blame lands on me"), best


def test_a_sincere_blame_is_not_read_as_mock_agreement(rewrite):
    for text in ("Don't blame the dog, he was shut in the kitchen.", "I blame the weather for my mood today"):
        assert not any("really to blame" in t or "lands on" in t for t in texts_of(rewrite(text))), text


FIGHTS = [("you make everything so hard. even picking a paint colour turns into a war with you", "picking a paint colour"),
          ("Why does every single conversation turn into an argument with you?", "conversation"),
          ("Even sorting the recycling becomes a whole drama with you.", "sorting the recycling"),
          ("honestly choosing a film turned into a battle with you last night", "choosing a film"),
          ("BOOKING THE HOLIDAY ENDED UP AS A MASSIVE ROW WITH YOU.", "booking the holiday")]


@pytest.mark.parametrize("text,kept", FIGHTS)
def test_a_fight_about_a_household_matter_keeps_it_and_is_no_views_reply(rewrite, text, kept):
    found = some_texts(rewrite(text))
    best = found[0]
    assert kept in best.lower(), best
    assert "between us" in best and "war" not in best and "every single" not in best.lower(), best
    assert not any("see this very differently" in t or "don't agree with you" in t for t in found), found


def test_the_occasion_of_a_past_fight_is_kept(rewrite):
    best = some_texts(rewrite("choosing a film turned into a battle with you last night"))[0]
    assert best.startswith("It was hard for me") and "last night" in best, best


LOVE = [("love you missed our anniversary dinner. i sat there on my own for an hour", "anniversary dinner"),
        ("love you forgot to put the bins out again", "bins"),
        ("love u left the heating on all day while we were out", "heating")]


@pytest.mark.parametrize("text,kept", LOVE)
def test_love_opening_a_text_is_the_partner_spoken_to(rewrite, text, kept):
    for best in some_texts(rewrite(text)):
        assert best.startswith("Love, ") and kept in best, best
        assert "when love" not in best.lower(), best


@pytest.mark.parametrize("text", ["love you too", "love you always x", "love you, Dad.", "Love you so much babe"])
def test_love_you_the_farewell_gets_nothing(rewrite, text):
    assert texts_of(rewrite(text)) == []


def test_suggestions_are_below_the_blaming_threshold(analyzer, rewrite):
    texts = [t for t, _ in MOCK_BLAME + FIGHTS + LOVE]
    best = [some_texts(o)[0] for o in rewrite(*texts)]
    for text, result in zip(best, analyzer.check_many(best)):
        assert not result["labels"]["blaming"]["flagged"], text
