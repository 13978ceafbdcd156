"""Spoken defences (spoken.py, rationales.py, victimhood.py, pushback.py): a justification, an alibi or
a brush-off is never kept inside an apology; playing the victim gets the speaker's own feeling and
need, not an apology; pushbacks ("Don't be ridiculous", "you'd have done the same thing") get what
the speaker could say instead, never an "I" statement about the listener's "act"."""

import re

import pytest

from heard.rewrite.spoken import kinds_in
from conftest import read_as, some_texts, texts_of


def _message(text, labels=("defensive",)):
    return read_as(text, labels)


# -- recognising them, without the model --------------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("I had my reasons.", "reasons"),
    ("I had no choice, okay?", "no_choice"),
    ("What choice did I have?", "no_choice"),
    ("Somebody had to make a decision, so I made it.", "had_to"),
    ("I'm doing the best I can, what more do you want from me?", "best"),
    ("Nobody ever thinks about what I'm going through 😢", "about_me"),
    ("POOR ME, RIGHT?", "alone"),
    ("Why is everyone ganging up on me?", "against"),
    ("Of course it's my fault. It's always my fault.", "all_my_fault"),
    ("Don't you dare blame this on me.", "blamed"),
    ("Don't be ridiculous.", "dismissed"),
    ("You think I wanted this to happen?", "not_wanted"),
    ("I can't believe you'd even think that of me.", "hurt_disbelief"),
    ("You don't get to talk to me like that.", "prohibited"),
    ("You'd have done the same thing.", "you_too"),
    ("What are you talking about? I was home all night.", "alibi"),
])
def test_spoken_defences_are_recognised(text, kind):
    assert kind in kinds_in(_message(text))


@pytest.mark.parametrize("text", [
    "Nobody told me the meeting moved.",          # an excuse, not a victim stance
    "Nobody cares about the football, Dad.",      # brushes the listener off; the speaker isn't hurting
    "I was home by ten and made dinner.",         # a plain fact, no charge denied
    "It's my fault, I'm sorry.",                  # owned, not sarcastic
    "You think I'd make a good teacher?",         # a real question
])
def test_plain_messages_are_not_read_as_spoken_defences(text):
    assert not kinds_in(_message(text)) & {"about_me", "alone", "alibi", "all_my_fault", "not_wanted"}


# -- with the shipped model ------------------------------------------------------------------------
JUSTIFICATIONS = ["Everybody does it, it's not a big deal.", "I had my reasons.", "Everyone does it, relax.",
                  "I'm doing the best I can, what more do you want from me?", "I HAD MY REASONS, OKAY??",
                  "We all do it, it's really not that bad."]
KEPT_EXCUSE = re.compile(r"\b(?:every(?:body|one) does it|we all do it|I had my reasons|not (?:a big deal|that bad)|"
                         r"doing (?:the best I can|my best))\b", re.I)


@pytest.mark.model
@pytest.mark.parametrize("text", JUSTIFICATIONS)
def test_a_justification_is_never_kept_inside_an_apology(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        owned = re.sub(r"\bsorry I said [^.]*", "", suggestion)  # "I'm sorry I said it was not that bad" owns the words
        assert not ("sorry" in owned.lower() and KEPT_EXCUSE.search(owned)), suggestion
        assert "made things harder for you" not in suggestion, suggestion


ALIBIS = ["What are you talking about? I was home all night.", "I WAS AT WORK, ask anyone 🙄",
          "I was at Jake's the whole time, I swear.", "What do you mean? I've been here the whole time, ask your mum."]


@pytest.mark.model
@pytest.mark.parametrize("text", ALIBIS)
def test_an_alibi_keeps_the_fact_and_apologises_for_nothing(rewrite, text):
    place = re.search(r"(?:home all night|at work|at Jake's|here the whole time)", text, re.I).group(0).lower()
    found = some_texts(rewrite(text))
    assert any(place in s.lower() for s in found), found
    for suggestion in found:
        assert "sorry" not in suggestion.lower() and "made things harder" not in suggestion, suggestion


VICTIM = {"Nobody ever thinks about what I'm going through.": "what I'm going through",
          "Nobody ever asks how my day was.": "how my day was",
          "Poor me, right? Nobody cares.": None,
          "Why is everyone ganging up on me?": "ganging up on me",
          "Nobody ever helps me with the dishes.": "with the dishes",
          "I've been carrying this team for months and nobody even notices.": "carrying this team"}


@pytest.mark.model
@pytest.mark.parametrize("text", list(VICTIM))
def test_playing_the_victim_gets_the_speakers_feeling_not_an_apology(rewrite, text):
    found = some_texts(rewrite(text))
    for suggestion in found:
        assert "sorry" not in suggestion.lower(), suggestion
        assert not re.search(r"\bI can see (?:this|it|how|why)\b|\bupset you\b|affected you", suggestion), suggestion
    if VICTIM[text]:
        assert any(VICTIM[text].lower() in s.lower() for s in found), found


@pytest.mark.model
def test_a_debt_guilt_trip_keeps_its_i_statement(rewrite):
    found = some_texts(rewrite("After everything I've done for you, this is how you treat me?"))
    assert any(s.startswith("I'm feeling hurt and unappreciated") for s in found), found


PUSHBACKS = {"Don't you dare blame this on me.": r"\bdare\b",
             "Don't be ridiculous.": r"ridiculous|brushed",
             "You think I wanted this to happen?": r"\?.*\?|^You think",
             "Do you really think I enjoy working every weekend?": r"^Do you",
             "You'd have done the same thing.": r"\bwhen you'd\b|\byou'd have\b",
             "I can't believe you'd even think that of me.": r"seems like|\beven\b",
             "You don't get to talk to me like that.": r"don't get to",
             "Stop blaming me for the late payment, the treasurer never sent the reminder.": r"sorry about the late",
             "oh sure, blame me": r"\bsure\b"}


@pytest.mark.model
@pytest.mark.parametrize("text", list(PUSHBACKS))
def test_a_pushback_gets_what_to_say_instead_without_its_words(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(PUSHBACKS[text], suggestion, re.I), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("You think I wanted this to happen?", "wanted this to happen"),
    ("Do you think I wanted to miss your birthday?", "miss your birthday"),
    ("I can't believe you'd even think that of me.", "you'd think that of me"),
    ("I can't believe you would accuse me of lying.", "accuse me of lying"),
    ("You don't get to talk to me like that.", "when you talk to me like that"),
    ("You don't get to talk to my mother like that!!", "when you talk to my mother like that"),
    ("Like you've never been late in your life.", "I'm sorry I was late"),
    ("Don't blame me for the mess.", "blamed for the mess"),
])
def test_the_rewrite_keeps_what_the_pushback_names(rewrite, text, kept):
    found = texts_of(rewrite(text))
    assert any(kept.lower() in s.lower() for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", ["You'd have done the same thing.", "Anyone would have done the same thing.",
                                  "You made me do it."])  # "you're one to talk, …": test_rewrite_counters.py
def test_you_too_is_owned_not_turned_into_a_complaint(rewrite, text):
    found = some_texts(rewrite(text))
    assert any("sorry" in s.lower() and "on me" in s for s in found), found
    assert not any(re.search(r"\bwhen you\b|\bforgot\b", s) for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", ["I had no choice, okay?", "I didn't have a choice!", "It's not like I did it on purpose."])
def test_the_excuses_own_words_are_not_the_topic(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(r"about the (?:choice|purpose)|upset about", suggestion), suggestion


@pytest.mark.model
def test_every_suggestion_is_below_the_thresholds(rewrite, analyzer):
    texts = [*JUSTIFICATIONS, *ALIBIS, *VICTIM, *PUSHBACKS]
    suggestions = [s for outcome in rewrite(*texts) for s in texts_of(outcome)]
    assert suggestions
    for result in analyzer.check_many(suggestions):
        assert not any(result["labels"][label]["flagged"] for label in ("blaming", "defensive")), result["text"]


@pytest.mark.model
@pytest.mark.parametrize("message, done", [
    ("why is it always me who gets blamed when something goes missing in this house", "blamed"),
    ("it's always me that gets shouted at", "shouted at"),
])
def test_the_one_always_blamed_says_it_hurts_without_the_always(rewrite, message, done):
    found = some_texts(rewrite(message))
    assert any(done in t and "hurts" in t for t in found), found
    assert not any(re.search(r"\balways\b|could you get", t, re.I) for t in found), found
