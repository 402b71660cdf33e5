"""Documents: numbered resolutions, directives, plans...; one entity per (type, number, issuer)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from danvan.corpus.filters import Filters, number_key
from danvan.corpus.folding import fold
from danvan.corpus.kinds.base import SEEN, FactKind, Rows, clean, grouped, register, rows
from danvan.nlp.record import DocumentFact


def write(conn: sqlite3.Connection, pk: int, facts: list[DocumentFact]) -> None:
    for pos, d in enumerate(facts):
        doc_type = clean(d.type)
        if not doc_type:
            continue
        number, issuer, date, title = clean(d.number), clean(d.issuer), clean(d.date), clean(d.title)
        did = _document_id(conn, doc_type, number, issuer, date, title)
        conn.execute(
            "INSERT INTO article_documents(article_pk, document_id, type, number, date, issuer,"
            " title, mentions, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (pk, did, doc_type, number, date, issuer, title, int(d.mentions or 1), pos),
        )


def _document_id(
    conn: sqlite3.Connection,
    doc_type: str,
    number: str | None,
    issuer: str | None,
    date: str | None,
    title: str | None,
) -> int:
    """One documents row per (type, number, issuer); an issuer-less mention joins a lone match."""
    nkey = number_key(number)
    tkey = fold(doc_type)
    if nkey:
        if issuer is None:
            found = conn.execute(
                "SELECT id FROM documents WHERE key LIKE ? ESCAPE '\\'",
                (_like_escape(f"{tkey}|{nkey}|") + "%",),
            ).fetchall()
            if len(found) == 1:
                return found[0][0]
        key = f"{tkey}|{nkey}|{fold(issuer or '')}"
    else:
        key = f"{tkey}||{fold(issuer or '')}|{fold(title or '')}"
    return conn.execute(
        "INSERT INTO documents(key, type, number, number_key, issuer, date, title)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
        " issuer = coalesce(documents.issuer, excluded.issuer),"
        " date = coalesce(documents.date, excluded.date),"
        " title = coalesce(documents.title, excluded.title) RETURNING id",
        (key, doc_type, number, nkey, issuer, date, title),
    ).fetchone()[0]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def load(conn: sqlite3.Connection, pks: Sequence[int]) -> dict[int, list[DocumentFact]]:
    found = grouped(
        conn,
        "SELECT article_pk, type, number, date, issuer, title, mentions FROM article_documents"
        " WHERE article_pk IN ({marks}) ORDER BY article_pk, position",
        pks,
    )
    return {pk: [DocumentFact(*d) for d in items] for pk, items in found.items()}


def query(conn: sqlite3.Connection, filters: Filters, limit: int) -> Rows:
    where, params = filters.sql("a")
    return rows(
        conn,
        "SELECT d.type AS type, d.number AS number, d.issuer AS issuer, d.date AS date,"
        f" d.title AS title, {SEEN}, SUM(ad.mentions) AS mentions"
        " FROM article_documents ad JOIN documents d ON d.id = ad.document_id"
        f" JOIN articles a ON a.pk = ad.article_pk WHERE {where}"
        " GROUP BY d.id ORDER BY articles DESC, d.type, d.number LIMIT ?",
        [*params, limit],
    )


def show(d: DocumentFact) -> str:
    return (
        f"{d.type} {d.number or '(unnumbered)'}"
        + (f" {d.date}" if d.date else "")
        + (f" [{d.issuer}]" if d.issuer else "")
        + (f" “{d.title}”" if d.title else "")
    )


KIND = register(FactKind("documents", ("article_documents",), ("documents",), write, load, query, show))
