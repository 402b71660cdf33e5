"""Theme evaluation on the recorded test split: rules alone, model alone, combinations; rule agreement."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from danvan.models.themes.evaluation import evaluate
from danvan.models.themes.features import raw_model_input
from danvan.models.themes.rules import rule_themes
from danvan.models.themes.tagger import ThemeTagger

from danvan.commands.themes_cmds import (
    REPO,
    inline_texts,
    load_documents,
    predicted_themes,
    print_report,
    recorded_split,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tokens", type=Path, help="JSONL cache of {id, tokens}")
    parser.add_argument("--texts", nargs="*", default=[], help="texts (default: ../shared)")
    parser.add_argument(
        "--agreement-out", type=Path, default=REPO / "annotations" / "themes-rules-agreement.json"
    )
    args = parser.parse_args()
    split, sources, gold = recorded_split()
    raw, toks = load_documents(sources, set(gold), args.texts, args.tokens)
    parts = {i: raw[i].partition("\n")[::2] for i in raw}
    rules = {i: rule_themes(*parts[i]) for i in raw}
    test = {i: gold[i] for i in split["test"] if i in raw}
    inputs = {i: raw_model_input(*parts[i], toks[i]) for i in test}
    model, anchors = predicted_themes(ThemeTagger.load_default().model, inputs)
    systems = {
        "rules": rules,
        "model": model,
        "model_or_rules": {i: model[i] | rules[i] for i in test},
        "model_and_rules": {i: model[i] & rules[i] for i in test},
        "anchors": anchors,
        "model_plus_anchors (shipped)": {i: model[i] | anchors[i] for i in test},
    }
    results = {}
    for name, predicted in systems.items():
        report = evaluate(test, predicted)
        results[name] = report.as_dict()
        print_report(report, f"{name} on the test split ({len(test)} articles)")
    print(
        json.dumps(
            {
                k: {
                    m: v[m]
                    for m in ("micro", "macro_f1_support_ge_5", "macro_f1_all", "unrelated_without_theme")
                }
                for k, v in results.items()
            },
            indent=1,
        )
    )
    written = inline_texts(sources)
    every = {i: gold[i] for i in raw if i not in written}
    agreement = evaluate(every, rules).as_dict()
    agreement["note"] = (
        "models.themes.rules against all hand labels of archive articles (rules as predictions, "
        "hand labels as truth; the articles we wrote are left out); made by benchmarks/themes_eval.py"
    )
    args.agreement_out.write_text(json.dumps(agreement, indent=1) + "\n", encoding="utf-8")
    print(f"rule/hand agreement written to {args.agreement_out}")


if __name__ == "__main__":
    main()
