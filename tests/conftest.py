"""Shared test fixtures: paths to bundled samples and to ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "danvan" / "samples"


@pytest.fixture(scope="session")
def extractor():
    from danvan.nlp.pipeline import ArticleExtractor

    return ArticleExtractor()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is absent (real seeds and archive are not bundled with the repo)")
    return SHARED
