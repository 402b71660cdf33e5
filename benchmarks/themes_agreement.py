"""Second-annotator agreement on test articles, and the packaged model scored against each labeller."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from danvan.models.themes.dataset import read_gold
from danvan.models.themes.evaluation import evaluate
from danvan.models.themes.tagger import ThemeTagger

from danvan.commands.themes_cmds import (
    REPO,
    load_documents,
    model_inputs,
    predicted_themes,
    print_report,
    recorded_split,
)

SECOND = REPO / "annotations" / "themes-test-second.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--second", type=Path, default=SECOND, help="the second labeller's JSONL")
    parser.add_argument("--tokens", type=Path, help="JSONL cache of {id, tokens}")
    parser.add_argument("--texts", nargs="*", default=[], help="texts (default: ../shared)")
    args = parser.parse_args()
    split, sources, gold = recorded_split()
    second = read_gold([args.second])
    outside = set(second) - set(split["test"])
    if outside:
        raise SystemExit(f"{len(outside)} second-labeller ids are not test articles")
    first = {i: gold[i] for i in second}
    raw, toks = load_documents(sources, set(second), args.texts, args.tokens)
    by_model, anchored = predicted_themes(ThemeTagger.load_default().model, model_inputs(raw, toks))
    predicted = {i: by_model[i] | anchored[i] for i in by_model}
    summary = {}
    for name, truth, guess in (
        ("second labeller against the recorded labels", first, second),
        ("packaged model against the recorded labels", first, predicted),
        ("packaged model against the second labeller", second, predicted),
    ):
        report = evaluate({i: truth[i] for i in guess}, guess)
        print_report(report, f"{name} ({len(guess)} test articles)")
        d = report.as_dict()
        summary[name] = {k: d[k] for k in ("micro", "macro_f1_support_ge_5", "unrelated_without_theme")}
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
