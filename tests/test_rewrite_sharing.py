""""Why is it always me who has to…": the task that is never shared, asked for as help."""

import re

import pytest
from conftest import some_texts as texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("message, asked", [
    ("why is it always me who has to call the plumber", "Could you call the plumber next time?"),
    ("why am I always the one emptying the dishwasher??", "Could you empty the dishwasher next time?"),
    ("it's always me that takes the bins out 🙄", "Could you take the bins out next time?"),
    ("WHY DO I ALWAYS HAVE TO BOOK THE VET", "next time?"),
])
def test_the_task_becomes_a_request_for_the_next_turn(rewrite, analyzer, message, asked):
    found = texts(rewrite(message))
    assert any(asked.lower() in t.lower() for t in found), found
    assert not any("always" in t.lower() or "🙄" in t for t in found), found
    verdicts = analyzer.check_many(found)
    assert not any(v["labels"][label]["flagged"] for v in verdicts for label in ("blaming", "defensive"))


def test_an_unbounded_task_is_not_repeated_as_a_request(rewrite):
    found = texts(rewrite("Why do I always have to be the one who plans everything?"))
    assert not any("plan everything" in t for t in found), found
    assert any("a turn at planning?" in t for t in found), found
    kids = texts(rewrite("why is it always me who has to organise everything for the kids' birthdays"))
    assert any("a turn at organising the kids' birthdays?" in t for t in kids), kids


def test_a_counter_attack_with_nothing_else_is_owned(rewrite):
    found = rewrite("That's rich coming from you.")
    assert any(s["strategy"] == "take responsibility" and "defensive" in s["text"] for s in found.suggestions)
    assert not any("rich" in s["text"] for s in found.suggestions)


@pytest.mark.parametrize("message", ["why is it always me who gets blamed when something goes missing in this house",
                                     "Why am I always the one who is yelled at?"])
def test_what_is_done_to_the_speaker_is_no_chore_to_hand_over(rewrite, message):
    for suggestion in rewrite(message).suggestions:
        assert not re.search(r"could you (?:get|be) \w+ed", suggestion["text"], re.I), suggestion
