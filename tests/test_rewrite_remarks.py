"""Remarks a rewrite must not keep as facts (remarks.py): a verdict on what happened ("That was a
choice"), a withdrawal ("I'll just stop trying"), an order the tagger read as a statement ("so enjoy
explaining…"). Facts that look like them but name something the listener could check ("It's
Tuesday", "That's the third time") are kept."""

from __future__ import annotations

import re

import pytest
from conftest import read_as, some_texts, texts_of

from heard.rewrite.remarks import remark_only

pytestmark = pytest.mark.model


def _clause(text: str, words: str, labels=("blaming",)):
    """The clause of `text` that holds `words`."""
    for clause in read_as(text, labels).clauses:
        if words in clause.text:
            return clause
    raise AssertionError(f"no clause with {words!r} in {[c.text for c in read_as(text, labels).clauses]}")


@pytest.mark.parametrize("text, words", [
    ("You forwarded my email to the whole team. That was a choice, Nadia.", "choice"),
    ("You left the gate open and the dog got out. That's just brilliant.", "brilliant"),
    ("The printer jammed again during the board meeting. It's always something with you.", "something"),
    ("I cooked for six people and cleaned up after. Apparently that's a crime now.", "crime"),
    ("Nobody listens to me in this house, so I'll just stop trying.", "stop trying"),
    ("You ignored both my texts, so I won't bother next time.", "bother"),
    ("You said you'd book the ferry and now it's full, so enjoy telling the kids why we're not going.", "enjoy"),
])
def test_a_judgement_withdrawal_or_order_is_a_remark(text, words):
    assert remark_only(_clause(text, words))


@pytest.mark.parametrize("text, words", [
    ("You said it would be done by Friday. It's Tuesday.", "Tuesday"),
    ("You missed the pickup again. That's the third time this month.", "third"),
    ("You sold my bike without asking. That was my dad's bike.", "dad"),
    ("I'll stop by on Saturday to pick up the drill you borrowed.", "stop by"),
    ("You took the car without asking. It was £40 to fill it back up.", "£40"),
    ("The heating's broken again. It is freezing in the flat.", "freezing"),
    ("You moved the meeting without telling me, and I missed it.", "missed"),
    ("Check the rota before you swap shifts, it changed on Monday.", "changed"),
    ("You said you'd book the ferry and now it's full.", "full"),
    ("It's a shared driveway, so we're allowed to park there.", "driveway"),
    ("omg Priya you forgot to tell the client the call moved", "forgot"),
    ("You never let me finish. I know you get excited and want to jump in.", "want"),
])
def test_a_fact_that_names_something_checkable_is_not_a_remark(text, words):
    assert not remark_only(_clause(text, words))


@pytest.mark.parametrize("text, kept, remark", [
    ("You forwarded my email about the budget to the whole team instead of replying to me. That was a choice, Nadia.",
     r"forwarded my email", r"\bchoice\b"),
    ("You borrowed the van on Friday and brought it back with the tank on empty. It's always something with you.",
     r"\bvan\b", r"always something|\bsomething\b"),
    ("I spent all Sunday clearing out the garage and apparently that's a crime now.",
     r"\bgarage\b", r"\bcrime\b"),
])
def test_the_rewrite_keeps_the_account_and_leaves_the_remark_out(rewrite, text, kept, remark):
    found = some_texts(rewrite(text))
    assert any(re.search(kept, s, re.I) for s in found), found
    for suggestion in found:
        assert not re.search(remark, suggestion, re.I), suggestion


def test_a_withdrawal_is_not_carried_into_the_rewrite(rewrite):
    for suggestion in some_texts(rewrite("I've asked you three times to fix the shower rail, so I'll just stop asking.")):
        assert not re.search(r"stop asking", suggestion, re.I), suggestion


def test_a_time_is_not_what_the_message_is_about():
    """"…it lapsed at midnight": the topic a feeling is tied to is never a time of day."""
    message = read_as("You said you'd renew the car insurance and it lapsed at midnight.")
    assert "midnight" not in (message.topic() or "")


# -- a complaint is not answered as if it were a defence (engine._pool) --------------------------
_LISTENER_UPSET = re.compile(r"\byou(?:'re| are) upset\b|\bupset you\b|\bhow upset you are\b|\bI'm sorry\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("The fridge is empty again because SOMEONE ate all the leftovers.", None),
    ("You promised the invoice by Monday and it's now Thursday. This is the fourth time.", r"invoice.*fourth time"),
])
def test_a_complaint_with_nothing_defended_gets_no_answer_to_a_complaint(rewrite, text, kept):
    """Where no blaming reading fits and the defensive ones are tried, a message in which nothing
    defends gets no "It makes sense that you're upset": that would put the sender's upset on the listener."""
    found = texts_of(rewrite(text))
    for suggestion in found:
        assert not _LISTENER_UPSET.search(suggestion), suggestion
    if kept:
        assert found and re.search(kept, found[0], re.I), found


def test_a_shielded_defence_still_gets_its_acknowledgement(rewrite):
    """"Sorry you feel that way…, but…" defends (a shield): it keeps the acknowledge-first answer."""
    found = some_texts(rewrite("Sorry you feel that way about the haircut, but it's what you asked for."))
    assert re.search(r"sorry you're not happy with the haircut", found[0], re.I), found
