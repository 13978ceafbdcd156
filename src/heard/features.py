"""SpacyFeaturizer: the one place where spaCy docs become scikit-learn features."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .text_pipeline import build_nlp
from .views import view_doc


def _as_is(items):
    # A module-level function, so fitted vectorizers that use it can be pickled.
    return items


class SpacyFeaturizer(TransformerMixin, BaseEstimator):
    """Texts → sparse features: word n-grams, lemmas, heard cue counts and character n-grams.

    The spaCy pipeline is rebuilt on demand and never pickled; the fitted vectorizers are.
    """

    def __init__(self, max_ngram=3, min_df=2, char_ngrams=(2, 5), cue_weight=1.0, lemmas=False,
                 norm="l2", patterns_dir=None, batch_size=1000):
        self.max_ngram = max_ngram
        self.norm = norm
        self.lemmas = lemmas
        self.min_df = min_df
        self.char_ngrams = char_ngrams
        self.cue_weight = cue_weight
        self.patterns_dir = patterns_dir
        self.batch_size = batch_size

    # -- spaCy side -------------------------------------------------------------------
    @property
    def nlp(self):
        if getattr(self, "_nlp", None) is None:
            self._nlp = build_nlp(self.patterns_dir)
        return self._nlp

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_nlp", None)
        return state

    def make_docs(self, texts):
        return list(self.nlp.pipe(texts, batch_size=self.batch_size))

    def views(self, docs):
        return [view_doc(doc, self.max_ngram) for doc in docs]

    # -- scikit-learn side ------------------------------------------------------------
    def _vectorizers(self):
        vectorizers = {
            "word": TfidfVectorizer(analyzer=_as_is, min_df=self.min_df, sublinear_tf=True,
                                    norm=self.norm)}
        if self.lemmas:
            vectorizers["lemma"] = TfidfVectorizer(analyzer=_as_is, min_df=self.min_df,
                                                   sublinear_tf=True, norm=self.norm)
        vectorizers["cue"] = TfidfVectorizer(analyzer=_as_is, min_df=1, sublinear_tf=True,
                                             use_idf=False)
        if self.char_ngrams:
            vectorizers["char"] = TfidfVectorizer(
                analyzer="char_wb", ngram_range=tuple(self.char_ngrams), min_df=max(self.min_df, 3),
                sublinear_tf=True, lowercase=True, max_features=60000, norm=self.norm)
        return vectorizers

    @staticmethod
    def _inputs(name, texts, views):
        if name == "word":
            return [v.ngrams for v in views]
        if name == "lemma":
            return [v.lemmas for v in views]
        if name == "cue":
            return [v.cues for v in views]
        return texts

    def fit(self, X, y=None):
        texts = list(X)
        docs = self.make_docs(texts)
        self.fit_views(texts, self.views(docs))
        return self

    def fit_views(self, texts, views):
        self.vectorizers_ = self._vectorizers()
        for name, vectorizer in self.vectorizers_.items():
            vectorizer.fit(self._inputs(name, texts, views))
        names = []
        for name, vectorizer in self.vectorizers_.items():
            names.extend(f"{name}={f}" for f in vectorizer.get_feature_names_out())
        self.feature_names_out_ = np.asarray(names, dtype=object)
        return self

    def transform(self, X):
        texts = list(X)
        return self.transform_views(texts, self.views(self.make_docs(texts)))

    def transform_views(self, texts, views):
        check_is_fitted(self, "vectorizers_")
        blocks = []
        for name, vectorizer in self.vectorizers_.items():
            block = vectorizer.transform(self._inputs(name, texts, views))
            if name == "cue":
                block = block * self.cue_weight
            blocks.append(block)
        return sp.hstack(blocks, format="csr", dtype=np.float64)

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_
