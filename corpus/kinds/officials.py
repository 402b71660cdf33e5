"""Officials: people with their positions; every title seen is kept per article."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence

from danvan.corpus.filters import Filters
from danvan.corpus.kinds.base import (
    SEEN,
    TOTAL,
    FactKind,
    Rows,
    clean,
    contains,
    grouped,
    named_id,
    register,
    rows,
)
from danvan.nlp.record import OfficialFact


def write(conn: sqlite3.Connection, pk: int, facts: list[OfficialFact]) -> None:
    for pos, o in enumerate(facts):
        name = clean(o.name)
        if not name:
            continue
        oid = named_id(conn, "officials", name)
        conn.execute(
            "INSERT INTO article_officials(article_pk, official_id, title, province, mentions,"
            " position) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions",
            (pk, oid, clean(o.title) or "", clean(o.province), int(o.mentions or 1), pos),
        )
        for tpos, title in enumerate(o.titles):
            title = clean(title)
            if (
                title
                and not conn.execute(
                    "SELECT 1 FROM official_titles WHERE article_pk = ? AND official_id = ? AND title = ?",
                    (pk, oid, title),
                ).fetchone()
            ):
                conn.execute(
                    "INSERT INTO official_titles(article_pk, official_id, title, position)"
                    " VALUES (?, ?, ?, ?)",
                    (pk, oid, title, pos * 1000 + tpos),
                )


def load(conn: sqlite3.Connection, pks: Sequence[int]) -> dict[int, list[OfficialFact]]:
    titles = grouped(
        conn,
        "SELECT article_pk, official_id, title FROM official_titles WHERE article_pk IN ({marks})"
        " ORDER BY article_pk, position",
        pks,
    )
    found = grouped(
        conn,
        "SELECT ao.article_pk, o.id, o.name, ao.title, ao.province, ao.mentions"
        " FROM article_officials ao JOIN officials o ON o.id = ao.official_id"
        " WHERE ao.article_pk IN ({marks}) ORDER BY ao.article_pk, ao.position",
        pks,
    )
    out: dict[int, list[OfficialFact]] = {}
    for pk, items in found.items():
        by_official: dict[int, list[str]] = defaultdict(list)
        for oid, title in titles.get(pk, []):
            by_official[oid].append(title)
        out[pk] = [
            OfficialFact(name, title, prov, by_official.get(oid, []), mentions)
            for oid, name, title, prov, mentions in items
        ]
    return out


def query(conn: sqlite3.Connection, filters: Filters, limit: int, title: str | None = None) -> Rows:
    """Officials most seen first; `title`: one of their titles (in the filtered articles) contains it."""
    where, params = filters.sql("a")
    has_title, title_params = contains("t.title", title)
    if title_params:
        where += (
            " AND EXISTS (SELECT 1 FROM (SELECT title FROM official_titles WHERE article_pk = a.pk"
            " AND official_id = o.id UNION ALL SELECT ao.title) t WHERE " + has_title + ")"
        )
        params = [*params, *title_params]
    found = rows(
        conn,
        f"SELECT o.id AS _id, o.name AS name, {SEEN}, SUM(ao.mentions) AS mentions, {TOTAL}"
        " FROM article_officials ao JOIN officials o ON o.id = ao.official_id"
        f" JOIN articles a ON a.pk = ao.article_pk WHERE {where}"
        " GROUP BY o.id ORDER BY articles DESC, mentions DESC, o.name LIMIT ?",
        [*params, limit],
    )
    for row in found:
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
    return found


def show(o: OfficialFact) -> str:
    return f"{o.name} — {o.title}"


KIND = register(
    FactKind(
        "officials",
        ("official_titles", "article_officials"),
        ("officials",),
        write,
        load,
        query,
        show,
        facets=("title",),
    )
)
