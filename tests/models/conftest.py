"""Fixtures of the theme classifier tests: the hand-written training texts and a model trained on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).with_name("fixtures")
TRAIN_JSONL = FIXTURES / "themes-train.jsonl"


@pytest.fixture(scope="session")
def fixture_rows() -> list[dict]:
    return [json.loads(line) for line in TRAIN_JSONL.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def fixture_model(fixture_rows):
    from danvan.models.themes.features import model_input
    from danvan.models.themes.training import Example, TrainParams, train
    from danvan.nlp.tokenize import segment

    examples = [
        Example(model_input(r["title"], r["text"], segment(f"{r['title']}\n{r['text']}")), set(r["themes"]))
        for r in fixture_rows
    ]
    return train(examples, [], TrainParams(min_df=1))
