"""A defensive message's point kept, not confessed away (held_points.py).

"Nobody told me X", "not my call, Y signed off on it", "I said I'd call, I didn't say when", "it was
already scuffed when I moved in", "I don't set the policy": the suggestion keeps the sender's account
and never turns it into "I should have…" or "I'm sorry I <the denied thing>". An admission said as one
("ok so I didn't take the bins out, but you…") is owned, with the counter-complaint left out.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts

pytestmark = pytest.mark.model

_CONFESSED = re.compile(r"\bI should have\b|\bI'm sorry I (?:didn't know|skipped|missed the whole|ruined|ignored)\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("To be clear, nobody told me the deadline had moved to Friday. If I'd been copied in, this wouldn't have happened.",
     r"the deadline had moved to Friday"),
    ("nobody told me the rota changed, how was i supposed to know", r"the rota changed"),
    ("nobody told me the rota changed 🙄", r"the rota changed\."),
    ("NOBODY TOLD ME THE MEETING HAD MOVED!!", r"the meeting had moved"),
    ("I didn't know the deadline had moved to Friday. Could I be copied in on changes like that?", r"moved to Friday"),
])
def test_not_told_stays_an_account(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found
    for suggestion in found:
        assert not _CONFESSED.search(suggestion), suggestion
        assert "checked whether" not in suggestion, suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, who", [
    ("not my call, product signed off on that spec. I just built what was in the ticket", "Product signed off"),
    ("It wasn't my decision, my manager set the schedule. I just followed it.", "My manager set the schedule"),
])
def test_who_decided_is_kept(rewrite, text, who):
    found = some_texts(rewrite(text))
    assert all(who in s and "Next time I'll check" not in s for s in found), found


@pytest.mark.parametrize("text, reason", [
    ("Mum I'm 29, I don't need to explain every decision to you. My phone was on silent, that's all. "
     "Please stop catastrophising every time I don't pick up.", "My phone was on silent"),
    ("Dad I'm an adult, I don't have to report in every night. My battery died, that's all. Stop panicking "
     "whenever I don't answer.", "My battery died"),
])
def test_worry_is_met_with_the_reason_not_a_confession(rewrite, analyzer, text, reason):
    found = some_texts(rewrite(text))
    assert reason in found[0] and "worried" in found[0], found
    for suggestion in found:
        assert not re.search(r"I should have (?:picked up|answered)|felt like I", suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, owned, denied", [
    ("yeah i was late but it was like 15 mins, you're acting like i missed the whole thing",
     "I'm sorry I was 15 minutes late", "missed"),
    ("yes I left early but it was half an hour, you're acting like I skipped the whole party",
     "I'm sorry I left half an hour early", "skipped"),
])
def test_the_amount_is_owned_and_the_exaggeration_not_confessed(rewrite, text, owned, denied):
    found = some_texts(rewrite(text))
    assert found[0].startswith(owned), found
    assert not any(denied in s or "acting like" in s for s in found), found


@pytest.mark.parametrize("text, act", [
    ("I said I'd call, I didn't say when. You're reading way too much into it.", "call"),
    ("I said I'd fix the shelf, I didn't say when.", "fix the shelf"),
])
def test_a_promise_without_a_time_keeps_the_promise(rewrite, text, act):
    found = some_texts(rewrite(text))
    assert act in found[0], found
    assert not any(re.search(r"careful about how I say|I'm sorry I haven't", s) for s in found), found


@pytest.mark.parametrize("text, own", [
    ("ok so I didn't take the bins out, but you haven't hoovered once since you moved in, so",
     "I didn't take the bins out"),
    ("ok I didn't walk the dog, but you didn't do it yesterday either so", "I didn't walk the dog"),
])
def test_an_admission_is_owned_and_the_counter_dropped(rewrite, text, own):
    found = some_texts(rewrite(text))
    assert own in found[0] and re.search(r"I'll (?:sort|do) it now", found[0]), found
    assert not any(re.search(r"hoover|yesterday|what happened", s) for s in found), found


def test_already_damaged_asks_to_check_together(rewrite):
    found = some_texts(rewrite("The wall was already scuffed when I moved in. Check your own inventory photos "
                               "before you take it out of my deposit."))
    assert "The wall was already scuffed when I moved in" in found[0], found
    assert "inventory photos" in found[0] and "deposit" in found[0], found
    assert not any("upset about" in s or "take care of" in s for s in found), found


@pytest.mark.parametrize("text, who, rule", [
    ("I just work here, I don't set the returns policy. You'll have to take it up with head office.",
     "Head office", "the returns policy"),
    ("I'm just the receptionist, I don't make the booking rules. You'd have to email the practice manager.",
     "The practice manager", "the booking rules"),
])
def test_staff_say_who_sets_the_rule(rewrite, text, who, rule):
    found = some_texts(rewrite(text))
    assert all(who in s and rule in s for s in found), found
    assert not any(re.search(r"I should have|I'd like to talk about|works for both of us", s) for s in found), found


@pytest.mark.parametrize("text", [
    "I'm sorry I was late, the train was cancelled.",
    "I didn't take the bins out, I'll do them now.",
])
def test_look_alikes_are_not_read_here(text):
    from heard.rewrite.held_points import held_lines

    assert held_lines(text) == []


def test_the_listener_in_the_account_gives_no_reading_here():
    from heard.rewrite.held_points import held_lines

    assert held_lines("Nobody told me you were coming, so how would I know?") == []
    assert held_lines("fine so I didn't do the dishes, but I was at work till nine") == []
    assert held_lines("ok so I didn't call her, but you told me not to") == []
