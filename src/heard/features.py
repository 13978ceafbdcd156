"""SpacyFeaturizer: the one place where spaCy docs become scikit-learn features."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .cues import SPAN_KEY
from .text_pipeline import build_nlp

_REPEATED_MARKS = re.compile(r"([!?])\1+")


def _as_is(items):
    # A module-level function, so fitted vectorizers that use it can be pickled.
    return items


@dataclass
class DocView:
    """What the featurizer reads from one doc, with character spans for each n-gram."""

    ngrams: list = field(default_factory=list)      # "you never", …
    spans: dict = field(default_factory=dict)       # n-gram -> [(start, end), …]
    lemmas: list = field(default_factory=list)
    cues: list = field(default_factory=list)        # "cue:contempt", "flag:blaming", …
    cue_spans: list = field(default_factory=list)   # (cue, label, start, end)


def _token_key(token) -> str:
    if token.like_url:
        return "<url>"
    if token.like_num:
        return "<num>"
    return token.norm_.lower()


def view_doc(doc, max_n: int) -> DocView:
    view = DocView()
    keys = [_token_key(t) for t in doc if not t.is_space]
    toks = [t for t in doc if not t.is_space]
    for n in range(1, max_n + 1):
        for i in range(len(keys) - n + 1):
            gram = " ".join(keys[i:i + n])
            view.ngrams.append(gram)
            view.spans.setdefault(gram, []).append((toks[i].idx, toks[i + n - 1].idx + len(toks[i + n - 1])))
    view.lemmas = [t.lemma_.lower() for t in toks if t.is_alpha]
    upper = sum(1 for t in toks if t.is_upper and len(t) > 1 and t.is_alpha)
    if upper >= 2:
        view.cues.append("shape:shouting")
    if _REPEATED_MARKS.search(doc.text):
        view.cues.append("shape:repeated_marks")
    if doc.text.rstrip().endswith("?"):
        view.cues.append("shape:question")
    group = doc.spans.get(SPAN_KEY, [])
    labels = group.attrs.get("labels", {}) if len(group) else {}
    for span in group:
        label = labels.get(span.label_)
        view.cues.append("cue:" + span.label_)
        if label:
            view.cues.append("flag:" + label)
        view.cue_spans.append((span.label_, label, span.start_char, span.end_char))
    return view


class SpacyFeaturizer(TransformerMixin, BaseEstimator):
    """Texts → sparse features: word n-grams, lemmas, heard cue counts and character n-grams.

    The spaCy pipeline is rebuilt on demand and never pickled; the fitted vectorizers are.
    """

    def __init__(self, max_ngram=3, min_df=2, char_ngrams=(2, 5), cue_weight=1.0,
                 patterns_dir=None, batch_size=1000):
        self.max_ngram = max_ngram
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
            "word": TfidfVectorizer(analyzer=_as_is, min_df=self.min_df, sublinear_tf=True),
            "lemma": TfidfVectorizer(analyzer=_as_is, min_df=self.min_df, sublinear_tf=True),
            "cue": TfidfVectorizer(analyzer=_as_is, min_df=1, sublinear_tf=True, use_idf=False),
        }
        if self.char_ngrams:
            vectorizers["char"] = TfidfVectorizer(
                analyzer="char_wb", ngram_range=tuple(self.char_ngrams), min_df=max(self.min_df, 3),
                sublinear_tf=True, lowercase=True, max_features=60000, dtype=np.float32)
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
