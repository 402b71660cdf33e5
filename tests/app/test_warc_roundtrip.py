"""End-to-end: crawl a loopback fixture site into a corpus, then rebuild it offline from the WARC files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from danvan.corpus import Corpus
from danvan.crawler.fixtures_server import fixture_site, serve

from tests.crawler.conftest import FAST


def danvan(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "danvan.cli", *args], capture_output=True, text=True, timeout=300
    )


def _snapshot(db: Path, tmp: Path) -> dict[str, dict]:
    """Every stored article with its facts, as `danvan export --format jsonl` writes them."""
    out = tmp / f"{db.stem}.jsonl"
    with Corpus(db) as corpus:
        corpus.export("jsonl", out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {row["id"]: {k: v for k, v in row.items() if k != "themes"} for row in rows}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> tuple[Path, Path]:
    server = serve(fixture_site("mattran-dongbang"))
    tmp = tmp_path_factory.mktemp("roundtrip")
    try:
        result = danvan(
            "crawl",
            "--url",
            server.base_url + "/",
            "--db",
            str(tmp / "crawl.db"),
            "--warc-dir",
            str(tmp / "warc"),
            *FAST,
        )
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr + result.stdout
    return tmp / "crawl.db", tmp / "warc"


def test_crawl_stores_clean_articles(crawled, tmp_path):
    db, _ = crawled
    articles = _snapshot(db, tmp_path)
    assert articles, "the crawl stored nothing"
    for art in articles.values():
        assert art["title"] and art["text"]
        assert art["url"].startswith("http://127.0.0.1")
        assert "utm_" not in art["url"]
        assert art["published"] is not None
        assert "Bài viết liên quan" not in art["text"]


def test_warc_ingest_reproduces_the_corpus(crawled, tmp_path):
    db, warc = crawled
    rebuilt = tmp_path / "rebuilt.db"
    result = danvan("ingest", str(warc), "--db", str(rebuilt))
    assert result.returncode == 0, result.stderr
    assert _snapshot(rebuilt, tmp_path) == _snapshot(db, tmp_path)
