"""Fingerprints that let a rerun skip inputs a previous run finished, before any NLP work."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

from danvan.nlp.record import RawDocument

# the code and data that decide what an input becomes in the corpus
_PACKAGES = ("danvan.nlp", "danvan.models.themes", "danvan.pipeline", "danvan.pages")
_SUFFIXES = {".py", ".tsv", ".json", ".txt", ".toml", ".skops"}


def pipeline_fingerprint(themes: bool) -> str:
    """SHA-256 of the extraction code, data files and theme model: changes when the results could."""
    digest = hashlib.sha256(f"themes={themes}".encode())
    for name in _PACKAGES:
        spec = importlib.util.find_spec(name)  # located, not imported
        origin = Path(spec.origin or "") if spec else Path()
        files = sorted(origin.parent.rglob("*")) if origin.name == "__init__.py" else [origin]
        for path in files:
            if path.is_file() and path.suffix in _SUFFIXES and "__pycache__" not in path.parts:
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def input_fingerprint(raw: RawDocument, pipeline: str) -> str:
    """SHA-256 of one input (content and metadata) under a pipeline fingerprint."""
    fields = [raw.source, raw.content_type, raw.url, raw.title, raw.published, raw.author, raw.outlet]
    fields.append(raw.archive_ref)
    digest = hashlib.sha256(pipeline.encode())
    digest.update(json.dumps(fields, ensure_ascii=False).encode())
    digest.update(raw.content.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
