"""Hostility in an argument about views gets the speaker's position and a question, keeping what is
disputed, and none of the household "I feel … when you …" lines."""

import re

import pytest
from conftest import some_texts as texts

pytestmark = pytest.mark.model

HOUSEHOLD = re.compile(r"\bI (?:feel|felt|get really)\b|\bwhen you\b|\btake care of\b|\bfrom now on\b", re.I)


@pytest.mark.parametrize("message, kept", [
    ("You clearly don't understand how interest rates work.", "how interest rates work"),
    ("do you even know what inflation means??", "what inflation means"),
    ("Your logic is breathtakingly bad.", "your logic"),
    ("YOUR MATH IS WRONG and you know it", "your math"),
    ("your numbers make no sense lol", "your numbers"),
    ("You obviously didn't read the study you linked.", "the study you linked"),
    ("You're just parroting what you heard on the news 🙄", "what you heard on the news"),
    ("It's hilarious that you think the bypass will fix the traffic.", "the bypass will fix the traffic"),
])
def test_an_attack_on_a_view_keeps_what_is_disputed(rewrite, analyzer, message, kept):
    found = texts(rewrite(message))
    assert any(kept.lower() in t.lower() for t in found), found
    assert not any(HOUSEHOLD.search(t) for t in found), found
    assert all(t.endswith("?") for t in found), found
    verdicts = analyzer.check_many(found)
    assert not any(v["labels"][label]["flagged"] for v in verdicts for label in ("blaming", "defensive"))


def test_numbers_are_walked_through_as_them_and_logic_as_it(rewrite):
    assert any("through them" in t for t in texts(rewrite("your numbers are garbage")))
    assert any("through it" in t for t in texts(rewrite("your logic is garbage")))


@pytest.mark.parametrize("message", ["Keep your opinions to yourself next time.", "Spare us the lecture.",
                                     "stick to your day job mate"])
def test_telling_someone_to_stop_talking_becomes_a_boundary(rewrite, message):
    found = texts(rewrite(message))
    assert any("leave it here" in t for t in found), found


@pytest.mark.parametrize("message", ["Go educate yourself before you comment.", "You people will believe anything."])
def test_a_sneer_at_a_view_with_nothing_to_keep_says_only_the_disagreement(rewrite, message):
    found = texts(rewrite(message))
    assert all(t.startswith("I ") for t in found) and not any(HOUSEHOLD.search(t) for t in found), found


@pytest.mark.parametrize("message, kept", [
    ("Your comment about my weight at dinner was cruel", "weight"),
    ("you never read the brief before the call, do you", "brief"),
    ("Stop spamming your affiliate link in every keyboard thread, it's so transparent.", "link"),
    ("Did you even read what I wrote? I asked for the blue one.", "blue one"),
    ("How many times do I have to ask you to take out the trash?", "trash"),
])
def test_a_personal_complaint_that_mentions_a_comment_stays_personal(rewrite, message, kept):
    found = texts(rewrite(message))
    assert any(kept in t for t in found), found
    assert not any(re.search(r"walk me through|agree on|differently|see this", t) for t in found), found


@pytest.mark.parametrize("message, kept, asked", [
    ("Do you really think the council will fix the potholes before winter?",
     "I'm not sure the council will fix the potholes before winter", "What makes you think so?"),
    ("do u actually think anyone reads the newsletter lol", "anyone reads the newsletter", "?"),
    ("Are you seriously saying nobody should drive into town anymore?",
     "It sounds like you're saying nobody should drive into town anymore", "Is that what you mean?"),
    ('What part of "the vote is closed" don\'t you understand?', '"the vote is closed"', "Which part"),
])
def test_a_rhetorical_question_about_a_belief_becomes_a_real_one(rewrite, message, kept, asked):
    found = texts(rewrite(message))
    assert any(kept in t and asked in t for t in found), found
    assert not any(re.search(r"\breally\b|\bseriously\b|\bactually\b|\blol\b", t) for t in found), found


def test_believing_a_thing_is_no_claim_to_doubt(rewrite):
    found = texts(rewrite("Do you actually believe this nonsense?"))
    assert not any("not sure this" in t or "nonsense" in t for t in found), found


@pytest.mark.parametrize("message, claim", [
    ("Do you honestly expect anyone to take that seriously?", "anyone will take that seriously"),
    ("Do you really expect the council to fix the road before winter?", "the council will fix the road"),
])
def test_expecting_someone_to_do_a_thing_is_doubted_as_a_claim_that_they_will(rewrite, message, claim):
    found = texts(rewrite(message))
    assert any(claim in t for t in found), found
    assert not any(re.search(r"\bsure \w+ to\b", t) for t in found), found


@pytest.mark.parametrize("message", [
    "You seem to have forgotten who actually pays for all of these programs.",
    "You would think someone so sure of themselves would have checked the numbers first.",
])
def test_a_jab_that_touches_nothing_of_the_speakers_life_is_met_as_a_disagreement(rewrite, message):
    # Forced through the engine: if nothing else fits, the reply is a position and a question, never
    # "I'm frustrated right now" or a household "I feel … when you …".
    for t in rewrite(message).suggestions:
        assert not HOUSEHOLD.search(t["text"]) and "frustrated" not in t["text"], t
