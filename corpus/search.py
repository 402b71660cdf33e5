"""Ranked full-text search with filters and highlighted snippets."""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from danvan.corpus import fulltext
from danvan.corpus.filters import Filters
from danvan.corpus.snippets import snippet


@dataclass(frozen=True, slots=True)
class SearchLimits:
    """What one search may cost: the CLI, the web app and the API share these bounds.

    A query longer than `max_chars` or with more than `max_terms` different words (repeats count
    once) is cut, with a notice; parentheses deeper than `max_depth` are refused before SQLite
    sees them; SQLite stops a query after `seconds` (checked every `check_every` VM steps).
    """

    max_chars: int = 1000
    max_terms: int = 32
    max_depth: int = 8
    seconds: float = 1.5
    check_every: int = 1000


DEFAULT_LIMITS = SearchLimits()


class SearchStopped(ValueError):
    """A search ran past its time budget (or was interrupted) and was stopped inside SQLite."""


class SearchResults(list):
    """The result rows, plus `notices` saying how the query was cut to the limits."""

    notices: list[str]
    total: int | None  # every match, when the search was asked to count them

    def __init__(
        self, rows: list[dict[str, Any]], notices: list[str] | None = None, total: int | None = None
    ) -> None:
        super().__init__(rows)
        self.notices = notices or []
        self.total = total


@contextlib.contextmanager
def bounded(conn: sqlite3.Connection, seconds: float, check_every: int = 1000) -> Iterator[None]:
    """Stop SQLite work on `conn` after `seconds` or at Ctrl-C (raised as KeyboardInterrupt after)."""
    deadline = time.monotonic() + seconds
    interrupted = False
    on_main = threading.current_thread() is threading.main_thread()

    def on_sigint(_signum: int, _frame: object) -> None:
        nonlocal interrupted
        interrupted = True

    def progress() -> int:
        return 1 if interrupted or time.monotonic() > deadline else 0

    previous = signal.signal(signal.SIGINT, on_sigint) if on_main else None
    conn.set_progress_handler(progress, check_every)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        if not interrupted:
            raise SearchStopped(
                f"search stopped after {seconds:g} s (the time limit): use fewer or rarer words,"
                ' or a "phrase" in quotes'
            ) from None
    finally:
        conn.set_progress_handler(None, check_every)
        if on_main:
            signal.signal(signal.SIGINT, previous)
    if interrupted:
        raise KeyboardInterrupt


_COLUMNS = "a.pk, a.id, a.title, a.url, a.published, a.origin, s.name, t.text, a.duplicate_of"


def search(
    conn: sqlite3.Connection,
    query: str | None,
    filters: Filters,
    *,
    limit: int = 20,
    offset: int = 0,
    mark: tuple[str, str] = ("[", "]"),
    limits: SearchLimits = DEFAULT_LIMITS,
    count: bool = False,
) -> SearchResults:
    """Best matches first; `query=None` lists the filtered articles, newest first.

    An empty query string is a `QuerySyntaxError`; a query over `limits` is cut (see `notices`)
    or stopped (`SearchStopped`). `count` also counts every match (`total`), within the same budget.
    """
    where, params = filters.sql("a")
    notices: list[str] = []
    total: int | None = None
    if query is not None:
        parsed = fulltext.parse(
            query, max_chars=limits.max_chars, max_terms=limits.max_terms, max_depth=limits.max_depth
        )
        notices = parsed.notices
        rank = f"bm25(article_fts, {', '.join(str(w) for w in fulltext.WEIGHTS)})"
        if params:
            hits = (
                f"SELECT a.pk AS pk, {rank} AS rank FROM article_fts"
                " JOIN articles a ON a.pk = article_fts.rowid"
                f" WHERE article_fts MATCH ? AND {where} ORDER BY rank LIMIT ? OFFSET ?"
            )
        else:
            hits = (
                f"SELECT rowid AS pk, {rank} AS rank FROM article_fts"
                " WHERE article_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"
            )
        # rank first, then read the long text columns of the few rows that are returned
        sql = (
            f"WITH hits AS MATERIALIZED ({hits}) SELECT {_COLUMNS}, -hits.rank AS score"
            " FROM hits JOIN articles a ON a.pk = hits.pk JOIN article_texts t ON t.pk = a.pk"
            " LEFT JOIN sources s ON s.id = a.source_id ORDER BY hits.rank"
        )
        with bounded(conn, limits.seconds, limits.check_every):
            rows = conn.execute(sql, [parsed.match_expression(), *params, limit, offset]).fetchall()
            if count:
                total = conn.execute(
                    "SELECT COUNT(*) FROM article_fts JOIN articles a ON a.pk = article_fts.rowid"
                    f" WHERE article_fts MATCH ? AND {where}",
                    [f"{{title_folded body_folded}} : ({parsed.folded})", *params],
                ).fetchone()[0]
        terms = parsed.terms
    else:
        sql = (
            f"SELECT {_COLUMNS}, 0.0 AS score FROM articles a JOIN article_texts t ON t.pk = a.pk"
            " LEFT JOIN sources s ON s.id = a.source_id"
            f" WHERE {where} ORDER BY a.published_date IS NULL, a.published_date DESC, a.pk"
            " LIMIT ? OFFSET ?"
        )
        with bounded(conn, limits.seconds, limits.check_every):
            rows = conn.execute(sql, [*params, limit, offset]).fetchall()
            if count:
                total = conn.execute(f"SELECT COUNT(*) FROM articles a WHERE {where}", params).fetchone()[0]
        terms = []
    dup_ids = _ids(conn, [r[8] for r in rows if r[8] is not None])
    return SearchResults(
        [
            {
                "id": aid,
                "title": title,
                "url": url,
                "published": published,
                "source": origin,
                "outlet": outlet,
                "snippet": snippet(text, terms, mark=mark),
                "score": round(score, 4),
                "duplicate_of": dup_ids.get(dup) if dup is not None else None,
            }
            for _pk, aid, title, url, published, origin, outlet, text, dup, score in rows
        ],
        notices,
        total,
    )


def matching_pks(
    conn: sqlite3.Connection, query: str, filters: Filters, limits: SearchLimits = DEFAULT_LIMITS
) -> tuple[list[int], list[str]]:
    """Every filtered article the full-text `query` matches (same syntax and limits as `search`),
    oldest first, with the notices of a cut query."""
    where, params = filters.sql("a")
    parsed = fulltext.parse(
        query, max_chars=limits.max_chars, max_terms=limits.max_terms, max_depth=limits.max_depth
    )
    with bounded(conn, limits.seconds, limits.check_every):
        pks = [
            pk
            for (pk,) in conn.execute(
                "SELECT a.pk FROM article_fts JOIN articles a ON a.pk = article_fts.rowid"
                f" WHERE article_fts MATCH ? AND {where}"
                " ORDER BY a.published_date IS NULL, a.published_date, a.pk",
                [parsed.match_expression(), *params],
            )
        ]
    return pks, parsed.notices


def _ids(conn: sqlite3.Connection, pks: list[int]) -> dict[int, str]:
    if not pks:
        return {}
    marks = ",".join("?" * len(pks))
    return dict(conn.execute(f"SELECT pk, id FROM articles WHERE pk IN ({marks})", pks))
