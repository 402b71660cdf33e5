"""`danvan train` on fixture data and `danvan evaluate --themes` through the real CLI."""

from __future__ import annotations

import json

from danvan.models.themes.artifact import load_model
from danvan.models.themes.features import ModelInput
from typer.testing import CliRunner

from danvan.cli import app
from tests.models.conftest import TRAIN_JSONL

runner = CliRunner()


def test_train_writes_a_loadable_model_with_metadata(tmp_path):
    out = tmp_path / "fixture.skops"
    result = runner.invoke(app, ["train", "--data", str(TRAIN_JSONL), "--out", str(out)])
    assert result.exit_code == 0, result.output
    model, meta = load_model(out)
    assert meta["training_data"]["train"] > 0
    assert "test_model" in meta["metrics"]
    [predicted] = model.predict([ModelInput("kỷ_luật đảng_viên chi_bộ")])
    assert [p.theme for p in predicted] == ["xay_dung_dang"]


def test_train_rejects_unknown_theme_with_a_reason(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "1", "themes": ["no_such"], "text": "x"}) + "\n")
    result = runner.invoke(app, ["train", "--data", str(bad), "--out", str(tmp_path / "m.skops")])
    assert result.exit_code == 2
    assert "unknown theme" in result.output


def test_evaluate_themes_prints_scores(tmp_path):
    result = runner.invoke(app, ["evaluate", "--themes", str(TRAIN_JSONL)])
    assert result.exit_code == 0, result.output
    assert "micro" in result.output
    assert "macro-F1" in result.output
