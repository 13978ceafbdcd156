"""Single bad suggestions from review, read as their whole family: a mood order joined to an ask keeps
the ask (mood_orders.py); a "which was so rude" verdict is cut from the event (which_verdicts.py); a
reminder-opened request is the fact and the ask (reminded_requests.py); "you must be new here" is never
kept as an acknowledgement (guessed_jabs.py); news joined to advice, a third person's worry as the
reason, and a request from the one wronged are said as requests (advice_requests.py)."""

import re

import pytest

from conftest import some_texts, texts_of


@pytest.mark.parametrize("text,ask", [
    ("stop moping around the house and help me with the garden", "garden"),
    ("quit sulking on the couch and come help me carry the groceries", "groceries"),
    ("can you stop moping around and help me fold the laundry", "laundry"),
    ("STOP SULKING AND HELP ME WITH THE BAGS!!", "bags"),
])
def test_a_mood_order_keeps_the_ask_and_never_asks_to_stop_a_feeling(rewrite, text, ask):
    found = some_texts(rewrite(text))
    assert any(ask in t.lower() and "?" in t for t in found), found
    assert not any(re.search(r"\b(?:mop|feeling down|stop upset|sulk)", t, re.I) for t in found), found


@pytest.mark.parametrize("text,event", [
    ("and then u just walked off in the middle of me talking which honestly was so rude like i was still talking",
     "walked off"),
    ("you left the party without saying bye which was so disrespectful like everyone noticed", "without saying bye"),
    ("you cancelled on me an hour before which was pretty selfish", "cancelled on me"),
])
def test_a_which_verdict_is_cut_from_the_event(rewrite, text, event):
    found = some_texts(rewrite(text))
    assert any(event in t for t in found), found
    assert not any(re.search(r"\bwhich\b|rude|selfish|disrespectful", t) for t in found), found


@pytest.mark.parametrize("text,fact,ask", [
    ("as i mentioned yesterday the client wants the changes today. can u confirm",
     "The client wants the changes today.", "Could you confirm?"),
    ("like i said on friday the landlord needs the form by monday. can you sign it",
     "The landlord needs the form by Monday.", "Could you sign it?"),
    ("as we discussed in the meeting the budget is due friday, could u send me the numbers",
     "The budget is due Friday.", "Could you send me the numbers?"),
])
def test_a_reminded_request_is_the_fact_and_the_ask(rewrite, text, fact, ask):
    found = some_texts(rewrite(text))
    assert any(fact in t and ask in t for t in found), found
    assert not any(re.search(r"upset|as i (?:said|mentioned)|like i said", t, re.I) for t in found), found


def test_a_reminder_whose_fact_is_a_jab_is_not_a_plain_fact(rewrite):
    assert not any("you never listen." in t.lower() for t in texts_of(rewrite(
        "as i said before, you never listen. can you just read it")))


@pytest.mark.parametrize("text", [
    "you must be new here. This has been debated to death.",
    "You must be new here lol, we've covered this a hundred times.",
    "u must be new here, the rules are pinned at the top",
    "you must be joking. I asked you three times to book the table.",
])
def test_a_guessed_jab_is_never_kept_as_an_acknowledgement(rewrite, text):
    assert not any(re.search(r"new here|must be joking", t, re.I) for t in texts_of(rewrite(text)))


def test_a_real_reflection_is_still_kept(rewrite):
    found = some_texts(rewrite("You must be exhausted after that shift, I'll do dinner tonight."))
    assert any("exhausted" in t for t in found), found


@pytest.mark.parametrize("text,news,act", [
    ("nana says hi and u should call her more often", "Nana says hi.", "call her more often"),
    ("grandpa says hello and you should visit him more", "Grandpa says hello.", "visit him more"),
    ("mum says hi and u should text her back", "Mum says hi.", "text her back"),
])
def test_news_joined_to_advice_keeps_both(rewrite, text, news, act):
    found = some_texts(rewrite(text))
    assert any(news in t and f"if you could {act}" in t for t in found), found
    assert not any("upset" in t for t in found), found


@pytest.mark.parametrize("text,act,reason", [
    ("you should probably text Priya back, she thinks you're ignoring her 🙄", "text Priya back",
     "She thinks you're ignoring her."),
    ("you need to answer Sam's email, he thinks you forgot about it", "answer Sam's email",
     "He thinks you forgot about it."),
])
def test_a_third_persons_worry_is_kept_as_the_reason(rewrite, text, act, reason):
    found = some_texts(rewrite(text))
    assert any(f"if you could {act}." in t and reason in t for t in found), found


def test_a_third_persons_insult_is_not_kept_as_a_reason(rewrite):
    assert not any("idiot" in t for t in texts_of(rewrite("you should call your dad back, he thinks you're an idiot")))


@pytest.mark.parametrize("text,kept", [
    ("you need to stop scheduling meetings over my lunch break, I haven't eaten before 3 all week", "lunch break"),
    ("you need to stop booking calls during my school run, I've been late three times this week", "school run"),
    ("you have to stop parking in my spot, I had to walk from the far lot twice this week", "my spot"),
])
def test_the_one_wronged_asks_and_is_not_answered_as_the_accused(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in t and "appreciate" in t for t in found), found
    assert not any(re.search(r"upset you|I'm sorry|I hear how", t) for t in found), found
    for result in analyzer.check_many(found):
        assert not result["labels"]["blaming"]["flagged"], result["text"]


def test_a_denial_beside_the_ask_is_not_read_as_the_one_wronged(rewrite):
    found = texts_of(rewrite("you need to stop going through my stuff, I never touched yours"))
    assert not any("I never touched yours" in t for t in found), found


@pytest.mark.parametrize("text,fact", [
    ("you must be new here. This has been debated to death.", "This has been debated a lot."),
    ("You must be new here lol, we've covered this a hundred times.", "We've covered this before."),
    ("u must be new here, the rules are pinned at the top", "The rules are pinned at the top."),
])
def test_the_fact_a_guessed_jab_was_hung_on_is_said_plainly(rewrite, text, fact):
    found = some_texts(rewrite(text))
    assert fact in found, found
    assert not any("upset" in t for t in found), found
