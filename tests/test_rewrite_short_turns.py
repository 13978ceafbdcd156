"""Short spoken turns of a row (short_turns.py, film_jabs.py, putdowns.py, the spoken defences, venting.py):
a one-line accusation, jab, denial, justification or victim line gets what the speaker could say
instead, keeping what it names (a name, "it", the promised act), and a warm or neutral short message
gets nothing."""

import re

import pytest

from conftest import retrained_xfail, some_texts, texts_of


@pytest.mark.parametrize("text", ["You're lying.", "You're lying to me, Jack.", "YOU'RE SUCH A LIAR!",
                                  "You're lying, aren't you?", "Stop lying to me 🙄"])
def test_you_are_lying_is_said_as_disbelief_never_as_an_act(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(r"\bwhen you(?:'re| are)? ly", suggestion, re.I), suggestion
        assert re.search(r"\bbelieve\b|\bhonest\b", suggestion), suggestion
    if "Jack" in text:
        assert all("Jack" in s for s in texts_of(rewrite(text)))


@pytest.mark.parametrize("text", ["Look at the state of you.", "The state of you 🙄", "What a state you're in, Dad."])
def test_the_state_of_you_is_worry_not_contempt(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert "worried" in suggestion and "state" not in suggestion, suggestion


@pytest.mark.parametrize("text", ["Oh, come on.", "Oh please.", "Yeah, right.", "Get real."])
def test_a_scoff_becomes_a_different_view_and_a_question(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert "differently" in suggestion and suggestion.endswith("?"), suggestion


@pytest.mark.parametrize("text", ["So what?", "Big deal.", "Who cares?"])
def test_a_shrug_is_owned_as_brushing_it_off(rewrite, text):
    assert any("don't want to brush it off" in s for s in some_texts(rewrite(text)))  # present tense (unsent.py)


@pytest.mark.parametrize("text", ["You said you'd be home by ten.", "You said you'd call.", "You promised you'd come.",
                                  "You told me you'd fix it.", "You said you'd never do that again."])
def test_a_promise_held_up_is_said_as_what_did_not_happen(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(r"\bwhen you (?:said|promised|told)\b", suggestion), suggestion
        assert re.search(r"\byou (?:didn't|weren't|did that again)\b", suggestion), suggestion


@pytest.mark.parametrize("text", ["Did you say you'd call?", "You said you'd love to come!"])
def test_a_question_or_a_warm_promise_is_not_read_as_one_broken(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\byou (?:didn't|weren't)\b", suggestion), suggestion


@pytest.mark.parametrize("text", ["Nobody ever asks me.", "No one asked me, Dad.", "Nobody cares what I think.",
                                  "Nobody cares how I feel!", "I always get blamed.", "I'm always the one blamed.",
                                  "Why do I always get the blame?"])
def test_a_victim_line_says_the_speakers_need_without_echoing_it(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(r"\b(?:nobody|no one|I get blamed|I always)\b", suggestion, re.I), suggestion
        assert "I can see this really upset you" not in suggestion
        assert "Could you blame" not in suggestion, suggestion
    if "Dad" in text:
        assert all(s.startswith("Dad,") for s in texts_of(rewrite(text)))


@pytest.mark.parametrize("text, kept", [("Someone had to do it.", "do it"), ("Somebody had to do something!", "something"),
                                        ("Someone had to do it, Mum.", "Mum")])
def test_someone_had_to_keeps_the_act_and_owns_its_cost(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion and "sorry" in suggestion, suggestion


def test_being_the_adult_is_not_said_back(rewrite):
    for suggestion in some_texts(rewrite("Someone had to be the adult here.")):
        assert "adult" not in suggestion, suggestion


@pytest.mark.parametrize("text", ["Don't look at me.", "Hey, don't look at me!", "Don't look at me, I didn't do it."])
def test_dont_look_at_me_is_feeling_blamed(rewrite, text):
    assert any("blamed" in s for s in some_texts(rewrite(text)))


@pytest.mark.parametrize("text", ["Don't look at me like that.", "Stop looking at me like that!"])
def test_how_the_listener_looks_is_said_as_a_hurt(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert "when you look at me like that" in suggestion, suggestion


def test_a_hurt_at_a_look_does_not_crowd_out_owning_the_act(rewrite):
    found = some_texts(rewrite("Don't look at me like that. You'd have done the same thing in my position."))
    assert any("sorry" in s for s in found), found


@pytest.mark.parametrize("text, kept", [("I didn't take your money.", "your money"),
                                        ("I didn't break the vase, Mum.", "the vase"),
                                        ("I never touched your car.", "your car")])
def test_a_denied_act_keeps_its_object_and_apologises_for_nothing(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found
    for suggestion in found:
        assert not re.search(r"\bI'm sorry (?:I|about|for)\b", suggestion), suggestion


@pytest.mark.parametrize("text, name", [("Calm down, Mum.", "Mum"), ("Look at you, Dad.", "Dad"),
                                        ("Grow up, Sam.", "Sam"), ("ok mum, whatever you say 🙄", "Mum")])
def test_the_feeling_only_fallback_keeps_the_name(rewrite, text, name):
    for suggestion in some_texts(rewrite(text)):
        assert suggestion.startswith(name + ","), suggestion


@pytest.mark.parametrize("text", ["You're a joke, you know that?", "You're an idiot, you know that, Dave?"])
def test_a_pressing_tag_is_not_a_disagreement_about_knowledge(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert "agree" not in suggestion and "how you got there" not in suggestion, suggestion
        assert "you know that" not in suggestion, suggestion


@pytest.mark.parametrize("text", ["love you too", "ok see you at 6", "you too!", "oh", "thanks mum x", "Where were you?",
                                  "What time is it?", "Did you call her?", "Can we talk later?", "Who told you that?",
                                  "Look at the state of this kitchen.",
                                  pytest.param("So what did you do?", marks=retrained_xfail("the question "
                                               "scores 0.50 for blaming and is flagged")), "Love you, Dad."])
def test_warm_and_neutral_short_turns_get_nothing(rewrite, text):
    assert texts_of(rewrite(text)) == []


def test_every_suggestion_is_below_the_thresholds(rewrite, analyzer):
    texts = ["You're lying.", "Look at the state of you.", "Oh, come on.", "So what?", "You said you'd call.",
             "Nobody ever asks me.", "I always get blamed.", "Someone had to do it.", "Don't look at me.",
             "I didn't take your money.", "Who raised you, wolves?", "You're just like your father."]
    suggestions = [s for outcome in rewrite(*texts) for s in texts_of(outcome)]
    assert suggestions
    for result in analyzer.check_many(suggestions):
        for label in ("blaming", "defensive"):
            assert not result["labels"][label]["flagged"], (result["text"], label)


@pytest.mark.parametrize("text, said", [
    ("Yes you did.", "I remember it differently"),  # a past act disputed: the speaker's memory
    ("No you didn't, Sam.", "Sam, I remember it differently"),
    ("No, you don't.", "I see this differently"),  # the present or future: a view
    ("But you will.", "I see this differently"),
    ("You're wrong.", "I see this differently"),
])
def test_a_bare_contradiction_is_said_as_memory_or_view(rewrite, text, said):
    first = some_texts(rewrite(text))[0]
    assert first.startswith(said) and first.endswith("?"), first


def test_a_contradiction_beside_an_act_keeps_the_act(rewrite):
    first = some_texts(rewrite("Yes you did, you told Mum I'd crashed the car."))[0]
    assert "you told Mum I'd crashed the car" in first and "differently" not in first, first


@pytest.mark.parametrize("text", ["Are you done?", "Are you finished yet?", "So, have you finished?"])
def test_are_you_done_is_asking_for_a_turn(rewrite, text):
    assert some_texts(rewrite(text))[0] == "I'd like a chance to say something too. Can I have a turn when you're ready?"


@pytest.mark.parametrize("text", [
    "As treasurer you were meant to pay the hall hire by Friday. You didn't. We've lost the booking for the 14th.",
    "I'm not the one who broke the promise, Jack. You are.",
])
def test_a_contradiction_inside_a_longer_message_is_no_reply_to_a_turn(rewrite, text):
    assert not any("differently" in s for s in texts_of(rewrite(text)))


def test_a_name_between_commas_is_not_part_of_the_joke_owned(rewrite):
    found = some_texts(rewrite("It was just a joke, Emma, I didn't think you'd take the speech thing so personally."))
    assert any("my joke landed badly" in s for s in found), found
    assert not any("joke Emma" in s for s in found), found
