"""Short scenes read whole (short_scenes.py): parting threats, late-night worry, sarcasm about a
mishap, "it's easy to criticise when…", leave given beside a martyr line, and the bare apology."""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.corrections import SORRY_ALONE
from heard.rewrite.short_scenes import without_easy_jab


@pytest.mark.parametrize("text", [
    "it's easy to criticise when you never do any of the cooking yourself",
    "It's easy to complain about the garden when you never lift a finger out there.",
    "IT'S EASY TO CRITICISE WHEN YOU NEVER DO ANY OF THE COOKING YOURSELF",
])
def test_no_suggestion_keeps_the_easy_to_criticise_jab(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\beasy to\b", suggestion, re.I), suggestion


def test_the_load_is_said_not_the_jab(rewrite, analyzer):
    found = some_texts(rewrite("Easy for you to judge when you're not the one up with the baby every night."))
    assert "up with the baby every night" in found[0], found
    assert not re.search(r"\bjudge\b|\beasy\b", found[0], re.I)
    assert below_thresholds(analyzer, found[0])


@pytest.mark.parametrize("text", ["This isn't over.", "We're not done here.", "this conversation isn't finished!!",
                                  "We'll talk about this later, trust me."])
def test_a_parting_threat_is_not_acknowledged_as_the_listeners_upset(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"upset|hear how|makes sense|\bover\b|not done", suggestion, re.I), suggestion


@pytest.mark.parametrize("text, kept", [
    ("Where have you been, Lucy? It's two in the morning", r"^Lucy, I was worried\b.*\btwo\b"),
    ("where have you been?? it's 3am 😡", r"\b3am\b"),
    ("Tom, where on earth have you been? Dinner was at seven.", r"^Tom, .*\bdinner at seven\b"),
])
def test_a_late_night_question_says_the_worry(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found
    assert "worried" in found[0] and "upset you" not in found[0]
    assert below_thresholds(analyzer, found[0])


@pytest.mark.parametrize("text, kept", [
    ("oh fantastic, you've lost the spare key", "spare key"),
    ("Oh great, you've broken the kettle again.", "kettle"),
    ("oh wonderful, you've spilled wine on the new sofa 🙄", "new sofa"),
    ("Brilliant, you've locked us out.", "locked us out"),
])
def test_sarcasm_about_a_mishap_is_frustration_not_hurt(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0] and "frustrated" in found[0], found
    assert not re.search(r"\bhurt\b|\bleft out\b|fantastic|great|brilliant|wonderful", found[0], re.I)


@pytest.mark.parametrize("text", ["No, you go, I'll just stay home by myself like always.",
                                  "go ahead, have fun, I'll just sit here on my own again"])
def test_leave_given_beside_a_martyr_line_is_not_the_complaint(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bwhen you (?:go|have fun)\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("said", ["sorry", "Sorry!!", "I'm so sorry.", "and I'm truly sorry", "I am really really sorry"])
def test_one_definition_of_a_bare_apology(said):
    assert SORRY_ALONE.match(said)


@pytest.mark.parametrize("said", ["sorry but you started it", "I'm sorry you feel that way", "not sorry"])
def test_an_apology_with_more_is_not_bare(said):
    assert not SORRY_ALONE.match(said)


def test_the_easy_to_criticise_line_is_cut_from_a_rewrite():
    assert without_easy_jab("I'm tired. It's easy to criticise. Could you help?") == "I'm tired. Could you help?"


def test_no_double_hedge_and_no_turned_round_acknowledgement():
    from heard.rewrite.short_scenes import not_turned_round, one_hedge
    assert one_hedge("As far as I know, I think it got moved to Thursday.") == "I think it got moved to Thursday."
    assert one_hedge("As far as I know, the match was moved.") == "As far as I know, the match was moved."
    assert not_turned_round("I can see why your text upset you.") == "I can see why you're upset about your text."


@pytest.mark.parametrize("text", ["I didn't see your text until this morning.", "I never got your voicemail!!"])
def test_the_listeners_own_thing_is_not_what_upset_them(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"why your [\w ]+ upset you", suggestion), suggestion


@pytest.mark.parametrize("text", [
    "I'm sorry you feel that way",
    "sorry you feel that way I guess",
    "Well I'm sorry you feel that way, Dan.",
    "sorry if you were offended lol",
    "Sorry that upset you, Jen.",
])
def test_an_apology_taken_back_owns_the_hurt_instead(rewrite, analyzer, text):
    found = some_texts(rewrite(text))
    assert any("I can see I upset you, and I'm sorry" in s for s in found), found
    for suggestion in found:
        assert not re.search(r"\byou feel that way\b|\bif you were\b|\blol\b|^When sorry", suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text", [
    "Where have you been?! I've been calling you all night.",
    "where were you, I've been ringing you since 10",
    "where have you been?? i've been texting you for hours 😡",
])
def test_a_worried_search_for_the_listener_is_the_worry_and_a_request(rewrite, analyzer, text):
    found = some_texts(rewrite(text))
    assert found[0].startswith("I was worried when I couldn't reach you."), found
    assert not any(re.search(r"upset you|I'm happy to go through", s) for s in found), found  # not a defence


def test_an_apology_with_its_own_content_is_not_read_as_taken_back(rewrite):
    # "sorry I snapped at you" owns an act: it is no "sorry you feel that way"
    assert not any("I can see I upset you, and I'm sorry. Can you tell me what hurt?" == s
                   for s in texts_of(rewrite("sorry I snapped at you earlier, I was exhausted")))
