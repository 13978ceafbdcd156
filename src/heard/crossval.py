"""Held-out figures by stratified k-fold cross-validation, for labels too small to split."""

from __future__ import annotations

import numpy as np
from sklearn.model_selection import StratifiedKFold

from .classifier import fit_one_label
from .features import SpacyFeaturizer
from .metrics import best_threshold, label_metrics

FOLDS = 5


def out_of_fold_scores(texts, views, y, featurizer_params, c_grid, folds=FOLDS):
    """Scores of shape (rows, len(c_grid)), each from a model that never saw the row, and the
    fold of each row. Deterministic: the folds are shuffled with a fixed seed."""
    y = np.asarray(y, dtype=int)
    n_splits = min(folds, int(np.bincount(y, minlength=2).min()))
    splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=0)
    scores = np.zeros((len(y), len(c_grid)))
    fold_of = np.zeros(len(y), dtype=int)
    for k, (fit_rows, held_rows) in enumerate(splitter.split(np.zeros(len(y)), y)):
        featurizer = SpacyFeaturizer(**featurizer_params)
        featurizer.fit_views([texts[i] for i in fit_rows], [views[i] for i in fit_rows])
        X_fit = featurizer.transform_views([texts[i] for i in fit_rows], [views[i] for i in fit_rows])
        X_held = featurizer.transform_views([texts[i] for i in held_rows],
                                            [views[i] for i in held_rows])
        for c_index, c in enumerate(c_grid):
            classifier = fit_one_label(c, X_fit, y[fit_rows, None])
            scores[held_rows, c_index] = classifier.predict_proba(X_held)[:, 0]
        fold_of[held_rows] = k
    return scores, fold_of


def choose_c_and_threshold(y, scores, c_grid) -> tuple[int, float, float]:
    """(index of C, threshold, F1) with the best F1 on these scores; ties keep the smaller C."""
    best = None
    for c_index in range(len(c_grid)):
        cut, f1 = best_threshold(y, scores[:, c_index])
        if best is None or f1 > best[2] + 1e-9:
            best = (c_index, cut, f1)
    return best


def cross_validate(texts, views, y, featurizer_params, c_grid, folds=FOLDS) -> dict:
    """C and threshold chosen on out-of-fold scores, and held-out metrics for that choice.

    The metrics judge each fold's rows with the C and threshold chosen on the other folds'
    scores, so no row's own label sets the cut that classifies it.
    """
    y = np.asarray(y, dtype=int)
    scores, fold_of = out_of_fold_scores(texts, views, y, featurizer_params or {}, c_grid, folds)
    c_index, cut, _ = choose_c_and_threshold(y, scores, c_grid)
    predicted = np.zeros(len(y), dtype=int)
    for k in np.unique(fold_of):
        held = fold_of == k
        k_index, k_cut, _ = choose_c_and_threshold(y[~held], scores[~held], c_grid)
        predicted[held] = scores[held, k_index] >= k_cut
    return {"C": c_grid[c_index], "threshold": cut, "folds": int(fold_of.max()) + 1,
            "predicted": predicted, "metrics": label_metrics(y, predicted)}
