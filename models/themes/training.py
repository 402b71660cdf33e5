"""Training: TF-IDF words plus cue features, a logistic regression per theme, held-out thresholds."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from danvan.models.themes.features import ModelInput
from danvan.models.themes.labels import THEMES
from danvan.models.themes.model import ThemeModel, cue_scales, with_cues
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression


@dataclass(slots=True)
class Example:
    """One training article: what the model reads of it (features.model_input) and its themes."""

    input: ModelInput
    themes: set[str]
    weight: float = 1.0
    # False: the article only fits weights and never scores thresholds or the gate (articles a draft
    # model picked for labelling, articles we wrote ourselves): they do not look like what gets tagged
    scored: bool = True


@dataclass(slots=True)
class TrainParams:
    """Hyper-parameters; the defaults are what the packaged model was trained with."""

    C: float = 32.0
    cue_weight: float = 0.03
    opening_weight: float = 0.1
    # the in-field gate leaves at least this share of unrelated dev articles without a theme (0: no gate)
    unrelated_clean: float = 0.96
    ngram_max: int = 2
    min_df: int = 2
    max_features: int = 25_000
    default_threshold: float = 0.5
    # a floor on the cuts: with a few dozen held-out positives a theme's best-F1 cut can fall where
    # the balanced class weights put many unrelated articles (cross-validated 0.2 -> 0.3: BENCHMARKS.md)
    min_threshold: float = 0.3
    max_threshold: float = 0.8
    seed: int = 5
    extra: dict[str, object] = field(default_factory=dict)


class TrainingError(ValueError):
    """Training data that cannot give a model (empty, or no theme has a positive example)."""


def _matrix(examples: list[Example]) -> np.ndarray:
    return np.array([[t in e.themes for t in THEMES] for e in examples], dtype=bool)


def best_threshold(scores: np.ndarray, truth: np.ndarray, params: TrainParams) -> float:
    """The dev threshold with the best F1 (ties: closest to the default), within the allowed band."""
    if not truth.any():
        return params.default_threshold
    candidates = np.unique(
        np.clip(
            np.concatenate([scores, [params.default_threshold]]),
            params.min_threshold,
            params.max_threshold,
        )
    )
    best, best_key = params.default_threshold, (-1.0, 0.0)
    for cut in candidates:
        pred = scores >= cut
        tp = int((pred & truth).sum())
        f1 = 2 * tp / (pred.sum() + truth.sum()) if tp else 0.0
        key = (round(f1, 6), -abs(cut - params.default_threshold))
        if key > best_key:
            best, best_key = float(cut), key
    return best


def gate_threshold(tagged: np.ndarray, in_field: np.ndarray, unrelated: np.ndarray, target: float) -> float:
    """The lowest in-field cut that leaves at least `target` of the unrelated articles without a theme.

    `tagged`: articles the per-theme thresholds give a theme; `in_field`: their gate scores;
    `unrelated`: articles without a gold theme.
    """
    if not unrelated.any() or target <= 0:
        return 0.0
    allowed = int(np.floor((1.0 - target) * unrelated.sum() + 1e-9))
    wrong = np.sort(in_field[tagged & unrelated])[::-1]
    if len(wrong) <= allowed:
        return 0.0
    return float(np.nextafter(wrong[allowed], np.float64(1.0)))


def _fit(x, y: np.ndarray, weights: np.ndarray, params: TrainParams) -> tuple[np.ndarray, float]:
    clf = LogisticRegression(
        C=params.C,
        solver="liblinear",
        class_weight="balanced",
        random_state=params.seed,
        max_iter=1000,
    )
    clf.fit(x, y, sample_weight=weights)
    return clf.coef_[0], float(clf.intercept_[0])


def train(train_set: list[Example], dev_set: list[Example], params: TrainParams | None = None) -> ThemeModel:
    """A deterministic model: same examples and params give the same weights and thresholds."""
    params = params or TrainParams()
    if not train_set:
        raise TrainingError("no training examples")
    y = _matrix(train_set)
    if not y.any():
        raise TrainingError("no training example has a theme")
    vectorizer = TfidfVectorizer(
        token_pattern=r"\S+",
        lowercase=False,
        ngram_range=(1, params.ngram_max),
        min_df=min(params.min_df, len(train_set)),
        max_features=params.max_features,
        sublinear_tf=True,
        dtype=np.float32,
    )
    words = vectorizer.fit_transform([e.input.doc for e in train_set])
    vectorizer.stop_words_ = None  # only an introspection aid, and large
    x = with_cues(words, [e.input for e in train_set], cue_scales(params.cue_weight, params.opening_weight))
    weights = np.array([e.weight for e in train_set])
    coef = np.zeros((len(THEMES), x.shape[1]), dtype=np.float32)
    intercept = np.full(len(THEMES), -20.0, dtype=np.float32)  # never fires without positives
    trained = np.zeros(len(THEMES), dtype=bool)
    for k in range(len(THEMES)):
        if y[:, k].all() or not y[:, k].any():
            continue
        coef[k], intercept[k] = _fit(x, y[:, k], weights, params)
        trained[k] = True
    model = ThemeModel(
        vectorizer=vectorizer,
        coef=coef,
        intercept=intercept,
        thresholds=np.full(len(THEMES), params.default_threshold, dtype=np.float32),
        cue_weight=params.cue_weight,
        opening_weight=params.opening_weight,
    )
    in_field = y.any(axis=1)
    if params.unrelated_clean > 0 and in_field.any() and not in_field.all():
        gate, model.gate_intercept = _fit(x, in_field, weights, params)
        model.gate_coef = gate.astype(np.float32)
    if dev_set:
        dev_x = model.transform([e.input for e in dev_set])
        _set_cuts(model, model.scores(dev_x), model.in_field(dev_x), _matrix(dev_set), trained, params)
    return model


def _set_cuts(
    model: ThemeModel,
    scores: np.ndarray,
    in_field: np.ndarray,
    truth: np.ndarray,
    themes: np.ndarray,
    params: TrainParams,
) -> None:
    """Set the thresholds of the `themes` mask and the gate's cut from held-out scores and gold."""
    for k in np.flatnonzero(themes):
        model.thresholds[k] = best_threshold(scores[:, k], truth[:, k], params)
    if model.gate_coef is not None:
        tagged = (scores >= model.thresholds).any(axis=1)
        model.gate_threshold = gate_threshold(tagged, in_field, ~truth.any(axis=1), params.unrelated_clean)


def fold_assignment(n: int, folds: int, seed: int) -> np.ndarray:
    """Fold of each of `n` items: a seeded shuffle dealt round-robin (fold sizes differ by at most one)."""
    order = np.random.default_rng(seed).permutation(n)
    fold_of = np.empty(n, dtype=int)
    fold_of[order] = np.arange(n) % folds
    return fold_of


def out_of_fold(
    scored: list[Example], fixed: list[Example], params: TrainParams, folds: int, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Theme and in-field scores of each `scored` example from a model trained without its fold
    (`fixed` examples are in every fold's training)."""
    fold_of = fold_assignment(len(scored), folds, seed)
    oof = np.zeros((len(scored), len(THEMES)), dtype=np.float32)
    oof_field = np.ones(len(scored))
    for f in range(folds):
        inside = [e for e, g in zip(scored, fold_of, strict=True) if g != f]
        held = [i for i, g in enumerate(fold_of) if g == f]
        fold_model = train(inside + fixed, [], params)
        held_x = fold_model.transform([scored[i].input for i in held])
        oof[held], oof_field[held] = fold_model.scores(held_x), fold_model.in_field(held_x)
    return oof, oof_field


def train_cv(examples: list[Example], params: TrainParams | None = None, folds: int = 5) -> ThemeModel:
    """Fit on all `examples`; each theme's threshold is chosen on out-of-fold scores of the scored ones.

    With few positives per theme, a separate dev split leaves thresholds to chance; cross-validation
    lets every labelled article serve both for weights and for thresholds. Examples with
    `scored=False` are in every fold's training and never scored.
    """
    params = params or TrainParams()
    model, held_out = fit_with_held_out(examples, params, folds)
    if held_out is not None:
        choose_cuts(model, held_out, params)
    return model


@dataclass(slots=True)
class HeldOut:
    """Out-of-fold theme scores, in-field scores and gold of the scored examples: what cuts are chosen on."""

    scores: np.ndarray
    in_field: np.ndarray
    truth: np.ndarray


def fit_with_held_out(
    examples: list[Example], params: TrainParams, folds: int
) -> tuple[ThemeModel, HeldOut | None]:
    """The model fit on all `examples` (default cuts) and its examples' out-of-fold scores (None: fewer
    scored examples than folds)."""
    scored = [e for e in examples if e.scored]
    fixed = [e for e in examples if not e.scored]
    if len(scored) < folds:
        return train(examples, [], params), None
    oof, oof_field = out_of_fold(scored, fixed, params, folds, params.seed)
    return train(scored + fixed, [], params), HeldOut(oof, oof_field, _matrix(scored))


def choose_cuts(model: ThemeModel, held_out: HeldOut, params: TrainParams) -> None:
    """Set the model's thresholds (themes with positives and negatives) and gate cut from `held_out`."""
    truth = held_out.truth
    themes = truth.any(axis=0) & ~truth.all(axis=0)
    _set_cuts(model, held_out.scores, held_out.in_field, truth, themes, params)
