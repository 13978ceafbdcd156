"""The feeling a scene calls for, and the details a rewrite must keep (scene_feelings.py).

Ditched somewhere is a hurt, not a worry; a neighbour's dog under the fence, a lecture, being
a bad team-mate are frustrations, being volunteered without asking puts one on the spot; the occasion an act was for
("grandma's 80th"), the speaker's birthday and how long a silence lasted stay in the rewrite.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.scene_feelings import scene_feeling

pytestmark = pytest.mark.model

# the feeling the rewrite names ("I felt hurt", "It hurt", "It was frustrating"), not a word of the scene ("left me alone")
_FEELING = re.compile(r"(?:\bI(?: feel| felt| was| get|'m feeling)(?: really| a bit| so)? |\bIt |\bIt(?:'s| was) |\bleft me feeling |\bbeen feeling )"
                      r"(worried|hurt|frustrat\w*|let down|left out|alone|overwhelmed|upset|put on the spot)\b", re.I)


@pytest.mark.parametrize("text, fits", [
    ("Cheers for abandoning me at the party last night, really loyal of you", "hurt"),
    ("Oh great, thanks for leaving me alone at the club at 2am, best mate ever 🙄", "hurt"),
    ("THANKS FOR DITCHING ME AT THE CINEMA ON FRIDAY", "hurt"),
    ("Your kids have kicked their ball into our garden for the fifth time this week. You clearly don't care.", "frustrated"),
    ("Your cat has been digging up our flowerbed again?!", "frustrated"),
    ("Why do you have to turn every chat about the budget into a lecture?", "frustrated"),
    ("Thanks for signing me up for the bake sale without asking, really considerate 👍", "put on the spot"),
    ("So you just put my name down for the Saturday shift without checking with me? lovely", "put on the spot"),
])
def test_the_feeling_fits_the_scene(rewrite, text, fits):
    found = some_texts(rewrite(text))
    named = _FEELING.search(found[0])
    assert named and named.group(1).lower().startswith(fits[:7]), found


@pytest.mark.parametrize("text", [
    "Your dog got out and was halfway down the road again, you don't even care",  # danger: worry stands
    "you left the gate open and the dog nearly got hit",
])
def test_a_pet_in_danger_is_no_scene_of_hassle(text):
    assert scene_feeling(text) is None


def test_a_game_role_is_no_topic(rewrite):
    # "play support" names a role: "talk about the support" garbles it, so no such suggestion
    for text in ("who taught you to play support, a potato? 😂", "did you learn to play jungle yesterday? absolute potato"):
        assert not any(re.search(r"\bthe (?:support|jungle)\b", t) for t in texts_of(rewrite(text))), text


@pytest.mark.parametrize("text, kept", [
    ("you're so tight, Sam. mum's 60th and you couldn't even put in a tenner", r"mum's 60th"),
    ("typical Dan, dad's retirement party and you couldn't even chip in £15", r"dad's retirement party"),
    ("You said you'd call after the interview and then ignored me for a week, typical.", r"for a week"),
    ("You swore you'd message when you landed and then went quiet for two days, classic you.", r"for two days"),
    ("I guess I'll spend my birthday on my own again since your work matters more.", r"my birthday"),
])
def test_the_occasion_and_the_silence_are_kept(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    assert below_thresholds(analyzer, found[0]), found[0]


def test_selfishness_towards_someone_else_asks_no_needs_of_the_speaker(rewrite):
    found = some_texts(rewrite("you're so selfish, Tom. nan's 90th and you couldn't even bring a card"))
    assert not any("my needs" in t or "what I need" in t for t in found), found
    assert "nan's 90th" in found[0], found
