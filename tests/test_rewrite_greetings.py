"""A greeting that opens a message (address.py): "Hi Tom,", "Dear Mr Okafor,", "Morning Dave,", "Hi all,".
It is part of the address, never of what happened ("when hi, the inspection found…", "Dear I was
surprised…"), and a rewrite that opens with the name opens with the greeting too, as the message did."""

from __future__ import annotations

import re

import pytest
from conftest import read_as, some_texts, texts_of

from heard.rewrite.address import find_address
from heard.rewrite.parsing import parse_many

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name, greeting", [
    ("Hi Tom, the inspection found cigarette burns on the lounge carpet.", "Tom", "Hi"),
    ("Dear Mr Okafor, I was surprised to hear about the detention from my daughter.", "Mr Okafor", "Dear"),
    ("Morning Dave, the van's been left with no fuel again.", "Dave", "Morning"),
    ("Good morning Dan, the meeting started an hour ago and you still aren't here.", "Dan", "Good morning"),
    ("hi kayla you still haven't paid me back for the tickets", "Kayla", "hi"),
])
def test_the_greeting_belongs_to_the_address(text, name, greeting):
    doc = parse_many([text])[0]
    found, tokens = find_address(doc)
    assert found == name
    assert {t.i for t in doc[:len(greeting.split())]} <= tokens


@pytest.mark.parametrize("text", [
    "Hi all, can whoever keeps leaving the printer jammed please sort it out.",
    "Hey there, you left the side gate open again.",
    "Hi, you still haven't paid me back for the tickets.",
])
def test_a_greeting_with_no_name_is_left_out_and_names_no_one(text):
    doc = parse_many([text])[0]
    found, tokens = find_address(doc)
    assert found is None and doc[0].i in tokens


def test_good_of_you_is_no_greeting():
    found, tokens = find_address(parse_many(["Good of you to finally turn up to the meeting, Dan. Only an hour late."])[0])
    assert found == "Dan" and 0 not in tokens


@pytest.mark.parametrize("text, opening, kept", [
    ("Hi Tom, the inspection found cigarette burns on the lounge carpet. This is the second time I've raised "
     "smoking indoors with you.", "Hi Tom, ", r"cigarette burns on the lounge carpet"),
    ("Hello Priya, you still haven't sent the minutes from Monday.", "Hello Priya, ", r"minutes from Monday"),
    ("Morning Dave, the van's been left with no fuel again.", "Morning Dave, ", r"\bvan\b.*\bfuel\b"),
])
def test_the_rewrite_opens_with_the_greeting_and_keeps_the_event(rewrite, text, opening, kept):
    found = some_texts(rewrite(text))
    assert found[0].startswith(opening) and re.search(kept, found[0]), found
    for suggestion in found:
        assert not re.search(r"(?<!^)\b(?:hi|hello|morning)\b,?", suggestion[len(opening):], re.I), suggestion


def test_no_greeting_is_left_inside_a_sentence(rewrite):
    for text in ("Hi, you still haven't paid me back for the tickets.",
                 "Dear Mr Okafor, I was surprised to hear about the detention from my daughter, not the school."):
        for suggestion in texts_of(rewrite(text)):
            assert not re.search(r"\b(?:that|when|it,) hi\b|\bDear I\b|, hi,", suggestion, re.I), suggestion


def test_a_name_the_parse_hangs_on_a_verb_with_its_own_subject_is_not_made_you():
    """"Marcus, the client deck went out…": the deck went out, not "you the client deck"."""
    from heard.rewrite.reading import facts_of

    message = read_as("Marcus, the client deck went out with last quarter's figures because you didn't check it.")
    assert any(f.startswith("the client deck went out") for f in facts_of(message)), facts_of(message)


@pytest.mark.parametrize("text, name", [
    ("Ms Patel, my daughter came home AGAIN without her reading folder.", "Ms Patel"),
    ("With respect, Coach, you've benched Liam for three games running and never once explained why.", "Coach"),
    ("Honestly, Dan, you left the van with no fuel again.", "Dan"),
])
def test_a_title_or_a_lead_in_before_the_name_still_finds_the_address(text, name):
    assert find_address(parse_many([text])[0])[0] == name


@pytest.mark.parametrize("text, name", [
    ("Ms Patel, my daughter came home AGAIN without her reading folder. Does anyone in that classroom actually check bags?",
     "Ms Patel"),
    ("With respect, Coach, you've benched Liam for three games running and never once explained why.", "Coach"),
])
def test_the_name_opens_the_rewrite_and_is_never_inside_its_situation(rewrite, text, name):
    found = some_texts(rewrite(text))
    assert found[0].startswith(name + ", "), found
    assert not any(re.search(r"\b(?:when|time) " + name, s) or "With respect" in s for s in found), found


@pytest.mark.parametrize("text", ["Chill, it's just a scratch on the bumper, you can barely see it",
                                  "Whoa, you never told me the party was cancelled"])
def test_a_word_told_to_the_listener_is_no_name_for_them(rewrite, text):
    assert find_address(parse_many([text])[0])[0] is None
    found = some_texts(rewrite(text))
    assert not any(re.match(r"(?:Chill|Whoa),", s) or re.search(r"\b(?:chill|whoa)\b", s, re.I) for s in found), found
