"""Blaming messages read as the person receiving the suggestion would: threats get no rewrite
(menace.py), "do you even care that S?" is said as the doubt it is (aware.py), a granted "I know
you're grieving, but…" is never the act that hurt (granted.py), a dropped "you" is put back
(subjects.py), envy of what the listener has is not blamed on them (irony.py), and shapes only a
misread produces never reach a user (fluency.py)."""

import re

import pytest

from heard.rewrite.fluency import broken
from heard.rewrite.menace import menaces
from conftest import some_texts, texts_of

HARM_REASON = "wishes or threatens harm"


@pytest.mark.parametrize("text", [
    "the world would be better without you in it",
    "Everyone would be better off without you.",
    "do that again and I'm sending my brothers round",
    "i'll slap the taste out ur mouth 😡",
    "BETTER SLEEP WITH ONE EYE OPEN",
    "I'm going to make your life hell, watch",
])
def test_threats_in_plain_words_are_threats(text):
    assert menaces(text)


@pytest.mark.parametrize("text", [
    "I'd be better off without a car, honestly",
    "the kitchen would be better without the island",
    "we'd be better without your mum deciding everything?",
    "can you send my brothers a photo",
    "you made my life hell this week",
])
def test_ordinary_sentences_are_not_threats(text):
    assert not menaces(text)


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "the world would be better without you in it",
    "do that again and I'm sending my brothers round",
    "i'll slap the taste out ur mouth",
])
def test_no_suggestion_carries_a_threat(rewrite, message):
    outcome = rewrite(message)
    assert texts_of(outcome) == [], outcome.suggestions
    assert HARM_REASON in (outcome.reason or "")


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("do you even care that I failed the bar exam or is this just gossip material for you and Rachel",
     "you don't care that I failed the bar exam"),
    ("Do you even care that Dad's been lying in that hospital bed for three days? You haven't picked up the phone once.",
     "you don't care that Dad's been lying in that hospital bed"),
    ("DO YOU EVEN CARE THAT THE DOG HASN'T BEEN WALKED ALL DAY", "you don't care that"),
    ("Do you understand how a rota works, or should I draw you a picture?", "you don't understand how a rota works"),
])
def test_a_doubting_question_is_said_as_the_doubt(rewrite, message, kept):
    found = some_texts(rewrite(message))
    assert all(kept.lower() in t.lower() for t in found if "seems like" in t), found
    assert not any(re.search(r"seems like (?!you don't)", t) for t in found), found
    assert not any(re.search(r"\bor (?:is|should|do) ", t) for t in found), found  # the second sneer is left out


@pytest.mark.model
@pytest.mark.parametrize("message, not_blamed", [
    ("I know you're grieving and I'm so sorry, but you've been snapping at everyone who tries to help in this thread",
     "grieving"),
    ("I get that you're stressed, but you keep leaving the dishes for me", "stressed"),
    ("I understand you're tired but you forgot to pick up Mia again", "tired"),
])
def test_what_the_speaker_grants_is_never_the_hurt(rewrite, message, not_blamed):
    found = some_texts(rewrite(message))
    assert not any(re.search(r"\bwhen you(?:'re| are)? " + not_blamed, t) for t in found), found


@pytest.mark.model
def test_a_plain_i_know_complaint_is_still_the_complaint(rewrite):
    found = some_texts(rewrite("I know you lied to me about the money"))
    assert any("lied to me about the money" in t for t in found), found


@pytest.mark.model
def test_a_dropped_you_is_put_back(rewrite):
    found = some_texts(rewrite("Typical Ryan. Promised you'd drive Grandma to her eye appointment and then just vanished."))
    assert not any(re.match(r"^Promised\b", t) for t in found), found
    assert any("Grandma" in t for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message", ["must be nice to have a job to moan about 🙄", "Must be nice to have no responsibilities"])
def test_what_the_listener_has_is_not_blamed_on_them(rewrite, message):
    assert not any(re.search(r"\bwhen you have\b", t) for t in texts_of(rewrite(message)))


@pytest.mark.model
@pytest.mark.parametrize("message", ["oh no please, keep talking over me, it's clearly working so well for the team",
                                     "cool, guess I'm rewriting the pinned FAQ solo again like always, since reading a calendar is "
                                     "apparently beyond the rest of this mod team"])
def test_a_sneer_is_not_kept_as_a_fact(rewrite, message):
    assert not any(re.search(r"\b(?:no please|guess I'm)\b", t, re.I) for t in texts_of(rewrite(message)))


@pytest.mark.parametrize("text", [
    "I get really upset when we're. Can we find a way that works for both of us?",
    "Would you be willing to can say thank you?",
    "When can't you say thank you, I feel frustrated.",
    "It upsets me when you treat me like one of your employees. '. I'm your wife.",
])
def test_misread_shapes_are_caught(text):
    assert broken(text)


@pytest.mark.parametrize("text", ["I know you're tired, and I'm sorry.", "That's on me.", "I'd love that. Can we talk?",
                                  "When you said 'I'm fine.' I felt hurt."])
def test_fluent_contractions_pass(text):
    assert not broken(text)


@pytest.mark.model
@pytest.mark.parametrize("message", ["can't you for once in your life just say thank you", "you're the reason we're always broke"])
def test_no_broken_suggestion_for_these(rewrite, message):
    assert not any(broken(t) or " can say" in t or "we're." in t for t in texts_of(rewrite(message)))


@pytest.mark.model
@pytest.mark.parametrize("message, act", [
    ("genius plan, booking the flights for the wrong month", "you booked the flights for the wrong month"),
    ("wow you really outdid yourself, forgetting our anniversary two years running", "you forgot our anniversary"),
    ("brilliant moderating, you locked the wrong thread again", "you locked the wrong thread"),
    ("great job, leaving the gate open AGAIN 🙄", "you left the gate open"),
    ("Brilliant idea letting a 7 year old watch a horror film. Parenting genius.", "you let a 7 year old watch"),
])
def test_mock_praise_of_an_act_says_the_act_without_the_praise(rewrite, message, act):
    found = some_texts(rewrite(message))
    assert any(act in t for t in found), found
    assert not any(re.search(r"\b(?:genius|outdid|brilliant|great job|moderating,)", t, re.I) for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message, embarrassed", [
    ('amazing how your "5 minute shower" lasts the whole playlist', False),
    ("you never lock the front door, it's unbelievable", False),
    ("you shouted at me in front of the whole team", True),
    ("you cc'ed the whole department on my mistake", True),
])
def test_embarrassed_only_where_others_saw(rewrite, message, embarrassed):
    found = some_texts(rewrite(message))
    assert any("embarrassed" in t for t in found) == embarrassed, found


@pytest.mark.model
def test_locked_out_is_not_worry(rewrite):
    assert not any("worried" in t for t in some_texts(rewrite("you always lock me out of the shared drive")))
