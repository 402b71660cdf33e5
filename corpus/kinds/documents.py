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
    same article, or failing that by the corpus: its only such code, or the only one its issuer fits.
    """
    nkey = number_key(number)
    tkey = fold(doc_type)
    if nkey and _BARE.fullmatch(nkey):
        in_article = {c for t, c in article_codes if t == tkey and c and _extends(c, nkey)}
        if in_article:
            nkey = in_article.pop() if len(in_article) == 1 else nkey
        else:
            nkey = full_code(_corpus_codes(conn, tkey, nkey), {fold(issuer)} if issuer else set()) or nkey
    key = f"{tkey}|{nkey}" if nkey else f"{tkey}||{fold(issuer or '')}|{fold(title or '')}"
    did = conn.execute(
        "INSERT INTO documents(key, type, number, number_key, issuer, date, title)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
        " number = CASE WHEN documents.number NOT GLOB '*[^0-9]*' THEN excluded.number"
        " ELSE documents.number END,"
        " issuer = coalesce(documents.issuer, excluded.issuer),"
        " date = coalesce(documents.date, excluded.date),"
        " title = coalesce(documents.title, excluded.title) RETURNING id",
        (key, doc_type, number, nkey, issuer, date, title),
    ).fetchone()[0]
    if nkey and not _BARE.fullmatch(nkey):
        _adopt_bare(conn, did, tkey, nkey)
    return did


def _adopt_bare(conn: sqlite3.Connection, did: int, tkey: str, code: str) -> None:
    """A bare number stored before its full code ("05" before "05-CT/TW") joins it when no other
    full code of the type extends it."""
    lead = re.match(r"\d+", code)
    if not lead or not _extends(code, lead.group()):
        return
    bare = conn.execute("SELECT id FROM documents WHERE key = ?", (f"{tkey}|{lead.group()}",)).fetchone()
    if bare is None or set(_corpus_codes(conn, tkey, lead.group())) != {code}:
        return
    conn.execute("UPDATE article_documents SET document_id = ? WHERE document_id = ?", (did, bare[0]))
    conn.execute("DELETE FROM documents WHERE id = ?", (bare[0],))


def _extends(code: str, bare: str) -> bool:
    return code.startswith(bare) and code[len(bare) : len(bare) + 1] in ("-", "/")


def _corpus_codes(conn: sqlite3.Connection, tkey: str, bare: str) -> dict[str, set[str]]:
    """The full codes of type `tkey` that extend `bare`, each with the folded issuers given for it."""
    pattern = like_escape(f"{tkey}|{bare}")
    codes: dict[str, set[str]] = {}
    for code, *issuers in conn.execute(
        "SELECT d.number_key, d.issuer, ad.issuer FROM documents d"
        " LEFT JOIN article_documents ad ON ad.document_id = d.id"
        " WHERE d.key LIKE ? ESCAPE '\\' OR d.key LIKE ? ESCAPE '\\'",
        (pattern + "-%", pattern + "/%"),
    ):
        codes.setdefault(code, set()).update(fold(i) for i in issuers if i)
    return codes


def full_code(codes: dict[str, set[str]], issuers: set[str]) -> str | None:
    """The one code of `codes` (full code -> folded issuers) a bare number means, or None.

    Several codes: the one given by the same issuer, or whose organ part is the issuer ("TW" in
    "05-CT/TW" for issuer "TW").
    """
    if len(codes) == 1:
        return next(iter(codes))
    fits = [
        code
        for code, known in codes.items()
        if issuers & known or {i.upper().replace(" ", "") for i in issuers} & set(re.split(r"[-/]", code))
    ]
    return fits[0] if len(fits) == 1 else None


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
    issuers = _issuers(conn, keyed)
    full: dict[str, dict[str, set[str]]] = {}  # type -> full code -> folded issuers
    for did, (key, nkey) in keyed.items():
        if nkey and not _BARE.fullmatch(nkey):
            full.setdefault(key.split("|", 1)[0], {}).setdefault(nkey, set()).update(issuers[did])
    for did, (key, nkey) in keyed.items():
        if nkey and _BARE.fullmatch(nkey):
            tkey = key.split("|", 1)[0]
            codes = {c: i for c, i in full.get(tkey, {}).items() if _extends(c, nkey)}
            code = full_code(codes, issuers[did]) if codes else None
            if code:
                keyed[did] = (f"{tkey}|{code}", code)
    survivors: dict[str, int] = {}  # a row written with the full code is kept before a bare one
    numbers = {did: number for did, _t, number, _i, _ti in found}
    for did in sorted(keyed, key=lambda d: (bool(_BARE.fullmatch(numbers[d] or "")), d)):
        survivors.setdefault(keyed[did][0], did)
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


def _issuers(conn: sqlite3.Connection, ids: dict[int, object]) -> dict[int, set[str]]:
    """The folded issuers given for each document id (its own and those of its mentions)."""
    out: dict[int, set[str]] = {did: set() for did in ids}
    for did, issuer in conn.execute(
        "SELECT id, issuer FROM documents UNION SELECT document_id, issuer FROM article_documents"
    ):
        if issuer and did in out:
            out[did].add(fold(issuer))
    return out
