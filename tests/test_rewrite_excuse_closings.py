"""The amends and the excuse fit the act a defence is about (excuse_closings.py).

A missed meeting is caught up on, not worded more carefully; a third party's delay is not promised
away as the speaker's own slip; the apology comes before any reason, and a reason weighed against the
listener's upset is not said after it; after "I'm sorry I forgot…" the amends closes; and a counter-attack used as a defence is answered
first by owning the act, not by an "I" statement about the listener's part.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, retrained_xfail, some_texts

from heard.rewrite.excuse_closings import joined_excuse, owned_closing

pytestmark = pytest.mark.model

SLIP = re.compile(r"flag it as soon as I see it might slip", re.I)


@pytest.mark.parametrize("text", [
    "Ok so I missed the standup. It's not like anything important ever gets said in those anyway.",
    "Yeah I missed the meeting. Nothing useful ever gets decided in those anyway.",
    "Ok I missed the review. Honestly half of what gets said in there is noise.",
])
def test_a_missed_meeting_is_caught_up_on_not_worded_carefully(rewrite, analyzer, text):
    found = some_texts(rewrite(text))
    for suggestion in found:
        assert "how I say things" not in suggestion, suggestion
        assert below_thresholds(analyzer, suggestion), suggestion
    assert any("catch up on what I missed" in s for s in found), found


@pytest.mark.parametrize("text", [
    "Not my fault the van was late, I told them 9am and they turned up at noon.",
    "It's not my fault the plumber was late, I booked him for eight and he came at eleven.",
    "Not my fault the delivery was late, the courier didn't turn up until four.",
])
def test_a_third_partys_delay_is_acknowledged_first_and_never_promised_away(rewrite, text):
    outcome = rewrite(text)
    found = some_texts(outcome)
    assert outcome.suggestions[0]["strategy"] == "acknowledge first", found
    assert not any(SLIP.search(s) for s in found), found
    thing = re.search(r"the (van|plumber|delivery)", text).group(1)
    assert thing in found[0], found


def test_own_work_that_slipped_is_acknowledged_not_denied(rewrite):
    # The slip amends ("Next time I'll flag it…") came with the excuse beside them, which the retrained model
    # reads as a defence (0.54): what passes acknowledges the lateness and keeps the reason, without the denial.
    found = some_texts(rewrite("Not my fault the report was late, I was off sick all week."))
    assert "the report was late" in found[0] and "sick" in found[0], found
    assert not any(re.search(r"\bfault\b", s) for s in found), found


@pytest.mark.parametrize("text, act", [
    ("I work 50 hours a week and you're upset I forgot to buy milk? Seriously?", "milk"),
    ("I've been up since five with the baby and you're cross I forgot your mum's birthday? Really?", "birthday"),
    pytest.param("I'm on my feet twelve hours a day and you're annoyed I forgot to take the bins out?", "bins",
                 marks=retrained_xfail("unflagged and forced as a defence, its apology "
                 "that keeps the weighed excuse ranks first")),
])
def test_a_forgetting_owned_is_closed_with_a_reminder_not_handed_back(rewrite, analyzer, text, act):
    found = some_texts(rewrite(text))
    assert act in found[0] and "I'm sorry I forgot" in found[0], found
    assert found[0].endswith("I'll set myself a reminder so it doesn't slip again."), found
    for suggestion in found:
        assert not re.search(r"\bforgot[^.]*\. I (?:work|'ve been|'m on)", suggestion), suggestion  # no bare excuse after
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, owned", [
    ("Well maybe if you'd told me the password changed I wouldn't have locked everyone out of the account.",
     "I'm sorry I locked everyone out of the account"),
    ("Maybe if you'd told me the meeting moved I wouldn't have turned up at the wrong room.",
     "I'm sorry I turned up at the wrong room"),
    ("Well if you had answered your phone I wouldn't have left without you.", "I'm sorry I left without you"),
])
def test_a_counter_attack_is_answered_by_owning_the_act_first(rewrite, text, owned):
    outcome = rewrite(text)
    found = some_texts(outcome)
    assert outcome.suggestions[0]["strategy"] != "I statement", found
    assert owned in found[0], found


def test_a_bare_apology_names_its_lapse_and_the_reason_stays_after_it():
    msg = read_as("hey Priya. the rent was late because my bank froze my card, what was I supposed to do",
                  ("defensive",))
    text = "I'm sorry, and I can see this affected you. The rent was late. My bank froze my card. What would help?"
    joined = joined_excuse(msg, text)
    assert "I'm sorry the rent was late" in joined, joined
    assert joined.index("I'm sorry the rent was late") < joined.index("My bank froze my card"), joined  # owning first
    assert "The rent was late." not in joined, joined


@pytest.mark.parametrize("text, kept", [
    ("Ok I missed the review. Honestly half of what gets said in there is noise.",
     "I'm sorry I missed the review. Half of what gets said in there is noise. What would help?"),
    ("I'm sorry I was late. Can you stop going on about it?",  # a question is no excuse to join
     "I'm sorry I was late. Can you stop going on about it? What would help?"),
])
def test_a_dig_or_question_is_never_joined_as_an_excuse(text, kept):
    assert joined_excuse(read_as(text, ("defensive",)), kept) == kept


def test_an_apology_for_an_act_with_no_fitting_amends_keeps_its_closing():
    msg = read_as("If you'd labelled the boxes I wouldn't have thrown out your notes.", ("blaming", "defensive"))
    text = "I'm sorry I kept you waiting. Could we sort this out together?"
    assert owned_closing(msg, text).startswith("I'm sorry I kept you waiting.")


@pytest.mark.parametrize("text, named", [
    ("Your review said the staff were rude. I was the only one on shift and had twelve orders, what did you expect?",
     "the staff came across as rude"),
    ("Your email said I was rude on the phone. I had a queue of forty people and no cover, what did you expect?",
     "I came across as rude on the phone"),
])
def test_a_quoted_complaint_is_acknowledged_as_their_experience(rewrite, analyzer, text, named):
    found = some_texts(rewrite(text))
    assert named in found[0], found
    assert not found[0].startswith("I hear how upset you are"), found
    assert below_thresholds(analyzer, found[0]), found
