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
        general = browse._ordered(browse._matched_facets(conn, "1", [], names), 1000)
        assert fast == general
        assert fast["province"] and fast["theme"] and fast["outlet"]
    finally:
        conn.close()
