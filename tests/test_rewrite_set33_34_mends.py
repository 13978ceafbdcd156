"""Meanings turned round, found by the blind grades of held-out sets 33 and 34 and mended after them: a denial
said as a confession, a stopped act said as done."""

import pytest

pytestmark = pytest.mark.model


def test_a_try_denied_by_its_frame_is_never_said_as_wanted(rewrite):
    # "It's not like I was trying to poison her" once became "I wanted to poison her" (excuses.meant_well)
    found = [s["text"] for s in rewrite("I didn't put nuts in Ayo's cake on purpose, I honestly thought the pesto was nut-free. "
                                        "It's not like I was trying to hurt him.").suggestions]
    assert found and not any("wanted to hurt" in s for s in found), found


def test_some_of_the_listeners_stopping_is_not_said_as_doing(rewrite):
    # "half of you stopped running" was read as "the sheer arrogance of you running…" (sarcasm._noun_of_you)
    found = [s["text"] for s in rewrite("We drew 2-2 because half of you stopped defending after the break. "
                                        "Don't blame the keeper, blame your own lazy legs.").suggestions]
    assert found and not any("When you defended" in s for s in found), found
    assert "stopped defending" in found[0], found


def test_a_habit_after_an_adverb_is_not_split_into_an_order():
    # "You clearly stop caring…" got a full stop before "stop" (a chat run-on), then "Could you stop caring…?"
    from heard.rewrite.textspeak import spell_out
    assert spell_out("Honestly you clearly stop caring about customers once you've paid.")[0] \
        == "Honestly you clearly stop caring about customers once you've paid."
    assert spell_out("ill do it when i get home stop asking")[0] == "I'll do it when i get home. stop asking"
