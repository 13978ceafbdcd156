"""Three everyday shapes that carry a grievance inside a jab (plain_grievances.py): an act found out and
asked back in disbelief, an act the speaker can't bear to watch, a dislike the listener "knows". Each is
said as the grievance, keeping the act or the thing, with none of the jab; a third person's act is not
the listener's."""

import re

import pytest

from conftest import some_texts, texts_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, said", [
    ("Oh, so now you're tracking every little thing I do?", "I'm upset that you're tracking what I do. Can we talk about it?"),
    ("So now you're checking my bank statements?", "I'm upset that you're checking my bank statements."),
    ("I can't take watching you flirt with him.", "It hurts me when you flirt with him. Can we talk about it?"),
    ("honestly I can't stand seeing you scrolling your phone all through dinner",
     "It hurts me when you're scrolling your phone all through dinner."),
    ("I can't stand it when you talk over me in front of my parents.",
     "It really bothers me when you talk over me in front of my parents."),
    ("You know I hate surprises, especially in front of large groups.",
     "I really don't like surprises, especially in front of large groups. Could you keep that in mind next time?"),
    ("You know full well I hate being kept waiting.", "I really don't like being kept waiting."),
])
def test_the_grievance_is_said_plainly(rewrite, text, said):
    first = some_texts(rewrite(text))[0]
    assert first.startswith(said), first


def test_someone_elses_struggle_is_not_the_listeners_act(rewrite):
    found = texts_of(rewrite("I can't bear watching him struggle like this."))
    assert not any(re.search(r"when you\b", s) for s in found), found


@pytest.mark.parametrize("text, said", [
    ("SO NOW YOU'RE CHECKING MY PHONE??", "I'm upset that you're checking my phone."),  # shouted: said calmly
    ("oh so now ur reading my diary? 🙄", "I'm upset that you're reading my diary."),
    ("I can't stand it when you don't reply for hours 😤", "It really bothers me when you don't reply for hours."),
    ("YOU KNOW I HATE CORIANDER", "I really don't like coriander."),
])
def test_shouting_emoji_and_negation_keep_the_plain_grievance(rewrite, text, said):
    assert some_texts(rewrite(text))[0].startswith(said)
