"""Officials: people with their positions; every title seen is kept per article."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence

from danvan.corpus.filters import Filters
from danvan.corpus.kinds.base import SEEN, FactKind, Rows, clean, grouped, named_id, register, rows
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


def query(conn: sqlite3.Connection, filters: Filters, limit: int) -> Rows:
    where, params = filters.sql("a")
    found = rows(
        conn,
        f"SELECT o.id AS _id, o.name AS name, {SEEN}, SUM(ao.mentions) AS mentions"
        " FROM article_officials ao JOIN officials o ON o.id = ao.official_id"
        f" JOIN articles a ON a.pk = ao.article_pk WHERE {where}"
        " GROUP BY o.id ORDER BY articles DESC, mentions DESC, o.name LIMIT ?",
        [*params, limit],
    )
    ids = [row.pop("_id") for row in found]
    titles: dict[int, list[str]] = defaultdict(list)
    provinces: dict[int, list[str]] = defaultdict(list)
    # one statement each for all listed officials (not two per official: 5,000 rows made 10,000 queries)
    chosen = "SELECT value FROM json_each(?)"
    for oid, title in conn.execute(
        "SELECT official_id, title FROM ("
        f" SELECT official_id, title, article_pk FROM official_titles WHERE official_id IN ({chosen})"
        " UNION SELECT official_id, title, article_pk FROM article_officials"
        f" WHERE official_id IN ({chosen}) AND title != '')"
        " GROUP BY official_id, title ORDER BY official_id, COUNT(*) DESC, title",
        (json.dumps(ids), json.dumps(ids)),
    ):
        titles[oid].append(title)
    for oid, province in conn.execute(
        "SELECT DISTINCT official_id, province FROM article_officials"
        f" WHERE official_id IN ({chosen}) AND province IS NOT NULL ORDER BY official_id, province",
        (json.dumps(ids),),
    ):
        provinces[oid].append(province)
    for oid, row in zip(ids, found, strict=True):
        row["titles"] = titles.get(oid, [])
        row["provinces"] = provinces.get(oid, [])
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
    )
)
