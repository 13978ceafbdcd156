"""Verdicts on the listener kept out of the rewrite, and the point kept in (verdict_words.py).

What a user relies on: no suggestion repeats the verdict ("sloppy", "of all people", "your own lad",
"nobody bothered", "you only ring when…", "the worst boyfriend"), the point stays (the amount, the
thing paid for, the event, who was hurt), and a confused colleague is offered help, not told they're upset.
"""

from __future__ import annotations

import re

import pytest
from conftest import assert_kept_without, some_texts, texts_of

pytestmark = pytest.mark.model

_VERDICT = re.compile(r"\b(?:sloppy|shoddy|slapdash|lazy|of all people|your own|bothered|worst|useless|only (?:ring|call|text|come)\w*"
                      r"|great (?:choice|decision)|brilliant|clearly|upset|a problem for|holding everyone up)\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("Frankly the kitchen you fitted is shoddy and nowhere near worth the £3,200 you charged us.", r"kitchen you fitted.*£3,200"),
    ("honestly the logo your studio sent is lazy work and not worth the $1,500 invoice", r"logo your studio sent.*\$1,500"),
    ("After everything we spent on that course, £9,000, you're working in a call centre. Great choice, Ali.", r"£9,000.*course"),
    ("We paid £15,000 for that gap year and now you're sleeping till noon. Brilliant decision, Kat 🙄", r"£15,000.*gap year"),
    ("you only phone me when you need money, Dan", r"\bphone me\b"),
    ("YOU ONLY COME ROUND WHEN YOU WANT SOMETHING", r"\bcome round\b"),
    ("Ok, I'm the worst girlfriend ever, is that what you want to hear?", r"letting you down"),
    ("Your gran and I are clearly the last people on your mind. We heard about the new job from your flatmate, of all people. "
     "Do you know how that felt?", r"new job.*flatmate.*hurt"),
])
def test_the_point_is_kept_without_the_verdict(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert_kept_without(found, kept, _VERDICT, analyzer)


@pytest.mark.parametrize("text", [
    "As I've told you three times, the template is clearly saved in the shared drive. Not sure which bit you're still stuck on, "
    "but it's holding everyone up.",
    "Like I said before, the rota is clearly explained on the noticeboard. I don't know what part you're confused about.",
])
def test_a_confused_colleague_is_offered_help(rewrite, text):
    found = texts_of(rewrite(text))
    for suggestion in found:
        assert "upset" not in suggestion and "clearly" not in suggestion, suggestion
    if found and re.search(r"\bexplained\b", text):
        assert re.search(r"happy to go through it", found[0]), found


@pytest.mark.parametrize("text", [
    "The invoice went to the wrong client because nobody in accounts bothered to read it.",
    "@Sam the build shipped with the old logo because none of your lot bothered to look",
    "Coach, you picked your own son again over the kids who never miss training.",
])
def test_the_jab_inside_an_event_is_dropped(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bbothered\b|\byour own\b", suggestion), suggestion


def test_on_your_own_is_not_a_jab(rewrite):
    from heard.rewrite.verdict_words import without_verdicts
    from heard.rewrite.candidate import Candidate, I_STATEMENT

    kept = without_verdicts("you left me on my own", [Candidate("I felt alone when I was left on my own. Can we talk?", I_STATEMENT)])
    assert kept and "on my own" in kept[0].text
