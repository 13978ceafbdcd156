"""Film-drama defences (retorts.py, lapses.py, refusals.py and the spoken kinds): a jab, a challenge, a
dismissal or an "I told you" reminder is never kept inside an acknowledgement or an apology; a refusal
to apologise keeps its reason and drops the refusal; one lapse gets one apology; a reproach ("you knew
I'd be upset") is never taken for validation; "you're not perfect either" is owned, not left alone."""

import re

import pytest

from heard.rewrite.retorts import made_clear, reminder, retort
from heard.rewrite.spoken import kinds_in
from conftest import read_as, some_texts, texts_of


def _message(text, labels=("defensive",)):
    return read_as(text, labels)


def _clauses(text):
    return _message(text).clauses


# -- recognising them, without the model --------------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("I'd love to see you try.", "challenge"),
    ("I'd like to see you try, Frank.", "challenge"),
    ("I'm done wasting my time on you.", "dismissal"),
    ("Nobody wants to hear it.", "dismissal"),
    ("NOBODY ASKED FOR YOUR OPINION", "dismissal"),
    ("I'm just saying what everyone's thinking.", "everyone"),
    ("I told you so.", "told_so"),
])
def test_retorts_are_recognised(text, kind):
    assert any(retort(c) == kind for c in _clauses(text))


@pytest.mark.parametrize("text", ["I'd love to see you tonight.", "I told her about the party.",
                                  "Nobody wants to go to the dentist.", "I said some awful things and I'm sorry."])
def test_plain_statements_are_not_retorts(text):
    assert not any(retort(c) for c in _clauses(text))


@pytest.mark.parametrize("text", ["I told you I'd be home by six", "I warned you about him, didn't I?",
                                  "I've told you a hundred times I can't make Sundays.", "I said it was fine."])
def test_reminders_are_recognised(text):
    assert any(reminder(c) for c in _clauses(text))


@pytest.mark.parametrize("text", ["I never told you I'd stay.", "I said some awful things.", "I said I was sorry."])
def test_admissions_are_not_reminders(text):
    assert not any(reminder(c) for c in _clauses(text))


def test_a_reminder_of_the_speakers_own_plan_is_owned_but_not_one_of_the_listeners_task():
    assert made_clear(_clauses("I told you I'd be home by six")[0]) == \
        "I should have made it clearer that I'd be home by six, and I'm sorry"
    assert made_clear(_clauses("I told you to call me")[0]) is None


@pytest.mark.parametrize("text, kind", [
    ("I'm not going to apologize for protecting my family.", "no_sorry"),
    ("I won't apologise for being honest with you.", "no_sorry"),
    ("It's not like you're perfect either.", "not_perfect"),
    ("You're no angel either, Kate.", "not_perfect"),
    ("You can't blame me for falling in love.", "blamed"),
    ("You were never going to listen to me anyway, so why should I have bothered?", "never_going_to"),
    ("I'm done explaining myself to you. Believe what you want.", "done"),
])
def test_film_defences_are_recognised(text, kind):
    assert kind in kinds_in(_message(text))


def test_you_did_it_anyway_is_blame_not_a_you_too():
    assert "you_too" not in kinds_in(_message("You knew I'd be upset and you did it anyway.", ("blaming",)))


# -- with the shipped model ------------------------------------------------------------------------

RETORTS = ["I'd love to see you try.", "I'm done wasting my time on you.", "Nobody wants to hear it.",
           "I'm just saying what everyone's thinking.", "Go ahead. Try me.", "I'd like to see you try, Frank.",
           "NOBODY ASKED FOR YOUR OPINION!!", "Everyone agrees with me, ask anyone 🙄"]
KEPT_RETORT = re.compile(r"\b(?:see you try|try me|wasting my (?:time|breath)|nobody (?:wants|asked)|everyone(?:'s| is)? "
                         r"thinking|everyone agrees|ask anyone)\b", re.I)


@pytest.mark.model
@pytest.mark.parametrize("text", RETORTS)
def test_no_suggestion_keeps_a_retort(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not KEPT_RETORT.search(suggestion), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text", ["I told you I'd be home by six", "I told you I was working late tonight.",
                                  "I've told you a hundred times I can't make Sundays.",
                                  "I told you I'd handle it, and I handled it."])
def test_no_suggestion_keeps_an_i_told_you(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bI (?:told|warned) you\b|\bI handled it\b", suggestion), suggestion


@pytest.mark.model
def test_a_reminder_of_ones_own_plan_is_owned_keeping_the_time(rewrite):
    found = some_texts(rewrite("I told you I'd be home by six"))
    assert any("home by six" in s and "clearer" in s for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("I'm not going to apologize for protecting my family.", "protect my family"),
    ("I won't apologise for being honest with you.", "be honest with you"),
    ("I'm not sorry for telling her the truth, Mark.", "tell her the truth"),
    ("I refuse to apologize for what I said.", "what I said"),
])
def test_a_refusal_to_apologise_keeps_its_reason_and_drops_the_refusal(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found
    for suggestion in found:
        assert not re.search(r"\b(?:not|won't|refuse to) (?:going to )?(?:apologi[sz]e|sorry)\b", suggestion, re.I)
        assert suggestion.count("Mark") <= 1


@pytest.mark.model
@pytest.mark.parametrize("text, said", [
    ("I meant to tell you about the party, I just forgot", "I'm sorry I forgot to tell you about the party"),
    ("I was going to call you, I just forgot.", "I'm sorry I forgot to call you"),
    ("I was gonna tell you about the trip, it slipped my mind.", "I'm sorry I forgot to tell you about the trip"),
    ("I meant to pay the gas bill but I completely forgot about it.", "I'm sorry I forgot to pay the gas bill"),
])
def test_a_plan_and_its_i_forgot_get_one_apology(rewrite, text, said):
    found = some_texts(rewrite(text))
    assert any(said in s for s in found), found
    for suggestion in found:
        assert suggestion.count("sorry") == 1, suggestion
        assert "slipped my mind" not in suggestion


@pytest.mark.model
def test_an_apology_drops_the_okay_tag(rewrite):
    for suggestion in some_texts(rewrite("I forgot the anniversary, okay? I've had a lot on my plate with the trial.")):
        assert not re.search(r"\bokay\b", suggestion, re.I), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text", ["You knew I'd be upset and you did it anyway.",
                                  "You know how much this job means to me.",
                                  "You knew I hated surprises and you threw me a party anyway."])
def test_a_reproach_is_never_opened_as_validation(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.match(r"(?:I can see |)you knew\b", suggestion, re.I), suggestion
        assert "it seems like you know" not in suggestion.lower()
        assert "sorry for what I did" not in suggestion  # the speaker was wronged: no apology from them


@pytest.mark.model
@pytest.mark.parametrize("text", ["It's not like you're perfect either.", "You're no angel either, Kate.",
                                  "As if you're some kind of saint.", "You're hardly perfect yourself, you know."])
def test_not_perfect_either_is_owned(rewrite, text):
    found = some_texts(rewrite(text))
    assert any("made mistakes" in s and "sorry for my part" in s for s in found), found
    assert not any("perfect" in s or "saint" in s or "angel" in s for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Don't you dare put this on me. You're the one who walked out.",
                                  "You can't blame me for falling in love. It just happened.",
                                  "You can't pin this on me."])
def test_a_refused_blame_never_asks_the_listener_to_blame(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\b(?:could you|willing to|when you can't)\b.*\b(?:blame|put|pin)\b", suggestion, re.I), suggestion
        assert "when you walked out" not in suggestion  # the counter-attack is not the topic


@pytest.mark.model
@pytest.mark.parametrize("text", ["You were never going to listen to me anyway, so why should I have bothered?",
                                  "If you'd picked up the phone even once, none of this would have happened."])
def test_a_presumption_or_if_you_had_is_not_asked_back(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\b(?:could you|willing to)\b", suggestion, re.I), suggestion


@pytest.mark.model
def test_film_probe_suggestions_read_below_the_thresholds(analyzer, rewrite):
    texts = ["I'm not going to apologize for protecting my family.", "It's not like you're perfect either.",
             "I told you I'd be home by six", "I only took the money because you left me with nothing."]
    for text in texts:
        for suggestion in texts_of(rewrite(text)):
            labels = analyzer.check(suggestion)["labels"]
            assert not labels["blaming"]["flagged"] and not labels["defensive"]["flagged"], suggestion


@pytest.mark.model
@pytest.mark.parametrize("text, owned", [
    ("I said I would fix the fence when I have time, stop nagging me about it.", "I'm sorry I haven't fixed the fence yet"),
    ("I said I'll sort the bins out later, relax.", "I'm sorry I haven't sorted the bins out yet"),
])
def test_a_promise_reminded_of_is_owned_as_not_kept_yet(rewrite, text, owned):
    found = some_texts(rewrite(text))
    assert any(owned in s for s in found), found
    for suggestion in found:
        assert "I said" not in suggestion and "careful about how I say" not in suggestion, suggestion


@pytest.mark.model
@pytest.mark.parametrize("text", ["I know I said I'd call but I was exhausted after the night shift",
                                  "How dare you speak to my mother like that?"])
def test_an_admitted_promise_or_a_how_dare_you_is_no_retort(rewrite, text):
    assert some_texts(rewrite(text))


@pytest.mark.parametrize("text", ["So kind of you to save me a slice.", "Could you save me a seat?"])
def test_saving_something_for_me_is_no_dismissal(text):
    assert not any(retort(c) for c in _clauses(text))


@pytest.mark.model
def test_a_sorry_but_is_not_turned_into_an_apology(rewrite):
    for suggestion in texts_of(rewrite("I'm sorry but I can't be expected to cover your shifts every weekend.")):
        assert "I'm sorry." not in suggestion, suggestion
