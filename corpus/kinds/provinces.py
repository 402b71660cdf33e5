"""Provinces: canonical pre-2025 names with their 2025 unit, mention counts per article."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from danvan.corpus.filters import Filters, province_key
from danvan.corpus.kinds.base import SEEN, TOTAL, FactKind, Rows, clean, grouped, register, rows
from danvan.nlp.record import ProvinceFact


def write(conn: sqlite3.Connection, pk: int, facts: list[ProvinceFact]) -> None:
    for pos, p in enumerate(facts):
        name = clean(p.name)
        if not name:
            continue
        merged = clean(p.merged_into) or name
        pid = conn.execute(
            "INSERT INTO provinces(name, merged_into, key, merged_key) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET merged_into = excluded.merged_into,"
            " merged_key = excluded.merged_key RETURNING id",
            (name, merged, province_key(name), province_key(merged)),
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO article_provinces(article_pk, province_id, count, position)"
            " VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count",
            (pk, pid, int(p.count or 1), pos),
        )


def load(conn: sqlite3.Connection, pks: Sequence[int]) -> dict[int, list[ProvinceFact]]:
    found = grouped(
        conn,
        "SELECT ap.article_pk, p.name, p.merged_into, ap.count FROM article_provinces ap"
        " JOIN provinces p ON p.id = ap.province_id WHERE ap.article_pk IN ({marks})"
        " ORDER BY ap.article_pk, ap.position",
        pks,
    )
    return {pk: [ProvinceFact(n, m, c) for n, m, c in items] for pk, items in found.items()}


def query(conn: sqlite3.Connection, filters: Filters, limit: int) -> Rows:
    where, params = filters.sql("a")
    return rows(
        conn,
        f"SELECT p.name AS name, p.merged_into AS merged_into, {SEEN}, {TOTAL},"
        " SUM(ap.count) AS mentions"
        " FROM article_provinces ap JOIN provinces p ON p.id = ap.province_id"
        f" JOIN articles a ON a.pk = ap.article_pk WHERE {where}"
        " GROUP BY p.id ORDER BY articles DESC, p.name LIMIT ?",
        [*params, limit],
    )


def show(p: ProvinceFact) -> str:
    return f"{p.name} ×{p.count}" + (f" (→ {p.merged_into})" if p.merged_into != p.name else "")


KIND = register(FactKind("provinces", ("article_provinces",), ("provinces",), write, load, query, show))
