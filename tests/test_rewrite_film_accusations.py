"""Film-drama accusations (putdowns.py, film_jabs.py, and the readers they feed): a put-down of what
the listener can do is never copied into "when you can't…" nor asked for; "can't even" about an act
towards the speaker is that act; the jabs with no act ("who do you think you're fooling?", "you're
nothing without me", "look what you've done") get what the speaker feels and needs; nothing asks the
listener to do the hurtful act; idioms ("a word I say", "care what he thinks") are read as meant."""

import re

import pytest

from heard.rewrite.film_jabs import sentence_jab
from heard.rewrite.parsing import parse_many
from heard.rewrite.putdowns import cant_even
from conftest import read_as, some_texts, texts_of


# -- readings, without the model -----------------------------------------------------------------
@pytest.mark.parametrize("text", ["You can't do anything right.", "You can't even tie your own shoes.",
                                  "You can't sit still for more than five minutes.", "Can you do anything right?",
                                  "YOU CAN'T EVEN BOIL AN EGG"])
def test_put_downs_of_ability_name_no_act(text):
    readings = [c.literal for c in read_as(text).clauses if c.literal is not None]
    assert readings and all("can't" not in (r.statement or r.situation) for r in readings)
    assert all(r.request is None or "can't" not in r.request for r in readings)


@pytest.mark.parametrize("text", ["You can't cook.", "You can't be serious.", "You can't go to the party tonight.",
                                  "I can't even look at you."])
def test_plain_cant_is_not_read_as_a_put_down(text):
    doc = parse_many([text])[0]
    assert cant_even(list(doc)) is None


@pytest.mark.parametrize("text", ["Look at you, all dressed up!", "Who do you think will win?",
                                  "Look what I made for you!", "Whose turn is it to cook?"])
def test_friendly_lookalikes_are_not_jabs(text):
    doc = parse_many([text])[0]
    assert all(sentence_jab(list(s)) is None for s in doc.sents)


# -- the suggestions ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "You can't do anything right.",
    "Look at you. You can't even tie your own shoes.",
    "You can't do anything right, can you? Not one thing.",
    "YOU CAN'T EVEN BOIL AN EGG",
    "Honestly, Dave, you can't even stand up straight 🙄",
    "You can't keep a job for more than a month, and you call me the failure?",
])
def test_ability_put_downs_are_never_copied_or_asked_for(rewrite, text):
    for said in some_texts(rewrite(text)):
        assert not re.search(r"\bcan'?t\b|from now on|more often", said, re.I), said
        assert not re.search(r"\b(?:tie|boil|stand up|keep (?:a|them))\b", said, re.I), said


def test_a_named_chore_is_asked_for_without_the_put_down(rewrite):
    said = some_texts(rewrite("You can't even keep your own room clean, and you want a dog?"))
    assert any("keep your room clean" in s for s in said)
    assert not any("can't" in s or "own room" in s for s in said)


@pytest.mark.parametrize("text, kept", [
    ("You can't even look me in the eye, can you?", "look me in the eye"),
    ("You can't even say sorry.", "say sorry"),
    ("You couldn't even call to say you'd be late? I sat in that restaurant for two hours.", "call to say"),
])
def test_cant_even_about_an_act_towards_the_speaker_keeps_the_act(rewrite, text, kept):
    said = some_texts(rewrite(text))
    assert any(kept in s for s in said)
    assert not any(re.search(r"\bcan'?t\b|couldn't|\bin it\b|dare", s) for s in said), said


@pytest.mark.parametrize("text", ["Why do you even care what he thinks?",
                                  "Why do you even care what your father thinks? He left us.",
                                  "why do you care so much about what people think"])
def test_caring_what_someone_thinks_is_not_about_being_cared_for(rewrite, text):
    said = some_texts(rewrite(text))
    assert not any("cared about" in s for s in said)
    assert all(re.search(r"what (?:he|your father|people) thinks?", s) for s in said), said


@pytest.mark.parametrize("text", ["Do you ever listen to a word I say?", "Do you ever hear a single word I say?",
                                  "You never listen to a word I say, Marcus. Not one word."])
def test_a_word_i_say_means_me(rewrite, text):
    said = some_texts(rewrite(text))
    assert not any(re.search(r"word I say|listen to me more often", s) for s in said), said


@pytest.mark.parametrize("text", ["You've never once said thank you.", "You have never once said sorry to me.",
                                  "You haven't said a single kind word to me since the funeral."])
def test_never_once_said_reads_as_english(rewrite, text):
    for said in some_texts(rewrite(text)):
        assert not re.search(r"thanked you|\bn't\b|haven't said [^.]* this time|you n't", said), said


@pytest.mark.parametrize("text, kept", [("Why would you want to live there?", "live there"),
                                        ("Why would you ever want to go back to him after what he did?", "go back to him"),
                                        ("Why do you want to move to Leeds?", "Leeds")])
def test_why_would_you_want_keeps_the_choice_without_inventing_it(rewrite, text, kept):
    said = some_texts(rewrite(text))
    assert any(kept in s for s in said)
    assert not any(re.search(r"it seems like you want|try not to want", s) for s in said), said


@pytest.mark.parametrize("text, banned", [
    ("Who do you think you're fooling?", r"fool"),
    ("Who do you think you're kidding, Frank? Everybody in this town knows.", r"kid"),
    ("Are you seriously going to sit there and pretend you didn't say that?", r"pretend|sit there|could you"),
    ("Don't stand there and lie to my face.", r"lie to my face|could you"),
    ("You're nothing without me.", r"nothing without"),
    ("You'd be nothing without me, and you know it.", r"nothing without|you know it"),
    ("Look what you've done.", r"look what"),
    ("Look what you've done to this family.", r"look what"),
    ("Who do you think pays for all of this? You? Don't make me laugh.", r"laugh|not sure pays"),
    ("Whose fault do you think it is that we lost the house?", r"fault|it is we"),
])
def test_jabs_with_no_act_get_a_feeling_and_a_need(rewrite, text, banned):
    said = some_texts(rewrite(text))
    assert not any(re.search(banned, s, re.I) for s in said), said
    assert all(re.search(r"\bI(?:'m|'ve|'d)?\b", s) for s in said if not s.endswith("?")), said


def test_the_jabs_keep_what_they_name(rewrite):
    assert any("this family" in s for s in some_texts(rewrite("Look what you've done to this family.")))
    assert any("lost the house" in s for s in some_texts(rewrite("Whose fault do you think it is that we lost the house?")))
    assert any("pay for all of this" in s for s in some_texts(rewrite("Who do you think pays for all of this?")))
    assert any("didn't say that" in s for s in some_texts(
        rewrite("Are you seriously going to sit there and pretend you didn't say that?")))


@pytest.mark.parametrize("text, asked", [
    ("Don't you dare walk away from me while I'm talking to you.", r"could (?:you )?dare|could you walk away"),
    ("Don't you dare touch my car.", r"dare|could you touch"),
    ("You can't talk to me like that.", r"could you talk to me like|like it\b"),
    ("You can't just leave!", r"could you (?:just )?leave"),
])
def test_no_suggestion_asks_for_the_hurtful_act(rewrite, text, asked):
    assert not any(re.search(asked, s, re.I) for s in texts_of(rewrite(text)))


def test_supposed_to_is_what_did_not_happen_told_in_the_past(rewrite):
    said = some_texts(rewrite("You were supposed to pick me up at six."))
    assert any("didn't pick me up at six" in s for s in said)
    assert not any(re.search(r"\bI (?:feel|get)\b", s) for s in said), said
    assert not any("weren't my friend" in s for s in texts_of(rewrite("You were supposed to be my friend.")))


def test_a_name_called_is_said_once(rewrite):
    for said in some_texts(rewrite("Do you ever think about anyone but yourself, Claire?")):
        assert said.count("Claire") == 1, said
        assert "anyone but yourself" not in said


def test_every_suggestion_is_below_the_thresholds(analyzer, rewrite):
    texts = ["You can't do anything right.", "Who do you think you're fooling?", "You're nothing without me.",
             "Look what you've done.", "Why would you want to live there?", "Don't you dare walk away from me."]
    said = [s for t in texts for s in texts_of(rewrite(t))]
    for result in analyzer.check_many(said):
        assert not any(result["labels"][label]["flagged"] for label in ("blaming", "defensive")), result["text"]
