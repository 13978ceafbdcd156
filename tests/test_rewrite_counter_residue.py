"""Counter-complaints, tu quoque, martyr lines and minimising (counter_residue.py).

What a user relies on: the suggestion keeps the sender's own point (the folder, the parking, the money,
the work done, the act they were asked about) and never carries the counter-attack into the rewrite
("you spent more on…", "nobody complained until you…", "while the rest of you…", "you're making this
into…", "you've no idea…", "I'm 34"); a plain account that is not one of these shapes is left alone.
"""

from __future__ import annotations

import re

import pytest
from conftest import assert_kept_without, some_texts, texts_of

pytestmark = pytest.mark.model

_COUNTER = re.compile(r"\bthe one who\b|\bnobody (?:complained|said|minded)\b|\buntil you\b|\bmore than that\b|\bcandles\b|"
                      r"\bshoes\b|\bwhole new phone\b|\bwhile (?:the rest of you|everyone else|you all)\b|\bturned up\b|"
                      r"\bwasn't perfect\b|\bmaking this into\b|\bblowing this\b|\bbig deal\b|\bno idea\b|\bI'm \d+\b|"
                      r"\bI'm an adult\b|\bone to talk\b|\bpretend\b|\bfull of rubbish\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("Well YOUR daughter was the one who broke the gate latch in the first place, so let's not pretend.", r"\bgate latch\b"),
    ("your mum was the one who booked the wrong dates, so don't put this on me", r"\bwrong dates\b"),
    ("We've parked there for six years and nobody complained until you moved in?!", r"\bparked there for six years\b"),
    ("Yes I spent £150 on the fishing gear. You spent more than that on shoes last month, so.", r"\bI spent £150 on the fishing gear\b"),
    ("Fine, I bought the new headphones. You bought a whole new phone in March, so.", r"\bI bought the new headphones\b"),
    ("I organised the whole school trip by myself while everyone else just showed up. Sorry it wasn't perfect.",
     r"\bschool trip\b"),
    ("you're one to talk about borrowing stuff, you've had my tent since 2019", r"\bborrowing\b.*\bmy tent\b"),
    ("YOU'RE ONE TO TALK ABOUT MONEY, YOU STILL OWE ME £300", r"£300"),
    ("you're one to talk about mess, your car is full of rubbish", r"\bmess\b"),
    ("It was just a drink with my ex, it's not a big deal 😂 You're making this into something it isn't", r"\bdrink with my ex\b"),
    ("I'm 34 Dad, I don't need to explain why I moved money out of the joint account.", r"^Dad\b.*\bjoint account\b"),
    ("I'm an adult, I don't have to justify why I sold the car", r"\bsold the car\b"),
    ("We did the best we could with what we had. You've no idea how hard it was raising three of you on one wage.",
     r"\bRaising three of you on one wage\b"),
])
def test_the_own_point_is_kept_without_the_counter(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert_kept_without(found, kept, _COUNTER, analyzer)


def test_spending_owned_is_not_said_as_the_senders_upset(rewrite):
    first = some_texts(rewrite("OK I ordered takeaway three times this week. You ordered it every night when I was away."))[0]
    assert "three times this week" in first
    assert not re.search(r"\b(?:upset|worried|frustrated)\b", first), first


def test_an_account_that_is_no_counter_is_not_read_as_one(rewrite):
    """"You said you were fine with it" is the sender's account, not a tu quoque: no "You're right"."""
    for suggestion in texts_of(rewrite("Yes I booked the flights. You said you were fine with it.")):
        assert not suggestion.startswith("You're right, I booked"), suggestion
