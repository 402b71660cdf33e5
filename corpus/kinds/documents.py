"""Documents: numbered resolutions, directives, plans...; one entity per (type, normalised number)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from danvan.corpus.filters import Filters, number_key
from danvan.corpus.folding import fold
from danvan.corpus.kinds.base import (
    SEEN,
    TOTAL,
    FactKind,
    Rows,
    clean,
    contains,
    grouped,
    like_escape,
    register,
    rows,
)
from danvan.nlp.record import DocumentFact

_BARE = re.compile(r"\d+")


def write(conn: sqlite3.Connection, pk: int, facts: list[DocumentFact]) -> None:
    codes = [(fold(d.type or ""), number_key(clean(d.number))) for d in facts]
    for pos, d in enumerate(facts):
        doc_type = clean(d.type)
        if not doc_type:
            continue
        number, issuer, date, title = clean(d.number), clean(d.issuer), clean(d.date), clean(d.title)
        did = _document_id(conn, doc_type, number, issuer, date, title, codes)
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
    article_codes: list[tuple[str, str | None]],
) -> int:
    """One documents row per (type, normalised number); a bare number joins its full code.

    A bare "05" takes the full code of the same type that starts with it ("05-CT/TW") given by the
    same article, or failing that by exactly one document of the corpus.
    """
    nkey = number_key(number)
    tkey = fold(doc_type)
    if nkey and _BARE.fullmatch(nkey):
        nkey = _full_code(conn, tkey, nkey, article_codes) or nkey
    key = f"{tkey}|{nkey}" if nkey else f"{tkey}||{fold(issuer or '')}|{fold(title or '')}"
    return conn.execute(
        "INSERT INTO documents(key, type, number, number_key, issuer, date, title)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
        " number = CASE WHEN documents.number NOT GLOB '*[^0-9]*' THEN excluded.number"
        " ELSE documents.number END,"
        " issuer = coalesce(documents.issuer, excluded.issuer),"
        " date = coalesce(documents.date, excluded.date),"
        " title = coalesce(documents.title, excluded.title) RETURNING id",
        (key, doc_type, number, nkey, issuer, date, title),
    ).fetchone()[0]


def _full_code(
    conn: sqlite3.Connection, tkey: str, bare: str, article_codes: list[tuple[str, str | None]]
) -> str | None:
    """The one full code of type `tkey` that `bare` starts ("05" -> "05-CT/TW"), or None."""
    in_article = {
        c
        for t, c in article_codes
        if t == tkey and c and c[len(bare) : len(bare) + 1] in "-/" and c.startswith(bare) and c != bare
    }
    if in_article:
        return in_article.pop() if len(in_article) == 1 else None
    pattern = like_escape(f"{tkey}|{bare}")
    in_corpus = {
        code
        for (code,) in conn.execute(
            "SELECT number_key FROM documents WHERE key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\'",
            (pattern + "-%", pattern + "/%"),
        )
    }
    return in_corpus.pop() if len(in_corpus) == 1 else None


def load(conn: sqlite3.Connection, pks: Sequence[int]) -> dict[int, list[DocumentFact]]:
    found = grouped(
        conn,
        "SELECT article_pk, type, number, date, issuer, title, mentions FROM article_documents"
        " WHERE article_pk IN ({marks}) ORDER BY article_pk, position",
        pks,
    )
    return {pk: [DocumentFact(*d) for d in items] for pk, items in found.items()}


def query(conn: sqlite3.Connection, filters: Filters, limit: int, issuer: str | None = None) -> Rows:
    """Documents most seen first; `issuer`: an issuer given for it (in the filtered articles) contains it."""
    where, params = filters.sql("a")
    clause, extra = contains("coalesce(ad.issuer, d.issuer)", issuer)
    where, params = f"{where} AND {clause}", [*params, *extra]
    return rows(
        conn,
        "SELECT d.type AS type, d.number AS number, d.issuer AS issuer, d.date AS date,"
        f" d.title AS title, {SEEN}, SUM(ad.mentions) AS mentions, {TOTAL}"
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


KIND = register(
    FactKind(
        "documents", ("article_documents",), ("documents",), write, load, query, show, facets=("issuer",)
    )
)


def rekey(conn: sqlite3.Connection) -> None:
    """Give documents written by older versions today's identity, merging the rows it joins.

    Older rows were keyed (type, number, issuer) with "/TƯ" apart from "/TW"; the merged row keeps the
    lowest id, the full code as its number and the first issuer, date and title known.
    """
    found = conn.execute("SELECT id, type, number, issuer, title FROM documents ORDER BY id").fetchall()
    keyed: dict[int, tuple[str, str | None]] = {}
    for did, doc_type, number, issuer, title in found:
        nkey = number_key(number)
        tkey = fold(doc_type)
        keyed[did] = (f"{tkey}|{nkey}" if nkey else f"{tkey}||{fold(issuer or '')}|{fold(title or '')}", nkey)
    full = {key for key, nkey in keyed.values() if nkey and not _BARE.fullmatch(nkey)}
    for did, (key, nkey) in keyed.items():
        if nkey and _BARE.fullmatch(nkey):
            tkey = key.split("|", 1)[0]
            codes = {k for k in full if k.startswith(f"{tkey}|{nkey}-") or k.startswith(f"{tkey}|{nkey}/")}
            if len(codes) == 1:
                code = codes.pop()
                keyed[did] = (code, code.split("|", 1)[1])
    survivors: dict[str, int] = {}
    for did, (key, _nkey) in keyed.items():
        survivors.setdefault(key, did)
    conn.execute("UPDATE documents SET key = '~' || id")  # free every key before rewriting them
    for did, (key, nkey) in keyed.items():
        keep = survivors[key]
        if keep == did:
            conn.execute("UPDATE documents SET key = ?, number_key = ? WHERE id = ?", (key, nkey, did))
            continue
        conn.execute("UPDATE article_documents SET document_id = ? WHERE document_id = ?", (keep, did))
        conn.execute(
            "UPDATE documents SET"
            " number = CASE WHEN documents.number NOT GLOB '*[^0-9]*' THEN old.number"
            " ELSE documents.number END,"
            " issuer = coalesce(documents.issuer, old.issuer), date = coalesce(documents.date, old.date),"
            " title = coalesce(documents.title, old.title)"
            " FROM (SELECT number, issuer, date, title FROM documents WHERE id = ?) AS old"
            " WHERE documents.id = ?",
            (did, keep),
        )
        conn.execute("DELETE FROM documents WHERE id = ?", (did,))
