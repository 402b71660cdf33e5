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

    def vector(self, doc: str) -> tuple[np.ndarray, np.ndarray]:
        """Feature indices and TF-IDF values of one document, as `vectorizer.transform` gives them.

        The vectorizer is fitted with whitespace tokens, word n-grams, sublinear tf and l2 norm; this
        computes the same row without scikit-learn's per-call overhead (about 1 ms an article).
        """
        vocab = self.vectorizer.vocabulary_
        words = doc.split()
        low, high = self.vectorizer.ngram_range
        counts: dict[int, int] = {}
        for n in range(low, high + 1):
            for i in range(len(words) - n + 1):
                j = vocab.get(words[i] if n == 1 else " ".join(words[i : i + n]))
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        if self.vectorizer.sublinear_tf:
            tf = 1.0 + np.log(tf)
        values = tf * self.vectorizer.idf_[idx]
        norm = np.sqrt((values * values).sum())
        return idx, (values / norm if norm else values).astype(np.float32)

    def predict(self, docs: list[str], n_terms: int = 5) -> list[list[Prediction]]:
        """Assigned themes per document (score at or above the theme's threshold), best first."""
        if self._terms is None:
            self._terms = self.vectorizer.get_feature_names_out()
        out = []
        for doc in docs:
            idx, values = self.vector(doc)
            weights = self.coef[:, idx]
            scores = 1.0 / (1.0 + np.exp(-(weights @ values + self.intercept)))
            picked = [k for k in np.argsort(-scores, kind="stable") if scores[k] >= self.thresholds[k]]
            predictions = []
            for k in picked:
                contrib = values * weights[k]
                order = np.argsort(-contrib, kind="stable")[:n_terms]
                terms = [str(self._terms[idx[i]]).replace("_", " ") for i in order if contrib[i] > 0]
                predictions.append(Prediction(self.labels[k], round(float(scores[k]), 4), terms))
            out.append(predictions)
        return out
