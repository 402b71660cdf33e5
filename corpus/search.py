"""Ranked full-text search with filters and highlighted snippets."""

from __future__ import annotations

import sqlite3
from typing import Any

from danvan.corpus import fulltext
from danvan.corpus.filters import Filters
from danvan.corpus.snippets import snippet

_COLUMNS = "a.pk, a.id, a.title, a.url, a.published, a.origin, s.name, t.text, a.duplicate_of"


def search(
    conn: sqlite3.Connection,
    query: str,
    filters: Filters,
    *,
    limit: int = 20,
    offset: int = 0,
    mark: tuple[str, str] = ("[", "]"),
) -> list[dict[str, Any]]:
    """Best matches first; an empty query lists the filtered articles, newest first."""
    where, params = filters.sql("a")
    if query.strip():
        parsed = fulltext.parse(query)
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
        rows = conn.execute(sql, [parsed.match_expression(), *params, limit, offset]).fetchall()
        terms = parsed.terms
    else:
        sql = (
            f"SELECT {_COLUMNS}, 0.0 AS score FROM articles a JOIN article_texts t ON t.pk = a.pk"
            " LEFT JOIN sources s ON s.id = a.source_id"
            f" WHERE {where} ORDER BY a.published_date IS NULL, a.published_date DESC, a.pk"
            " LIMIT ? OFFSET ?"
        )
        rows = conn.execute(sql, [*params, limit, offset]).fetchall()
        terms = []
    dup_ids = _ids(conn, [r[8] for r in rows if r[8] is not None])
    return [
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
    ]


def _ids(conn: sqlite3.Connection, pks: list[int]) -> dict[int, str]:
    if not pks:
        return {}
    marks = ",".join("?" * len(pks))
    return dict(conn.execute(f"SELECT pk, id FROM articles WHERE pk IN ({marks})", pks))
