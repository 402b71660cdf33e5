"""Fact queries: each entity with how many articles mention it and when it was first/last seen."""

from __future__ import annotations

import sqlite3
from typing import Any

from danvan.corpus.filters import Filters
from danvan.corpus.kinds import KINDS


def query(conn: sqlite3.Connection, kind: str, filters: Filters, limit: int) -> list[dict[str, Any]]:
    """Entities of one registered kind, most-mentioned first."""
    if kind not in KINDS:
        raise ValueError(f"unknown fact kind {kind!r}; use one of {', '.join(KINDS)}")
    return KINDS[kind].query(conn, filters, limit)
