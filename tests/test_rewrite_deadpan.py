"""Deadpan sarcasm (deadpan.py): rewrites say the sincere meaning, or nothing, never the sarcasm back.

"must be nice to…", "I'm honoured", "X can do no wrong", a thing that "appreciates you walking past
it", a scare-quoted "totally", "sorry my breakup is inconveniencing your Friday night", "sorry for
having a job i guess", "it's not like I was up until 2am doing it", "take ur time, we're only
starving", "because you're SO busy", "everyone except me".
"""

from __future__ import annotations

import re

import pytest
from conftest import some_texts, texts_of

pytestmark = pytest.mark.model

# What the sarcasm says on its surface: a sincere rewrite never repeats it.
_SARCASM = re.compile(r"must be nice|honou?red|flattered|so special|appreciates?|can do no wrong|congrat|romantic|"
                      r"\btotally\b|\bdefinitely\b|so sorry|inconveniencing|take all the credit|it's not like|"
                      r"\bonly starving\b|\bso busy\b|\bso tired\b|love that|\bi guess\b|cool cool|"
                      r"\bnot have to\b|\bnever\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("Must be nice to have the bass thumping till 2am and never have to get up for work.",
     r"bass thumping till 2am.*\bI have to get up for work\b"),
    ("must be nice to sleep till noon and never have to do the school run", r"sleep till noon.*I have to do the school run"),
    ("wow a whole text back in under a week, I'm honoured", r"almost a week to get a text back"),
    ("wow. a whole text back in under a week. I'm honoured 🙄", r"almost a week to get a text back"),
    ("Must be nice to go to the pub every night while I'm stuck here with the kids",
     r"when you go to the pub every night while I'm stuck here with the kids"),
    ("oh of course, the boss's pet can do no wrong", r"\bthe boss plays favourites\b"),
    ("Sure, take all the credit. It's not like I wrote the whole report.", r"took the credit, because I wrote the whole report"),
    ("a whole phone call in under a month, I feel so special", r"almost a month to get a phone call"),
    ("oh of course, mum's favourite can do no wrong", r"\bmum plays favourites\b"),
    ("in dad's eyes you can do no wrong", r"\bdad plays favourites\b"),
    ("the trash really appreciates you walking past it fourteen times today",
     r"\byou walked past the trash fourteen times today\b"),
    ("the plants really thank you for not watering them", r"\byou didn't water the plants\b"),
    ("congrats on remembering our anniversary only 3 days late, so romantic",
     r"\bhurt\b.*\bremembered our anniversary 3 days late\b"),
    ('🙄🙄🙄 yeah ok Steve, you "totally" paid your subs', r"doesn't look like you've paid your subs"),
    ("yeah you TOTALLY cleaned your room", r"doesn't look like you've cleaned your room"),
    ("oh I'm SO sorry my breakup is inconveniencing your Friday night",
     r"\bhurt\b.*my breakup is getting in the way of your Friday night"),
    ("Oh sorry, did my crying interrupt your match?", r"\bhurt\b.*my crying was getting in the way of your match"),
    ("Sure, take all the credit for the migration, it's not like I was up until 2am doing it",
     r"took the credit for the migration, because I was up until 2am"),
    ("it's not like I cooked dinner every night this week or anything", r"^I cooked dinner every night this week"),
    ("take ur time, we're only starving", r"^We're starving, and it's hard to keep waiting"),
    ("no rush, I'm only freezing out here", r"^I'm freezing out here"),
    ("yeah because you're SO busy. watching tiktok. all day.", r"\byou're watching tiktok\b"),
    ("cool cool cool so we're just inviting the entire group except me. love that for me",
     r"\bleft out\b.*\bwe're inviting the entire group except me\b"),
    ("sorry for having a job i guess", r"\bmy job is a problem for you\b"),
])
def test_sarcasm_is_said_as_what_it_means(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found
    for suggestion in found:
        assert not _SARCASM.search(suggestion), suggestion


@pytest.mark.parametrize("text", [
    "congrats on remembering our anniversary only 3 days late, so romantic",
    "take ur time, we're only starving",
    "oh I'm SO sorry my breakup is inconveniencing your Friday night",
    "Sure, take all the credit for the migration, it's not like I was up until 2am doing it",
])
def test_the_hurt_one_is_the_speaker(rewrite, text):
    """No worry about the listener, no apology to them, no "I hear how upset you are": the speaker is hurt."""
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bworried\b|I hear how upset|makes sense that you're upset|I'm sorry for|"
                             r"I hear you", suggestion), suggestion


@pytest.mark.parametrize("text", [
    "must be nice to have a job and never have to explain yourself",
    "oh of course, you can do no wrong",
    "I'm honoured you remembered my name",
])
def test_no_plain_reading_gives_no_echo(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"when you have a job|can do no wrong|honou?red|remembered my name", suggestion, re.I), \
            suggestion


@pytest.mark.parametrize("text, never", [
    ("the plants really appreciate you watering them", r"didn't water|walked past"),
    ("it's not like I was trying to hurt you", r"goes unnoticed|have that noticed"),
    ("it's not like I meant to forget", r"goes unnoticed|have that noticed"),
    ("take your time, I'm just finishing up here too", r"hard to keep waiting"),
    ("you TOTALLY nailed it!", r"doesn't look like"),
    ("I'm so sorry my crying woke your baby", r"getting in the way"),
    ("sorry, did my alarm wake your brother?", r"getting in the way"),
    ("sorry for having a go at you earlier", r"is a problem for you"),
    ("I love you because you're so kind", r"^I feel (?:hurt|frustrated)"),
])
def test_meant_words_are_not_read_as_sarcasm(rewrite, text, never):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(never, suggestion), suggestion


def test_every_suggestion_is_below_the_thresholds(rewrite, analyzer):
    texts = ["Must be nice to have the bass thumping till 2am and never have to get up for work.",
             "wow a whole text back in under a week, I'm honoured",
             "the trash really appreciates you walking past it fourteen times today",
             "oh I'm SO sorry my breakup is inconveniencing your Friday night",
             "Sure, take all the credit for the migration, it's not like I was up until 2am doing it",
             "sorry for having a job i guess", "take ur time, we're only starving"]
    suggestions = [s for outcome in rewrite(*texts) for s in texts_of(outcome)]
    assert suggestions
    for result in analyzer.check_many(suggestions):
        assert not any(result["labels"][label]["flagged"] for label in ("blaming", "defensive")), result["text"]
