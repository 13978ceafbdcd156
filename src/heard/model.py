"""HeardModel (texts → calibrated score per label + tuned thresholds) and how it is trained."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline

from .classifier import MultiLabelClassifier, fit_one_label
from .corpus import assign_split
from .crossval import cross_validate
from .features import SpacyFeaturizer
from .metrics import best_threshold, evaluate_known

# Regularisation strengths tried per label on the dev split.
C_GRID = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0)
# A label is tuned on dev and scored on test when it has this many labelled rows and enough
# of each class in every split; otherwise it is cross-validated on all its rows.
SPLIT_MIN_ROWS = 300
SPLIT_MIN_EXAMPLES = 5


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


def data_hash(frame: pd.DataFrame, labels) -> str:
    """SHA-256 over texts, labels and splits, so a card says exactly what a model saw.

    A label is written as 0 or 1, and as an empty field where it is not labelled."""
    digest = hashlib.sha256()
    columns = ["text", *labels] + (["split"] if "split" in frame.columns else [])
    n_labels = len(labels)
    for row in frame[columns].itertuples(index=False):
        fields = [row[0], *(_label_field(v) for v in row[1:1 + n_labels]), *row[1 + n_labels:]]
        digest.update("\x1f".join(map(str, fields)).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def _label_field(value) -> str:
    return "" if pd.isna(value) else str(int(value))


def with_splits(frame: pd.DataFrame) -> pd.DataFrame:
    """Keeps a `split` column if the data has one; otherwise derives a fixed one from text."""
    frame = frame.copy()
    if "split" not in frame.columns:
        frame["split"] = frame["text"].map(assign_split)
    frame["split"] = frame["split"].astype(str).str.strip().str.lower()
    return frame


def split_evaluated(frame: pd.DataFrame, label: str) -> bool:
    """Whether `label` has the rows to be tuned on dev and scored on test (else: cross-validated)."""
    known = frame[frame[label].notna()]
    if len(known) < SPLIT_MIN_ROWS:
        return False
    for split in ("train", "dev", "test"):
        values = known.loc[known["split"] == split, label]
        if (values == 1).sum() < SPLIT_MIN_EXAMPLES or (values == 0).sum() < SPLIT_MIN_EXAMPLES:
            return False
    return True


def held_out_rows(frame: pd.DataFrame, label: str, method: str) -> pd.Index:
    """The rows behind a label's held-out figures: its labelled test rows, or all its labelled
    rows when it was cross-validated."""
    known = frame[label].notna()
    if method == "test split":
        known &= frame["split"] == "test"
    return frame.index[known]


def train_model(frame: pd.DataFrame, labels, featurizer_params=None, c_grid=C_GRID,
                progress=None) -> tuple[HeardModel, dict]:
    """Fits on the train split, tunes C and a threshold per label on dev, scores dev and test.

    A label may be unlabelled (NaN) on some rows: it is fitted, tuned and scored on the rows
    where it is known. A label with too few rows for dev and test (see `split_evaluated`) is
    cross-validated on all its rows instead, and its final regression fits all of them.
    Deterministic: the same frame gives the same model and the same metrics.
    Returns the model and a report {"dev": metrics, "test": metrics, "chosen": {...},
    "held_out": {label: metrics and "method"}} (+ "cross_validated" when a label was).
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
    Y_train = train[list(labels)].to_numpy(dtype=float)
    Y_dev = dev[list(labels)].to_numpy(dtype=float)
    crossed = {label: None for label in labels if not split_evaluated(frame, label)}

    chosen_c, thresholds, columns = [], {}, []
    for j, label in enumerate(labels):
        if label in crossed:
            known = frame[frame[label].notna()]
            result = cross_validate(known["text"].tolist(), [views[i] for i in known.index],
                                    known[label].to_numpy(), featurizer_params, c_grid)
            crossed[label] = result
            say(f"{label}: {len(known)} labelled rows, too few for a dev and test split: "
                f"{result['folds']}-fold cross-validation, C={result['C']} "
                f"threshold={result['threshold']:.2f} F1={result['metrics']['f1']:.3f}")
            chosen_c.append(result["C"])
            thresholds[label] = result["threshold"]
            # Its final regression learns from every labelled row, whatever the split.
            columns.append(fit_one_label(result["C"], matrix(known),
                                         known[[label]].to_numpy(dtype=float)))
            continue
        known_dev = ~np.isnan(Y_dev[:, j])
        best = None
        for c in c_grid:
            clf = fit_one_label(c, X_train, Y_train[:, [j]])
            scores = clf.predict_proba(X_dev)[:, 0]
            cut, f1 = best_threshold(Y_dev[known_dev, j], scores[known_dev])
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, c, cut, clf)
        say(f"{label}: C={best[1]} threshold={best[2]:.2f} dev F1={best[0]:.3f}")
        chosen_c.append(best[1])
        thresholds[label] = best[2]
        columns.append(best[3])  # the chosen C's fit is the label's final regression

    classifier = MultiLabelClassifier.from_fitted(columns)
    pipeline = Pipeline([("features", featurizer), ("classify", classifier)])
    model = HeardModel(pipeline, labels, thresholds)
    report = {"chosen": {"C": dict(zip(labels, chosen_c)), "thresholds": thresholds},
              "sizes": {"train": len(train), "dev": len(dev), "test": len(test)}}
    split_labels = [label for label in labels if label not in crossed]
    split_columns = [labels.index(label) for label in split_labels]
    cut = np.array([thresholds[label] for label in split_labels])
    for name, part in (("dev", dev), ("test", test)):
        if len(part) and split_labels:
            scores = classifier.predict_proba(matrix(part))[:, split_columns]
            predicted = (scores >= cut).astype(int)
            report[name] = evaluate_known(part[split_labels].to_numpy(dtype=float), predicted,
                                          split_labels)
    if crossed:
        report["cross_validated"] = {
            "folds": max(r["folds"] for r in crossed.values()),
            "labels": {label: r["metrics"] for label, r in crossed.items()}}
    report["held_out"] = {
        label: ({"method": f"{crossed[label]['folds']}-fold cross-validation",
                 **crossed[label]["metrics"]} if label in crossed
                else {"method": "test split", **report["test"]["labels"][label]})
        for label in labels}
    return model, report
