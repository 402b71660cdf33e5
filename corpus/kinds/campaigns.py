"""Campaigns: canonical names of movements and emulation drives, mention counts per article."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from danvan.corpus.filters import Filters
from danvan.corpus.kinds.base import SEEN, TOTAL, FactKind, Rows, clean, grouped, named_id, register, rows
from danvan.nlp.record import CampaignFact


def write(conn: sqlite3.Connection, pk: int, facts: list[CampaignFact]) -> None:
    for pos, c in enumerate(facts):
        name = clean(c.name)
        if not name:
            continue
        cid = named_id(conn, "campaigns", name)
        conn.execute(
            "INSERT INTO article_campaigns(article_pk, campaign_id, count, position)"
            " VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count",
            (pk, cid, int(c.count or 1), pos),
        )


def load(conn: sqlite3.Connection, pks: Sequence[int]) -> dict[int, list[CampaignFact]]:
    found = grouped(
        conn,
        "SELECT ac.article_pk, c.name, ac.count FROM article_campaigns ac"
        " JOIN campaigns c ON c.id = ac.campaign_id WHERE ac.article_pk IN ({marks})"
        " ORDER BY ac.article_pk, ac.position",
        pks,
    )
    return {pk: [CampaignFact(n, c) for n, c in items] for pk, items in found.items()}


def query(conn: sqlite3.Connection, filters: Filters, limit: int) -> Rows:
    where, params = filters.sql("a")
    return rows(
        conn,
        f"SELECT c.name AS name, {SEEN}, SUM(ac.count) AS mentions, {TOTAL}"
        " FROM article_campaigns ac JOIN campaigns c ON c.id = ac.campaign_id"
        f" JOIN articles a ON a.pk = ac.article_pk WHERE {where}"
        " GROUP BY c.id ORDER BY articles DESC, c.name LIMIT ?",
        [*params, limit],
    )


def show(c: CampaignFact) -> str:
    return f"{c.name} ×{c.count}"


KIND = register(FactKind("campaigns", ("article_campaigns",), ("campaigns",), write, load, query, show))
