"""Work Slack, flatmates, neighbours and friends: when the sender tells what the listener did to
them, no suggestion makes the sender apologise or acknowledge the listener's upset; a sender who
answers for their own part still gets the defensive strategies (wronged_by_listener.py)."""

import re

import pytest

from conftest import texts_of

pytestmark = pytest.mark.model

# The sender apologising or soothing the listener: wrong when the sender is the one wronged.
_SOOTHES = re.compile(r"\bI'm sorry\b|\bI should have\b|\bupset you\b|\byou're upset\b|\bhow upset you are\b|"
                      r"\bthis matters to you\b|\bwhat upset you\b", re.I)


@pytest.mark.parametrize("text", [
    "@tom you talked over me the whole standup, I couldn't get a single word in",
    "@jo you cut me off twice in the planning call and I never got to finish my point",
    "I booked the table for 8 and you all turned up at 9:15, the staff were annoyed with me",
    "you had people over until 3am on a work night AGAIN, I have an early shift 😤",
    "why am i the only one who ever updates the jira board?",
    "Anyone going to pay me back for the airbnb or should I just eat the cost",
])
def test_the_wronged_sender_is_not_made_to_apologise(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not _SOOTHES.search(suggestion), suggestion


@pytest.mark.parametrize("text, kept", [
    ("@tom you talked over me the whole standup, I couldn't get a single word in", "@tom"),
    ("I booked the table for 8 and you all turned up at 9:15, the staff were annoyed with me", "9:15"),
    ("@jo you cut me off twice in the planning call and I never got to finish my point", "@jo"),
])
def test_the_complaint_is_said_as_the_senders_own(rewrite, text, kept):
    found = texts_of(rewrite(text))
    assert found
    assert any(kept in s for s in found), found
    assert all(re.search(r"\bI\b", s) for s in found), found


@pytest.mark.parametrize("text", [
    "You never told me it was due friday, so I didn't start it",
    "I wasn't late, you just started early",
    "Stop blaming me for the broken build, you merged it too",
    "You asked me to do it this way, I just followed your instructions",
    "I missed the deadline because nobody sent me the files.",
    "Nobody told me the meeting moved.",
    "I put the bins out, someone else must have moved them",
    "maybe if you didn't pester me every hour I'd actually remember to water the plants",
    "I told you I was sorry yesterday, why are you still going on about it",
    "not my problem tbh, u should have checked",
])
def test_a_sender_answering_for_their_own_part_is_still_read_as_defending(text):
    from heard.rewrite.message import read_message
    from heard.rewrite.parsing import parse_many
    from heard.rewrite.wronged_by_listener import wronged_by_listener
    message = read_message(text, parse_many([text])[0], {"defensive"}, ())
    assert not wronged_by_listener(message)


@pytest.mark.parametrize("text, habit, undone", [
    ("you keep borrowing my charger and never giving it back", "borrow", "give it back"),
    ("you keep taking my headphones and NEVER putting them back 🙄", "take", "put them back"),
    ("you always use my mug and never wash it up", "use", "wash it up"),
    ("you keep eating my crisps and never replacing them", "eat", "replace them"),
])
def test_the_request_asks_for_what_was_left_undone_not_the_habit(rewrite, text, habit, undone):
    found = texts_of(rewrite(text))
    for suggestion in found:
        assert not re.search(rf"\b(?:could you|willing to|if you could) {habit}\b", suggestion, re.I), suggestion
    assert any(undone in s for s in found), found


@pytest.mark.parametrize("text, minimal", [
    ("You said you'd clean the bathroom this weekend and you didn't even touch it", "touch"),
    ("you said you'd sort the recycling and you didn't even look at it", "look at"),
])
def test_not_even_starting_a_promise_asks_for_the_promise(rewrite, text, minimal):
    found = texts_of(rewrite(text))
    for suggestion in found:
        assert not re.search(rf"\bcould you {minimal}\b|\bwilling to {minimal}\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("text", [
    "hey, quick q — why did you reassign my ticket without telling me?",
    "quick question - why did you move my meeting without asking?",
])
def test_a_question_preface_is_not_kept_inside_the_situation(rewrite, text):
    found = texts_of(rewrite(text))
    assert found
    for suggestion in found:
        assert not re.search(r"\bquick (?:q|question)\b", suggestion, re.I), suggestion
