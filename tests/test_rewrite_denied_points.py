"""What the sender denies stays denied, and the sender's own denial stays said (denied_points.py).

An act the message frames as the listener's exaggeration ("you're acting like I lied", "making it
sound like I showed up wasted") never comes back as the speaker's apology or admission, as "I hear
that you feel I…", or as the frame said back. A plain denial with its reason ("I'm not ignoring you,
I've had calls since 8") keeps the denial; a support that only dates the hand-over ("when you lent it
to me") is kept; a guessed cause beside a brush-off ("the previous tenant probably did it") is kept.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.denied_points import framed_acts, guessed_cause, without_framed_acts

pytestmark = pytest.mark.model

FRAME_SAID = re.compile(r"\b(?:acting|making it sound|making out|treating me|talking as if|you (?:feel|think) (?:that )?I)\b", re.I)


@pytest.mark.parametrize("text, conceded", [
    ("I was going to tell you about the promotion, I just hadn't found the right moment. You're acting like I lied.",
     r"\bI(?:'m sorry I)? lied\b"),
    ("i was gonna pay you back for the tickets this weekend, stop acting like i stole from you", r"\bI stole\b"),
    ("Honestly it was one glass of wine, you're making it sound like I showed up wasted.", r"\bshowed up wasted\b"),
    ("Look, I had one slice of the cake, you're talking as if I ate the whole thing.", r"\bate the whole thing\b"),
    ("What was I meant to do, leave the meeting early? Stop acting like I skipped your birthday on purpose.",
     r"\bon purpose\b(?<!wasn't on purpose)"),
    ("I meant to tell you about the job offer, I just wanted to be sure first. You're treating me like I went behind your back.",
     r"\bwent behind your back\b"),
])
def test_framed_act_never_conceded_or_said_back(rewrite, text, conceded):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(conceded, suggestion.replace("It wasn't on purpose", ""), re.I), suggestion
        assert not FRAME_SAID.search(suggestion), suggestion


def test_intent_denied_act_owned_without_it(rewrite, analyzer):
    found = some_texts(rewrite("What was I supposed to do, walk out of the exam? Stop acting like I missed your call on purpose."))
    assert any("wasn't on purpose" in s for s in found), found
    assert all(below_thresholds(analyzer, s) for s in found), found


@pytest.mark.parametrize("text, kept", [
    ("I didn't break your charger, it was already frayed when you lent it to me 🙄", r"\bfrayed\b"),
    ("I didn't scratch your sunglasses, they were already scratched when you gave them to me.", r"\balready\b.*\bscratched\b"),
    ("It's just a scratch on the door, the previous tenant probably did it anyway.", r"\bprevious tenant\b"),
])
def test_senders_point_survives(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    assert not re.search(r"\bI'm sorry I (?:broke|scratched)\b", " ".join(found)), found


def test_helpers_read_only_their_shapes():
    assert framed_acts("You're acting like I lied.") == ["lied"]
    assert framed_acts("Stop ACTING LIKE I skipped your birthday on purpose!!") == ["skipped your birthday on purpose"]
    assert framed_acts("I feel like I lied to you and I'm sorry.") == []  # the speaker's own admission, no frame
    assert guessed_cause("the previous tenant probably did it anyway") == "I think the previous tenant did it"
    assert guessed_cause("you probably did it anyway") is None  # a guess about the listener is a counter-claim
    assert guessed_cause("it was a scratch") is None


def test_own_admission_is_left_alone(rewrite):
    found = some_texts(rewrite("I'm sorry I lied about the money. I should have told you straight away."))
    assert any(re.search(r"\blied\b", s) for s in found), found  # nothing framed: the apology stays


class _Msg:
    text = "It was two beers, you're making it sound like I was falling over drunk."


def test_filter_drops_the_accusing_feeling_line():
    assert without_framed_acts(_Msg, "When you're making it sound like I was falling over drunk, I feel hurt. Can we talk?") == ""
    assert without_framed_acts(_Msg, "I can see this upset you. It was two beers. Can we talk?") == \
        "I can see this upset you. It was two beers. Can we talk?"
