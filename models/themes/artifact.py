"""Model files: the model as skops (no pickle) plus a metadata JSON, with a format version check."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
import skops
import skops.io as sio
from danvan.models.themes.cues import FEATURES
from danvan.models.themes.features import ModelInput
from danvan.models.themes.model import ThemeModel
from sklearn.feature_extraction.text import TfidfVectorizer

# 2: cue features after the vocabulary (cue_weight), title words, in-field gate;
# 3: "opening" cue features (opening_weight)
FORMAT_VERSION = 3
# the skops file holds only plain containers and arrays; any other type is refused, not loaded
TRUSTED_TYPES = {
    "numpy.ndarray",
    "numpy.dtype",
    "builtins.dict",
    "builtins.list",
    "builtins.str",
    "builtins.int",
    "builtins.float",
    "builtins.bool",
    "builtins.NoneType",
    "builtins.tuple",
}


class IncompatibleModel(RuntimeError):
    """A model file this version of danvan cannot use (with a one-line reason)."""


VECTORIZER_PARAMS = (
    "token_pattern",
    "lowercase",
    "ngram_range",
    "sublinear_tf",
    "norm",
    "use_idf",
    "smooth_idf",
)


def vectorizer_state(vectorizer: TfidfVectorizer) -> dict[str, Any]:
    """A fitted TfidfVectorizer as plain values and arrays (vocabulary, idf)."""
    params = vectorizer.get_params()
    return {
        "params": {k: list(params[k]) if k == "ngram_range" else params[k] for k in VECTORIZER_PARAMS},
        "terms": np.asarray(vectorizer.get_feature_names_out(), dtype=str),
        "idf": np.asarray(vectorizer.idf_, dtype=np.float32),
    }


def vectorizer_from_state(state: dict[str, Any]) -> TfidfVectorizer:
    params = dict(state["params"])
    params["ngram_range"] = tuple(params["ngram_range"])
    terms = [str(t) for t in state["terms"]]
    vectorizer = TfidfVectorizer(**params, dtype=np.float32, vocabulary={t: i for i, t in enumerate(terms)})
    vectorizer.idf_ = np.asarray(state["idf"], dtype=np.float32)
    return vectorizer


def metadata_path(path: Path) -> Path:
    return path.with_suffix(".json")


def save_model(model: ThemeModel, path: Path, metadata: dict[str, Any]) -> None:
    """Write `path` (skops) and its metadata JSON next to it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    state = {
        "vectorizer": vectorizer_state(model.vectorizer),
        "coef": model.coef,
        "intercept": model.intercept,
        "thresholds": model.thresholds,
        "labels": list(model.labels),
        "cue_weight": float(model.cue_weight),
        "opening_weight": float(model.opening_weight),
        "gate": {
            "coef": model.gate_coef if model.gate_coef is not None else np.zeros(0, dtype=np.float32),
            "intercept": float(model.gate_intercept),
            "threshold": float(model.gate_threshold),
        },
    }
    sio.dump(state, path)
    meta = {
        "format_version": FORMAT_VERSION,
        "labels": list(model.labels),
        "thresholds": {t: round(float(v), 4) for t, v in zip(model.labels, model.thresholds, strict=True)},
        "in_field_threshold": round(float(model.gate_threshold), 4),
        "library_versions": {
            "scikit-learn": sklearn.__version__,
            "skops": skops.__version__,
            "numpy": np.__version__,
        },
        **metadata,
    }
    metadata_path(path).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def read_metadata(path: Path) -> dict[str, Any]:
    meta_file = metadata_path(path)
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise IncompatibleModel(f"{path}: metadata file {meta_file.name} is missing") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IncompatibleModel(f"{meta_file}: metadata is not valid JSON ({exc})") from exc
    if not isinstance(meta, dict) or meta.get("format_version") != FORMAT_VERSION:
        found = meta.get("format_version") if isinstance(meta, dict) else None
        raise IncompatibleModel(
            f"{path}: model format version {found!r}, this danvan reads version "
            f"{FORMAT_VERSION}; retrain it with `danvan train`"
        )
    return meta


def load_model(path: Path) -> tuple[ThemeModel, dict[str, Any]]:
    """The model at `path` and its metadata, or IncompatibleModel saying why it cannot be used."""
    meta = read_metadata(path)
    try:
        untrusted = set(sio.get_untrusted_types(file=path))
    except Exception as exc:  # skops raises several types for unreadable/foreign files
        raise IncompatibleModel(f"{path}: not a readable skops file ({exc})") from exc
    if untrusted - TRUSTED_TYPES:
        raise IncompatibleModel(f"{path}: refusing unexpected types {sorted(untrusted - TRUSTED_TYPES)}")
    trained_with = meta.get("library_versions", {}).get("scikit-learn", "?")
    try:
        state = sio.load(path, trusted=sorted(untrusted))
        gate = np.asarray(state["gate"]["coef"], dtype=np.float32)
        model = ThemeModel(
            vectorizer=vectorizer_from_state(state["vectorizer"]),
            coef=np.asarray(state["coef"], dtype=np.float32),
            intercept=np.asarray(state["intercept"], dtype=np.float32),
            thresholds=np.asarray(state["thresholds"], dtype=np.float32),
            labels=tuple(state["labels"]),
            cue_weight=float(state["cue_weight"]),
            opening_weight=float(state["opening_weight"]),
            gate_coef=gate if gate.size else None,
            gate_intercept=float(state["gate"]["intercept"]),
            gate_threshold=float(state["gate"]["threshold"]),
        )
        expected = len(state["vectorizer"]["terms"]) + (len(FEATURES) if model.cue_weight else 0)
        if model.coef.shape != (len(model.labels), expected):
            raise ValueError(f"weights of shape {model.coef.shape}, expected {(len(model.labels), expected)}")
        if model.gate_coef is not None and model.gate_coef.shape != (expected,):
            raise ValueError(f"gate weights of shape {model.gate_coef.shape}, expected {(expected,)}")
        model.transform([ModelInput("kiểm_tra")])
    except Exception as exc:  # a file from another library version fails in many ways
        raise IncompatibleModel(
            f"{path}: cannot load a model trained with scikit-learn {trained_with} "
            f"under {sklearn.__version__} ({type(exc).__name__}: {exc}); retrain it with "
            "`danvan train`"
        ) from exc
    if list(model.labels) != list(meta.get("labels", [])):
        raise IncompatibleModel(f"{path}: label set differs from its metadata")
    return model, meta
