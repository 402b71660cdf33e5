import json
from pathlib import Path

from danvan.models.themes.dataset import extend_split, read_gold, stratified_split


def _gold(n: int, offset: int = 0) -> dict[str, set[str]]:
    themes = ({"xay_dung_dang"}, {"mat_tran_doan_the"}, set())
    return {f"a{offset + i:04d}": themes[i % 3] for i in range(n)}


def _recorded(gold: dict[str, set[str]]) -> dict:
    split = stratified_split(gold, seed=5, fractions=(0.5, 0.2, 0.3))
    return {"seed": 5, "fractions": {"train": 0.5, "dev": 0.2, "test": 0.3}, "sources": ["a"], **split}


def test_split_is_deterministic_and_covers_every_id_once():
    gold = _gold(60)
    a = stratified_split(gold, seed=5, fractions=(0.5, 0.2, 0.3))
    assert a == stratified_split(gold, seed=5, fractions=(0.5, 0.2, 0.3))
    ids = a["train"] + a["dev"] + a["test"]
    assert sorted(ids) == sorted(gold) and len(a["test"]) == 18


def test_extension_never_moves_recorded_assignments():
    old = _gold(60)
    recorded = _recorded(old)
    gold = {**old, **_gold(30, offset=100)}
    out = extend_split(recorded, gold, ["b"])
    for name in ("train", "dev", "test"):
        assert set(recorded[name]) <= set(out[name])
    assert len(out["test"]) == len(recorded["test"]) + 9
    assert out["sources"] == ["a", "b"] and out["extensions"][-1]["added"]["test"] == 9


def test_active_learning_extension_keeps_new_ids_out_of_test():
    old = _gold(60)
    recorded = _recorded(old)
    gold = {**old, **_gold(30, offset=100)}
    out = extend_split(recorded, gold, ["c"], fractions=(0.7, 0.3, 0.0), why="picked by a draft model")
    assert out["test"] == recorded["test"]
    assert out["extensions"][-1]["why"] == "picked by a draft model"
    assert out["extensions"][-1]["added"] == {"train": 21, "dev": 9, "test": 0}


def test_fit_only_extension_is_recorded_as_such():
    old = _gold(60)
    recorded = _recorded(old)
    gold = {**old, **_gold(30, offset=100), **_gold(30, offset=200)}
    once = extend_split(recorded, gold, ["w1"], fractions=(1.0, 0.0, 0.0), fit_only=True)
    twice = extend_split(once, gold, ["w2"], fractions=(1.0, 0.0, 0.0), fit_only=True, weight=0.5)
    assert "fit_only_sources" not in recorded and "source_weights" not in once
    assert twice["fit_only_sources"] == ["w1", "w2"]
    assert twice["source_weights"] == {"w2": 0.5}
    assert twice["test"] == recorded["test"] and twice["dev"] == recorded["dev"]


def test_recorded_split_keeps_written_and_model_picked_articles_out_of_dev_and_test():
    root = Path(__file__).resolve().parents[2]
    split = json.loads((root / "annotations" / "themes-split.json").read_text(encoding="utf-8"))
    held_out = set(split["dev"]) | set(split["test"])
    written = sorted(str(p.relative_to(root)) for p in (root / "annotations").glob("themes-written-*.jsonl"))
    assert written and set(written) <= set(split["fit_only_sources"]) <= set(split["sources"])
    assert set(written) == set(split["source_weights"])
    for source in split["fit_only_sources"]:
        ids = set(read_gold([root / source]))
        assert ids <= set(split["train"]) and not ids & held_out, source
