"""Sarcasm in texting and chat: rewrites say the plain meaning, or nothing when it can't be told.

Ironic thanks for a courtesy ("thanks for inviting me lol") may mean it never came, came late or
rarely comes: no rewrite may say "when you invited me, I felt hurt". Cold concessions ("no worries
🙂"), self-pity ("sorry I exist") and reminder frames ("per my last email,") are never echoed.
"""

from __future__ import annotations

import re

import pytest
from conftest import texts_of as _texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, act", [
    ("cheers for inviting me to the bbq lol", r"\binvited me\b"),
    ("nice of u to tell me ur not coming", r"\btold me\b|\btell me\b"),
    ("thanks for helping with the move, really", r"\bhelped\b"),
    ("wow thanks for backing me up in that meeting 🙃", r"\bbacked me up\b"),
    ("glad you could join us", r"\bjoined us\b|\bcould join\b"),
])
def test_ironic_thanks_for_a_courtesy_is_never_said_as_done(rewrite, text, act):
    for suggestion in _texts(rewrite(text)):
        assert not re.search(act, suggestion, re.I), suggestion


@pytest.mark.parametrize("text", [
    "thanks for dumping your laundry on my bed, really appreciate it",
    "thanks for telling EVERYONE about my promotion",
])
def test_ironic_thanks_for_a_harm_still_says_it_happened(rewrite, text):
    said = _texts(rewrite(text))
    assert said, "the act is plain: a rewrite keeps it"
    assert any(w in said[0].lower() for w in ("laundry", "everyone")), said


@pytest.mark.parametrize("text, act", [
    ("Thanks for finishing the milk and putting the empty carton back in the fridge, really helpful.",
     "you finished the milk and put the empty carton back in the fridge"),
    ("thanks for eating my leftovers and not even washing the tub", "you ate my leftovers and didn't wash the tub"),
])
def test_ironic_thanks_for_two_acts_tells_both_in_the_past(rewrite, text, act):
    said = _texts(rewrite(text))
    assert said and act in said[0], said


@pytest.mark.parametrize("text, minutes", [
    ("so glad you could join us, only an hour late", "an hour"),
    ("glad u decided to show up, only 25 mins late", "25 minutes"),
])
def test_glad_you_came_only_late_says_how_late(rewrite, text, minutes):
    said = _texts(rewrite(text))
    assert said and f"you were {minutes} late" in said[0].lower(), said
    assert not any(re.search(r"\bglad\b|\bonly\b|could (?:join|make)|decided", s, re.I) for s in said), said


@pytest.mark.parametrize("text", ["no problem 🙂", "all good 🙃", "no worries then", "sorry for breathing I guess",
                                  "guess my feelings don't matter then", "ok, love that for me"])
def test_cold_concessions_and_self_pity_are_never_echoed(rewrite, text):
    for suggestion in _texts(rewrite(text)):
        low = suggestion.lower()
        assert not re.search(r"no problem|all good|no worries|breathing|don't matter|love that", low), suggestion
        assert not low.startswith("when "), suggestion


def test_no_rush_keeps_the_wait_as_a_complaint(rewrite):
    said = _texts(rewrite("no rush, it's only been five weeks"))
    assert said and "five weeks" in said[0], said
    assert not any(re.search(r"\bno rush\b|\bonly\b|I'm sorry|make it right", s, re.I) for s in said), said


@pytest.mark.parametrize("text, kept", [
    ("per my last message, the invoice is still unpaid", "invoice is still unpaid"),
    ("Per my last three emails, the invoice is still showing the wrong VAT number.", "wrong VAT number"),
    ("as I said, I need the keys back tonight", "I need the keys back tonight"),
    ("as mentioned before, I need the slides by noon", "I need the slides by noon"),
])
def test_reminder_frames_are_cut_and_the_content_kept(rewrite, text, kept):
    said = _texts(rewrite(text))
    assert said and kept.lower() in said[0].lower(), said
    assert not any(re.search(r"\bas I (?:said|mentioned)|\bper my\b|as mentioned|I'm sorry", s, re.I)
                   for s in said), said


@pytest.mark.parametrize("text, ask", [
    ("is it really so hard to answer your phone?", "answer your phone"),
    ("is it that difficult for you to rinse a plate?", "rinse a plate"),
    ("was it that hard to send one text", "send one text"),
])
def test_is_it_that_hard_becomes_a_request(rewrite, text, ask):
    said = _texts(rewrite(text))
    assert said and said[0].startswith("Could you") and ask in said[0], said
    assert not any(re.search(r"\bthat (?:hard|difficult)\b|so hard", s, re.I) for s in said), said


@pytest.mark.parametrize("text, act", [
    ("totally fine that you borrowed my car without asking", "borrowed my car"),
    ("it's fine that you told your mum before me 🙂", "told your mum before me"),
    ("oh great, you forgot the milk again", "forgot the milk"),
    ("wonderful, you've locked us out again", "locked us out"),
])
def test_ironic_approval_says_the_act_plainly(rewrite, text, act):
    said = _texts(rewrite(text))
    assert said and any(act in s for s in said), said
    assert not any(re.search(r"\b(?:fine|great|wonderful)\b", s, re.I) for s in said), said


@pytest.mark.parametrize("text", [
    "oh wow you actually replied, alert the media",
    "you actually cleaned your room, should I bake a cake",
    "must be nice having parents who pay your rent",
    "do what you want, you always do",
])
def test_mocked_praise_envy_and_ellipsis_get_no_made_up_situation(rewrite, text):
    for suggestion in _texts(rewrite(text)):
        low = suggestion.lower()
        assert not re.search(r"when you (?:replied|cleaned|have|do\b)|you did\b|\bcake\b|\bmedia\b|parents", low), \
            suggestion
