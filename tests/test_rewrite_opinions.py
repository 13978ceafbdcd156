"""Rewrites for contempt aimed at someone's advice, claim, question or knowledge: the speaker's own
view of that content, in its own words, and a genuine question; pure insults get no invented topic."""

import re

import pytest

from heard.rewrite.disagreement import _clean_quote, _recipient
from conftest import some_texts as texts

MOCKING = re.compile(r"\b(?:genius|insight|incredible|stunning|brilliant|amazing|groundbreaking|world-class|"
                     r"bro|coincidence|innocent|cereal|truly|wow)\b|🙄|😂", re.I)


# -- the pieces, without the model -------------------------------------------------------------
def test_a_quote_loses_its_emoji_and_closing_marks():
    assert _clean_quote("just let them cry 😂 ") == "just let them cry"
    assert _clean_quote("just git gud!!") == "just git gud"


def test_a_stranger_is_described_by_their_situation():
    assert _recipient("the guy with a 2009 Civic") == "someone with a 2009 Civic"
    assert _recipient("a mom of three") == "a mom of three"
    assert _recipient("him") is None


# -- the engine, with the model ----------------------------------------------------------------
def assert_kind(analyzer, suggestions):
    for text, verdict in zip(suggestions, analyzer.check_many(suggestions)):
        for label in ("blaming", "defensive"):
            assert not verdict["labels"][label]["flagged"], (text, label)
        assert not MOCKING.search(text), text
        assert text.rstrip().endswith("?"), text  # the view is followed by a real question


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("Yeah, tell the mom of twins with a broken arm to \"just sleep when the babies sleep\". "
     "Groundbreaking parenting advice.", ["sleeping when the babies sleep", "twins with a broken arm"]),
    ("Wow, 'just git gud' to a guy who's stuck on the first boss with a controller that drifts. "
     "Truly world-class coaching.", ["git gud", "stuck on the first boss", "controller that drifts"]),
    ("OH SURE, TELL THE GUY WITH A 1998 COROLLA TO 'JUST BUY A NEW CAR'. AMAZING ADVICE.",
     ["1998", "car"]),
    ("'just skip breakfast 🙄' to a teenager who's already fainted twice this month?? incredible",
     ["skipping breakfast", "teenager", "fainted twice"]),
])
def test_quoted_advice_becomes_doubt_about_that_advice(rewrite, analyzer, message, kept):
    found = texts(rewrite(message))
    assert any(all(k.lower() in s.lower() for k in kept) for s in found), found
    assert_kind(analyzer, found)


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("You're not a gamer, you're a kid who has watched two speedruns on YouTube.",
     ["watching two speedruns on YouTube", "gamer"]),
    ("You're not a mechanic, you're someone with a socket set and a YouTube account.",
     ["having a socket set and a YouTube account", "mechanic"]),
    ("you're not a 'nutritionist', you're a girl who has read one keto blog",
     ["reading one keto blog", "nutritionist"]),
    ("YOU'RE NOT A DOCTOR, YOU'RE A GUY WHO HAS READ ONE BLOG POST.", ["reading one blog post makes someone a doctor"]),
])
def test_you_are_not_an_x_becomes_doubt_about_what_makes_one(rewrite, analyzer, message, kept):
    found = texts(rewrite(message))
    assert any(all(k in s for k in kept) for s in found), found
    assert_kind(analyzer, found)


@pytest.mark.model
def test_suspicion_of_a_question_takes_the_question_as_fair(rewrite, analyzer):
    message = ("yet another brand new account suddenly very curious whether ibuprofen 'actually' causes "
               "stomach ulcers. sure, totally innocent")
    found = texts(rewrite(message))
    assert any("whether ibuprofen causes stomach ulcers" in s for s in found), found
    assert not any("'actually'" in s for s in found), found
    assert_kind(analyzer, found)


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Amazing research, \"my cousin's friend read it on Facebook\". Bulletproof.",
    "Source? Trust me bro. Stellar as always.",
])
def test_mocked_sources_become_a_request_for_one(rewrite, analyzer, message):
    found = texts(rewrite(message))
    assert any("source" in s.lower() for s in found), found
    assert_kind(analyzer, found)


@pytest.mark.model
@pytest.mark.parametrize("message, noun", [
    ("WOW. GREAT TAKE. DID YOU THINK OF THAT YOURSELF??", "take"),
    ("Incredible theory 🙄 did you get that from a cereal box?", "theory"),
    ("oh great, another genius plan from you 🙄", "plan"),
])
def test_sarcastic_praise_of_a_take_disagrees_with_it(rewrite, analyzer, message, noun):
    found = texts(rewrite(message))
    assert any(f"that {noun}" in s for s in found), found
    assert_kind(analyzer, found)


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "idiot", "why are you like this", "what is wrong with you", "you absolute clown 🤡",
    "WHAT IS WRONG WITH YOU??", "you've got the emotional intelligence of a houseplant",
])
def test_an_insult_with_no_topic_gets_no_disagreement_with_an_invented_topic(rewrite, message):
    outcome = rewrite(message)
    assert all(s.get("strategy") == "I statement" for s in outcome.suggestions), outcome.suggestions
    assert not any(re.search(r"\bthat (?:idea|take|point|advice)|clown|houseplant|idiot", s["text"], re.I)
                   for s in outcome.suggestions)


@pytest.mark.model
def test_asking_after_someone_is_not_read_as_a_suspicious_question(rewrite):
    found = texts(rewrite("you keep asking if I'm okay and then you vanish for a week, it's exhausting"))
    assert not any("fair to wonder" in s for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("message, not_said", [
    ("trust me, you're always late and everyone sees it", "source"),
    ("wow, you really think I'd lie? where's your proof", "source"),
    ("great, so the plan is ruined because of you", "that plan"),
    ("so I'm supposed to tell my mom to 'just stop calling'? great plan", "right advice"),
    ("oh wow thanks so much for the life-changing advice to \"just not be anxious\", why didn't I think of that",
     "right advice"),
    ("you're the type who says \"just being honest\" when what you mean is \"I enjoy being a jerk to sad people\"",
     "right advice"),
])
def test_look_alikes_keep_their_own_reading(rewrite, message, not_said):
    found = [s["text"] for s in rewrite(message).suggestions]
    assert not any(not_said in s for s in found), found


@pytest.mark.model
def test_an_idea_echoed_back_is_named_in_its_own_words(rewrite, analyzer):
    found = texts(rewrite("Great idea, Rob. Let's paint the nursery black. Why stop there?"))
    assert any("painting the nursery black" in s for s in found), found
    assert_kind(analyzer, found)


@pytest.mark.model
def test_quoted_advice_stops_at_its_first_clause(rewrite, analyzer):
    found = texts(rewrite('what is wrong with you, telling someone three weeks sober to "just have one at the '
                          'wedding, it\'s a celebration"'))
    assert any("having one at the wedding is" in s and "three weeks sober" in s for s in found), found
    assert_kind(analyzer, found)
