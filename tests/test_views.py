"""What the features read from a doc, and that scoring gives the same numbers however the
pipeline's caches and memory zones stand."""

import numpy as np
import pytest

import heard
import heard.analyzer
from heard.views import view_doc


def view(nlp, text, details=True):
    return view_doc(nlp(text), 3, text, details)


def test_keys_skip_whitespace_and_offsets_point_into_the_text(blank_nlp):
    text = "  spaced   out\n\nnew LINE "
    seen = view(blank_nlp, text)
    assert seen.keys == ["spaced", "out", "new", "line"]
    assert [text[start:end] for start, end in seen.offsets] == ["spaced", "out", "new", "LINE"]
    assert "spaced out new" in seen.ngrams and "out new" in seen.ngrams


def test_numbers_and_links_are_folded(blank_nlp):
    seen = view(blank_nlp, "it's 575 quid, see https://example.com/x")
    assert "<num>" in seen.keys and "<url>" in seen.keys
    assert "575" not in seen.keys


@pytest.mark.parametrize("text, shouting", [
    ("STOP IT NOW", True),
    ("You NEVER LISTEN", True),
    ("room 4B not 4A", False),          # upper-case, but not words
    ("I AM fine", False),               # one shouted word; "I" is one letter
    ("the PS4 and the Q3 numbers", False),
])
def test_shouting_counts_upper_case_words_only(blank_nlp, text, shouting):
    assert ("shape:shouting" in view(blank_nlp, text).cues) is shouting


def test_scoring_view_has_the_same_features_without_the_details(blank_nlp):
    text = "Why do you ALWAYS do this?? I said I'm SORRY"
    full, light = view(blank_nlp, text), view(blank_nlp, text, details=False)
    assert (light.keys, light.ngrams, light.cues) == (full.keys, full.ngrams, full.cues)
    assert full.offsets and full.lemmas and not light.offsets and not light.lemmas


def test_lemmas_stay_readable_across_memory_zones(blank_nlp):
    # Lemmas are remembered between docs; inside a later memory zone their strings must still
    # be there, whether they came from the lookup table or from lower-casing an unknown word.
    text = "She went Zorbling and blamed me"
    with blank_nlp.memory_zone():
        first = [token.lemma_ for token in blank_nlp(text)]
    with blank_nlp.memory_zone():
        second = [token.lemma_ for token in blank_nlp(text)]
    assert first == second
    assert first[1] == "go" and first[2] == "zorbling"


def test_scores_do_not_depend_on_warm_up_or_memory_zones(monkeypatch, corpus):
    texts = corpus["text"].head(120).tolist() + ["SHOUTING 4B", "Zorbling again!!"]
    reference = heard.load().scores(texts, batch_size=1000)
    monkeypatch.setattr(heard.analyzer, "_WARM_TEXTS", 10)
    monkeypatch.setattr(heard.analyzer, "_VIEW_BATCH", 7)
    analyzer = heard.load()
    # The first ten texts warm the caches outside a memory zone; the rest run inside zones,
    # twice, so the second pass reads every memo the first one filled.
    first = analyzer.scores(texts, batch_size=25)
    second = analyzer.scores(texts[::-1], batch_size=25)[::-1]
    np.testing.assert_allclose(first, reference, rtol=1e-12)
    np.testing.assert_allclose(second, reference, rtol=1e-12)
