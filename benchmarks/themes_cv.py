"""Cross-validated theme scores on train+dev (never test): how recipes and label sets are compared.

Default: nested cross-validation of the whole recipe (weights, out-of-fold thresholds), ~20 minutes a
seed. `--screen`: one level of folds and threshold-free ranking figures (mean average precision, F1 at
each theme's best cut), ~2 minutes a seed, to pick the variants worth the full run.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
from danvan.models.themes.evaluation import Report, evaluate
from danvan.models.themes.labels import THEMES
from danvan.models.themes.training import (
    Example,
    TrainParams,
    choose_cuts,
    fit_with_held_out,
    fold_assignment,
    out_of_fold,
)
from sklearn.metrics import average_precision_score

from danvan.commands.themes_cmds import (
    DEFAULT_SPLIT,
    load_documents,
    model_inputs,
    recorded_split,
    split_roles,
)


def main() -> None:
    defaults = TrainParams()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tokens", type=Path, help="JSONL cache of {id, tokens}")
    parser.add_argument("--texts", nargs="*", default=[], help="texts (default: ../shared)")
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT, help="split file (default: recorded)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", type=int, nargs="+", default=[11, 12, 13], help="seeds of the outer folds")
    parser.add_argument("--C", type=float, default=defaults.C)
    parser.add_argument("--cue-weight", type=float, default=defaults.cue_weight)
    parser.add_argument("--opening-weight", type=float, default=defaults.opening_weight)
    parser.add_argument("--max-features", type=int, default=defaults.max_features)
    parser.add_argument("--ngram-max", type=int, default=defaults.ngram_max)
    parser.add_argument("--written-weight", type=float, help="override the split file's source weights")
    parser.add_argument(
        "--min-threshold",
        type=float,
        nargs="+",
        default=[defaults.min_threshold],
        help="lowest allowed theme threshold; several: each scored on the same folds and fits",
    )
    parser.add_argument("--screen", action="store_true", help="one level of folds, ranking figures only")
    args = parser.parse_args()
    split, sources, gold = recorded_split(args.split)
    raw, toks = load_documents(sources, set(gold), args.texts, args.tokens)
    inputs = model_inputs(raw, toks)
    fit_only, weight = split_roles(split)
    if args.written_weight is not None:
        weight = dict.fromkeys(weight, args.written_weight)
    pool = [i for i in split["train"] + split["dev"] if i in inputs]
    ids = [i for i in pool if i not in fit_only]
    scored = [Example(inputs[i], gold[i], weight.get(i, 1.0)) for i in ids]
    fixed = [Example(inputs[i], gold[i], weight.get(i, 1.0), scored=False) for i in pool if i in fit_only]
    params = TrainParams(
        C=args.C,
        cue_weight=args.cue_weight,
        opening_weight=args.opening_weight,
        max_features=args.max_features,
        ngram_max=args.ngram_max,
    )
    if args.screen:
        for seed in args.seeds:
            print(json.dumps(_screen(scored, fixed, params, args.folds, seed), indent=1))
        return
    floors = args.min_threshold
    runs: dict[float, list[Report]] = {floor: [] for floor in floors}
    for seed in args.seeds:
        results = _pooled_cv(ids, scored, fixed, params, floors, args.folds, seed)
        for floor, result in zip(floors, results, strict=True):
            runs[floor].append(result)
            print(
                f"seed {seed}, min threshold {floor}: macro-F1 {result.macro_f1(10):.4f},"
                f" micro-F1 {result.micro.f1:.4f}",
                flush=True,
            )
    print(f"{len(scored)} scored train+dev articles, {len(fixed)} fit-only; outer fold seeds {args.seeds}")
    for floor, reports in runs.items():
        print(f"min threshold {floor}:")
        print(json.dumps(_summary(reports), indent=1))


def _summary(runs: list[Report]) -> dict[str, object]:
    """Means over the fold seeds' reports (themes with >= 10 examples for the macro average)."""
    themes = [t for t, s in runs[0].per_theme.items() if s.support >= 10]
    macro = [r.macro_f1(10) for r in runs]
    return {
        "macro_f1_support_ge_10_mean": round(float(np.mean(macro)), 4),
        "macro_f1_support_ge_10_runs": [round(m, 4) for m in macro],
        "micro_f1_mean": round(float(np.mean([r.micro.f1 for r in runs])), 4),
        "unrelated_without_theme_mean": round(float(np.mean([r.unrelated_clean_rate for r in runs])), 4),
        "per_theme_f1_mean": {t: round(float(np.mean([r.per_theme[t].f1 for r in runs])), 3) for t in themes},
    }


def _pooled_cv(
    ids: list[str],
    scored: list[Example],
    fixed: list[Example],
    params: TrainParams,
    floors: list[float],
    folds: int,
    seed: int,
) -> list[Report]:
    """Out-of-fold predictions of every scored article (`ids`: theirs), each fold trained the way
    `danvan train` trains; one report per threshold floor (the weights are shared, only cuts differ)."""
    fold_of = fold_assignment(len(scored), folds, seed)
    predicted: list[dict[str, set[str]]] = [{} for _ in floors]
    for f in range(folds):
        inside = [e for e, g in zip(scored, fold_of, strict=True) if g != f]
        held = np.flatnonzero(fold_of == f)
        # fit on the rest, thresholds out of fold of the rest
        model, held_out = fit_with_held_out(inside + fixed, params, 5)
        for floor, out in zip(floors, predicted, strict=True):
            if held_out is not None:
                choose_cuts(model, held_out, replace(params, min_threshold=floor))
            for k, ps in zip(held, model.predict([scored[k].input for k in held]), strict=True):
                out[ids[k]] = {p.theme for p in ps}
    gold = {i: e.themes for i, e in zip(ids, scored, strict=True)}
    return [evaluate(gold, out) for out in predicted]


def _screen(
    scored: list[Example], fixed: list[Example], params: TrainParams, folds: int, seed: int
) -> dict[str, object]:
    """Out-of-fold scores of one level of folds (no thresholds), ranked per theme with >= 10 examples:
    average precision and the F1 at the theme's best cut (optimistic, alike for every variant)."""
    scores, _ = out_of_fold(scored, fixed, params, folds, seed)
    truth = np.array([[t in e.themes for t in THEMES] for e in scored])
    per_theme = {}
    for k, theme in enumerate(THEMES):
        if truth[:, k].sum() >= 10:
            order = np.argsort(-scores[:, k], kind="stable")
            tp = np.cumsum(truth[order, k])
            best_f1 = float(np.max(2 * tp / (np.arange(1, len(order) + 1) + truth[:, k].sum())))
            ap = float(average_precision_score(truth[:, k], scores[:, k]))
            per_theme[theme] = (round(ap, 3), round(best_f1, 3))
    return {
        "seed": seed,
        "mean_average_precision": round(float(np.mean([ap for ap, _ in per_theme.values()])), 4),
        "mean_best_cut_f1": round(float(np.mean([f for _, f in per_theme.values()])), 4),
        "per_theme_ap_and_best_f1": per_theme,
    }


if __name__ == "__main__":
    main()
