"""The trained theme model: TF-IDF and cue features, per-theme linear weights with thresholds."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import sklearn
from danvan.models.themes.cues import FEATURES, cue_vector
from danvan.models.themes.features import LEAD_PREFIX, TITLE_PREFIX, ModelInput
from danvan.models.themes.labels import THEMES
from danvan.models.themes.ngrams import NgramIndex
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer


@dataclass(slots=True)
class Prediction:
    """The themes assigned to one document, with scores 0..1 and their top contributing terms."""

    theme: str
    score: float
    terms: list[str]


def cue_scales(cue_weight: float, opening_weight: float) -> np.ndarray | None:
    """Per cue feature (FEATURES order), its scale against the l2-normed TF-IDF row; None: no cues."""
    if not cue_weight:
        return None
    return np.array([opening_weight if kind == "opening" else cue_weight for _, kind in FEATURES], np.float32)


def feature_matrix(
    vectorizer: TfidfVectorizer, inputs: list[ModelInput], scales: np.ndarray | None
) -> csr_matrix:
    """TF-IDF rows of the inputs' documents, then their cue features times `scales` (if any)."""
    # the inputs are our own strings: skip scikit-learn's per-call checks (they cost ~1 ms a call)
    with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
        x = vectorizer.transform([i.doc for i in inputs])
    return with_cues(x, inputs, scales)


def with_cues(words: csr_matrix, inputs: list[ModelInput], scales: np.ndarray | None) -> csr_matrix:
    """TF-IDF rows `words` of `inputs` followed by their cue features times `scales` (if any)."""
    if scales is None:
        return words
    cues = np.array([cue_vector(i.cues) for i in inputs], dtype=np.float32).reshape(-1, len(FEATURES))
    return hstack([words, csr_matrix(cues * scales)], format="csr")


@dataclass(slots=True)
class ThemeModel:
    """Weights over the TF-IDF vocabulary, then (when `cue_weight` > 0) over the cue features."""

    vectorizer: TfidfVectorizer
    coef: np.ndarray  # (len(THEMES), vocabulary + cue features)
    intercept: np.ndarray  # (len(THEMES),)
    thresholds: np.ndarray  # (len(THEMES),)
    labels: tuple[str, ...] = THEMES
    cue_weight: float = 0.0  # scale of the cue features against the l2-normed TF-IDF row; 0: none
    opening_weight: float = 0.0  # scale of the "opening" cue features (a strong cue in title or lead)
    # "in the field at all" (any theme vs none): below `gate_threshold` an article gets no theme
    gate_coef: np.ndarray | None = None  # (vocabulary + cue features,)
    gate_intercept: float = 0.0
    gate_threshold: float = 0.0
    _terms: np.ndarray | None = field(default=None, repr=False)
    _index: NgramIndex | None = field(default=None, repr=False)

    @property
    def scales(self) -> np.ndarray | None:
        """The cue features' scales (None: the model has no cue features)."""
        return cue_scales(self.cue_weight, self.opening_weight)

    def transform(self, inputs: list[ModelInput]) -> csr_matrix:
        """The feature rows of `inputs` (TF-IDF, then the scaled cue features)."""
        return feature_matrix(self.vectorizer, inputs, self.scales)

    def scores(self, x: csr_matrix) -> np.ndarray:
        """Probability-like scores 0..1, one column per theme."""
        margin = np.asarray(x @ self.coef.T) + self.intercept
        return 1.0 / (1.0 + np.exp(-margin))

    def in_field(self, x: csr_matrix) -> np.ndarray:
        """Probability-like score 0..1 that each row is in the field at all (1 without a gate)."""
        if self.gate_coef is None:
            return np.ones(x.shape[0])
        return 1.0 / (1.0 + np.exp(-(np.asarray(x @ self.gate_coef).ravel() + self.gate_intercept)))

    def vector(self, doc: str) -> tuple[np.ndarray, np.ndarray]:
        """Feature indices and TF-IDF values of one document, as `vectorizer.transform` gives them,
        without scikit-learn's per-call overhead (models.themes.ngrams)."""
        if self._index is None:
            self._index = NgramIndex(self.vectorizer)
        return self._index.row(doc)

    def predict(self, inputs: list[ModelInput], n_terms: int = 5) -> list[list[Prediction]]:
        """Assigned themes per article (score at or above the theme's threshold), best first.

        Each theme's terms are its top contributing words; a cue feature among the top contributions
        is shown as the cue phrase behind it.
        """
        if self._terms is None:
            self._terms = self.vectorizer.get_feature_names_out()
        n_vocab = len(self._terms)
        scales = self.scales
        out = []
        for item in inputs:
            idx, values = self.vector(item.doc)
            weights = self.coef[:, idx]
            margin = weights @ values + self.intercept
            cues = None
            if scales is not None:
                cues = cue_vector(item.cues) * scales
                margin = margin + self.coef[:, n_vocab:] @ cues
            scores = 1.0 / (1.0 + np.exp(-margin))
            picked = [k for k in np.argsort(-scores, kind="stable") if scores[k] >= self.thresholds[k]]
            if picked and self.gate_coef is not None and self.gate_threshold > 0:
                gate = float(self.gate_coef[idx] @ values) + self.gate_intercept
                if cues is not None:
                    gate += float(self.gate_coef[n_vocab:] @ cues)
                if 1.0 / (1.0 + np.exp(-gate)) < self.gate_threshold:
                    picked = []
            predictions = []
            for k in picked:
                words = values * weights[k]
                # a shown term can stand for up to three features (word, title "t|", lead "l|")
                top = np.argsort(-words, kind="stable")[: 4 * n_terms]
                contrib = [(float(words[i]), self._term(idx[i])) for i in top if words[i] > 0]
                if cues is not None:
                    contrib += [
                        (float(c), self._cue_term(item, j))
                        for j, c in enumerate(cues * self.coef[k, n_vocab:])
                        if c > 0
                    ]
                contrib.sort(key=lambda pair: -pair[0])
                terms = list(dict.fromkeys(t for _, t in contrib if t))[:n_terms]
                predictions.append(Prediction(self.labels[k], round(float(scores[k]), 4), terms))
            out.append(predictions)
        return out

    def _term(self, j: int) -> str:
        term = str(self._terms[j])
        return term.replace(TITLE_PREFIX, "").replace(LEAD_PREFIX, "").replace("_", " ")

    @staticmethod
    def _cue_term(item: ModelInput, j: int) -> str:
        phrases = item.cues.phrases(*FEATURES[j])
        return max(phrases, key=lambda p: (phrases[p], len(p))) if phrases else ""
