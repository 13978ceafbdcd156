"""Comment-thread jabs ("Source?", "Name one…", "Tell me you've never X without telling me") get the
speaker's own claim and a real question (threads.py): what is disputed kept, the jab gone, and none
of the household lines or apologies for the speaker's own facts."""

import re

import pytest

from heard.rewrite.threads import thread_hostility
from conftest import read_as, some_texts as texts

HOUSEHOLD = re.compile(r"\bI (?:feel|felt|get really|'ve been feeling)\b|\bwhen you\b|\bI'm sorry\b|\bhassle\b|"
                       r"\bwhen you've got a minute\b|\bI should have\b|\bmake it right\b|\bwhat would help\b", re.I)
JABS = re.compile(r"\b(?:lol|lmao|bless your heart|I'll wait|found the|tell me you|google is free|learn to read|"
                  r"do your own research|imagine|ever actually|even|sweetie|cool story|give me a break)\b", re.I)


@pytest.mark.parametrize("text", [
    "Source? Pretty sure that's made up.",
    "Name a single striker who scored more than him last season.",
    "Spoken like someone who's never worked retail.",
    "This is why no one takes climate activists seriously.",
    "OK so? The school still got an outstanding rating.",
    "How is a two-hour wait even acceptable?",
    "You lot will believe anything the Daily Mail tells you.",
])
def test_thread_jabs_are_recognised(text):
    assert thread_hostility(read_as(text))


@pytest.mark.parametrize("text", [
    "Have you ever actually cleaned the oven?",
    "Tell me you're joking, I waited two hours for you.",
    "How is the new stadium?",
    "Did you even look at the bins before you left?",
])
def test_household_and_plain_questions_are_not_thread_jabs(text):
    assert not thread_hostility(read_as(text))


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("Lol did you even read the report? The council spent £2m on consultants.", "the council spent £2m on consultants"),
    ("OK so? The school still got an outstanding rating.", "the school still got an outstanding rating"),
    ("If you'd bothered to check you'd know the vote was postponed to June.", "the vote was postponed to june"),
    ("Whatever helps you sleep. The club lost money five years running.", "the club lost money five years running"),
    ("Name a single striker who scored more than him last season.", "striker who scored more than him last season"),
    ("Still doesn't explain why the refs never check VAR for them.", "why the refs never check var for them"),
    ('"Rent control always works" lmao', "rent control always works"),
    ("Do your own research about the new bypass.", "the new bypass"),
    ("That's not what socialism means.", "socialism"),
])
def test_a_thread_jab_keeps_the_claim_in_the_speakers_words(rewrite, message, kept):
    found = texts(rewrite(message))
    best = found[0]
    assert kept in best.lower(), found
    assert not HOUSEHOLD.search(best), best
    assert not JABS.search(best), best
    assert best.rstrip().endswith("?"), best  # a real question, not a verdict


@pytest.mark.model
@pytest.mark.parametrize("message, deed, ask", [
    ("Spoken like someone who's never worked retail.", "you've worked retail", "Have you?"),
    ("Tell me you've never raised a toddler without telling me you've never raised a toddler.",
     "you've raised a toddler", "Have you?"),
])
def test_tell_me_without_telling_me_asks_instead_of_inverting(rewrite, message, deed, ask):
    best = texts(rewrite(message))[0]
    assert deed in best and ask in best and "never" not in best and "without telling" not in best, best


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "> vaccines cause autism. Yeah, tell that to every paediatrician on earth.",
    "Sure, because the council always listens to residents.",
])
def test_the_other_sides_claim_is_never_kept_as_the_speakers(rewrite, message):
    """The quoted or sarcastic claim is what the speaker disputes: it may be doubted, never asserted."""
    for text in texts(rewrite(message)):
        assert not re.search(r"\b(?:as far as I know|from what I've seen)\b", text, re.I), text
        assert re.search(r"\bI(?: don't agree|'m not sure| don't think)\b", text), text


@pytest.mark.model
def test_they_is_said_in_full_or_not_at_all(rewrite):
    best = texts(rewrite("What about your party? They voted for the same cuts."))[0]
    assert "your party voted for the same cuts" in best and not re.search(r"\bthey\b", best, re.I), best


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Every time someone proposes a cycle path, you lot moan about parking. This is why we can't have nice things.",
    "Have you actually ever coached a team? Because it doesn't sound like it.",
])
def test_setups_and_impressions_are_not_kept_as_claims(rewrite, message):
    for text in rewrite(message).suggestions:
        assert not re.search(r"\b(?:as far as I know|from what I've seen)\b", text["text"], re.I), text


def test_a_loaded_question_keeps_its_claim_before_the_re_check():
    """"How is a two-hour wait even acceptable?" is read as the claim and a real question. The model doesn't
    flag the message, and it scores that reading 0.51 blaming (0.47 with the model before the full stop
    stopped being a word feature), so a forced rewrite shows nothing: the reading is what is tested here."""
    from heard.rewrite.strategies import candidates_for

    found = [c.text for c in candidates_for(read_as("How is a two-hour wait even acceptable?"))]
    assert any("a two-hour wait is acceptable" in t and t.rstrip().endswith("?") and not JABS.search(t)
               for t in found), found
