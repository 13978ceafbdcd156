"""Manipulative pressure (gaslighting, threats, guilt trips, blame reversal): the rewrite says the
speaker's own feeling and need, and never keeps the pressure itself (pressure.py)."""

import re

import pytest
from conftest import texts_of as _texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("message", ["You're just imagining it, I never raised my voice.",
                                     "You're making things up again, that conversation never happened."])
def test_gaslighting_becomes_a_different_memory(rewrite, message):
    texts = _texts(rewrite(message))
    assert texts
    for text in texts:
        assert not re.search(r"imagin|making things up|never happened", text, re.I)
    assert any("remember" in t for t in texts)


@pytest.mark.parametrize("message", ["If you take that job in Leeds, don't bother coming back.",
                                     "If you walk out that door, we're finished."])
def test_withdrawal_threat_becomes_a_wish(rewrite, message):
    texts = _texts(rewrite(message))
    assert texts
    for text in texts:
        assert not re.search(r"\bwhen if\b|don't bother|finished|\bif you\b", text, re.I)
    assert any(re.search(r"\bI'd really like you to|I don't want you to|I'm worried", t) for t in texts)


def test_love_test_becomes_a_request_without_the_condition(rewrite):
    texts = _texts(rewrite("If you actually cared about me you'd stay home tonight."))
    assert texts and all("cared" not in t and "didn't care" not in t for t in texts)
    assert any("stay home tonight" in t for t in texts)


@pytest.mark.parametrize("message,act", [("You made me shout at the kids.", "shouted"),
                                         ("I only slammed the door because you wouldn't stop nagging.", "slammed")])
def test_blame_reversal_owns_the_act(rewrite, message, act):
    texts = _texts(rewrite(message))
    assert texts and texts[0].startswith(f"I'm sorry I {act}")
    assert not any("made me" in t or "because you" in t for t in texts)


def test_martyr_line_is_not_owned_as_a_promise(rewrite):
    texts = _texts(rewrite("Fine, I'll just eat dinner by myself again on our anniversary."))
    assert texts
    assert not any(re.search(r"I'll eat dinner|by myself|I'm sorry", t) for t in texts)
    assert any("anniversary" in t for t in texts)


def test_silent_treatment_becomes_a_need_for_time(rewrite):
    texts = _texts(rewrite("I'm not speaking to you until you say sorry to my sister."))
    assert texts and not any("it feels like I'm" in t or "not speaking to you" in t for t in texts)
    assert any("time" in t and "sorry to my sister" in t for t in texts)


@pytest.mark.parametrize("message", ["Why can't you just be more like your cousin?",
                                     "You should be grateful I even bother with you."])
def test_comparisons_and_putdowns_are_never_kept(rewrite, message):
    for text in _texts(rewrite(message)):
        assert not re.search(r"like your cousin|grateful|bother with you", text, re.I)


def test_moved_goalposts_are_not_apologised_for(rewrite):
    texts = _texts(rewrite("I tidied the living room and now it's the bathroom, nothing I do is ever good enough for you."))
    assert texts and not any("I'm sorry" in t or "nothing I do" in t or "now it's" in t for t in texts)


def test_plain_condition_is_not_read_as_a_threat(rewrite):
    result = rewrite("If you finish early, let me know and I'll pick you up.")
    assert not any("I'd really like you to" in t or "I don't want you to" in t for t in _texts(result))
