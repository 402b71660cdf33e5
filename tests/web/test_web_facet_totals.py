"""Whole-corpus facet counts read straight from the link tables agree with counts over the matched set."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from danvan.corpus import browse
from danvan.corpus.filters import Filters


def test_whole_corpus_facets_agree_with_matched_counts(web_db: Path) -> None:
    conn = sqlite3.connect(f"file:{web_db}?mode=ro", uri=True)
    try:
        names = tuple(browse.FACETS)
        fast = browse.facets(conn, "", Filters(), names=names, limit=1000)
        total, matched = browse._matched_facets(conn, "1", [], names)
        assert fast == browse._ordered(matched, 1000)
        assert browse.counted_facets(conn, "", Filters(), names=names, limit=1000) == (total, fast)
        assert total == browse.count(conn, "", Filters())
        assert fast["province"] and fast["theme"] and fast["outlet"]
    finally:
        conn.close()


def test_counted_facets_agree_with_count_for_a_query(web_db: Path) -> None:
    conn = sqlite3.connect(f"file:{web_db}?mode=ro", uri=True)
    try:
        for query in ("dân vận", "xyzzy"):
            total, grouped = browse.counted_facets(conn, query, Filters(), limit=15)
            assert total == browse.count(conn, query, Filters())
            assert grouped == browse.facets(conn, query, Filters(), limit=15)
    finally:
        conn.close()
