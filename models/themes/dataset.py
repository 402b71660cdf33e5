"""Theme gold labels: reading annotation JSONL and the fixed, stratified train/dev/test split."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from danvan.models.themes.labels import THEMES, check_themes

SPLITS = ("train", "dev", "test")


class GoldError(ValueError):
    """A gold file that cannot be read as {"id", "themes"} lines."""


def read_gold(paths: list[Path]) -> dict[str, set[str]]:
    """id -> gold themes from JSONL files of {"id", "themes", ...}; repeated ids must agree."""
    gold: dict[str, set[str]] = {}
    for path in paths:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{lineno}"
            try:
                obj = json.loads(line)
                doc_id, themes = str(obj["id"]), check_themes(obj.get("themes") or [], where)
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise GoldError(f"{where}: not a theme annotation ({exc})") from exc
            if doc_id in gold and gold[doc_id] != themes:
                raise GoldError(f"{where}: id {doc_id} labeled twice with different themes")
            gold[doc_id] = themes
    return gold


def stratified_split(
    gold: dict[str, set[str]], seed: int, fractions: tuple[float, float, float]
) -> dict[str, list[str]]:
    """Ids split into train/dev/test, each article stratified by its rarest theme (or "none")."""
    counts = Counter(t for themes in gold.values() for t in themes)

    def stratum(themes: set[str]) -> str:
        return min(themes, key=lambda t: (counts[t], t)) if themes else "none"

    strata: dict[str, list[str]] = {}
    for doc_id in sorted(gold):
        strata.setdefault(stratum(gold[doc_id]), []).append(doc_id)
    rng = random.Random(seed)
    split: dict[str, list[str]] = {name: [] for name in SPLITS}
    for key in sorted(strata):
        ids = strata[key]
        rng.shuffle(ids)
        n_test = round(len(ids) * fractions[2])
        n_dev = round(len(ids) * fractions[1])
        split["test"] += ids[:n_test]
        split["dev"] += ids[n_test : n_test + n_dev]
        split["train"] += ids[n_test + n_dev :]
    return {name: sorted(ids) for name, ids in split.items()}


def theme_counts(gold: dict[str, set[str]], ids: list[str]) -> dict[str, int]:
    """Positives per theme (and "none" for unrelated articles) among `ids`."""
    counts = Counter(t for i in ids for t in gold[i])
    out = {t: counts[t] for t in THEMES}
    out["none"] = sum(1 for i in ids if not gold[i])
    return out


def extend_split(
    recorded: dict,
    gold: dict[str, set[str]],
    new_sources: list[str],
    fractions: tuple[float, float, float] | None = None,
    why: str = "",
    *,
    fit_only: bool = False,
    weight: float = 1.0,
) -> dict:
    """The recorded split with ids it does not hold yet added by the same stratified procedure.

    Existing assignments never move, so earlier test articles stay unseen by training. `fractions`
    overrides the recorded ones for this extension: articles a draft model picked for labelling
    (active learning) go to train and dev only, so they cannot flatter the test figures. `fit_only`:
    the new sources' articles fit weights but never score thresholds (they are listed under
    "fit_only_sources"; see training.Example.scored). `weight`: their sample weight in training when
    it is not 1 (listed under "source_weights").
    """
    known = {i for name in SPLITS for i in recorded[name]}
    fresh = {i: themes for i, themes in gold.items() if i not in known}
    fractions = fractions or tuple(recorded["fractions"][name] for name in SPLITS)
    added = stratified_split(fresh, recorded["seed"], fractions)
    out = dict(recorded)
    for name in SPLITS:
        out[name] = sorted(recorded[name] + added[name])
    out["sources"] = list(dict.fromkeys([*recorded["sources"], *new_sources]))
    out.setdefault("extensions", []).append(
        {
            "sources": new_sources,
            "made_by": "danvan.models.themes.dataset.extend_split (same seed, new ids only)",
            "fractions": dict(zip(SPLITS, fractions, strict=True)),
            "added": {name: len(added[name]) for name in SPLITS},
            **({"why": why} if why else {}),
        }
    )
    if fit_only:
        out["fit_only_sources"] = list(dict.fromkeys([*recorded.get("fit_only_sources", []), *new_sources]))
    if weight != 1.0:
        out["source_weights"] = {**recorded.get("source_weights", {}), **dict.fromkeys(new_sources, weight)}
    out["counts"] = {name: theme_counts(gold, out[name]) for name in SPLITS}
    return out
