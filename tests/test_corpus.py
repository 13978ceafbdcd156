"""The labelled corpus keeps its promises: size, balance, hard negatives, no duplicates."""

from heard.corpus import near_duplicates
from heard.labels import LABELS


def test_size_and_unique_texts(corpus):
    assert len(corpus) >= 3000
    assert not corpus["text"].str.strip().str.lower().duplicated().any()
    assert (corpus["text"].str.strip() != "").all()


def test_labels_are_binary_with_600_positives_each(corpus):
    for label in LABELS:
        assert set(corpus[label].unique()) <= {0, 1}
        assert corpus[label].sum() >= 600, label


def test_a_quarter_are_hard_negatives(corpus):
    assert corpus["kind"].str.startswith("hard_negative").mean() >= 0.25


def test_fixed_splits_and_contexts(corpus):
    assert set(corpus["split"]) == {"train", "dev", "test"}
    assert corpus["split"].value_counts(normalize=True)["train"] > 0.6
    assert (corpus["context"].str.strip() != "").all()


def test_fewer_than_3_percent_near_duplicates(corpus):
    flagged = near_duplicates(corpus["text"].tolist(), threshold=0.8)
    assert len(flagged) / len(corpus) < 0.03


def test_near_duplicate_finder_finds_them():
    texts = ["you never ever listen to me at all", "you never listen to me at all",
             "the dog needs a walk at six"]
    assert near_duplicates(texts) == {0, 1}


def test_hard_negatives_carry_no_flag_they_imitate(corpus):
    praise = corpus[corpus["kind"] == "hard_negative:praise_absolute"]
    assert len(praise) >= 50 and praise["blaming"].sum() == 0
    reassurance = corpus[corpus["kind"] == "hard_negative:reassurance"]
    assert reassurance["blaming"].sum() == 0 and reassurance["validating"].mean() > 0.9


