"""Readings behind weak gallery suggestions, checked on variations: an attack's "and everyone knows it",
near-duplicate suggestions, a request that repeats its situation, day names, "I can't X without you Y",
a verbless "another change from you that breaks X", and "it's a X, not a Y"."""

from __future__ import annotations

import re

import pytest

from heard.rewrite.repeats import near_duplicate, same_content
from heard.rewrite.surface import spelled
from conftest import texts_of as _texts


def _all(outcome) -> str:
    return " ".join(_texts(outcome)).lower()


# -- 1. a clause that only extends the attack ---------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "you're incompetent and everyone on this floor knows it",
    "you're such a liar and the whole family knows it",
    "you're lazy and everyone knows it",
    "you're so careless, you know that?",
])
def test_an_extension_of_the_insult_is_not_kept(rewrite, text):
    outcome = rewrite(text)
    assert outcome.suggestions
    for said in _texts(outcome):
        assert not re.search(r"\b(?:knows?|know that)\b", said.lower()), said
        assert not re.search(r"\bwith it\b", said), said  # "count on you with it" points at nothing


@pytest.mark.model
@pytest.mark.parametrize("text, kept", [
    ("you ruined the whole weekend with your attitude and everyone saw it", "weekend"),
    ("you ruined my birthday dinner and everyone noticed", "birthday dinner"),
    ("you wrecked our anniversary with your sulking", "anniversary"),
])
def test_a_ruined_occasion_is_kept_and_the_verdict_dropped(rewrite, text, kept):
    outcome = rewrite(text)
    assert any(kept in s.lower() for s in _texts(outcome)), _texts(outcome)
    for said in _texts(outcome):
        assert not re.search(r"\b(?:ruin|wreck)", said.lower()), said
        assert not re.search(r"\beveryone (?:saw|noticed)\b", said.lower()), said


# -- 2. the same suggestion twice --------------------------------------------------------------
def test_same_sentences_in_another_order_are_the_same_content():
    a = ("When you promised you'd be at the scan, I felt let down. You picked a client lunch over our baby. "
         "Could we sort this out together?")
    b = ("When you picked a client lunch over our baby, I felt let down. You promised you'd be at the scan. "
         "Could we sort this out together?")
    assert same_content(a, b)
    assert not same_content(a, "When you missed the recital, I felt let down. Could we sort this out together?")
    assert not near_duplicate(a, b)  # the opening differs: the content check is what catches it


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "You promised. You PROMISED you'd be at the scan. And you picked a client lunch over our baby.",
    "you missed the recital and then you lied about the traffic",
    "you forgot the school run and you left the baby's bag at home",
])
def test_no_two_suggestions_say_the_same_things(rewrite, text):
    said = _texts(rewrite(text))
    for k, a in enumerate(said):
        for b in said[k + 1:]:
            assert not same_content(a, b), (a, b)


# -- 3. a request that repeats the situation -----------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, named", [
    ("can't you ever just answer a question without linking your own youtube channel?", "your own youtube channel"),
    ("why can't you ever leave the house without slamming the front door?", "the front door"),
])
def test_a_request_refers_back_to_what_was_just_named(rewrite, text, named):
    outcome = rewrite(text)
    assert outcome.suggestions
    for said in _texts(outcome):
        assert said.lower().count(named) <= 1, said


# -- 4. days and months keep their capital -------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, day", [
    ("you said you'd be home at 5:55 on a friday and you weren't", "Friday"),
    ("you always push your PRs at 5:55 on a friday and then act surprised", "Friday"),
    ("you never call me on sundays", "Sundays"),
])
def test_day_names_keep_their_capital(rewrite, text, day):
    outcome = rewrite(text)
    assert outcome.suggestions
    assert any(day in s for s in _texts(outcome)), _texts(outcome)
    assert not any(day.lower() in s for s in _texts(outcome))


def test_may_as_a_verb_stays_lowercase(blank_nlp):
    doc = blank_nlp("you may go")
    assert spelled(doc[1]) == "may"


# -- 5. "I can't X without you Y" ----------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, mine, theirs", [
    ("you're so controlling. I can't buy a sweater without you checking the bank app within the hour",
     "i buy a sweater", "you check the bank app"),
    ("I can't leave the house without you asking where I'm going", "i leave the house", "you ask where i'm going"),
    ("ugh I can't go anywhere without you texting me every ten minutes", "i go somewhere",
     "you text me every ten minutes"),
])
def test_what_the_listener_does_each_time_is_kept(rewrite, text, mine, theirs):
    outcome = rewrite(text)
    assert any(mine in s.lower() and theirs in s.lower() for s in _texts(outcome)), _texts(outcome)
    assert "without" not in _all(outcome)
    assert "ugh" not in _all(outcome)


# -- 6. a verbless "another X from you that Y" ---------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ('here we go again, another "quick" change from you that breaks the entire checkout flow',
     "the change broke the entire checkout flow"),
    ("great, another late-night deploy from you that took down the payments page",
     "the late-night deploy took down the payments page"),
])
def test_the_event_of_a_fragment_is_kept(rewrite, text, event):
    outcome = rewrite(text)
    assert any(event in s.lower() for s in _texts(outcome)), _texts(outcome)
    assert "quick" not in _all(outcome) and "another" not in _all(outcome)


# -- 7. "it's a X, not a Y" after an insult ----------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, occasion, mocked, name", [
    ("kayla you're honestly so immature, it's a baby shower not a frat party", "baby shower", "frat", "Kayla"),
    ("mike you're so childish, it's a funeral, not a comedy show", "funeral", "comedy", "Mike"),
    ("you're being so selfish, this is a wedding not your birthday party", "wedding", "birthday party", None),
])
def test_the_occasion_is_kept_without_the_jab(rewrite, text, occasion, mocked, name):
    outcome = rewrite(text)
    assert outcome.suggestions
    assert any(occasion in s.lower() for s in _texts(outcome)), _texts(outcome)
    assert mocked not in _all(outcome)
    for said in _texts(outcome):
        assert said.lower().count(occasion) == 1 or occasion not in said.lower(), said
        if name:
            assert said.startswith(f"{name},"), said


@pytest.mark.model
def test_a_defence_of_ones_own_lapse_is_not_an_occasion(rewrite):
    outcome = rewrite("It's a parking space, not a war crime.")
    assert not re.search(r"\bit's a parking space\.", " ".join(_texts(outcome)), re.I)
