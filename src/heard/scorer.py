"""LinearScorer: the trained pipeline's arithmetic in plain numpy, for a fast, safe load.

scikit-learn alone takes over a second to import on a small machine, longer than `heard check`
may take in all. So training exports what the fitted Pipeline computes — vocabularies, idf
weights, coefficients and sigmoid calibration — into an .npz file (no pickle, so loading it
runs no code), and checking reproduces the Pipeline's probabilities from it. A test holds the
two equal.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter

import numpy as np

_WHITE_SPACES = re.compile(r"\s\s+")
_FORMAT = 1


def char_wb_ngrams(text: str, min_n: int, max_n: int) -> list[str]:
    """scikit-learn's `char_wb` analyzer (lowercased), n-grams inside word boundaries."""
    text = _WHITE_SPACES.sub(" ", text.lower())
    grams = []
    for word in text.split():
        word = " " + word + " "
        size = len(word)
        for n in range(min_n, max_n + 1):
            offset = 0
            grams.append(word[offset:offset + n])
            while offset + n < size:
                offset += 1
                grams.append(word[offset:offset + n])
            if offset == 0:
                break
    return grams


class Block:
    """One vectorizer's share of the features: vocabulary, idf, and where its columns start."""

    def __init__(self, name, terms, idf, sublinear, weight, offset, ngram_range=None):
        self.name = name
        self.terms = list(terms)
        self.vocabulary = {term: i for i, term in enumerate(self.terms)}
        self.idf = None if idf is None else np.asarray(idf, dtype=np.float64)
        self.sublinear = sublinear
        self.weight = weight
        self.offset = offset
        self.ngram_range = tuple(ngram_range) if ngram_range else None

    def items(self, text, view):
        if self.name == "word":
            return view.ngrams
        if self.name == "lemma":
            return view.lemmas
        if self.name == "cue":
            return view.cues
        return char_wb_ngrams(text, *self.ngram_range)

    def row(self, text, view):
        """(columns, values) of one text: tf (sublinear) × idf, l2-normalised, × weight."""
        counts = Counter(i for i in map(self.vocabulary.get, self.items(text, view)) if i is not None)
        if not counts:
            return [], []
        columns = sorted(counts)
        values = [1.0 + math.log(counts[c]) if self.sublinear else float(counts[c]) for c in columns]
        if self.idf is not None:
            values = [v * self.idf[c] for v, c in zip(values, columns)]
        norm = math.sqrt(sum(v * v for v in values))
        scale = self.weight / norm if norm else 0.0
        return [c + self.offset for c in columns], [v * scale for v in values]


class LinearScorer:
    """Texts' views → calibrated probability per label, exactly as the fitted Pipeline."""

    def __init__(self, labels, blocks, coef, intercept, calib_a, calib_b, thresholds=None):
        self.labels = tuple(labels)
        self.thresholds = dict(thresholds or {})
        self.blocks = blocks
        self.coef = np.asarray(coef, dtype=np.float64)          # (n_features, n_labels)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.calib_a = np.asarray(calib_a, dtype=np.float64)
        self.calib_b = np.asarray(calib_b, dtype=np.float64)

    @property
    def word_block(self) -> Block:
        return next(b for b in self.blocks if b.name == "word")

    def sparse_rows(self, texts, views):
        """Per text, its (columns, values) as numpy arrays."""
        rows = []
        for text, view in zip(texts, views):
            columns, values = [], []
            for block in self.blocks:
                c, v = block.row(text, view)
                columns += c
                values += v
            rows.append((np.asarray(columns, dtype=np.int64), np.asarray(values)))
        return rows

    def proba_from_rows(self, rows) -> np.ndarray:
        if not rows:
            return np.zeros((0, len(self.labels)))
        owner = np.concatenate([np.full(len(c), i) for i, (c, _) in enumerate(rows)])
        columns = np.concatenate([c for c, _ in rows])
        values = np.concatenate([v for _, v in rows])
        logits = np.empty((len(rows), len(self.labels)))
        for j in range(len(self.labels)):
            logits[:, j] = np.bincount(owner, weights=values * self.coef[columns, j],
                                       minlength=len(rows))
        logits += self.intercept
        return 1.0 / (1.0 + np.exp(self.calib_a * logits + self.calib_b))

    def predict_proba(self, texts, views) -> np.ndarray:
        return self.proba_from_rows(self.sparse_rows(texts, views))

    # -- files ------------------------------------------------------------------------
    def save(self, path) -> None:
        meta = {"format": _FORMAT, "labels": list(self.labels), "thresholds": self.thresholds,
                "blocks": [{"name": b.name, "sublinear": b.sublinear, "weight": b.weight,
                            "offset": b.offset, "ngram_range": b.ngram_range,
                            "has_idf": b.idf is not None} for b in self.blocks]}
        arrays = {"meta": np.array(json.dumps(meta)), "coef": self.coef,
                  "intercept": self.intercept, "calib_a": self.calib_a, "calib_b": self.calib_b}
        for b in self.blocks:
            arrays[f"terms_{b.name}"] = np.array(b.terms, dtype=str)
            if b.idf is not None:
                arrays[f"idf_{b.name}"] = b.idf
        with open(path, "wb") as handle:
            np.savez_compressed(handle, **arrays)

    @classmethod
    def load(cls, path) -> "LinearScorer":
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta.get("format") != _FORMAT:
                raise ValueError(f"scorer format {meta.get('format')} is not {_FORMAT}")
            blocks = [Block(b["name"], data[f"terms_{b['name']}"].tolist(),
                            data[f"idf_{b['name']}"] if b["has_idf"] else None,
                            b["sublinear"], b["weight"], b["offset"], b["ngram_range"])
                      for b in meta["blocks"]]
            return cls(meta["labels"], blocks, data["coef"], data["intercept"],
                       data["calib_a"], data["calib_b"], meta["thresholds"])


def compile_scorer(model) -> LinearScorer:
    """Exports a trained HeardModel's Pipeline into a LinearScorer."""
    featurizer, classifier = model.featurizer, model.classifier
    blocks, offset = [], 0
    for name, vectorizer in featurizer.vectorizers_.items():
        terms = vectorizer.get_feature_names_out().tolist()
        blocks.append(Block(
            name, terms, vectorizer.idf_ if vectorizer.use_idf else None, vectorizer.sublinear_tf,
            featurizer.cue_weight if name == "cue" else 1.0, offset,
            vectorizer.ngram_range if vectorizer.analyzer == "char_wb" else None))
        offset += len(terms)
    intercepts, a, b = [], [], []
    for estimator in classifier.estimators_:
        calibrated = estimator.calibrated_classifiers_[0]
        intercepts.append(calibrated.estimator.intercept_[0])
        a.append(calibrated.calibrators[0].a_)
        b.append(calibrated.calibrators[0].b_)
    return LinearScorer(model.labels, blocks, classifier.coef_.T, intercepts, a, b,
                        model.thresholds)
