"""MultiLabelClassifier and SpacyFeaturizer honour the scikit-learn estimator contract."""

import joblib
import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from heard.classifier import MultiLabelClassifier
from heard.features import SpacyFeaturizer
from heard.labels import LABELS


@pytest.fixture(scope="module")
def data(tiny_frame):
    texts = tiny_frame["text"].tolist()
    return texts, tiny_frame[list(LABELS)].to_numpy()


def test_clone_round_trip_keeps_parameters():
    featurizer = SpacyFeaturizer(max_ngram=2, char_ngrams=None)
    assert clone(featurizer).get_params() == featurizer.get_params()
    classifier = MultiLabelClassifier(C=[1.0, 2.0, 3.0])
    assert clone(classifier).get_params() == classifier.get_params()


def test_not_fitted_errors():
    with pytest.raises(NotFittedError):
        SpacyFeaturizer().transform(["hello"])
    with pytest.raises(NotFittedError):
        MultiLabelClassifier().predict_proba(np.zeros((1, 3)))


def test_fit_returns_self_and_names_features(data):
    texts, Y = data
    featurizer = SpacyFeaturizer(max_ngram=2, char_ngrams=(3, 4))
    assert featurizer.fit(texts) is featurizer
    names = featurizer.get_feature_names_out()
    assert featurizer.transform(texts[:5]).shape == (5, len(names))
    assert "word=you never" in set(names) and any(n.startswith("cue=flag:") for n in names)
    X = featurizer.transform(texts)
    classifier = MultiLabelClassifier(C=1.0)
    assert classifier.fit(X, Y) is classifier
    proba = classifier.predict_proba(X)
    assert proba.shape == (len(texts), len(LABELS))
    assert ((proba >= 0) & (proba <= 1)).all()
    assert classifier.coef_.shape == (len(LABELS), len(names))


def test_refit_is_deterministic_and_joblib_round_trip_equal(data, tmp_path):
    texts, Y = data
    runs = []
    for _ in range(2):
        featurizer = SpacyFeaturizer(max_ngram=2, char_ngrams=(3, 4)).fit(texts)
        X = featurizer.transform(texts)
        runs.append(MultiLabelClassifier().fit(X, Y).predict_proba(X))
    np.testing.assert_array_equal(runs[0], runs[1])
    path = tmp_path / "featurizer.joblib"
    joblib.dump(featurizer, path)
    loaded = joblib.load(path)
    assert "_nlp" not in loaded.__dict__  # the spaCy pipeline is rebuilt, never pickled
    assert (loaded.transform(texts[:20]) != featurizer.transform(texts[:20])).nnz == 0


def test_rejects_a_label_without_enough_positives():
    X = np.eye(6)
    Y = np.array([[1], [0], [0], [0], [0], [0]])
    with pytest.raises(ValueError, match="at least 2 positive"):
        MultiLabelClassifier().fit(X, Y)


def test_nan_labels_fit_each_column_on_its_known_rows(data):
    texts, Y = data
    featurizer = SpacyFeaturizer(max_ngram=2, char_ngrams=None).fit(texts)
    X = featurizer.transform(texts)
    partial = Y.astype(float)
    partial[::3, 1] = np.nan  # defensive unlabelled on a third of the rows
    both = MultiLabelClassifier().fit(X, partial)
    known = ~np.isnan(partial[:, 1])
    alone = MultiLabelClassifier().fit(X[known], Y[known][:, [1]])
    np.testing.assert_array_equal(both.predict_proba(X)[:, 1], alone.predict_proba(X)[:, 0])
    np.testing.assert_array_equal(both.predict_proba(X)[:, 0],
                                  MultiLabelClassifier().fit(X, Y[:, [0]]).predict_proba(X)[:, 0])
    with pytest.raises(ValueError, match="0, 1 or NaN"):
        MultiLabelClassifier().fit(X, np.full((len(texts), 1), 0.5))
