"""Jab shapes whose event used to be dropped (jab_shapes.py): "who books X … and then gets annoyed no
one joins?", sarcastic thanks for a payment request, a shot at a decision or role, "who leaves the bill
in a drawer?", "be any more passive-aggressive about X?", question-shaped jabs and "you gave Ollie £5k
and I got a card". Each test asserts a property a user relies on: a suggestion exists, it keeps the
names and objects, it drops the verdict, and it passes the classifier re-check."""

import re

import pytest

from conftest import some_texts

pytestmark = pytest.mark.model

VERDICTS = re.compile(r"\b(?:worst|selfish|self-absorbed|leaderly|classy|brave|typical|classic|excuse|medal|"
                      r"make it make sense|seriously|wow thanks|even happen|actually think)\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("honestly who books the team meeting at 8am on a Monday and then complains nobody turns up",
     ["team meeting", "8am on a Monday"]),
    ("Mark, who schedules a fire drill during the school run and then gets annoyed nobody shows up?",
     ["Mark", "fire drill", "school run"]),
    ("Seriously Dan, who books the all-hands during school pickup and then gets annoyed nobody dials in?",
     ["Dan", "all-hands", "school pickup"]),
    ("oh thanks so much for PayPal requesting me £12 for the pizza you said you'd buy", ["PayPal", "pizza"]),
    ("wow cheers for charging me for the drinks you insisted on buying", ["drinks"]),
    ("Ref, no offence, you picked your friends for the final squad and we all know it.", ["Ref", "final squad"]),
    ("You're the worst captain we've ever had, every decision you make loses us the match.", ["decisions"]),
    ("Sure, make the new guy take the fall for the data leak, very brave of you Dave.", ["Dave", "new guy", "data leak"]),
    ("Do you actually think before you forward my texts to your mum?", ["forwarding my texts"]),
    ("Great, let the juniors carry the blame for the missed deadline, how leaderly of you", ["juniors", "missed deadline"]),
    ("Oh great, have your PA take the heat for the double booking, real classy of you Graham.",
     ["Graham", "PA", "double booking"]),
    ("Who leaves wet towels on the bathroom floor all day? Honestly Jess", ["Jess", "towels", "bathroom floor"]),
    ("who left the council tax letter under the fruit bowl for three weeks??", ["council tax letter", "three weeks"]),
    ("could you please not be so selfish for one weekend", ["weekend"]),
    ("can u not be so selfish for one Christmas", ["Christmas"]),
    ("can you possibly be any more sarcastic about my cooking 🙄", ["my cooking"]),
    ("Could you be any more cryptic about the wedding plans lol", ["wedding plans"]),
    ("Tom, the invoice you emailed the client had the wrong VAT number. How does that even happen?",
     ["Tom", "invoice", "wrong VAT number"]),
    ("Priya, the contract you sent to the landlord had the wrong dates. How is that even possible?",
     ["Priya", "contract", "wrong dates"]),
    ("Do you even think before you post photos of the kids on Facebook?", ["photos of the kids"]),
    ("Jake, everybody else has already returned the forms. What's your excuse this time?", ["Jake", "forms"]),
    ("Lads, everyone else paid for the minibus last week. What's your excuse?", ["minibus"]),
    ("Typical Priya, skips all the cleaning again and then expects a medal for hoovering once", ["Priya", "cleaning"]),
    ("Classic Sam, dodges the school run again and then wants praise for making one packed lunch", ["Sam", "school run"]),
    ("Mum you lent Jess £2000 for her car and I got nothing. Explain that.", ["Mum", "Jess", "£2000", "nothing"]),
    ("Grandma you paid Sophie's tuition and I got a birthday card. How is that fair?", ["Sophie", "tuition", "birthday card"]),
])
def test_jab_shape_keeps_the_event_and_drops_the_verdict(rewrite, text, kept):
    for said in some_texts(rewrite(text)):
        for word in kept:
            assert word.lower() in said.lower(), (word, said)
        assert not VERDICTS.search(said), said


def test_the_name_is_said_once_and_not_with_the_jab_word(rewrite):
    for text, name in [("Typical Ravi, dodges the bins again and then wants thanks for making tea", "Ravi"),
                       ("Classic Sam, dodges the school run again and then wants praise for making one packed lunch", "Sam")]:
        for said in some_texts(rewrite(text)):
            assert said.lower().count(name.lower()) == 1, said


def test_every_suggestion_passes_the_recheck(rewrite, analyzer):
    texts = ["Could you be any more cryptic about the wedding plans lol",
             "Do you actually think before you forward my texts to your mum?",
             "Grandma you paid Sophie's tuition and I got a birthday card. How is that fair?"]
    said = [s for t in texts for s in some_texts(rewrite(t))]
    for result in analyzer.check_many(said):
        assert not any(v["flagged"] for k, v in result["labels"].items() if k in ("blaming", "defensive")), result["text"]


def test_nothing_to_hold_off_when_no_act_is_named(rewrite):
    """"do you even think before you speak?" is a verdict on the mind: never "hold off speaking"."""
    outcome = rewrite("Do you even think before you speak?")
    assert not any("hold off" in s["text"] for s in outcome.suggestions)


def test_a_decimal_amount_is_not_split(rewrite):
    for said in some_texts(rewrite("thanks for Venmo requesting me $4.20 for the smoothie you offered to buy")):
        assert "4. 20" not in said and "Venmo" in said and "smoothie" in said
