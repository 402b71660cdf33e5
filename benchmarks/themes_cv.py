"""Cross-validated theme scores on train+dev (never test): how recipes and label sets are compared."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from danvan.commands.themes_cmds import (
    DEFAULT_SPLIT,
    load_documents,
    model_inputs,
    recorded_split,
    split_roles,
)
from models.themes.evaluation import Report, evaluate
from models.themes.features import ModelInput
from models.themes.training import Example, TrainParams, fold_assignment, train_cv


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
    parser.add_argument("--written-weight", type=float, help="override the split file's source weights")
    args = parser.parse_args()
    split, sources, gold = recorded_split(args.split)
    raw, toks = load_documents(sources, set(gold), args.texts, args.tokens)
    inputs = model_inputs(raw, toks)
    fit_only, weight = split_roles(split)
    if args.written_weight is not None:
        weight = dict.fromkeys(weight, args.written_weight)
    pool = [i for i in split["train"] + split["dev"] if i in inputs]
    scored = [i for i in pool if i not in fit_only]
    fixed = [Example(inputs[i], gold[i], weight.get(i, 1.0), scored=False) for i in pool if i in fit_only]
    params = TrainParams(C=args.C, cue_weight=args.cue_weight, opening_weight=args.opening_weight)
    runs = []
    for seed in args.seeds:
        result = _pooled_cv(scored, fixed, inputs, gold, weight, params, args.folds, seed)
        runs.append(result)
        print(f"seed {seed}: macro-F1 {result.macro_f1(10):.4f}, micro-F1 {result.micro.f1:.4f}", flush=True)
    print(f"{len(scored)} scored train+dev articles, {len(fixed)} fit-only; outer fold seeds {args.seeds}")
    themes = [t for t, s in runs[0].per_theme.items() if s.support >= 10]
    macro = [r.macro_f1(10) for r in runs]
    summary = {
        "macro_f1_support_ge_10_mean": round(float(np.mean(macro)), 4),
        "macro_f1_support_ge_10_runs": [round(m, 4) for m in macro],
        "micro_f1_mean": round(float(np.mean([r.micro.f1 for r in runs])), 4),
        "unrelated_without_theme_mean": round(float(np.mean([r.unrelated_clean_rate for r in runs])), 4),
        "per_theme_f1_mean": {t: round(float(np.mean([r.per_theme[t].f1 for r in runs])), 3) for t in themes},
    }
    print(json.dumps(summary, indent=1))


def _pooled_cv(
    scored: list[str],
    fixed: list[Example],
    inputs: dict[str, ModelInput],
    gold: dict[str, set[str]],
    weight: dict[str, float],
    params: TrainParams,
    folds: int,
    seed: int,
) -> Report:
    """Out-of-fold predictions of every scored article, each fold trained the way `danvan train` trains."""
    fold_of = fold_assignment(len(scored), folds, seed)
    predicted: dict[str, set[str]] = {}
    for f in range(folds):
        rest = [i for i, g in zip(scored, fold_of, strict=True) if g != f]
        held = [i for i, g in zip(scored, fold_of, strict=True) if g == f]
        inside = [Example(inputs[i], gold[i], weight.get(i, 1.0)) for i in rest]
        # fit on the rest, thresholds out of fold of the rest
        model = train_cv(inside + fixed, params, 5)
        for i, ps in zip(held, model.predict([inputs[i] for i in held]), strict=True):
            predicted[i] = {p.theme for p in ps}
    return evaluate({i: gold[i] for i in scored}, predicted)


if __name__ == "__main__":
    main()
