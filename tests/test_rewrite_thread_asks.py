"""Pointed questions to another commenter that carry no insult word ("What exactly do you think a
carbon tax does?", "Why should taxpayers fund a stadium?", "Where are you getting these numbers
from?") get the speaker's view or a real question in the register of a view (thread_asks.py) —
never a household line — and sincere or household questions are not pulled into that register."""

import re

import pytest

from heard.rewrite.thread_asks import ask_replies
from conftest import HOUSEHOLD_LINES, assert_views_reply, read_as, some_texts as texts, texts_of

SNEERS = re.compile(r"\b(?:genius|mate|buddy|exactly|actually|honestly|even|seriously|first election|"
                    r"or something|best argument you've got)\b", re.I)
# The views register's own lines: out of place for a sincere or household question.
VIEW_LINES = re.compile(r"\bwe agree on\b|\bsame standard\b|\bsee this very differently\b|\bhaven't seen\b|"
                        r"\bI don't see how\b|\bit matters (?:who|what|where|how)\b|\bAs I understand it\b", re.I)


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("What exactly do you think a carbon tax does?", "what a carbon tax does"),
    ("WHAT EXACTLY DO YOU THINK A TARIFF DOES?", "what a tariff does"),
    ("What exactly do you think rent control does to supply, genius? 🙄", "what rent control does to supply"),
    ("Who do you think ends up paying for free transit, buddy?", "who ends up paying for free transit"),
    ("How is that any different from what the last mayor did?", "different from what the last mayor did"),
    ("How are these cuts fair to rural schools?", "these cuts are fair to rural schools"),
    ("How exactly is a bike lane going to fix traffic?", "a bike lane is going to fix traffic"),
    ("Why should the rest of us fund a stadium for billionaires?", "the rest of us should fund a stadium"),
    ("Why should ratepayers bail out the golf club?", "ratepayers should bail out the golf club"),
    ("Where was your concern for the deficit when your guy was in charge?", "your guy was in charge"),
    ("Where was all this outrage when your party did the same thing?", "your party did the same thing"),
    ("Where are you getting these numbers from?", "these numbers"),
    ("Where's the money for the new hospital coming from?", "the new hospital"),
    ("Since when is wanting safe streets a crime?", "wanting safe streets is a crime"),
    ("Do you understand how interest rates work?", "how interest rates work"),
    ('What part of "no new taxes" did you not understand?', '"no new taxes"'),
    ("You do realise the council voted for this, right?", "the council voted for this"),
    ("Can you point to a single study that says that?", "study that says that"),
    ("Would you say the same thing if your party had done it?", "if your party had done it"),
])
def test_a_pointed_thread_question_gets_a_view_and_a_real_question(rewrite, message, kept):
    assert_views_reply(texts(rewrite(message)), kept.lower(), SNEERS)


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "So what's your plan then, genius?",
    "Is this your first election or something?",
    "Is that really the best argument you've got?",
    "What evidence do you have for any of that?",
])
def test_a_dare_with_nothing_nameable_gets_an_open_question_not_a_household_line(rewrite, message):
    found = texts(rewrite(message))
    assert not any(HOUSEHOLD_LINES.search(f) for f in found), found
    assert not SNEERS.search(found[0]) and found[0].endswith("?"), found


@pytest.mark.parametrize("message", [
    "Have you been to the dentist yet?",
    "Who do you think should pay for the party, us or your mum?",
    "What do you think a fair rent would be for the spare room?",
    "Do you think we should get the kids a tutor?",
    "How is that fair to the kids?",
    "Why should I pay for your dinner?",
    "Who do you think ends up cleaning the kitchen?",
    "Do you have any idea what you've done?",
    "You know I hate mushrooms, right?",
    "What exactly do you think I do all day?",
    "Where did you put the car keys?",
])
def test_sincere_and_household_questions_are_not_read_as_thread_questions(message):
    assert ask_replies(read_as(message)) == []


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "Who do you think should pay for the party, us or your mum?",
    "What do you think a fair rent would be for the spare room?",
    "Have you been to the dentist yet?",
])
def test_no_views_line_for_a_sincere_question(rewrite, message):
    found = texts_of(rewrite(message))
    assert not any(VIEW_LINES.search(f) for f in found), found
    assert not any("I'm not sure should" in f or "see it differently" in f for f in found), found


@pytest.mark.model
def test_every_thread_suggestion_is_below_the_blaming_threshold(rewrite, analyzer):
    messages = ["Why should taxpayers fund your hobby?", "How is that any different from what the last government did?",
                "Who do you think pays for all of it, mate?", "Did you even read past the first line?"]
    for message in messages:
        for text in texts_of(rewrite(message)):
            label = analyzer.check(text)["labels"]["blaming"]
            assert not label["flagged"], (message, text, label)
