"""A piece of the message pasted into a frame must be a clause (slot_checks.py).

No suggestion opens a slot with a relative pronoun or conjunction ("When which you…", "when if…"),
leaves ",,", a determiner before a comma ("adding a,"), "not" before a finite verb ("not gets"), a
subjectless past-tense opening ("Fed the whole enemy team"), a thought asked for as the act ("could
you think you could…"), or pins a third person's act on the listener ("people stop inviting her" →
"when you invite her"). Where the message shows how, the suggestion is mended instead.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, texts_of

from heard.rewrite.slot_checks import ill_formed_slot, slot_mended

BROKEN = re.compile(r"\b(?:when|about) (?:which|who|if|because|and|but)\b|,\s*,|\b(?:a|an|the)\s*,|\bnot gets\b|"
                    r"\bcould you (?:think|believe|guess)\b|\bwhen (?:people|they|he|she)\s*[.,]", re.I)


@pytest.mark.parametrize("text", [
    "When which you evidently didn't read, I felt upset.",
    "I feel upset when if the rest fell apart guys.",
    "Fed the whole enemy team,, and I've been feeling frustrated.",
    "When you don't say thank you without adding a, I feel frustrated.",
    "Kate, I feel upset when this committee not gets anything done.",
    "Next time, could you think you could put them out?",
    "Priya doesn't pay her share and then acts hurt when people. Can we talk?",
    "Lost the whole match for us. Can we talk?",
])
def test_ill_formed_slots_are_caught(text):
    assert ill_formed_slot(text)


@pytest.mark.parametrize("text", [
    "I feel hurt when it's not always easy to get the kids out.",
    "I felt upset when this was not yours to decide.",
    "When you invite her without asking me, I feel left out.",
    "Could you remember to lock the back door?",
    "Can you think about whether we need the car on Saturday?",
    "I was worried about the report, which was due on Friday.",
    "Asked the question, he left.",
    "I felt left out when you and Sam planned the trip.",
])
def test_well_formed_look_alikes_pass(text):
    assert not ill_formed_slot(text)


@pytest.mark.parametrize("original, text, mended", [
    ('Can\'t you ever just say thank you without adding a "but"?',
     "When you don't say thank you without adding a, I feel frustrated.",
     'When you say thank you and then add a "but", I feel frustrated.'),
    ("Honestly Kate, you're the reason this committee never gets anything done.",
     "Kate, I feel upset when this committee not gets anything done.",
     "Kate, I feel upset when this committee doesn't get anything done."),
    ("Did you ever think maybe you could put them out once?",
     "Next time, could you think you could put them out?", "Next time, could you put them out?"),
    ("Per my last email, which you evidently didn't read, the invoice was due on the 14th.",
     "When which you evidently didn't read, I felt upset.", "When you didn't read my last email, I felt upset."),
])
def test_mended_from_the_message(original, text, mended):
    assert slot_mended(original, text) == mended


@pytest.mark.parametrize("original, text", [
    ("Jess is late to everything we plan, and then acts shocked when people stop inviting her.",
     "When you invite her, I feel frustrated. Could you stop inviting her?"),
    ("Sam never pays and then sulks when everyone stops asking him along.",
     "I feel hurt when you ask him along."),
])
def test_someone_elses_act_is_not_pinned_on_the_listener(original, text):
    assert slot_mended(original, text) == ""


def test_the_listeners_own_act_is_kept():
    text = "Could you stop inviting her to everything?"
    assert slot_mended("Stop inviting her to everything we do!!", text) == text
    text = "When you invite her without asking, I feel left out."
    assert slot_mended("You invite her without asking every single time.", text) == text
    # "coming from someone who…", "says the man who…": the someone is the listener, in a counter-attack
    text = "Something's been bothering me too: you forgot to book Luca's for our anniversary. Can we talk about both?"
    assert slot_mended("That's rich coming from someone who forgot to book Luca's for our anniversary.", text) == text
    text = "Something's been bothering me too: you lost the car keys twice this month."
    assert slot_mended("Says the man who lost the car keys twice this month.", text) == text


@pytest.mark.model
@pytest.mark.parametrize("text", [
    'lol you call that a rotation? literally fed the whole enemy team, uninstall',
    "Per my last email, which you evidently didn't read, the invoice was due on the 14th.",
    "it's a group project, I did my slides, if the rest fell apart that's on you guys",
    'Can\'t you ever just say thank you without adding a "but"?',
    "Honestly Kate, you're the reason this committee never gets anything done. You argue with everything.",
    "EVERY TIME the dishes pile up it's my fault somehow. Did you ever think maybe you could wash one?",
    "Sam is late to everything we organise 🙄 and then gets upset when people stop asking him. So rude.",
    "My brother borrows my car and then complains when people stop lending him things.",
])
def test_no_suggestion_is_ill_formed_and_each_is_below_thresholds(rewrite, analyzer, text):
    for found in texts_of(rewrite(text)):
        assert not BROKEN.search(found), found
        assert not re.search(r"\byou (?:invite|ask|lend)\b", found), found
        assert below_thresholds(analyzer, found), found


@pytest.mark.model
def test_the_quoted_word_and_the_invoice_are_kept(rewrite):
    found = texts_of(rewrite('Can\'t you ever just say thank you without adding a "but"?'))
    assert found and all('"but"' in t for t in found if "adding" in t or "add a" in t)
    found = texts_of(rewrite("Per my last email, which you evidently didn't read, the invoice was due on the 14th."))
    assert any("invoice" in t and "14th" in t for t in found), found
