"""Accusing questions and absolutes: "how could you X?" accuses the listener of an act done, so no
suggestion asks them to do it; "do you ever X?" asks for X only when X is something wanted;
"why do you even bother X?" is contempt with no negation to invent; questions that name no act
("who do you think you are?") get a line a person would send, keeping what they do name; and an
absolute about a state ("you never loved me") is not told as one occasion. Each test asserts a
property of the suggestions, never an exact string."""

import re

import pytest

from heard.rewrite.accusing import Accused
from heard.rewrite.message import read_message
from heard.rewrite.parsing import parse_many
from conftest import some_texts, texts_of as texts

pytestmark = pytest.mark.model


def read(text, labels=("blaming",)):
    return read_message(text, parse_many([text])[0], set(labels))


def asks_for(said: str, act: str) -> bool:
    """A suggestion that asks the listener to do `act` ("could you lie to me?")."""
    return bool(re.search(rf"\b(?:could|would|can|will) you (?:please )?(?:try to )?{act}\b", said, re.I)) \
        and not re.search(rf"\bunderstand why you {act}", said, re.I)


# -- "how could you X?", "why would you X?" ----------------------------------------------------
@pytest.mark.parametrize("text, act, kept", [
    ("Why would you lie to me?", "lie", "lied"),
    ("How could you do this to me?", "do this", "this"),
    ("How could you forget my mother's birthday?", "forget", "birthday"),
    ("HOW COULD YOU SAY THAT IN FRONT OF MY PARENTS", "say that", "parents"),
    ("why would you tell her about the baby before we did?? 😭", "tell her", "baby"),
    ("How could you have forgotten our anniversary? I waited all night.", "forget", "anniversary"),
    ("Mum, why would you read my diary?", "read my diary", "diary"),
])
def test_how_could_you_is_never_a_request_to_do_it(rewrite, text, act, kept):
    found = some_texts(rewrite(text))
    for said in found:
        assert not asks_for(said, act), said
        assert "could do" not in said.lower(), said  # "when you could do this to me" is no situation
    assert any(kept in said.lower() for said in found), found


def test_how_could_you_says_the_act_happened(rewrite):
    found = some_texts(rewrite("How could you do this to me?"))
    assert any(re.search(r"\byou did this\b", said) for said in found), found
    assert any("understand why" in said for said in found), found


def test_how_could_you_not_asks_for_what_was_not_done(rewrite):
    found = some_texts(rewrite("How could you not tell me?"))
    assert any("didn't tell me" in said for said in found), found
    assert not any("could not tell" in said for said in found), found


def test_the_question_is_read_as_an_act_done():
    clause = read("How could you forget my mother's birthday?").clauses[0]
    assert isinstance(clause.literal, Accused)
    assert clause.literal.situation == "you forgot my mother's birthday" and clause.literal.past


# -- "do you ever X?": X wanted or a jab -------------------------------------------------------
@pytest.mark.parametrize("text, jab", [
    ("Do you ever get tired of being wrong?", "tired"),
    ("DO YOU EVER GET TIRED OF BEING WRONG???", "tired"),
    ("Do you ever stop talking?", "stop talking"),
    ("Do you ever listen to yourself?", "listen to yourself"),
    ("Can you ever admit you're wrong?", "admit"),
    ("do you ever shut up 🙄", "shut up"),
])
def test_a_jab_is_never_asked_for_or_negated(rewrite, text, jab):
    for said in texts(rewrite(text)):
        assert not asks_for(said, jab.split()[0]), said
        assert "more often" not in said, said
        assert not re.search(rf"\byou don't {jab.split()[0]}", said), said  # no invented negation


@pytest.mark.parametrize("text, act", [
    ("Do you ever clean up after yourself?", "clean up"),
    ("Do you ever help with the laundry?", "help with"),
    ("When have you ever put me first?", "put me first"),
])
def test_a_wanted_act_is_still_asked_for(rewrite, text, act):
    assert any(asks_for(said, act) for said in some_texts(rewrite(text)))


# -- "why do you even bother X?" ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Why do you even bother posting here?",
    "why do u even bother replying lol",
    "Why even bother coming home? You're never here anyway.",
])
def test_why_bother_invents_no_negation_and_no_request(rewrite, text):
    for said in texts(rewrite(text)):
        assert "bother" not in said.lower(), said
        assert not re.search(r"\byou don't (?:bother|post|reply|come)", said), said


def test_why_bother_is_contempt():
    assert read("Why do you even bother posting here?").clauses[0].role == "contempt"


# -- accusing questions that name no act -------------------------------------------------------
@pytest.mark.parametrize("text, kept", [
    ("Who do you think you are?", None),
    ("Who do you think you are, talking to my mother like that?", "mother"),
    ("Are you out of your mind?", None),
    ("Have you lost your mind, spending the rent money on a TV?", "rent money"),
    ("What were you thinking, leaving the kids alone in the car?", "kids"),
    ("Do you have any idea what you've done?", "what you did"),
    ("Do you have any idea what you did to this family?", "this family"),
    ("You think I wanted this to happen?", "this to happen"),
    ("Are you being deliberately obtuse?", None),
    ("Where were you when I needed you?", "needed you"),
    ("Did you seriously just hang up on me?", "hung up on me"),
])
def test_accusing_questions_get_a_line_to_send(rewrite, text, kept):
    found = some_texts(rewrite(text))
    for said in found:
        assert not re.search(r"\bCould you (?:think|be|lose|have|hang)\b", said), said
        assert "out of your mind" not in said and "who do you think" not in said.lower(), said
    if kept:
        assert any(kept in said for said in found), found


def test_no_situation_is_invented(rewrite):
    for said in some_texts(rewrite("Who do you think you are?")) + some_texts(rewrite("Are you out of your mind?")):
        assert not re.search(r"\bwhen you\b", said), said


@pytest.mark.parametrize("text, denied", [
    ("You think I'm enjoying this?", "I'm not enjoying this"),
    ("Do you think I would lie to you?", "I wouldn't lie to you"),
])
def test_you_think_i_is_denied_not_owned(rewrite, text, denied):
    found = some_texts(rewrite(text))
    assert any(denied in said for said in found), found
    assert not any("sorry I would" in said for said in found), found


def test_too_much_to_ask_keeps_the_ask(rewrite):
    found = some_texts(rewrite("Is it too much to ask for you to text me when you're running late?"))
    assert any("Could you text me when you're running late?" in said for said in found), found
    assert not any("too much" in said for said in found), found


@pytest.mark.parametrize("text, ask", [
    ("Would it kill you to switch the immersion off after your shower? The bill was €240 this month.",
     "Could you switch the immersion off after your shower?"),
    ("Would it kill you to answer a message once in a while, Sinéad?", "could you answer a message once in a while?"),
    ("would it hurt you to say thanks once in a while", "Could you say thanks once in a while?"),
])
def test_would_it_kill_you_keeps_the_ask(rewrite, text, ask):
    """Read as a question about the listener ("When it killed you to switch the immersion off, I felt
    worried"), it made no sense; it asks for the act, so the rewrite asks for it plainly."""
    found = some_texts(rewrite(text))
    assert ask.lower() in found[0].lower(), found
    assert not any(re.search(r"\b(?:kill|killed|hurt you)\b", said) for said in found), found


# -- absolutes --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "You've never done a single thing for me.",
    "you have NEVER done a single thing for me",
    "You never do anything around the house.",
])
def test_never_a_single_thing_keeps_its_negation(rewrite, text):
    found = some_texts(rewrite(text))
    for said in found:
        assert not re.search(r"\byou (?:did|do) (?:single|a single|anything|things)\b", said, re.I), said
        assert "single things" not in said, said
        assert not re.search(r"\bcould you do a single\b", said, re.I), said
    assert any(re.search(r"\byou (?:didn't|don't|haven't)\b", said) for said in found), found


@pytest.mark.parametrize("text", [
    "You never loved me.",
    "You never cared about my feelings.",
    "You've never trusted me, not once in twenty years.",
    "You never listen to me.",
])
def test_a_state_is_not_told_as_one_occasion(rewrite, text):
    for said in some_texts(rewrite(text)):
        assert not re.search(r"\b(?:this|the last|last) time\b", said, re.I), said
        assert not re.search(r"\b(?:was|felt) \w+ (?:for me )?when it seems\b", said), said  # tense agrees


def test_lift_a_finger_is_not_made_plural(rewrite):
    for said in texts(rewrite("You never lift a finger.")):
        assert "fingers" not in said, said


def test_suggestions_pass_the_recheck(rewrite, analyzer):
    said = [s for text in ("How could you do this to me?", "Who do you think you are?",
                           "You never loved me.", "Do you have any idea what you've done?")
            for s in texts(rewrite(text))]
    assert said
    for result in analyzer.check_many(said):
        assert not any(result["labels"][label]["flagged"] for label in ("blaming", "defensive")), result["text"]


@pytest.mark.parametrize("text, bad", [
    ("Do you have any idea how worried I was?", r"\bwasworried\b"),
    ("You never say a word to my parents.", r"\bsay them\b"),
    ("Do you ever think about anyone but yourself?", r"\bCould you think about anyone\b"),
    ("you let the kids stay up till midnight on a school night, what were you thinking", r"\bwhat happened\b"),
])
def test_no_broken_english_or_sweeping_request(rewrite, text, bad):
    for said in some_texts(rewrite(text)):
        assert not re.search(bad, said), said


def test_how_could_you_alone_is_the_hurt(rewrite):
    found = some_texts(rewrite("How could you?"))
    assert any("hurt" in said for said in found) and not any(re.search(r"\bCould you\b", s) for s in found), found


@pytest.mark.parametrize("text, ask", [
    ("How hard is it to put the remote back on the shelf? Every single night it ends up down the side of the couch.",
     "Could you put the remote back on the shelf?"),
    ("How hard can it be to text me back?", "Could you text me back?"),
])
def test_how_hard_is_it_asks_for_the_act_and_is_never_told_as_one(rewrite, text, ask):
    found = some_texts(rewrite(text))
    assert any(ask in s for s in found), found
    assert not any(re.search(r"\bhard it (?:is|can)\b|\bbe to\b", s) for s in found), found  # "When hard it is to…"
