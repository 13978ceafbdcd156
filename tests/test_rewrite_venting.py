"""Messages with nothing to keep but their hostility: the feeling behind them, honestly said, and
never an invented situation; a wish or threat of harm gets no rewrite at all."""

import re

import pytest

from heard.rewrite import rewrite_results
from heard.rewrite.harm import wishes_harm
from heard.rewrite.parsing import rewrite_nlp
from conftest import some_texts as texts

pytestmark = pytest.mark.model

# Nouns a feeling-only suggestion may use although the message didn't: the moment itself.
MOMENT_NOUNS = {"break", "fight", "side", "time", "way", "moment", "conversation"}


def invented_nouns(message: str, suggestion: str) -> set:
    nlp = rewrite_nlp()
    own = {t.lemma_.lower() for t in nlp(message)}
    return {t.lemma_.lower() for t in nlp(suggestion) if t.pos_ in ("NOUN", "PROPN")} - own - MOMENT_NOUNS


# -- the harm guard, without the model ---------------------------------------------------------
@pytest.mark.parametrize("text", ["I hope you die", "kys lol", "I swear I'll kill you", "go die in a fire",
                                  "i hope u get hit by a bus", "Im gonna punch you", "KILL YOURSELF"])
def test_wishes_and_threats_of_harm_are_recognised(text):
    assert wishes_harm(text)


@pytest.mark.parametrize("text", ["this printer is killing me", "he hit my car", "I hope you have fun",
                                  "I'll hit you up later", "I'll beat you at chess", "drop dead gorgeous",
                                  "I'll never hurt you", "I'd kill for a coffee", "you're killing me here"])
def test_hyperbole_and_reports_are_not_harm(text):
    assert not wishes_harm(text)


# -- the engine ---------------------------------------------------------------------------------
@pytest.mark.parametrize("message", [
    "idiot", "You're pathetic.", "touch grass, nerd", "Grow up.", "why are you like this 🙄",
    "you've got the emotional intelligence of a houseplant", "Typical. Just typical.",
    "Do you actually believe this nonsense?", "Nice try.", "Are you really this dense?",
])
def test_an_attack_with_nothing_to_keep_becomes_an_honest_i_statement(rewrite, analyzer, message):
    found = texts(rewrite(message))
    for text in found:
        assert re.match(r"I\b|I'", text), text
        assert "you always" not in text.lower() and "you never" not in text.lower()
        assert not invented_nouns(message, text), (text, invented_nouns(message, text))
    verdicts = analyzer.check_many(found)
    assert not any(v["labels"][label]["flagged"] for v in verdicts for label in ("blaming", "defensive"))


def test_the_feeling_fits_what_the_message_vents(rewrite):
    shouted = " ".join(texts(rewrite("WHAT IS WRONG WITH YOU")))
    assert "angry" in shouted and "break" in shouted
    assert "attacked" in " ".join(texts(rewrite("stop attacking me")))
    assert "judged" in " ".join(texts(rewrite("why are you judging me")))
    assert "keep ending up here" in " ".join(texts(rewrite("here we go again")))
    assert "understand" in " ".join(texts(rewrite("what is wrong with you?")))


def test_a_shrug_owns_the_defensiveness(rewrite):
    found = rewrite("not my problem")
    assert any(s["strategy"] == "take responsibility" and "defensive" in s["text"] for s in found.suggestions)
    assert not any("problem" in s["text"] for s in found.suggestions)


def test_the_feeling_alone_is_shown_only_when_the_message_gives_nothing_better(rewrite):
    found = texts(rewrite("You left the dishes in the sink for three days, idiot"))
    assert any("dishes" in t for t in found), found
    assert not any("take it out on you" in t or "what happened" in t for t in found), found


def test_a_neutral_message_is_not_turned_into_a_feeling(analyzer):
    # Forced through the engine as the evaluation does: no hostility of its own, so nothing to say.
    results = analyzer.check_many(["are we still on for lunch tomorrow?", "ok see you at 6"])
    for outcome in rewrite_results(analyzer, results, force=True):
        assert not any("angry" in s["text"] or "frustrated" in s["text"] for s in outcome.suggestions)


@pytest.mark.parametrize("message", ["I hope you die", "kys", "I'M GOING TO KILL YOU", "hope u rot"])
def test_a_wish_or_threat_of_harm_gets_no_rewrite_and_says_why(rewrite, message):
    outcome = rewrite(message)
    assert outcome.suggestions == []
    assert "harm" in outcome.reason


def test_a_threat_is_never_carried_into_a_suggestion_about_the_rest(rewrite):
    outcome = rewrite("if you eat my leftovers again I swear I'll kill you")
    assert not any(re.search(r"kill|swear", s["text"], re.I) for s in outcome.suggestions)
    assert outcome.suggestions or "harm" in outcome.reason


def test_a_defence_with_nothing_to_keep_is_owned_not_vented(rewrite):
    found = rewrite("I didn't say anything wrong, you just took it the wrong way")
    assert found.suggestions, found.reason
    assert not any(s["strategy"] == "I statement" for s in found.suggestions), found.suggestions
    assert not any(re.search(r"don't agree|frustrated|angry", s["text"]) for s in found.suggestions)


@pytest.mark.parametrize("message", ["I wasn't even there.", "I had work, Mum. I can't just drop everything every "
                                     "time Dad has a wobble.", "i work 50 hours a week what more do you want from me 😩"])
def test_a_plain_defence_the_model_reads_as_defensive_gets_an_acknowledgement(rewrite, message):
    found = rewrite(message).suggestions
    assert found and all(s["strategy"] in ("acknowledge first", "take responsibility") for s in found), found
    assert not any(re.search(r"angry|frustrated|defensive", s["text"]) for s in found), found


@pytest.mark.parametrize("message", ["I guess my opinion doesn't count then", "I'm not mad, I'm just disappointed, as usual",
                                     "I suppose my feelings don't matter in this house."])
def test_the_hurt_speaker_is_not_told_to_hear_out_the_other(rewrite, message):
    # Their feeling is what to say; "I can tell this matters to you…" would hand the hurt to the listener.
    assert not any("upset with me" in s["text"] or "matters to you" in s["text"] for s in rewrite(message).suggestions)
