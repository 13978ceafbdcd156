"""Sarcasm, assumed intent, absolutes and insults wrapped round a plain event (sarcasm_residue.py).

The rewrite keeps the event (what was done, when, the names and amounts) and drops the jab: no
sarcastic tag, no "do you even care" turned into "it seems like you don't care", no "can you ever",
no "why would I expect anything else", no "is a crime", no "uninstall"; and where a strategy kept
only the jab, no suggestion from it.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.sarcasm_residue import without_sarcasm_residue

pytestmark = pytest.mark.model

_JAB = re.compile(r"\b(?:super|so|really)\s+(?:thoughtful|considerate)\b|great\s+(?:friend|mate)|don't\s+care|"
                  r"\bever\b|expected\s+anything|anything\s+else|is\s+a\s+crime|\bapparently\b|unforgivable|lmao|\blol\b|"
                  r"uninstall|delete\s+the\s+app|everyone\s+can\s+see|favou?ritism|\bbias\b|a\s+single|"
                  r"\bditch\w*|\bagain\b|🙄|🙃|👍|\bof\s+course\b|\bnaturally\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("Of course you missed Mia's recital. Why would I expect anything different?", r"missed Mia's recital"),
    ("Naturally you left the back door unlocked again. What else would I expect from you?", r"left the back door unlocked"),
    ("OF COURSE you forgot to pick up the prescription. What else would I expect?", r"forgot to pick up the prescription"),
])
def test_expected_nothing_else_keeps_the_event_only(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    assert not _JAB.search(found[0]), found
    assert below_thresholds(analyzer, found[0])


@pytest.mark.parametrize("text, kept, cost", [
    ("Nice of you to skip the team standup again. Do you even care that we waited twenty minutes?",
     r"skipped the team standup", r"waited twenty minutes"),
    ("nice of u to AFK during the final boss AGAIN!! do u even care that we lost an hour", r"went AFK during the final boss",
     r"lost an hour"),
    ("Nice of you to turn up an hour late to the viewing. Do you even realise the agent nearly left?",
     r"turned up an hour late to the viewing", r"agent nearly left"),
])
def test_assumed_intent_becomes_the_cost_not_a_guess_at_caring(rewrite, text, kept, cost):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I) and re.search(cost, found[0], re.I), found
    assert not any(re.search(r"don't care|\beven\b|seems like you", t, re.I) for t in found), found


@pytest.mark.parametrize("text, kept", [
    ("Fine, I'll stop cooking since apparently using the good pan is a crime.", r"using the good pan.*stop cooking"),
    ("ok I'll stop offering lifts then, since apparently being five minutes late is a crime now",
     r"being five minutes late.*stop offering lifts"),
    ("Fine. I'll stop doing the school run since apparently forgetting the PE kit once is unforgivable.",
     r"forgetting the PE kit once.*stop doing the school run"),
])
def test_martyr_stance_says_the_criticism_felt_without_the_crime(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    assert not any(re.search(r"crime|apparently|unforgivable|end up stopping", t, re.I) for t in found), found


@pytest.mark.parametrize("text, kept", [
    ("@Priya the deploy failed because you skipped code review again, can you ever follow the checklist?",
     r"skipped code review"),
    ("the invoices went out wrong because you edited the template again, can you ever ask first?", r"edited the template"),
])
def test_no_suggestion_asks_can_you_ever(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    assert not any(re.search(r"\bever\b", t, re.I) for t in found), found


@pytest.mark.parametrize("text", [
    "Thanks for signing me up for the bake sale without asking, really thoughtful 🙃",
    "Wow, thanks for bailing on my birthday dinner an hour before, really great friend 🙄",
    "Wow, thanks for ditching us at the festival, really great mate 🙄",
    "dude you missed every open shot and then blamed the ref lol delete the app",
    "you're the reason we lost the pub quiz, you couldn't answer a single question",
])
def test_no_sarcastic_tag_insult_or_absolute_fault_is_kept(rewrite, text):
    for found in texts_of(rewrite(text)):
        assert not _JAB.search(found), found


@pytest.mark.parametrize("text, who, kept", [
    ("Mr Cole, Sam was benched for the whole final again while the captain's brother played every minute. "
     "Everyone can see the bias.", "Mr Cole", r"Sam was benched for the final while the captain's brother played every minute"),
    ("Ms Hart, Aisha was left off the trip list again while your neighbour's daughter got a spot. Everyone can see the favouritism.",
     "Ms Hart", r"Aisha was left off the trip list while your neighbour's daughter got a spot"),
])
def test_everyones_verdict_is_dropped_and_the_event_kept(rewrite, analyzer, text, who, kept):
    found = some_texts(rewrite(text))
    assert found[0].startswith(who) and re.search(kept, found[0]), found
    assert not _JAB.search(found[0]), found
    assert below_thresholds(analyzer, found[0])


def test_real_questions_and_care_are_left_alone():
    # "ever" in a plea for forgiveness, and a verdict that is care, are not jabs to cut
    assert without_sarcasm_residue("Can you ever forgive me?", "Can you ever forgive me?") == "Can you ever forgive me?"
    text = "I'm sorry I missed the wedding. Can we talk?"
    assert without_sarcasm_residue("Honestly I never thought you'd ever forgive me", text) == text
