"""Blaming rewrites built on a misread never reach the user (fluent_repairs.py, fluency.py), and a
defence tells its facts without an added hedge ("As far as I know, …"; defence.py, arguing.py).
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.fluency import broken

pytestmark = pytest.mark.model

_SOFTENER = re.compile(r"\b(?:as far as I know|from what I can tell|the way I understand it),\s*(?P<rest>[^.?!]*)", re.I)


@pytest.mark.parametrize("text", [
    "I'm feeling embarrassed, and I'd like to talk about the opposite. Can we find a way that works for both of us?",
    "When you didn't tell me earlier that your parents were visiting I wouldn't have had people over, I felt hurt.",
    "I feel interrupted four times. Can we talk about it?",
    "It worried me when you shared that notice. Mate. Half the road was packing at midnight.",
    "It worries me when mate. You shared that notice.",
    "I'm feeling frustrated about the pinned FAQ solo. Can we talk about it?",
    "I feel let down when every holiday you spend half of it on work emails.",
    "Sis, when you borrow them and you lose my clothes, I feel frustrated.",
    "When it sounds like your job is compared easy to the rest of us, I feel hurt.",
    "I feel hurt when you're wrong and you don't, admit.",
    "It hurts when you've messed up and you don't admit.",
])
def test_shapes_only_a_misread_makes_are_caught(text):
    assert broken(text)


@pytest.mark.parametrize("text", [
    "I feel the same. Can we talk about it?",
    "I felt hurt when you didn't tell me the dinner was cancelled.",
    "I feel hurt every time you interrupt me.",
    "Mate, I felt let down when you left early.",
    "I feel let down when every time we plan something it falls through.",
    "When you borrow my clothes, please give them back clean.",
    "Compared to last year, I feel much better.",
    "You don't have to admit anything. I'd just like to talk.",
    "I'm frustrated about the bins again.",
])
def test_fluent_sentences_pass_the_net(text):
    assert not broken(text)


@pytest.mark.parametrize("text, kept, lost", [
    ("if you'd told me earlier that your parents were visiting i wouldn't have had people over. this is on you",
     r"parents were visiting", r"wouldn't have"),
    ("If you had told me the dinner was cancelled I wouldn't have driven across town, thanks a lot.",
     r"dinner was cancelled", r"wouldn't have|thanks a lot"),
    ("every holiday you spend half of it on work emails", r"\bwork emails\b", r"when every|half of it\b"),
    ("every weekend you spend half of it at your brother's 😒", r"\bbrother's\b", r"when every|half of it\b"),
    ("This is on you, mate. You shared that fake evacuation notice and half of Riverside Road was packing their cars at midnight.",
     r"evacuation notice", r"(?:^|[.?!]\s+|when )mate\b"),
])
def test_the_reading_keeps_the_event_without_the_misread(rewrite, analyzer, text, kept, lost):
    found = some_texts(rewrite(text))
    assert any(re.search(kept, s, re.I) for s in found), found
    for suggestion in found:
        assert not re.search(lost, suggestion, re.I), suggestion
        assert not broken(suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text", [
    "You're such a know-it-all. The vet literally said the opposite of what you're telling everyone.",
    "honestly you're the worst person i've ever got on this line, you've interrupted me four times",
    "sis you always lose my clothes when you borrow them",
    "You never, ever admit when you're wrong. Three months ago you swore blind the tram line would be cancelled. It opens in May.",
    "Yes Jenna, please tell me again how easy your job is compared to the rest of us",
    "YOU NEVER ONCE ADMIT WHEN YOU'VE MESSED UP. LAST WEEK YOU SWORE THE BINS WENT OUT TUESDAY.",
])
def test_no_blaming_suggestion_is_broken(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not broken(suggestion), suggestion


@pytest.mark.parametrize("text", [
    "i'm not lazy, i'm exhausted. there's a difference",
    "i'm not careless, i'm stretched thin. there's a difference",
    "That's a reasonable thing to be upset about. I just don't think it's fair to pin the school closures on me.",
    "That's a fair thing to be annoyed about. I just don't think it's right to blame me for the whole trip.",
    "It's a rough week, that's all. The clocks went back, my car failed its MOT and work's been mental, so yes, I posted something gloomy.",
    "It's a mad month, that's all. The boiler broke, my manager quit and the kids have been ill, so yes, I snapped at you.",
    "I DID search before posting. The search on this sub is garbage, it only returned threads from 2012.",
    "I did ring the surgery? Their phone system is a joke, it kept me on hold for an hour!!",
])
def test_no_softener_on_a_concession_a_judgment_a_list_item_or_a_fragment(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        for hedge in _SOFTENER.finditer(suggestion):
            rest = hedge.group("rest")
            assert not re.match(r"(?:it|that|this|there's)\b", rest, re.I), suggestion
            assert not re.search(r"clocks|boiler|kids|reasonable|fair|difference", rest, re.I), suggestion


@pytest.mark.parametrize("text, fact", [
    ("The client changed the brief twice after sign-off, so of course the timeline slipped. I don't see how that's "
     "a performance issue on my side.", "the client changed the brief twice after sign-off"),
    ("I've had three plumbers booked and none of them could get parts, I'm not a magician. You're acting like I'm "
     "doing this on purpose. I've been chasing it every day too.", "none of them could get parts"),
    ("It was two beers at the barbecue, you're making it sound like I was falling over drunk.",
     "it was two beers at the barbecue"),
    ("I DID pack her inhaler. It was in the front pocket of the blue bag, where it always is. Maybe look properly "
     "before you message me at 11pm accusing me of putting her at risk.", "it was in the front pocket of the blue bag"),
])
def test_a_defence_tells_its_facts_without_a_put_on_doubt(rewrite, text, fact):
    """"From what I can tell, the client changed the brief twice": a hedge on what the speaker knows
    first-hand, which readers of every held-out set called unnatural. The fact is said plainly."""
    found = some_texts(rewrite(text))
    assert any(fact.lower() in said.lower() for said in found), found
    for said in found:
        assert not _SOFTENER.search(said), said


def test_a_wait_told_without_its_i_gets_it_back(rewrite):
    first = texts_of(rewrite("why can't you ever text back when you're running late?? sat outside Nando's for 40 mins"))[0]
    assert "I sat outside Nando's for 40 minutes." in first, first


def test_acts_told_without_anyone_doing_them_are_not_kept_bare(rewrite):
    found = texts_of(rewrite("Honestly mate, you're the reason we lost Saturday. Dropped two catches then sulked in the sheds."))
    assert found and not any(re.search(r"(?:^|\. )Dropped two catches", s) for s in found), found


def test_what_a_thing_is_said_to_be_is_kept_and_a_tail_verdict_is_not(rewrite):
    found = texts_of(rewrite("ok but the lag was unreal, I couldn't even move, don't put that loss on me"))
    assert found and not any(re.search(r"\bwas\.", s) for s in found), found  # not "The lag was."
    found = texts_of(rewrite("bro you fed the whole bot lane and then flamed ME in chat lol unreal"))
    assert found and "flamed me in chat." in found[0], found


@pytest.mark.parametrize("text, kept, asked", [
    ("Hey, how was I supposed to know the parcel needed a signature? The courier didn't leave a card.",
     "The courier didn't leave a card.", None),
    ("you didn't even leave a note", "you didn't leave a note", "could you leave one?"),
])
def test_one_past_occasion_keeps_its_one_thing(rewrite, text, kept, asked):
    """"didn't leave a card" is one occasion: not "didn't leave cards", nor "could you leave them?"."""
    first = texts_of(rewrite(text))[0]
    assert kept in first and (asked is None or asked in first), first


@pytest.mark.parametrize("text, left_out", [
    ("i was only 10 mins late chill, the bus literally broke down on Camden Road", r"\bchill\b"),
    ("Ah here, in fairness I never said I'd be home for dinner, I said I'd try.", r"fairness"),
])
def test_a_hush_or_a_plea_for_fairness_is_no_content(rewrite, text, left_out):
    found = texts_of(rewrite(text))
    assert found and not any(re.search(left_out, s, re.I) for s in found), found
