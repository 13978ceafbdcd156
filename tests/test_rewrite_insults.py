"""Names hurled at the listener that heard's trait table doesn't know (insults.py): the message gets
the feeling behind it, never the name said back or read as an act ("when you utter pillock"), and a
name said of the speaker, a third person or a thing is no insult of the listener."""

import re

import pytest

from heard.rewrite.insults import insulted
from conftest import read_as, some_texts, texts_of

HURLED = ["you two-faced snake", "absolute weapon", "waste of oxygen tbh", "grow a backbone for once",
          "what a melt", "you're a lowlife", "scumbag", "you utter pillock", "bellend", "YOU ABSOLUTE DONKEY",
          "such a drama queen 🙄", "you're a parasite, Kev", "stop being such a nag", "You little sleaze bag!",
          "You jerk--", "You're a mistake."]


@pytest.mark.parametrize("text", HURLED)
def test_a_hurled_name_is_read_as_an_insult(text):
    assert insulted(read_as(text))


@pytest.mark.parametrize("text", ["I'm such a melt lol", "he's a spineless coward", "the cow got out again",
                                  "that cupboard is a waste of space", "my brother is a snake",
                                  "it was a joke", "the bot crashed again", "Mum's a legend, honestly",
                                  "That was a mistake, I'm sorry."])
def test_a_name_for_the_speaker_someone_else_or_a_thing_is_not_an_insult_of_the_listener(text):
    assert not insulted(read_as(text))


@pytest.mark.parametrize("text", HURLED)
def test_the_suggestion_never_says_the_name_back_or_reads_it_as_an_act(rewrite, text):
    name = re.compile(r"\b(?:snake|weapon|oxygen|backbone|melt|lowlife|scumbag|pillock|bellend|donkey|drama|parasite|"
                      r"nag|when you (?:utter|absolute))\b", re.I)
    for suggestion in some_texts(rewrite(text)):
        assert not name.search(suggestion), suggestion


def test_the_name_it_was_said_to_stays(rewrite):
    assert all(s.startswith("Kev") for s in some_texts(rewrite("you're a parasite, Kev")))


@pytest.mark.parametrize("text", ["I'm such an idiot, forgot my keys", "silly me, left the oven on again",
                                  "what a muppet I am, wrong day entirely", "I'm so stupid lol"])
def test_a_speaker_hard_on_themself_gets_no_rewrite_and_is_told_why(rewrite, text):
    outcome = rewrite(text)
    assert outcome.suggestions == [] and "yourself" in outcome.reason


@pytest.mark.parametrize("text", ["I'm not stupid, I know what I saw", "I'm such an idiot for trusting you"])
def test_a_defence_or_a_jab_at_the_listener_is_still_rewritten(rewrite, text):
    assert some_texts(rewrite(text))


# Review fixes across this round's readings, kept here with the insult tests they were found beside.

@pytest.mark.parametrize("text", ["you are the single biggest bottleneck on this project and you know it",
                                  "you've done far worse and you know it. remember the wedding?"])
def test_and_you_know_it_is_an_intensifier_not_a_denial(rewrite, text):
    assert not any("remember it differently" in s for s in texts_of(rewrite(text)))


def test_with_respect_softens_a_complaint_and_feigns_no_care(rewrite):
    text = "Mrs. Burke, with respect, if you'd set clearer instructions my daughter wouldn't have done the wrong assignment."
    for suggestion in some_texts(rewrite(text)):
        assert "worried about you" not in suggestion and "instructions" in suggestion, suggestion


def test_a_denial_set_aside_as_a_move_still_makes_the_message_a_defence(rewrite):
    found = some_texts(rewrite("That's not what happened. I turned the heating down because the bill was huge, "
                               "not to annoy you."))
    assert not any(re.search(r"I(?:'ve been| was| felt) feeling|I feel", s) for s in found), found


@pytest.mark.parametrize("text", ["one more word like that and I'll smash your phone",
                                  "do that again and you'll regret it"])
def test_a_threat_to_what_is_theirs_gets_no_rewrite_and_says_why(rewrite, text):
    outcome = rewrite(text)
    assert outcome.suggestions == [] and "threat" in outcome.reason


@pytest.mark.parametrize("text", ["don't buy that car, you'll regret it", "I'll break your heart if you leave lol"])
def test_advice_and_teasing_are_no_threat(text):
    from heard.rewrite.menace import menaces
    assert not menaces(text)


@pytest.mark.parametrize("text", ["you two-faced liar", "two-faced weasel", "spineless little weasel"])
def test_a_phrase_insult_is_read_whole_not_as_a_verb(text):
    assert insulted(read_as(text))


def test_a_threat_said_as_a_fact_is_refused_as_one_and_teasing_is_not(rewrite):
    assert "threat" in rewrite("you're dead when I see you").reason
    assert "threat" not in (rewrite("you're dead if mum finds out lol").reason or "")
