"""Accusations that name an everyday act, a decision made without the speaker, or money owed: the
rewrite keeps the act in the speaker's words, never answers with the reply to an opinion, never says
"names no situation", and names a feeling that fits (money owed to the speaker is no worry)."""

import re

import pytest

from conftest import retrained_xfail, some_texts

pytestmark = pytest.mark.model

VIEWS_REPLY = re.compile(r"don't agree with you|walk me through how you got there|see this very differently", re.I)


@pytest.mark.parametrize("text, kept", [
    ("Honestly, are you even capable of reading a ticket before you start coding it?", "read the ticket"),
    ("ARE YOU EVEN ABLE TO LOAD THE DISHWASHER WITHOUT BREAKING A GLASS?", "dishwasher"),
    ("You only ever message when you're bored, admit it.", "when you're bored"),
    ("You only text me when your mates are busy 🙄", "your mates are busy"),
    pytest.param("you're a grown man, Steve, stop making your mother pay your phone bill",
                 "your mother is paying your phone bill", marks=retrained_xfail("the named situation fails the re-check, "
                 "and a feeling-only line is left")),
    ("you're thirty, Dan, stop letting your dad pay your car insurance.", "car insurance"),
    ("nobody asked you to buy the most expensive gift off the registry and then complain about it", "registry"),
])
def test_an_accused_act_is_kept_not_answered_as_a_view(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert not VIEWS_REPLY.search(suggestion), suggestion
        assert kept.lower() in suggestion.lower(), suggestion
        assert "admit it" not in suggestion and "grown man" not in suggestion, suggestion


@pytest.mark.parametrize("text, kept", [
    ("Who decided the team dinner should be at the priciest place in town without asking any of us?", "priciest place"),
    ("Who decided we're spending Easter at your parents' without asking me?", "Easter at your parents'"),
    ("Why does your sister get to decide where WE spend Christmas", "where we spend Christmas"),
    ("Why do I have to find out from Facebook that you're moving to Leeds??", "moving to Leeds"),
    ('Great, another standup where Kev "forgot" his update. Shocking.', "Kev forgot his update"),
    ('you\'ve been "about to pay me back" since June, Sam. it\'s November', "since June"),
    ("Wow, two weeks in and you're already reading my messages. Cool.", "reading my messages"),
])
def test_a_named_decision_or_event_is_the_situation(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion, suggestion
        assert not re.search(r"\b(?:who decided|get to decide|shocking|cool)\b|\"", suggestion, re.I), suggestion


@pytest.mark.parametrize("text, kept, ask", [
    ("why do i always find out about your plans from your mates' instagram and not from you",
     "finding out about your plans from your mates' instagram rather than from you", "tell me yourself"),
    ("Oh don't worry about calling, I'll just hear your news from your cousin like always.",
     "hearing your news from your cousin rather than from you", "tell me yourself"),
    ("Tom — I shouldn't have to find out from the client that the demo was cancelled. Going forward, I expect to be "
     "copied in.", "find out from the client that the demo was cancelled", "keep me in the loop"),
    ("Not sure why I'm finding out about the Henderson delay from the client instead of from you.",
     "about the Henderson delay from the client", "keep me in the loop"),
])
def test_news_heard_second_hand_is_the_complaint(rewrite, text, kept, ask):
    """Each shape of "I heard it from someone else, not from you" used to lose the news ("I'd like to talk
    about your plans") or answer the sender as the upset one; the hurt of hearing it second-hand is said."""
    found = some_texts(rewrite(text))
    assert kept in found[0] and ask in found[0], found
    assert not re.search(r"like always|upset you|\bwhy\b", found[0], re.I), found


@pytest.mark.parametrize("text, wrong", [
    ("you still owe me £120 for the concert tickets and you just bought new trainers", "worried"),
    ("you never chip in for petrol when I drive us to your mum's", "worried"),
    ("thanks for charging me £4 for a sandwich you offered to buy", "worried"),
    ("you lent my drill to your neighbour without asking. again.", "left out"),
    ("you borrowed my car without asking AGAIN", "left out"),
])
def test_money_owed_or_a_thing_taken_is_not_worry(rewrite, text, wrong):
    for suggestion in some_texts(rewrite(text)):
        assert wrong not in suggestion, suggestion


@pytest.mark.parametrize("text, kept", [
    ("whatever. you clearly don't care if this works or not", "whether this works"),
    ("you obviously don't care whether we see each other this weekend", "see each other this weekend"),
    ("Fine. You don't care about the wedding!!", "the wedding"),
])
def test_you_dont_care_is_the_speakers_hurt_not_their_apology(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion, suggestion
        assert not re.search(r"\b(?:sorry|brushed)\b", suggestion, re.I), suggestion
        assert "you don't care" not in suggestion.lower(), suggestion
