"""HeardModel (texts → calibrated score per label + tuned thresholds) and how it is trained."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline

from .classifier import MultiLabelClassifier
from .corpus import assign_split
from .features import SpacyFeaturizer
from .metrics import best_threshold, evaluate_predictions

# Regularisation strengths tried per label on the dev split.
C_GRID = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)


@dataclass
class HeardModel:
    pipeline: Pipeline               # features → MultiLabelClassifier
    labels: tuple
    thresholds: dict
    info: dict = field(default_factory=dict)

    @property
    def featurizer(self) -> SpacyFeaturizer:
        return self.pipeline.named_steps["features"]

    @property
    def classifier(self) -> MultiLabelClassifier:
        return self.pipeline.named_steps["classify"]

    def predict_proba(self, texts) -> np.ndarray:
        return self.pipeline.predict_proba(list(texts))

    def predict(self, texts) -> np.ndarray:
        cut = np.array([self.thresholds[label] for label in self.labels])
        return (self.predict_proba(texts) >= cut).astype(int)

    def evaluate(self, texts, Y, labels=None) -> dict:
        """Metrics on labelled texts; `labels` picks a subset of the model's labels."""
        labels = list(labels or self.labels)
        columns = [self.labels.index(label) for label in labels]
        predicted = self.predict(texts)[:, columns]
        return evaluate_predictions(np.asarray(Y), predicted, labels)


def data_hash(frame: pd.DataFrame, labels) -> str:
    """SHA-256 over texts, labels and splits, so a card says exactly what a model saw."""
    digest = hashlib.sha256()
    columns = ["text", *labels] + (["split"] if "split" in frame.columns else [])
    for row in frame[columns].itertuples(index=False):
        digest.update("\x1f".join(map(str, row)).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def with_splits(frame: pd.DataFrame) -> pd.DataFrame:
    """Keeps a `split` column if the data has one; otherwise derives a fixed one from text."""
    frame = frame.copy()
    if "split" not in frame.columns:
        frame["split"] = frame["text"].map(assign_split)
    frame["split"] = frame["split"].astype(str).str.strip().str.lower()
    return frame


def train_model(frame: pd.DataFrame, labels, featurizer_params=None, c_grid=C_GRID,
                progress=None) -> tuple[HeardModel, dict]:
    """Fits on the train split, tunes C and a threshold per label on dev, scores dev and test.

    Deterministic: the same frame gives the same model and the same metrics.
    Returns the model and a report {"dev": metrics, "test": metrics, "chosen": {...}}.
    """
    say = progress or (lambda message: None)
    labels = tuple(labels)
    frame = with_splits(frame)
    train = frame[frame["split"] == "train"]
    dev = frame[frame["split"] == "dev"]
    test = frame[frame["split"] == "test"]
    featurizer = SpacyFeaturizer(**(featurizer_params or {}))
    say(f"featurising {len(frame)} messages")
    all_docs = featurizer.make_docs(frame["text"].tolist())
    views = dict(zip(frame.index, featurizer.views(all_docs)))

    def matrix(part):
        return featurizer.transform_views(part["text"].tolist(), [views[i] for i in part.index])

    featurizer.fit_views(train["text"].tolist(), [views[i] for i in train.index])
    X_train, X_dev = matrix(train), matrix(dev)
    Y_train = train[list(labels)].to_numpy()
    Y_dev = dev[list(labels)].to_numpy()

    chosen_c, thresholds, dev_f1 = [], {}, {}
    for j, label in enumerate(labels):
        best = None
        for c in c_grid:
            clf = MultiLabelClassifier(C=c).fit(X_train, Y_train[:, [j]])
            cut, f1 = best_threshold(Y_dev[:, j], clf.predict_proba(X_dev)[:, 0])
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, c, cut)
        say(f"{label}: C={best[1]} threshold={best[2]:.2f} dev F1={best[0]:.3f}")
        chosen_c.append(best[1])
        thresholds[label] = best[2]
        dev_f1[label] = best[0]

    classifier = MultiLabelClassifier(C=chosen_c).fit(X_train, Y_train)
    pipeline = Pipeline([("features", featurizer), ("classify", classifier)])
    model = HeardModel(pipeline, labels, thresholds)
    cut = np.array([thresholds[label] for label in labels])
    report = {"chosen": {"C": dict(zip(labels, chosen_c)), "thresholds": thresholds},
              "sizes": {"train": len(train), "dev": len(dev), "test": len(test)}}
    for name, part in (("dev", dev), ("test", test)):
        if len(part):
            predicted = (classifier.predict_proba(matrix(part)) >= cut).astype(int)
            report[name] = evaluate_predictions(part[list(labels)].to_numpy(), predicted, labels)
    return model, report
