"""Short blaming turns of film and TV scenes (scene_blame.py): a late act mocked ("Nice of you to show
up"), "You call that an apology?", standing questioned ("What gives you the right to read my letters?"),
"You've got some nerve asking…", "You should be grateful I…", "You and your temper", a mocking name
("Hey, genius, …"), and mockery with nothing to keep. Each keeps the act it names, never the jab,
never an invented apology; a teasing turn gets none of these lines."""

import re

import pytest

from conftest import some_texts, texts_of

# The jab's own words, which no suggestion may keep.
_JABS = re.compile(r"\b(?:genius|einstein|hotshot|sunshine|mister|sherlock|nice of you|took your sweet time|"
                   r"you call (?:that|this)|nerve|gall|cheek|grateful|thankful|thank me|who asked|"
                   r"what gives you the right|prodigal|hero of the hour|big man|so clever)\b", re.I)


def _below_thresholds(analyzer, texts):
    for verdict in analyzer.check_many(texts):
        assert not any(verdict["labels"][label]["flagged"] for label in ("blaming", "defensive")), verdict["text"]


@pytest.mark.parametrize("text, act", [
    ("Nice of you to show up, Lieutenant.", "show up"), ("How nice of you to join us, Doctor.", "join us"),
    ("Well, look who finally decided to come home.", "come home"), ("So you finally decided to show up!", "show up"),
    ("NICE OF YOU TO TURN UP.", "turn up")])
def test_a_mocked_late_arrival_keeps_the_act_and_asks_ahead(rewrite, analyzer, text, act):
    found = some_texts(rewrite(text))
    for suggestion in found:
        assert act in suggestion.lower() and "waiting" in suggestion and not _JABS.search(suggestion), suggestion
    _below_thresholds(analyzer, found)


@pytest.mark.parametrize("text", ["Well, you took your sweet time, Agent Cole.", "You sure took your time about it.",
                                  "You took your time, didn't you?"])
def test_took_your_time_is_the_wait_not_the_verdict(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert "waiting" in suggestion and "sweet" not in suggestion, suggestion


@pytest.mark.parametrize("text, kept", [("Oh, so now you remember my birthday.", "remember my birthday"),
                                        ("So now you care about my feelings?", "care about my feelings"),
                                        ("Oh, now you want to talk.", "want to talk")])
def test_now_you_x_says_the_wait_hurt_and_keeps_x(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion and "when now you" not in suggestion, suggestion


@pytest.mark.parametrize("text, thing", [("You call that an apology?", "an apology"), ("You call this coffee?", "coffee"),
                                         ("YOU CALL THAT A PLAN?", "a plan"), ("You call that help, Steven?", "help")])
def test_you_call_that_x_keeps_the_thing_without_the_sneer(rewrite, text, thing):
    for suggestion in some_texts(rewrite(text)):
        assert f"like {thing} to me" in suggestion and not _JABS.search(suggestion), suggestion
        if "Steven" in text:
            assert suggestion.startswith("Steven, ")


@pytest.mark.parametrize("text, act", [
    ("What gives you the right to read my letters?", "read my letters"),
    ("Who said you could borrow my car?", "borrow my car"),
    ("Who gave you permission to use my name? 😡", "use my name"),
    ("Who told you to sell the piano?", "sell the piano")])
def test_standing_questioned_keeps_the_act_done_without_asking(rewrite, analyzer, text, act):
    found = some_texts(rewrite(text))
    for suggestion in found:
        assert f"you {act} without asking" in suggestion and not _JABS.search(suggestion), suggestion
        assert not re.search(r"\bcould you " + re.escape(act), suggestion), suggestion  # never asks for the act
    _below_thresholds(analyzer, found)


@pytest.mark.parametrize("text, act", [("You've got some cheek asking me for money.", "asking me for money"),
                                       ("You've got a lot of gall coming in here.", "coming in here"),
                                       ("The nerve of you, lecturing me about honesty.", "lecturing me about honesty")])
def test_nerve_keeps_the_act_and_drops_the_verdict(rewrite, text, act):
    for suggestion in some_texts(rewrite(text)):
        assert act in suggestion and not _JABS.search(suggestion), suggestion


@pytest.mark.parametrize("text, done", [("You ought to thank me I didn't call the police.", "I didn't call the police"),
                                        ("You should be grateful I even stayed.", "I stayed"),
                                        ("You should be thankful I took you in.", "I took you in"),
                                        ("You ought to be thankful I paid your bail.", "I paid your bail")])
def test_grateful_i_x_is_what_the_speaker_did_never_an_apology(rewrite, text, done):
    outcome = rewrite(text)
    for suggestion in some_texts(outcome):
        assert suggestion.startswith(done) and "unappreciated" in suggestion, suggestion
    for suggestion in texts_of(outcome):
        assert "sorry" not in suggestion.lower() and "should have" not in suggestion, suggestion


@pytest.mark.parametrize("text", ["Hey, Einstein, you left the gate open again.", "Hey, sunshine, you forgot to lock the safe.",
                                  "Hey, hotshot, you missed the deadline.", "Hey, you, you scratched my car.",
                                  "Listen, hotshot, you blew the interview.", "You forgot to feed the horses, boy."])
def test_a_mocking_name_never_reaches_the_suggestion(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert not _JABS.search(suggestion) and not re.search(r"\b(?:boy|you, you)\b", suggestion), suggestion
        assert "unheard" not in suggestion, suggestion  # "Listen, …" opens the turn, it is no feeling


@pytest.mark.parametrize("text", ["Oh, look, the prodigal son returns.", "Oh, here comes the hero of the hour.",
                                  "Well, aren't you the big man now.", "Oh, you think you're so clever.",
                                  "Oh, here he comes, the big hero."])
def test_mockery_with_nothing_to_keep_is_never_made_an_event(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bwhen (?:the|here|it seems like you think)\b", suggestion), suggestion
        assert not _JABS.search(suggestion), suggestion


@pytest.mark.parametrize("text", ["Well, I hope you're happy now.", "Well, you've done it now.",
                                  "Well, you've really outdone yourself this time."])
def test_a_hostile_jab_gets_the_feeling_only_line_and_no_defence(rewrite, text):
    outcome = rewrite(text)
    found = some_texts(outcome)
    assert outcome.feeling_only, found
    for suggestion in found:
        assert "defensive" not in suggestion and "I can tell this matters to you" not in suggestion, suggestion


@pytest.mark.parametrize("text", ["You and your temper.", "You and your big ideas, Harold."])
def test_you_and_your_x_keeps_x_as_the_speakers_struggle(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert suggestion.lower().count("your ") == 1 and "struggling with your" in suggestion, suggestion


@pytest.mark.parametrize("text", ["You never could keep your mouth shut.", "You never can say no to him.",
                                  "You never would listen to anyone."])
def test_never_before_a_modal_is_never_garbled(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\b(?:don't|didn't|doesn't) (?:could|can|would|\w+ed)\b", suggestion), suggestion


@pytest.mark.parametrize("text", ["Nice of you to show up lol", "nice of you to come over 😂",
                                  "Good of you to call, Mum. I've missed you ❤"])
def test_teasing_or_warm_turns_get_no_scene_reading(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert "waiting a long time" not in suggestion, suggestion


def test_two_sentences_are_not_read_as_one_scene_jab(rewrite):
    """A jab followed by a defence of one's own: the second sentence is not dropped as a filler."""
    outcome = rewrite("You call that an apology? I waited all night for you.")
    for suggestion in texts_of(outcome):
        assert "you call" not in suggestion.lower(), suggestion


@pytest.mark.parametrize("text, line", [("Good of you to come, Doctor.", "waiting a long time"),
                                        ("What do you know about the new hire?", "differently"),
                                        ("Who told you that?", "without asking"),
                                        ("You and your sister, then?", "struggling with"),
                                        ("Who asked you to pick up the kids, Dad or me?", "without asking")])
def test_a_turn_that_may_be_meant_gets_no_scene_line(rewrite, text, line):
    for suggestion in texts_of(rewrite(text)):
        assert line not in suggestion, suggestion


@pytest.mark.parametrize("text, chore", [("Oh, so now it's my job to remind you?", "remind you"),
                                         ("So it's my job to clean up after you now?", "clean up after you"),
                                         ("Now it's my responsibility to pay your debts?", "pay your debts")])
def test_my_job_now_keeps_the_chore_and_asks_to_share_it(rewrite, text, chore):
    for suggestion in some_texts(rewrite(text)):
        assert f"on me to {chore}." in suggestion and "share" in suggestion, suggestion
