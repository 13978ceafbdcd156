"""Blaming messages of the kind the corpus test split holds (mock_praise.py, favours.py, causes.py,
verdicts.py and the feeling checks): sarcastic thanks and praise are read as the act they mock, never
kept as sincere; thanks that is meant stays thanks; a favour met with a complaint keeps the favour;
a cause put first ("because of you…") never leaves a broken "when of…"; feelings follow the
situation, not a stray keyword; a request never turns a place into "at it"."""

import re

import pytest

from conftest import read_as, some_texts, texts_of


def _below_thresholds(analyzer, texts):
    for text, verdict in zip(texts, analyzer.check_many(texts)):
        for label in ("blaming", "defensive"):
            assert not verdict["labels"][label]["flagged"], (text, label)


# -- readings, without the model -----------------------------------------------------------------
@pytest.mark.parametrize("text, act", [
    ("Great, thanks for telling EVERYONE about my job interview. Really appreciate that 👍", "you told everyone"),
    ("oh wow, thanks so much for reading my diary. Truly appreciated.", "you read my diary"),
    ("great, thanks for eating the last of the cake 👍", "you ate the last of the cake"),
])
def test_ironic_thanks_after_an_opener_is_read_as_the_act(text, act):
    readings = [c.literal.situation for c in read_as(text).clauses if c.literal is not None]
    assert any(r.startswith(act) for r in readings), readings


@pytest.mark.parametrize("text", [
    "Great, thanks for telling EVERYONE about my job interview. Really appreciate that 👍",
    "sure, tell me more about how your cousin's divorce was way worse than my breakup. riveting stuff",
    "sure, tell me again how you'd have handled the layoff better. I'm all ears 🙄",
])
def test_praise_tails_say_nothing(text):
    kept = [c.text for c in read_as(text).clauses if c.role != "filler"]
    assert not any(re.search(r"appreciate|riveting|all ears", k, re.I) for k in kept), kept


def test_thanks_meant_beside_an_acknowledgement_stays_thanks():
    message = read_as("Thank you for raising this, and I understand you're worried, but the lease clearly says "
                       "tenants handle the garden.")
    assert message.clauses[0].literal is None and message.clauses[0].role == "validation"


@pytest.mark.parametrize("text, plain", [
    ("because of you we missed it", "we missed it"),
    ("because of you, we missed the train", "we missed the train"),
    ('Thanks to your "creative" expense report, the whole department is getting audited.',
     "the whole department is getting audited because of the expense report"),
])
def test_a_cause_put_first_is_said_last(text, plain):
    from heard.rewrite.reading import say_situation

    message = read_as(text)
    said = [say_situation(message, c) for c in message.clauses if c.role != "filler"]
    assert plain in said, said


def test_a_rule_the_listener_broke_is_what_they_did():
    message = read_as("who raised you?? you don't just walk into someone's room and go through their drawers")
    readings = [c.literal.situation for c in message.clauses if c.literal is not None]
    assert "you walked into my room and went through my drawers" in readings
    # "just because you don't like me": the "just" of another clause is no rule
    message = read_as("Miss, you marked my essay down just because you don't like me.")
    assert not any(c.literal is not None and "liked" in c.literal.situation for c in message.clauses)


# -- the engine, with the model ----------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("Great, thanks for telling EVERYONE about my job interview. Really appreciate that 👍", "job interview"),
    ("thanks SO much for eating my leftovers, really thoughtful", "leftovers"),
    ("so glad you \"circled back\" after the deadline passed, super helpful", "after the deadline passed"),
    ("love that you always find a way to be out sick on demo day", "demo day"),
    ("sure, make it about your ex. that's definitely what we were talking about", "your ex"),
])
def test_mocked_thanks_and_praise_never_read_as_sincere(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found
    for s in found:
        assert not re.match(r"^(?:thanks|thank you|great|love)\b", s, re.I), s
        assert not re.search(r"appreciate|thoughtful|super helpful|definitely what|find a way to|\blove\b", s, re.I), s
    _below_thresholds(analyzer, found)


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("I was doing you a favour by moving your bins, but clearly you'd rather moan.", "moved your bins"),
    ("I did you a favour by picking the kids up and all you do is complain", "picked the kids up"),
    ("I went out of my way to fix your bike and you didn't even say thank you", "fixed your bike"),
    ("typical. I'm the one picking up everyone's slack and YOU'RE the one complaining. unbelievable", "slack"),
])
def test_a_favour_met_with_a_complaint_keeps_the_favour(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    assert not any(re.search(r"overwhelmed|rather moan|\bmoan", s) for s in found), found
    _below_thresholds(analyzer, found[:1])


@pytest.mark.model
@pytest.mark.parametrize("text, wrong", [
    ("unbelievable. you let the youth team on the pitch without asking anyone AGAIN", "left out"),
    ("why do you have to turn every family dinner into a debate about politics? Nana was in tears", "alone"),
    ("you talk down to the junior devs constantly and it's gross", "unheard"),
    ("Yeah I was short with you, because you kept interrupting me the entire call.", "worried"),
    ("Typical. I finally open up about the debt and you hand me a phone number.", "worried"),
    ("congrats on discovering the shared drive exists, only took you two years 🙃", "worried"),
])
def test_the_feeling_fits_the_situation(rewrite, text, wrong):
    found = some_texts(rewrite(text))
    assert not any(wrong in s for s in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Thanks to your \"creative\" expense report, the whole department is getting audited.",
    "because of you we missed it",
    "great teamwork, you did nothing and I did the rest",
    "oh amazing, you forgot her inhaler. again.",
    "way to go, genius, you emailed the whole company the salary spreadsheet",
    "Let me spell it out, since you've missed it twice now: she does NOT want advice about her marriage.",
])
def test_no_cue_word_is_left_hanging_after_when(rewrite, text):
    for s in texts_of(rewrite(text)):
        assert not re.search(r"\bwhen (?:of|since|teamwork|amazing|way to go|because)\b", s, re.I), s
        assert " , " not in s and ". ," not in s, s


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Karen you never pull your weight at the allotment and then take the best tomatoes",
    "you never pull your weight around the house and then take all the credit",
])
def test_a_request_never_turns_a_place_into_it(rewrite, text):
    for s in some_texts(rewrite(text)):
        assert not re.search(r"\b(?:at|around|in) it\b", s), s


@pytest.mark.model
def test_thanks_meant_gets_no_complaint(rewrite):
    found = some_texts(rewrite("Thank you for raising this, and I understand you're worried, but the lease clearly "
                               "says tenants handle the garden."))
    assert not any(re.search(r"upset me when you raised|upsets me when the lease", s) for s in found), found


@pytest.mark.model
def test_an_offer_in_mockery_is_never_asked_for(rewrite):
    text = ('Wow. Mr "don\'t worry babe, I\'ll handle the taxes this year" handled them so beautifully that we now '
            'owe $2,800 plus a late penalty. Bravo. Truly. Should I frame the letter from the IRS, or would you like '
            'to keep it as a souvenir of your financial genius?')
    assert not any("Could you like" in s for s in texts_of(rewrite(text)))
