"""Bounds on what one web request may ask of the corpus: query size and SQLite time budget.

The query bounds are the corpus's `SearchLimits` (the CLI and the API share them); a web request refuses
an oversized query with a reason instead of cutting it. The time budget covers every query of a page.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import time
from collections.abc import Iterator

from danvan.corpus.search import DEFAULT_LIMITS

MAX_QUERY_CHARS = DEFAULT_LIMITS.max_chars
MAX_QUERY_TERMS = DEFAULT_LIMITS.max_terms
_TERM = re.compile(r"\w+")


class QueryTooLarge(ValueError):
    """The query is longer than the server searches."""


class TimeBudgetExceeded(RuntimeError):
    """A database step ran past the request's time budget and was interrupted."""


def check_query(query: str) -> str:
    """The query, stripped, or QueryTooLarge with a reason a user can act on."""
    query = query.strip()
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLarge(f"truy vấn quá dài ({len(query)} ký tự, tối đa {MAX_QUERY_CHARS})")
    terms = len({t.casefold() for t in _TERM.findall(query)})  # repeats count once
    if terms > MAX_QUERY_TERMS:
        raise QueryTooLarge(f"truy vấn có quá nhiều từ ({terms}, tối đa {MAX_QUERY_TERMS})")
    return query


@contextlib.contextmanager
def time_budget(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Interrupt any statement on `conn` that is still running `seconds` after entry."""
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1_000)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise TimeBudgetExceeded(f"query took longer than {seconds:g} s") from exc
        raise
    finally:
        conn.set_progress_handler(None, 0)
