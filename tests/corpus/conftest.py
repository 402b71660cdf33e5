"""Fixtures for the corpus tests: a fresh corpus path and a corpus filled with the samples."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_samples import exact_copy, sample_articles
from danvan.corpus import Corpus


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "corpus.db"


@pytest.fixture
def filled(db_path: Path) -> Iterator[Corpus]:
    """A corpus holding the sample articles and the exact copy."""
    with Corpus(db_path) as corpus:
        corpus.store_many(sample_articles())
        corpus.store(exact_copy())
        yield corpus
