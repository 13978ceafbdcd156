"""A reason that is the speaker's own circumstance is kept beside the apology (circumstances.py): held-out readers
graded "I'm sorry I missed practice. I can see why that upset you." as detail dropped when the reason was a
shift swapped or a motorway at a standstill; a reason that hands the fault on stays out."""

import pytest

from heard.rewrite.circumstances import own_circumstance
from heard.rewrite.clauses import split_clauses
from heard.rewrite.parsing import rewrite_nlp


def _reason(text):
    clause = next(c for c in split_clauses(rewrite_nlp()(text)) if c.connector)
    return clause, clause.text.split(" ", 1)[1].rstrip(".")


@pytest.mark.parametrize("text, kept", [
    ("I was late to the handover because my bus broke down on the bypass", True),
    ("I missed the quiz because our boiler packed in", True),
    ("I was late because the M6 was shut at junction 10", True),
    ("I missed the 9am because I was ill", True),
    ("I missed the deadline because Priya sent me the figures late", False),  # handed to a person
    ("I missed the deadline because nobody told me it moved", False),
    ("I was late because you took the car", False),                      # the listener's act
    ("I missed the match because I didn't feel like it", False),          # no circumstance
])
def test_which_reasons_are_the_speakers_own_circumstance(text, kept):
    clause, said = _reason(text)
    assert own_circumstance(clause, said) is kept


@pytest.mark.model
@pytest.mark.parametrize("text, act, reason", [
    ("Coach I only missed Thursday's session cos my shift at Lidl got moved, it's not like I skipped it for fun",
     "missed Thursday's session", "My shift at Lidl got moved"),
    ("I picked the twins up at 4:40 not 4 because the A34 was gridlocked. Not my fault, so stop going on about it.",
     "picked the twins up at 4:40 not 4", "The A34 was gridlocked"),
])
def test_the_act_is_told_with_its_circumstance_after_it(rewrite, text, act, reason):
    found = [s["text"] for s in rewrite(text).suggestions]
    assert found, text
    first = found[0]
    assert act in first and reason in first, first
    assert first.index(act) < first.index(reason), first  # the act first, then what held it up


@pytest.mark.model
def test_a_reason_that_hands_the_fault_on_stays_out(rewrite):
    found = [s["text"] for s in rewrite("The minutes were late because Gareth sent me his notes on Friday night").suggestions]
    assert found and not any("Gareth" in s for s in found), found
