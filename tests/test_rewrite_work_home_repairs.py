"""Work and home messages the parser misreads: a lower-case name before "you" (misread_names.py),
"non-stop" split at its hyphen (hyphen_prefixes.py), a question said back as a statement
(kept_questions.py), and a complaint about others' lapse answered as if the sender were accused
(unowned_lapses.py)."""

import re

import pytest

from conftest import some_texts, texts_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name", [
    ("marco you ALWAYS book the retro over my lunch break, every single sprint", "Marco"),
    ("marco you literally never reply to the group chat", "Marco"),
    ("jess you forgot to lock the back door again 🙄", "Jess"),
])
def test_a_lower_case_name_is_the_person_spoken_to(rewrite, text, name):
    found = some_texts(rewrite(text))
    for suggestion in found:
        # the name opens the message, never sits inside the act ("when Marco you book…", "marcoed")
        assert not re.search(rf"\b{name} you\b|\b{name.lower()}\w*\b", suggestion), suggestion
    assert any(s.startswith(f"{name}, ") for s in found), found


def test_an_imperative_before_you_is_not_taken_for_a_name(rewrite):
    for suggestion in texts_of(rewrite("listen you never hear a word I say")):
        assert not suggestion.startswith("Listen,"), suggestion


@pytest.mark.parametrize("text, kept", [
    ("Your dog barked non-stop from 8 until 6 while you were out. Every day this week.", "barked from 8 until 6"),
    ("the baby upstairs cried non-stop all night and you did nothing", "cried"),
])
def test_non_stop_stays_one_word(rewrite, text, kept):
    found = some_texts(rewrite(text))
    for suggestion in found:
        assert not re.search(r"\bnon\b(?!-)|\bwhen stop\b", suggestion), suggestion
    assert any(kept in s for s in found), found


@pytest.mark.parametrize("text", [
    "Anyone going to pay me back for the airbnb or should I just eat the cost",
    "Anyone going to help me clear the garage or am I doing it alone again",
    "@dev why did nobody update the changelog",
])
def test_a_question_is_never_said_back_as_a_statement(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        for sentence in re.split(r"(?<=[.?!])\s+", suggestion):
            assert not re.match(r"^(?:@?\w+,\s+)?(?:anyone|anybody|why|who)\b", sentence, re.I) \
                or sentence.endswith("?"), suggestion


@pytest.mark.parametrize("text", [
    "@priya the handoff doc was empty when I logged on this morning, so I spent two hours guessing what state the migration was in",
    "@dev why did nobody update the changelog",
    "the on-call rota was blank for this weekend so I had no idea who to page",
])
def test_nobody_accused_means_no_soothing_the_listener(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"upset you\b|how upset you are|matters to you|what upset you|I'm sorry", suggestion), \
            suggestion


def test_a_speaker_who_owns_the_lapse_still_gets_the_defence_strategies(rewrite):
    found = some_texts(rewrite("the doc was empty because I didn't have time to fill it in"))
    assert found
