"""A defence's account said back without what sizes the complaint down (minimisers.py): "I only spent R800"
is "I spent R800", "It's not like the film had started." and "The plants dying isn't on us." go. A role
("I'm only human") keeps its "only", and a blaming message is not touched."""

import re

import pytest

from conftest import some_texts, texts_of


@pytest.mark.parametrize("text, kept", [
    ("Look, I only spent R800 on the braai stuff because you said to get enough for everyone.",
     "I spent R800 on the braai stuff"),
    ("i was only 10 mins late chill, the bus literally broke down on Camden Road", "I was 10 minutes late"),
    ("Look, I only cc'd the whole department because Sharon told me to, take it up with her.",
     "I cc'd the whole department"),
])
@pytest.mark.model
def test_the_account_keeps_its_fact_without_only(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    assert not any(re.search(r"\b(?:I|We)(?: was| were)? only\b", s) for s in found), found


@pytest.mark.parametrize("text, gone", [
    ("I was only 10 minutes late, Priya, it's not like the film had started.", "not like"),
    ("We were only gone for a weekend, mate. The plants dying isn't on us, they were half dead already.", "on us"),
])
@pytest.mark.model
def test_a_sentence_that_only_shrinks_the_complaint_goes(rewrite, text, gone):
    for suggestion in some_texts(rewrite(text)):
        assert gone not in suggestion, suggestion


@pytest.mark.model
def test_a_sentence_leaning_on_a_dropped_one_goes_with_it(rewrite):
    first = some_texts(rewrite("We were only gone for a weekend, mate. The plants dying isn't on us, they were half dead already."))[0]
    assert "They were" not in first and "We were gone for a weekend" in first, first


@pytest.mark.model
def test_a_role_keeps_its_only(rewrite):
    for suggestion in texts_of(rewrite("Sorry I'm not perfect, Jess, I'm only human")):
        assert "I'm human" not in suggestion, suggestion


def test_a_complaint_is_not_touched():
    from types import SimpleNamespace

    from heard.rewrite.minimisers import without_minimisers

    text = "It makes sense that you're upset. I only moved the car. It's not like it was blocking anyone. What would help?"
    assert without_minimisers(SimpleNamespace(labels={"blaming"}), text) == text
    assert without_minimisers(SimpleNamespace(labels={"defensive"}), text) == \
        "It makes sense that you're upset. I moved the car. What would help?"  # the same text, read as a defence


def test_an_account_that_is_all_minimiser_is_kept_rather_than_emptied():
    from types import SimpleNamespace

    from heard.rewrite.minimisers import without_minimisers

    text = "It makes sense that you're upset. It's not like I meant it. What would help?"
    assert without_minimisers(SimpleNamespace(labels={"defensive"}), text) == text


def test_only_with_a_time_means_not_until_and_stays():
    from types import SimpleNamespace

    from heard.rewrite.minimisers import without_minimisers

    text = "I'm sorry the invoice is late. I only got the hours on Friday, and next time I'll chase them earlier."
    assert without_minimisers(SimpleNamespace(labels={"defensive"}), text) == text


@pytest.mark.model
def test_no_apology_for_what_the_speaker_says_did_not_happen(rewrite):
    # "it's not like i spent the rent": the rent is untouched; "I'm sorry about the rent" turned it round
    for suggestion in texts_of(rewrite("tbh i didnt think £40 was a big deal, it's not like i spent the rent")):
        assert "about the rent" not in suggestion, suggestion
    # "not like I'm the only one who forgot…": the speaker did forget, and still owns it
    first = some_texts(rewrite("it's not like I'm the only one who forgot to chip in for the Spotify family plan"))[0]
    assert "sorry" in first, first
