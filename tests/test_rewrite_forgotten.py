"""What the listener forgot or failed to do is asked for (forgotten.py): "you forgot to put the bins out" has
no negation in its parse, so the suggestion used to close with "Can we talk about it?" where a person
asks for the act ("Next time, could you remember to put them out?")."""

import re

import pytest

from heard.rewrite.parsing import rewrite_nlp
from heard.rewrite.clauses import split_clauses
from heard.rewrite.forgotten import forgotten_phrase


def _first_clause(text):
    return split_clauses(rewrite_nlp()(text))[0]


@pytest.mark.parametrize("text, phrase", [
    ("You forgot to lock the back door.", "remember to lock the back door"),
    ("you always forget to water the tomatoes", "remember to water the tomatoes"),
    ("You failed to send the invoice on time.", "send the invoice on time"),
    ("You neglected to renew the van insurance.", "renew the van insurance"),
])
def test_the_act_under_forget_or_fail_is_what_is_asked_for(text, phrase):
    assert forgotten_phrase(_first_clause(text)) == phrase


@pytest.mark.parametrize("text", [
    "You didn't forget to lock the back door.",     # negated: no lapse
    "Did you forget to lock the back door?",        # a question is not a complaint of a lapse
    "I forgot to lock the back door.",              # the speaker's own lapse is owned elsewhere
    "You forgot to mention your ex would be there.",  # a telling-off, nothing to redo
    "You forgot to pay me back for the tickets.",     # money owed is asked for now (fitting_asks.py)
    "You forgot to send me the money for the cabin.",
    "You forgot my birthday.",                      # no act under "forgot" to ask for
])
def test_no_ask_is_made_from_these(text):
    assert forgotten_phrase(_first_clause(text)) == ""


@pytest.mark.model
@pytest.mark.parametrize("text, ask", [
    ("ugh Kieran you forgot to put the recycling out again", r"could you remember to put it out\?"),
    ("You forgot to water the tomatoes while I was in Cork and half of them are dead.",
     r"could you remember to water them\?"),
    ("you forgot to defrost the chicken this morning so dinner's going to be late",
     r"could you remember to defrost it\?"),  # "this morning" is when it happened, not part of the ask
])
def test_a_forgotten_act_is_asked_for_next_time(rewrite, text, ask):
    found = [s["text"] for s in rewrite(text).suggestions]
    assert found, text
    assert re.search(ask, found[0], re.I), found[0]
    assert "this morning?" not in found[0]


@pytest.mark.model
def test_a_lapse_in_scare_quotes_leaves_no_quote_mark_in_the_ask(rewrite):
    # seen in held-out set 31: "Next time, could you remember to check it'?"
    found = [s["text"] for s in rewrite("Nan waited at the bus stop for an hour because you 'forgot to check "
                                        "your phone'. Honestly, Dev.").suggestions]
    assert found and not any(re.search(r"'\?|\?'", s) for s in found), found


@pytest.mark.model
def test_money_owed_is_still_asked_for_now(rewrite):
    found = [s["text"] for s in rewrite("you forgot to pay me back for the festival tickets again").suggestions]
    assert found
    assert "remember" not in found[0] and "send it over" in found[0], found[0]
