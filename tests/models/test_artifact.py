"""Model files: skops + metadata round trip, refusal of incompatible or foreign files."""

from __future__ import annotations

import json

import pytest
from danvan.models.themes.artifact import FORMAT_VERSION, IncompatibleModel, load_model, save_model
from danvan.models.themes.features import ModelInput, model_input


def test_round_trip_keeps_predictions(fixture_model, tmp_path):
    path = tmp_path / "m.skops"
    save_model(fixture_model, path, {"training_data": {"sha256": "x"}})
    loaded, meta = load_model(path)
    docs = [
        model_input("Tiếp công dân", "Giải quyết khiếu nại, tố cáo.", ["tiếp", "công_dân", "khiếu_nại"]),
        ModelInput("bóng_đá"),
    ]
    assert loaded.predict(docs) == fixture_model.predict(docs)
    assert meta["format_version"] == FORMAT_VERSION
    assert meta["library_versions"]["scikit-learn"]
    assert len(meta["labels"]) == 12


def test_other_format_version_is_a_clear_error(fixture_model, tmp_path):
    path = tmp_path / "m.skops"
    save_model(fixture_model, path, {})
    meta = json.loads(path.with_suffix(".json").read_text())
    meta["format_version"] = FORMAT_VERSION + 1
    path.with_suffix(".json").write_text(json.dumps(meta))
    with pytest.raises(IncompatibleModel, match="format version"):
        load_model(path)


def test_missing_metadata_and_garbage_files_are_clear_errors(fixture_model, tmp_path):
    path = tmp_path / "m.skops"
    save_model(fixture_model, path, {})
    path.with_suffix(".json").unlink()
    with pytest.raises(IncompatibleModel, match="metadata"):
        load_model(path)
    save_model(fixture_model, path, {})
    path.write_bytes(b"not a zip file")
    with pytest.raises(IncompatibleModel, match="skops"):
        load_model(path)
