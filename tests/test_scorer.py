"""The numpy LinearScorer reproduces the scikit-learn Pipeline it was compiled from."""

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from heard.model_io import load_model, load_scorer
from heard.scorer import char_wb_ngrams

TRICKY_TEXTS = ["", "  spaced   out\ttabs\nnew line ", "ÉCOLE café naïve", "a", "🙄🙄 seriously",
                "You NEVER listen!!! 😡", "ok"]


def test_char_ngrams_match_scikit_learn():
    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    for text in TRICKY_TEXTS:
        assert char_wb_ngrams(text, 2, 5) == analyzer(text)


def test_scorer_equals_pipeline_probabilities(tiny_model_dir, corpus):
    model = load_model(tiny_model_dir)
    scorer, _ = load_scorer(tiny_model_dir)
    texts = corpus["text"].sample(300, random_state=0).tolist() + [t for t in TRICKY_TEXTS if t]
    expected = model.predict_proba(texts)
    views = model.featurizer.views(model.featurizer.make_docs(texts))
    np.testing.assert_allclose(scorer.predict_proba(texts, views), expected, rtol=1e-9, atol=1e-12)
    assert scorer.thresholds == model.thresholds
