"""Source health: crawl runs recorded in the corpus, quiet sites and error jumps flagged."""

from __future__ import annotations

from datetime import UTC, datetime

from danvan.corpus import Corpus
from danvan.corpus.crawl_runs import CrawlRun


def _run(site: str, day: int, new: int, pages: int = 20, errors: int = 0) -> CrawlRun:
    stamp = f"2024-06-{day:02d}T01:00:00Z"
    kinds = {"timeout": errors} if errors else {}
    return CrawlRun(site, stamp, stamp, "finished", pages, new, 0, 0, errors, kinds)


def test_runs_are_listed_newest_first_and_health_flags_sites(tmp_path):
    with Corpus(tmp_path / "c.db") as corpus:
        for day in (1, 2, 3, 4):
            corpus.record_crawl_run(_run("baocantho", day, new=3))
            corpus.record_crawl_run(_run("baocamau", day, new=2 if day == 1 else 0))
            corpus.record_crawl_run(_run("baohaugiang", day, new=1, errors=12 if day == 4 else 1))
        runs = corpus.crawl_runs("baohaugiang")
        assert [r["started_at"][:10] for r in runs] == [
            "2024-06-04",
            "2024-06-03",
            "2024-06-02",
            "2024-06-01",
        ]
        assert runs[0]["errors_by_kind"] == {"timeout": 12}
        report = {
            r["site"]: r for r in corpus.source_health(stale_days=2, now=datetime(2024, 6, 4, 2, tzinfo=UTC))
        }
    assert report["baocantho"]["flags"] == []
    assert report["baocamau"]["flags"] == ["no new article for 3 days"]
    assert report["baohaugiang"]["flags"][0].startswith("error rate jumped")


def test_schema_upgrade_adds_the_table_to_an_existing_corpus(tmp_path):
    import sqlite3

    from danvan.corpus import schema

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    schema.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Corpus(db) as corpus:
        assert corpus.schema_version == schema.SCHEMA_VERSION
        assert corpus.crawl_runs() == []
