"""Fact queries: each entity with how many articles mention it and when it was first/last seen."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

from danvan.corpus.filters import Filters

KINDS = ("officials", "documents", "figures", "provinces", "campaigns", "themes")


def _rows(conn: sqlite3.Connection, sql: str, params: list[object]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


_SEEN = (
    "COUNT(DISTINCT a.pk) AS articles, COUNT(DISTINCT a.story_pk) AS stories,"
    " MIN(a.published_date) AS first_seen, MAX(a.published_date) AS last_seen"
)


def officials(conn: sqlite3.Connection, filters: Filters, limit: int) -> list[dict[str, Any]]:
    where, params = filters.sql("a")
    rows = _rows(
        conn,
        f"SELECT o.id AS _id, o.name AS name, {_SEEN}, SUM(ao.mentions) AS mentions"
        " FROM article_officials ao JOIN officials o ON o.id = ao.official_id"
        f" JOIN articles a ON a.pk = ao.article_pk WHERE {where}"
        " GROUP BY o.id ORDER BY articles DESC, mentions DESC, o.name LIMIT ?",
        [*params, limit],
    )
    for row in rows:
        oid = row.pop("_id")
        seen_titles = conn.execute(
            "SELECT title, COUNT(*) FROM ("
            " SELECT title, article_pk FROM official_titles WHERE official_id = ?"
            " UNION SELECT title, article_pk FROM article_officials"
            " WHERE official_id = ? AND title != '')"
            " GROUP BY title ORDER BY COUNT(*) DESC, title",
            (oid, oid),
        ).fetchall()
        row["titles"] = [t for t, _ in seen_titles]
        row["provinces"] = [
            p
            for (p,) in conn.execute(
                "SELECT DISTINCT province FROM article_officials"
                " WHERE official_id = ? AND province IS NOT NULL ORDER BY province",
                (oid,),
            )
        ]
    return rows


def documents(conn: sqlite3.Connection, filters: Filters, limit: int) -> list[dict[str, Any]]:
    where, params = filters.sql("a")
    return _rows(
        conn,
        "SELECT d.type AS type, d.number AS number, d.issuer AS issuer, d.date AS date,"
        f" d.title AS title, {_SEEN}, SUM(ad.mentions) AS mentions"
        " FROM article_documents ad JOIN documents d ON d.id = ad.document_id"
        f" JOIN articles a ON a.pk = ad.article_pk WHERE {where}"
        " GROUP BY d.id ORDER BY articles DESC, d.type, d.number LIMIT ?",
        [*params, limit],
    )


def figures(conn: sqlite3.Connection, filters: Filters, limit: int) -> list[dict[str, Any]]:
    where, params = filters.sql("a")
    rows = _rows(
        conn,
        "SELECT f.value AS value, f.is_integer AS _int, f.unit AS unit, f.text AS text,"
        " f.approx AS approx, f.sentence AS sentence, a.id AS article_id,"
        " a.title AS article_title, a.published AS published"
        f" FROM figures f JOIN articles a ON a.pk = f.article_pk WHERE {where}"
        " ORDER BY a.published_date IS NULL, a.published_date DESC, a.pk, f.position LIMIT ?",
        [*params, limit],
    )
    for row in rows:
        if row.pop("_int"):
            row["value"] = int(row["value"])
    return rows


def provinces(conn: sqlite3.Connection, filters: Filters, limit: int) -> list[dict[str, Any]]:
    where, params = filters.sql("a")
    return _rows(
        conn,
        f"SELECT p.name AS name, p.merged_into AS merged_into, {_SEEN},"
        " SUM(ap.count) AS mentions"
        " FROM article_provinces ap JOIN provinces p ON p.id = ap.province_id"
        f" JOIN articles a ON a.pk = ap.article_pk WHERE {where}"
        " GROUP BY p.id ORDER BY articles DESC, p.name LIMIT ?",
        [*params, limit],
    )


def campaigns(conn: sqlite3.Connection, filters: Filters, limit: int) -> list[dict[str, Any]]:
    where, params = filters.sql("a")
    return _rows(
        conn,
        f"SELECT c.name AS name, {_SEEN}, SUM(ac.count) AS mentions"
        " FROM article_campaigns ac JOIN campaigns c ON c.id = ac.campaign_id"
        f" JOIN articles a ON a.pk = ac.article_pk WHERE {where}"
        " GROUP BY c.id ORDER BY articles DESC, c.name LIMIT ?",
        [*params, limit],
    )


def themes(conn: sqlite3.Connection, filters: Filters, limit: int) -> list[dict[str, Any]]:
    where, params = filters.sql("a")
    return _rows(
        conn,
        f"SELECT t.key AS theme, {_SEEN}, ROUND(AVG(at.score), 4) AS mean_score"
        " FROM article_themes at JOIN themes t ON t.id = at.theme_id"
        f" JOIN articles a ON a.pk = at.article_pk WHERE {where}"
        " GROUP BY t.id ORDER BY articles DESC, t.key LIMIT ?",
        [*params, limit],
    )


QUERIES: dict[str, Callable[[sqlite3.Connection, Filters, int], list[dict[str, Any]]]] = {
    "officials": officials,
    "documents": documents,
    "figures": figures,
    "provinces": provinces,
    "campaigns": campaigns,
    "themes": themes,
}
