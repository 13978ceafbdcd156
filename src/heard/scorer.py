"""LinearScorer: the trained pipeline's arithmetic in plain numpy, for a fast, safe load.

scikit-learn alone takes over a second to import on a small machine, longer than `heard check`
may take in all. So training exports what the fitted Pipeline computes — vocabularies, idf
weights, coefficients and sigmoid calibration — into an .npz file (no pickle, so loading it
runs no code), and checking reproduces the Pipeline's probabilities from it. A test holds the
two equal.
"""

from __future__ import annotations

import json
import re
from itertools import chain, repeat

import numpy as np

_WHITE_SPACES = re.compile(r"\s\s+")
_FORMAT = 1


def char_wb_ngrams(text: str, min_n: int, max_n: int) -> list[str]:
    """scikit-learn's `char_wb` analyzer (lowercased), n-grams inside word boundaries."""
    grams = []
    for word in _WHITE_SPACES.sub(" ", text.lower()).split():
        grams.extend(_word_char_ngrams(word, min_n, max_n))
    return grams


def _word_char_ngrams(word: str, min_n: int, max_n: int) -> list[str]:
    word = " " + word + " "
    size = len(word)
    grams = []
    for n in range(min_n, max_n + 1):
        if size <= n:  # a short word counts once, whole
            grams.append(word)
            break
        grams.extend([word[i:i + n] for i in range(size - n + 1)])
    return grams


class Block:
    """One vectorizer's share of the features: vocabulary, idf, and where its columns start."""

    _CACHE_LIMIT = 30_000

    def __init__(self, name, terms, idf, sublinear, weight, offset, ngram_range=None, norm=True):
        self.name = name
        self.norm = norm  # l2-normalise each row (scikit-learn's norm="l2") or not (None)
        self.terms = list(terms)
        self.vocabulary = {term: i for i, term in enumerate(self.terms)}
        self.idf = None if idf is None else np.asarray(idf, dtype=np.float64)
        self.sublinear = sublinear
        self.weight = weight
        self.offset = offset
        self.ngram_range = tuple(ngram_range) if ngram_range else None
        self._word_cache = {}  # word -> its character n-grams' columns, as bytes (words repeat)

    def _char_columns(self, texts) -> tuple[np.ndarray, list[int]]:
        # Each word's n-gram columns are remembered as raw int64 bytes, so a whole batch's
        # columns are one bytes join away from an array. str.split() splits on the same
        # whitespace as the analyzer's regex, so the words are the same.
        cache, get = self._word_cache, self.vocabulary.get
        pieces, sizes = [], []
        for text in texts:
            size = 0
            for word in text.lower().split():
                found = cache.get(word)
                if found is None:
                    found = np.array([c for c in map(get, _word_char_ngrams(word, *self.ngram_range))
                                      if c is not None], dtype=np.int64).tobytes()
                    if len(cache) > self._CACHE_LIMIT:
                        cache.clear()
                    cache[word] = found
                pieces.append(found)
                size += len(found)
            sizes.append(size >> 3)
        return np.frombuffer(b"".join(pieces), dtype=np.int64), sizes

    def _item_columns(self, views) -> tuple[np.ndarray, list[int]]:
        lists = [view.ngrams if self.name == "word" else view.lemmas if self.name == "lemma"
                 else view.cues for view in views]
        get = self.vocabulary.get
        found = np.fromiter(map(get, chain.from_iterable(lists), repeat(-1)), dtype=np.int64)
        known = found >= 0
        # Unknown items are dropped; each text keeps the count of its known ones.
        owner = np.repeat(np.arange(len(lists)), [len(items) for items in lists])
        return found[known], np.bincount(owner[known], minlength=len(lists))

    def entries(self, texts, views):
        """(row, column, value) arrays for a batch: tf (sublinear) × idf, l2-normalised per row."""
        flat, sizes = self._char_columns(texts) if self.ngram_range else self._item_columns(views)
        n = len(sizes)
        width = max(len(self.terms), 1)
        rows = np.repeat(np.arange(n, dtype=np.int64), sizes)
        keys, counts = _count_distinct(rows * width + flat)
        rows, columns = keys // width, keys % width
        values = 1.0 + np.log(counts) if self.sublinear else counts.astype(np.float64)
        if self.idf is not None:
            values = values * self.idf[columns]
        if self.norm:
            norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n))
            values = values / norms[rows]
        values = values * self.weight
        return rows, columns + self.offset, values


def _count_distinct(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(keys, return_counts=True), with less bookkeeping (it is on the hot path)."""
    if not len(keys):
        return keys, np.zeros(0, dtype=np.int64)
    keys = np.sort(keys)
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
    return keys[starts], np.diff(np.append(starts, len(keys)))


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

    def entries(self, texts, views):
        """All blocks' (row, column, value) arrays for a batch of texts."""
        parts = [block.entries(texts, views) for block in self.blocks]
        return tuple(np.concatenate(arrays) for arrays in zip(*parts))

    def proba_from_entries(self, n_rows, entries) -> np.ndarray:
        rows, columns, values = entries
        logits = np.empty((n_rows, len(self.labels)))
        for j in range(len(self.labels)):
            logits[:, j] = np.bincount(rows, weights=values * self.coef[columns, j], minlength=n_rows)
        logits += self.intercept
        return 1.0 / (1.0 + np.exp(self.calib_a * logits + self.calib_b))

    def predict_proba(self, texts, views) -> np.ndarray:
        texts = list(texts)
        return self.proba_from_entries(len(texts), self.entries(texts, views))

    # -- files ------------------------------------------------------------------------
    def save(self, path) -> None:
        meta = {"format": _FORMAT, "labels": list(self.labels), "thresholds": self.thresholds,
                "blocks": [{"name": b.name, "sublinear": b.sublinear, "weight": b.weight,
                            "offset": b.offset, "ngram_range": b.ngram_range, "norm": b.norm,
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
                            b["sublinear"], b["weight"], b["offset"], b["ngram_range"],
                            b.get("norm", True))
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
            vectorizer.ngram_range if vectorizer.analyzer == "char_wb" else None,
            vectorizer.norm == "l2"))
        offset += len(terms)
    intercepts, a, b = [], [], []
    for estimator in classifier.estimators_:
        calibrated = estimator.calibrated_classifiers_[0]
        intercepts.append(calibrated.estimator.intercept_[0])
        a.append(calibrated.calibrators[0].a_)
        b.append(calibrated.calibrators[0].b_)
    return LinearScorer(model.labels, blocks, classifier.coef_.T, intercepts, a, b,
                        model.thresholds)
