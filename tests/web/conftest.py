"""Fixtures for the web tests: a corpus ingested from articles written for them, and the app over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from danvan.ingest import ingest

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "web" / "articles.jsonl"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The written articles (a hostile one among them) through the real ingest pipeline."""
    db = tmp_path_factory.mktemp("web") / "corpus.db"
    tally = ingest([str(ARTICLES)], db)
    assert tally.counts["rejected"] == 0, tally.summary()
    return db


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator:
    from fastapi.testclient import TestClient

    from danvan.web.app import create_app

    with TestClient(create_app(web_db), raise_server_exceptions=False) as test_client:
        yield test_client
