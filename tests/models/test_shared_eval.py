"""The packaged model on the held-out test split of the hand labels (needs ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.themes.dataset import read_gold
from models.themes.evaluation import evaluate
from models.themes.tagger import ThemeTagger

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.shared
def test_test_split_meets_the_targets(shared_dir):
    data = Path("/tmp/baomoi/data")
    if not data.is_dir():
        pytest.skip("extracted archive /tmp/baomoi/data is absent")
    split = json.loads((ROOT / "annotations" / "themes-split.json").read_text())
    gold = read_gold([ROOT / s for s in split["sources"]])
    tagger = ThemeTagger.load_default()
    test = {}
    predicted = {}
    for doc_id in split["test"][:40]:
        path = data / f"{doc_id}.txt"
        if not path.exists():
            path = shared_dir / "seeds" / f"{doc_id}.txt"
        from nlp.tokenize import segment

        test[doc_id] = gold[doc_id]
        predicted[doc_id] = {f.theme for f in tagger.tag_tokens(segment(path.read_text()))}
    report = evaluate(test, predicted)
    assert report.micro.f1 >= 0.6
    assert report.unrelated_clean_rate >= 0.9
