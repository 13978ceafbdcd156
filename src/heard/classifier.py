"""MultiLabelClassifier: one calibrated logistic regression per label over shared features."""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.utils.validation import check_is_fitted
from threadpoolctl import threadpool_limits


class MultiLabelClassifier(ClassifierMixin, BaseEstimator):
    """Fits one sigmoid-calibrated logistic regression per column of a 0/1 label matrix.

    A float matrix may hold NaN for "not labelled": each column is fitted on its known rows,
    so one file's labels need not cover every label.

    `C` is one value for every label or a list with one per label. Calibration uses
    `ensemble=False`: a single regression fitted on all the data, whose coefficients explain
    a score, with a calibrator fitted on cross-validated predictions.
    """

    def __init__(self, C=1.0, class_weight="balanced", calibration_folds=5, max_iter=2000):
        self.C = C
        self.class_weight = class_weight
        self.calibration_folds = calibration_folds
        self.max_iter = max_iter

    def _c_for(self, index, n_labels):
        if np.ndim(self.C) == 0:
            return float(self.C)
        if len(self.C) != n_labels:
            raise ValueError(f"C has {len(self.C)} values for {n_labels} labels")
        return float(self.C[index])

    def fit(self, X, Y):
        """Fits each label column on the rows where it is known: NaN in Y means unlabelled.

        BLAS runs on one thread: the result then does not depend on the machine's core count
        (threads split sums differently, moving coefficients by ~1e-5), and on a busy machine
        one thread is several times faster than threads contending for the cores.
        """
        Y = np.asarray(Y)
        if Y.ndim != 2:
            raise ValueError("Y must be a 2-D 0/1 matrix, one column per label")
        with threadpool_limits(limits=1, user_api="blas"):
            return self._fit(X, Y)

    def _fit(self, X, Y):
        self.estimators_ = []
        for j in range(Y.shape[1]):
            X_known, y = X, Y[:, j]
            if y.dtype.kind == "f":
                known = ~np.isnan(y)
                if not known.all():
                    X_known, y = X[known], y[known]
                if not np.isin(y, (0, 1)).all():
                    raise ValueError(f"label column {j} must hold 0, 1 or NaN")
                y = y.astype(int)
            folds = min(self.calibration_folds, int(np.bincount(y, minlength=2).min()))
            if folds < 2:
                raise ValueError(f"label column {j} needs at least 2 positive and 2 negative examples")
            base = LogisticRegression(C=self._c_for(j, Y.shape[1]), class_weight=self.class_weight,
                                      solver="liblinear", max_iter=self.max_iter)
            calibrated = CalibratedClassifierCV(
                base, method="sigmoid", ensemble=False,
                cv=StratifiedKFold(n_splits=folds, shuffle=False))
            self.estimators_.append(calibrated.fit(X_known, y))
        self.n_labels_ = Y.shape[1]
        return self

    @classmethod
    def from_fitted(cls, columns) -> "MultiLabelClassifier":
        """One classifier from fitted one-label ones, in label order: training keeps the fit of
        each label's chosen C from its grid instead of fitting it again."""
        joined = cls(C=[column.C for column in columns])
        joined.estimators_ = [column.estimators_[0] for column in columns]
        joined.n_labels_ = len(columns)
        return joined

    def predict_proba(self, X):
        """Probability of each label being present: shape (n_samples, n_labels)."""
        check_is_fitted(self, "estimators_")
        return np.column_stack([e.predict_proba(X)[:, 1] for e in self.estimators_])

    def predict(self, X, thresholds=None):
        cut = 0.5 if thresholds is None else np.asarray(thresholds)
        return (self.predict_proba(X) >= cut).astype(int)

    @property
    def coef_(self):
        """Coefficients of each label's regression, shape (n_labels, n_features)."""
        check_is_fitted(self, "estimators_")
        return np.vstack([e.calibrated_classifiers_[0].estimator.coef_[0] for e in self.estimators_])


def fit_one_label(C, X, y) -> MultiLabelClassifier:
    """A one-label classifier with this C: one point of a C grid."""
    return MultiLabelClassifier(C=C).fit(X, y)
