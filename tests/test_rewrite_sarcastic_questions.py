"""How the rewrites read sarcastic and rhetorical questions: "can you not X (for once)?" asks the
listener NOT to X; "thanks for X… oh wait, you didn't" says X didn't happen; "nice of you to
finally X" says X came late; "another N where you X" is a repeated occasion; "do you ever X?"
presumes the listener doesn't. Each test asserts a property of the suggestions (meaning kept, not
inverted; no broken endings), never an exact string."""

import re

import pytest

from heard.rewrite.message import read_message
from heard.rewrite.parsing import parse_many
from conftest import texts_of as texts

pytestmark = pytest.mark.model

BROKEN = re.compile(r"\bfor[?.!]|\bCould you do\?|\bwait\b|\bfor once\b|  ", re.I)


def read(text, labels=("blaming",)):
    return read_message(text, parse_many([text])[0], set(labels))


def fluent(said):
    assert not BROKEN.search(said), said
    assert not any(0x1F000 <= ord(ch) <= 0x1FAFF for ch in said), said


# -- "can you not X for once?" -----------------------------------------------------------------
@pytest.mark.parametrize("text, verb, kept", [
    ("CAN YOU NOT leave your dirty socks on the floor for once?? 🙄", "leave", "socks"),
    ("Can't you just not slam the door for once in your life?", "slam", "door"),
    ("can u not play music at 2am 😤", "play", "music"),
    ("Mum, can you not post photos of me without asking? It's embarrassing.", "post", "photos"),
    ("Can you not, like, leave your shoes in the hallway? I tripped over them twice.", "leave", "shoes"),
])
def test_can_you_not_is_a_request_not_to(rewrite, text, verb, kept):
    found = texts(rewrite(text))
    assert found
    for said in found:
        fluent(said)
        # never a request TO do it, never "when you don't do it"
        assert not re.search(rf"\b(?:could|would|can) you (?:be willing to )?(?:please )?{verb}\b", said, re.I), said
        assert not re.search(rf"\b(?:don't|didn't|doesn't) {verb}\b", said), said
    assert any(re.search(rf"\bnot {verb}\b", said) and kept in said for said in found)


def test_can_you_not_just_x_still_asks_for_x(rewrite):
    found = texts(rewrite("Can you not just ask me first?"))
    assert found and all("not ask" not in said for said in found)


def test_could_you_not_have_is_not_a_request_not_to():
    assert all(c.literal is None or "not have" not in (c.literal.request or "")
               for c in read("Could you not have told me sooner?").clauses)


def test_can_you_not_see_is_not_asked_not_to_see():
    assert all(c.literal is None or "not see" not in (c.literal.request or "")
               for c in read("Can you not see I'm busy?").clauses)


# -- "thanks for X… oh wait, you didn't" ------------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("thanks for texting me back. oh wait, you didn't 🙃", "didn't text me back"),
    ("Thanks for doing the dishes — oh that's right, you didn't.", "didn't do the dishes"),
    ("So kind of you to save me a slice. oh wait you didn't 🙃", "didn't save me a slice"),
    ("Nice of you to tell me about the party... oh wait, you didn't. I found out from Sam.",
     "didn't tell me about the party"),
])
def test_taken_back_thanks_says_the_act_did_not_happen(rewrite, text, act):
    found = texts(rewrite(text))
    assert found
    for said in found:
        fluent(said)
        assert not said.lower().startswith(("thanks", "thank you", "so kind", "nice of you")), said
    assert any(act in said for said in found)


def test_a_reading_of_taken_back_thanks_keeps_what_was_reported():
    clauses = read("Thanks for telling me you'd be home late… oh wait, you didn't.").clauses
    said = [c.literal.situation for c in clauses if c.literal is not None]
    assert said == ["you didn't tell me you'd be home late"]


def test_real_thanks_is_not_taken_back():
    clauses = read("Thanks for helping, you didn't have to.").clauses
    assert not any(c.literal is not None and "didn't help" in c.literal.situation for c in clauses)


# -- "nice of you to finally X" -----------------------------------------------------------------
@pytest.mark.parametrize("text, verb", [
    ("nice of you to FINALLY reply 🙄", "reply"),
    ("Thanks for finally calling me back, it's been three days.", "call me back"),
    ("Congrats on finally unloading the dishwasher.", "unload the dishwasher"),
])
def test_finally_means_it_came_late(rewrite, text, verb):
    found = texts(rewrite(text))
    assert found
    for said in found:
        fluent(said)
        assert not re.search(r"\bwhen you (?:replied|called|unloaded)\b", said), said  # the act alone isn't the complaint
    assert any("so long" in said and verb in said for said in found)


# -- "another N where you X" --------------------------------------------------------------------
@pytest.mark.parametrize("text, act, occasion", [
    ("Another dinner where you're on your phone 🙄", "on your phone", "dinner"),
    ("another evening of you ignoring me", "ignore me", "evening"),
    ("ANOTHER Sunday where you sleep till 2pm. The kids wanted to go to the park.", "sleep till 2pm", "Sunday"),
    ("great, another weekend where you're glued to the PlayStation", "glued to the PlayStation", "weekend"),
])
def test_another_occasion_keeps_the_act_and_the_occasion(rewrite, text, act, occasion):
    found = texts(rewrite(text))
    assert found
    for said in found:
        fluent(said)
        assert "2pm all" not in said and "you 're" not in said
    assert any(act in said and occasion in said for said in found)


# -- "do you ever X?" ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, verb", [
    ("Do you ever listen to me?", "listen"),
    ("do you EVER take the bins out", "take"),
    ("Do you ever put your dishes in the dishwasher? The sink is full again.", "put"),
    ("I sent you the rota twice. Do you ever read your email?", "read"),
])
def test_do_you_ever_is_read_as_you_dont_and_asks_for_it(rewrite, text, verb):
    found = texts(rewrite(text))
    assert found
    for said in found:
        fluent(said)
        # "when you take the bins out, I feel…" would invert the complaint
        assert not re.search(rf"\bwhen (?:it seems like )?you {verb}\b", said), said
    assert any(re.search(rf"\bCould you {verb}\b", said) for said in found)


def test_a_told_you_count_is_dropped_and_what_was_told_kept(rewrite):
    found = texts(rewrite("I told you twice the bins go out on Monday. Do you ever read the group chat?"))
    assert any("the bins go out on monday" in said.lower() for said in found)
    assert not any("told you twice" in said for said in found)


def test_are_you_ever_going_to_is_not_done_yet(rewrite):
    found = texts(rewrite("Are you EVER going to fix the bathroom tap?"))
    assert found
    for said in found:
        assert not re.search(r"\bwhen you fix(?:ed)?\b", said), said
    assert any("haven't fixed the bathroom tap" in said or "when you'll fix the bathroom tap" in said
               for said in found)


# -- "how hard is it to X?" keeps working -------------------------------------------------------
@pytest.mark.parametrize("text, ask", [
    ("How hard is it to put the lid back on the toothpaste?", "Could you put the lid back on the toothpaste?"),
    ("how hard is it to rinse a plate 🙄", "Could you rinse a plate?"),
    ("HOW HARD IS IT to close the fridge door??", "Could you close the fridge door?"),
])
def test_how_hard_is_it_becomes_the_request(rewrite, text, ask):
    found = texts(rewrite(text))
    for said in found:
        fluent(said)
    assert any(said.startswith(ask) for said in found)
