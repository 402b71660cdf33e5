"""The crawl part of `make demo`: serve a bundled fixture news site on loopback and crawl it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from danvan.crawler.fixtures_server import fixture_site, serve


def crawl_fixture_site(db: str, warc_dir: Path, run: Callable[..., None]) -> None:
    """Crawl the fixture site into `db`, then show what landed and rebuild it from the WARC files."""
    server = serve(fixture_site("mattran-dongbang"))
    try:
        run(
            "crawl",
            "--url",
            server.base_url + "/",
            "--db",
            db,
            "--warc-dir",
            str(warc_dir),
            "--delay",
            "0",
            "--no-autothrottle",
            "--timeout",
            "1",
            "--retries",
            "1",
            "--backoff",
            "0.05",
        )
    finally:
        server.stop()
    run("search", "Mặt trận", "--db", db, "--limit", "5")
    run("coverage", "--by", "source", "--db", db)
    run("ingest", str(warc_dir), "--db", str(Path(db).with_suffix(".from-warc.db")))
