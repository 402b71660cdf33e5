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


@pytest.fixture(scope="session")
def runs_db(web_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web corpus plus a crawl log: one site gone quiet, one whose errors jumped, one healthy."""
    import shutil
    from datetime import UTC, datetime, timedelta

    from danvan.corpus import Corpus
    from danvan.corpus.crawl_runs import CrawlRun

    db = tmp_path_factory.mktemp("runs") / "with-runs.db"
    shutil.copy(web_db, db)
    now = datetime.now(UTC)

    def run(site: str, days_ago: float, **counts) -> CrawlRun:
        started = (now - timedelta(days=days_ago)).isoformat(timespec="seconds")
        finished = (now - timedelta(days=days_ago - 0.01)).isoformat(timespec="seconds")
        return CrawlRun(site, started, finished, **counts)

    with Corpus(db) as corpus:
        corpus.record_crawl_run(run("baoyenbai", 20, pages=40, articles_new=5))
        for day in (12, 11, 10):
            corpus.record_crawl_run(run("baoyenbai", day, pages=40))
        for day in (3, 2, 1):
            corpus.record_crawl_run(
                run("baocantho", day, pages=120, articles_new=9, articles_updated=2, rejects=1)
            )
        for day in (3, 2):
            corpus.record_crawl_run(run("baolaocai", day, pages=50, articles_new=4))
        corpus.record_crawl_run(
            run(
                "baolaocai",
                0.5,
                pages=10,
                articles_new=1,
                errors=30,
                errors_by_kind={"http-503": 28, "timeout": 2},
            )
        )
    return db
