"""Second-annotator agreement on test articles, and the packaged model scored against each labeller."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from danvan.commands.themes_cmds import DEFAULT_SPLIT, REPO, load_documents, model_inputs, print_report
from models.themes.anchors import anchor_hits
from models.themes.dataset import read_gold
from models.themes.evaluation import evaluate
from models.themes.tagger import ThemeTagger

SECOND = REPO / "annotations" / "themes-test-second.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--second", type=Path, default=SECOND, help="the second labeller's JSONL")
    parser.add_argument("--tokens", type=Path, help="JSONL cache of {id, tokens}")
    parser.add_argument("--texts", nargs="*", default=[], help="texts (default: ../shared)")
    args = parser.parse_args()
    split = json.loads(DEFAULT_SPLIT.read_text(encoding="utf-8"))
    gold = read_gold([REPO / s for s in split["sources"]])
    second = read_gold([args.second])
    outside = set(second) - set(split["test"])
    if outside:
        raise SystemExit(f"{len(outside)} second-labeller ids are not test articles")
    first = {i: gold[i] for i in second}
    raw, toks = load_documents([REPO / s for s in split["sources"]], set(second), args.texts, args.tokens)
    inputs = model_inputs(raw, toks)
    model = ThemeTagger.load_default().model
    predicted = {}
    for i, ps in zip(inputs, model.predict(list(inputs.values())), strict=True):
        predicted[i] = {p.theme for p in ps} | {h.theme for h in anchor_hits(inputs[i].cues)}
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
