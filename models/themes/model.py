"""The trained theme model: a TF-IDF vectorizer and per-theme linear weights with thresholds."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import sklearn
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from models.themes.labels import THEMES


@dataclass(slots=True)
class Prediction:
    """The themes assigned to one document, with scores 0..1 and their top contributing terms."""

    theme: str
    score: float
    terms: list[str]


@dataclass(slots=True)
class ThemeModel:
    vectorizer: TfidfVectorizer
    coef: np.ndarray  # (len(THEMES), n_features)
    intercept: np.ndarray  # (len(THEMES),)
    thresholds: np.ndarray  # (len(THEMES),)
    labels: tuple[str, ...] = THEMES
    _terms: np.ndarray | None = field(default=None, repr=False)

    def transform(self, docs: list[str]) -> csr_matrix:
        # the inputs are our own strings: skip scikit-learn's per-call checks (they cost ~1 ms a call)
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
            return self.vectorizer.transform(docs)

    def scores(self, x: csr_matrix) -> np.ndarray:
        """Probability-like scores 0..1, one column per theme."""
        margin = np.asarray(x @ self.coef.T) + self.intercept
        return 1.0 / (1.0 + np.exp(-margin))

    def terms(self, row: csr_matrix, k: int, n: int) -> list[str]:
        """The `n` features of `row` that push theme `k` up the most, as readable words."""
        if self._terms is None:
            self._terms = self.vectorizer.get_feature_names_out()
        contrib = row.data * self.coef[k, row.indices]
        order = np.argsort(-contrib, kind="stable")[:n]
        return [str(self._terms[row.indices[i]]).replace("_", " ") for i in order if contrib[i] > 0]

    def predict(self, docs: list[str], n_terms: int = 5) -> list[list[Prediction]]:
        """Assigned themes per document (score at or above the theme's threshold), best first."""
        x = self.transform(docs)
        scores = self.scores(x)
        out = []
        for i in range(len(docs)):
            row = x.getrow(i)
            picked = [k for k in np.argsort(-scores[i], kind="stable") if scores[i, k] >= self.thresholds[k]]
            out.append(
                [
                    Prediction(self.labels[k], round(float(scores[i, k]), 4), self.terms(row, k, n_terms))
                    for k in picked
                ]
            )
        return out
