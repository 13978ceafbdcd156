"""Blaming messages of the dev split, second round, read as the person receiving them would (beside.py):
a concession before the complaint keeps both halves ("I understand X, and I'm worried about the
deadlines"), a request after a verdict is asked for instead of a form letter, "Love how you…" is not a
pet name, and the speaker's own grievance is never answered as if the speaker were the one accused."""

import re

import pytest

from heard.rewrite.beside import asked_beside, conceded, grievance_only
from conftest import some_texts, texts_of

REWRITTEN = ("blaming", "defensive")


def _below_thresholds(analyzer, texts):
    for text, result in zip(texts, analyzer.check_many(texts)):
        for label in REWRITTEN:
            assert not result["labels"][label]["flagged"], (text, label, result["labels"][label]["score"])


@pytest.mark.model
@pytest.mark.parametrize("message, granted, kept", [
    ("I understand the group project is hard for you, but you're honestly so lazy about deadlines.",
     "the group project is hard for you", "deadlines"),
    ("it makes sense you're hurt about the job. it still doesn't give you the right to be so nasty to me, "
     "you've been like this for weeks", "hurt about the job", "with me"),
    ("It makes sense you're nervous about the presentation. Doesn't excuse you biting Aisha's head off in "
     "front of the client, though.", "nervous about the presentation", "Aisha's head off"),
    ("I know you're grieving and I'm so sorry, but you've been snapping at everyone who tries to help in this thread",
     "grieving", "snap at everyone who tries to help"),
    ("I get that you were tired. That's no excuse to shout at my mum on her birthday.", "you were tired",
     "shouted at my mum on her birthday"),
    ("I know the move was stressful, but you've been ignoring my texts all week 😕", "the move was stressful",
     "my texts"),
])
def test_a_concession_and_the_complaint_are_both_kept(rewrite, analyzer, message, granted, kept):
    found = some_texts(rewrite(message), "acknowledge first")
    assert any(granted.lower() in t.lower() and kept.lower() in t.lower() for t in found), found
    assert not any(re.search(r"\bbut\b|\bexcuse\b|\bright to\b|\blazy\b|\bnasty\b|😕", t) for t in found), found
    assert not any(re.search(r"\bwhen you(?:'re| are)? (?:grieving|tired|nervous|hurt)", t) for t in found), found
    _below_thresholds(analyzer, found)


@pytest.mark.parametrize("message", [
    "I understand you're SO busy, but you never reply",  # mocking, not granted
    "I know I was late, but you didn't have to yell at me",  # the speaker's own lapse: a defence
    "I hear that you're overwhelmed, but honestly you make everything into a crisis",  # no one act to name
    "you're so lazy about deadlines",  # no concession
    "Sure, I get it, you're \"busy\". But you forgot Mia again",
])
def test_no_concession_reading_where_nothing_is_granted(analyzer, message):
    from heard.rewrite.message import read_message
    from heard.rewrite.parsing import parse_many
    msg = read_message(message, parse_many([message])[0], {"blaming"})
    assert conceded(msg) == []


@pytest.mark.model
@pytest.mark.parametrize("message, ask", [
    ("you're so passive-aggressive in these emails, it's exhausting. just say what you mean", "say what you mean"),
    ("you are so passive aggressive it makes my skin crawl. just SAY what you mean for once", "say what you mean"),
    ("you're so stubborn. just listen to me for one minute", "listen to me for one minute"),
    ("ugh you're such a slob, pick your socks up off the bathroom floor", "pick your socks up off the bathroom floor"),
])
def test_the_request_after_a_verdict_is_asked(rewrite, analyzer, message, ask):
    found = some_texts(rewrite(message))
    assert any(ask in t for t in found), found
    assert not any(re.search(r"passive|stubborn|slob|for once|count on you", t, re.I) or "SAY" in t for t in found), found
    _below_thresholds(analyzer, found)


@pytest.mark.parametrize("message", [
    "you're so immature. grow up",
    "you're such an idiot, just admit you were wrong",
    "you're so good with kids, just ask Sam",  # praise, not a verdict
    "just tell me where you're going",  # no verdict
])
def test_put_down_imperatives_are_not_requests(message):
    from heard.rewrite.message import read_message
    from heard.rewrite.parsing import parse_many
    msg = read_message(message, parse_many([message])[0], {"blaming"})
    assert asked_beside(msg) == []


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Love how you always find time for golf with the client but never for code review 🙂",
    "love how you always have time for your mates but never for me",
    "LOVE HOW YOU ALWAYS LEAVE THE DISHES FOR ME",
])
def test_love_how_is_not_a_pet_name(rewrite, message):
    found = texts_of(rewrite(message))
    assert not any(re.match(r"love,", t, re.I) for t in found), found


@pytest.mark.model
def test_a_pet_name_love_is_still_the_address(rewrite):
    found = some_texts(rewrite("Love, can you grab milk on the way home?"))
    assert all(t.startswith("Love, ") for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message, act", [
    ("You went through my texts while I was in the shower, Ryan. The phone was face up. I always leave it face down.",
     "went through my texts"),
    ("You read my diary while I was at work, Mum. It was in my drawer.", "read my diary"),
    ("How could you? It was our song, Dan. Our song!", "our song"),
])
def test_a_grievance_is_not_answered_as_the_accused(rewrite, analyzer, message, act):
    found = some_texts(rewrite(message))
    assert not any(re.search(r"(?:upset|hurt) you\b|you(?:'re| are) upset|I'm sorry|what would help", t, re.I)
                   for t in found), found
    assert any(act in t.lower() for t in found), found
    _below_thresholds(analyzer, found)


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "It's easy to criticise when you weren't the one fielding 60 tickets on launch day.",
    "I didn't touch your phone, you left it face up yourself",
    "I know it hurt, but you went through my texts",
    "You're blowing this way out of proportion.",
    "You're being dramatic, it was one text.",
])
def test_a_defence_or_concession_is_not_a_grievance_only(analyzer, message):
    from heard.rewrite.engine import _score_clauses
    from heard.rewrite.message import read_message
    from heard.rewrite.parsing import parse_many
    msg = read_message(message, parse_many([message])[0], {"blaming", "defensive"})
    _score_clauses(analyzer, [msg])
    assert not grievance_only(msg)


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("you always make everything about you. it was SOPHIE'S birthday and you made the toast about your breakup",
     "the toast about your breakup"),
    ("you only ever think about yourself. Priya's recital was TONIGHT and you booked a squash game", "squash game"),
])
def test_a_sweeping_verdict_is_not_said_back_beside_the_event(rewrite, message, kept):
    found = some_texts(rewrite(message))
    assert any(kept in t for t in found), found
    assert not any(re.search(r"everything about you|think about yourself", t) for t in found), found


@pytest.mark.model
def test_a_sweeping_verdict_alone_still_gets_a_rewrite(rewrite):
    some_texts(rewrite("Why do you always have to make everything about you?"))


@pytest.mark.model
@pytest.mark.parametrize("message, prop", [
    ("nothing's ever good enough for you. I cooked for six hours and you'd find something wrong with a michelin "
     "star meal", "michelin"),
    ("I could be dying on the floor and you'd step over me to get to the fridge. I told you I felt sick this "
     "morning and you didn't even text", "fridge"),
    ("you never ask about my day. never. I could come home with a broken arm and you'd ask what's for dinner",
     "broken arm"),
])
def test_a_hyperbole_is_never_told_as_what_happened(rewrite, message, prop):
    found = some_texts(rewrite(message))
    assert not any(prop in t.lower() for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message, ask", [
    ("if you really loved me you'd come to my work dinner", "come to my work dinner"),
    ("you promised you'd come to Maya's recital and you didn't show up", "recital"),
])
def test_a_promise_or_ultimatum_is_not_a_hyperbole(rewrite, message, ask):
    found = texts_of(rewrite(message))
    assert not found or any(ask in t for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message, effort, moment", [
    ("nothing's ever good enough for you. I spent my entire Sunday on that kitchen, I scrubbed the oven, I did the "
     "fridge, and the first thing you do when you walk in is point at a smear on the hob. honestly why do I even "
     "bother. you'd find something wrong with a palace", "I spent my entire Sunday on that kitchen",
     "point at a smear on the hob"),
    ("why do I even bother. I rewrote the whole report last night and the first thing you said was that the font "
     "was wrong", "I rewrote the whole report", "the font was wrong"),
])
def test_the_effort_and_the_moment_it_went_unseen_are_kept(rewrite, analyzer, message, effort, moment):
    found = some_texts(rewrite(message))
    assert any(effort in t and moment in t for t in found), found
    assert not any(re.search(r"palace|good enough|bother", t) for t in found), found
    _below_thresholds(analyzer, found)
