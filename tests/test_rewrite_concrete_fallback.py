"""A label pinned to something concrete (concrete_fallback.py): "you're such a know-it-all about
therapy", "you're always so cold when my friends come round", "you're the reason we're always broke",
"you're the biggest bottleneck on this project". The concrete thing is kept, the label is not, and
nothing the message doesn't say is added."""

from __future__ import annotations

import re

import pytest

from conftest import below_thresholds, retrained_xfail, some_texts, texts_of

pytestmark = pytest.mark.model

_GENERIC = re.compile(r"how this is going between us|I see this very differently|I don't agree with you here|"
                      r"gentler with each other|really frustrated right now", re.I)


def _check(analyzer, found, kept, labels):
    assert any(kept.lower() in s.lower() for s in found), found
    for suggestion in found:
        assert not _GENERIC.search(suggestion), suggestion
        for label in labels:  # the verdict is never said back
            assert label.lower() not in suggestion.lower(), suggestion
        assert not re.search(r"\balways\b", suggestion, re.I), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


ABOUT = [("you're such a know-it-all about cooking for someone who burns toast", "cooking", ("know-it", "burns toast")),
         ("you're so judgmental about my clothes", "my clothes", ("judgmental",)),
         ("honestly you're SO weird about money", "money", ("weird",)),
         ("You're always so defensive about your mum.", "your mum", ("defensive",)),
         ("ur a total snob about wine lol", "wine", ("snob",))]


@pytest.mark.parametrize("text,kept,labels", ABOUT)
def test_a_label_about_a_subject_keeps_the_subject(rewrite, analyzer, text, kept, labels):
    _check(analyzer, some_texts(rewrite(text)), kept, labels)


WHEN = [("you're so rude when my sister visits", "when my sister visits", ("rude",)),
        ("you're always so grumpy when I get home from work", "when I get home from work", ("grumpy",)),
        ("you're so cold when my parents call 🙄", "when my parents call", ("cold", "🙄")),
        ("you're such a nightmare when we go shopping", "when we go shopping", ("nightmare",))]


@pytest.mark.parametrize("text,kept,labels", WHEN)
def test_a_label_at_a_moment_keeps_the_moment_and_says_nothing_else_of_the_listener(rewrite, analyzer, text, kept, labels):
    found = some_texts(rewrite(text))
    _check(analyzer, found, kept, labels)
    # what the listener does is not made up: the label's moment is the only situation named
    assert not any(re.search(r"\bwhen you\b", s, re.I) for s in found), found


OUTCOMES = [("you're the reason we're always broke", "we're broke"),
            ("You're the reason we lost the match, Danny.", "we lost the match"),
            ("honestly you're the only reason we missed the flight", "we missed the flight"),
            pytest.param("it's your fault we're always broke", "we're broke",
                         marks=retrained_xfail('the line that keeps "always" now ranks first'))]


@pytest.mark.parametrize("text,kept", OUTCOMES)
def test_the_outcome_blamed_is_kept_without_the_blame(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    assert not any(re.search(r"\breason\b|\bfault\b|\bbecause of you\b", s, re.I) for s in found), found
    assert all(below_thresholds(analyzer, s) for s in found), found


EFFORTS = [("you're the weakest link in this team and everyone can see it", "this team", ("weak", "everyone can see")),
           ("honestly you are dead weight on this group project", "this group project", ("dead weight",)),
           ("You're a liability on the pitch, Callum.", "the pitch", ("liability",)),
           ("you are the single biggest bottleneck in our release process and you know it", "our release process",
            ("bottleneck", "you know it"))]


@pytest.mark.parametrize("text,kept,labels", EFFORTS)
def test_a_weak_part_of_a_shared_effort_keeps_the_effort(rewrite, analyzer, text, kept, labels):
    _check(analyzer, some_texts(rewrite(text)), kept, labels)


def test_the_address_is_kept_once(rewrite):
    found = some_texts(rewrite("You're a liability on the pitch, Callum."))
    assert found[0].startswith("Callum, ") and found[0].count("Callum") == 1, found


@pytest.mark.parametrize("text", ["you're so judgmental about everything",  # no subject to keep
                                  "you're so rude when drunk",  # the moment is another verdict
                                  "you're the reason your mum hates me",  # the outcome is on the listener's side
                                  '"you\'re so defensive about your job" — yeah, ok',  # quoted back, not said
                                  "Are you always so cold when my friends come round?"])  # a question
def test_no_reading_where_nothing_concrete_or_the_shape_differs(rewrite, text):
    # none of this module's lines: there is no subject, moment or outcome of the speaker's to keep
    ours = re.compile(r"when we talk about|how things go when|I'm upset that|how things are going")
    found = texts_of(rewrite(text))
    assert not any(ours.search(s) for s in found), found


@pytest.mark.parametrize("text,kept", [("YOU'RE THE REASON WE'RE ALWAYS BROKE", "we're broke"),
                                       ("YOU'RE SO RUDE WHEN I GET HOME", "when I get home")])
def test_shouting_is_said_back_calmly(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
