"""Cached page data is recomputed once the corpus file changes (an ingest beside the server)."""

from __future__ import annotations

import os

from danvan.web.cache import ResultCache


def test_cache_recomputes_after_the_file_changes(tmp_path):
    db = tmp_path / "corpus.db"
    db.write_bytes(b"one")
    cache = ResultCache(db, size=2)
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert cache.get("k", compute) == 1
    assert cache.get("k", compute) == 1
    db.write_bytes(b"longer content")
    os.utime(db, ns=(1, 1))
    assert cache.get("k", compute) == 2
    (tmp_path / "corpus.db-wal").write_bytes(b"wal")
    assert cache.get("k", compute) == 3
    cache.get("a", compute), cache.get("b", compute)  # evicts "k" (size 2)
    assert cache.get("k", compute) == 6
