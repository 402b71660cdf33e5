"""Writing one article and its facts inside an open transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

import numpy as np
from danvan.corpus import fulltext, neardup
from danvan.corpus.dates import iso_day
from danvan.corpus.folding import nfc
from danvan.corpus.kinds import KINDS
from danvan.corpus.kinds.base import clean, named_id
from danvan.corpus.prepared import PreparedArticle, prepare
from danvan.corpus.urls import canonical_url, host_of
from danvan.nlp.record import Article

Status = Literal["stored", "updated", "unchanged", "duplicate", "rejected"]


@dataclass(slots=True, frozen=True)
class StoreResult:
    """What `Corpus.store` did with one article; `reason` explains a rejection."""

    status: Status
    article_id: str
    duplicate_of: str | None = None
    reason: str | None = None


class RejectedArticle(ValueError):
    """The article cannot be stored (no id, no text); the message is the reason."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _validate(article: Article) -> None:
    if not isinstance(article, Article):
        raise RejectedArticle(f"not an Article: {type(article).__name__}")
    if not isinstance(article.id, str) or not article.id.strip():
        raise RejectedArticle("article has no id")
    if not (article.text or "").strip() and not (article.title or "").strip():
        raise RejectedArticle("article has neither title nor text")


def _source_id(conn: sqlite3.Connection, article: Article) -> int | None:
    name = clean(article.outlet) or host_of(article.url)
    return named_id(conn, "sources", name) if name else None


def write(
    conn: sqlite3.Connection, item: Article | PreparedArticle, content_hash: str | None = None
) -> StoreResult:
    """Store, update or link an article (or one `prepare`d beforehand); the caller owns the transaction."""
    if isinstance(item, PreparedArticle):
        _validate(item.article)
        prepared = item
    else:
        _validate(item)
        prepared = prepare(item, content_hash)
    article = prepared.article
    article_id = article.id.strip()
    chash, rhash = prepared.content_hash, prepared.record_hash
    row = conn.execute(
        "SELECT a.pk, a.record_hash, a.content_hash, a.title, t.text, a.duplicate_of, a.origin"
        " FROM articles a JOIN article_texts t ON t.pk = a.pk WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if row is not None:
        pk, old_rhash, old_chash, old_title, old_text, dup_pk, origin = row
        if old_rhash == rhash:
            return StoreResult("unchanged", article_id, _id_of(conn, dup_pk))
        if old_chash != chash and origin and article.source and origin != article.source:
            raise RejectedArticle(
                f"id {article_id!r} is already stored from {origin} with a different text;"
                " give this input another name (or an explicit id) so neither is lost"
            )
        fulltext.unindex_row(conn, pk, old_title, old_text)
        _write_row(conn, article, chash, rhash, pk=pk)
        if old_chash != chash:
            dup_pk = _link_near_duplicate(conn, pk, prepared.signature)
        _write_facts(conn, pk, article)
        fulltext.index_row(conn, pk, article.title or "", article.text or "", row=prepared.fts)
        return StoreResult("updated", article_id, _id_of(conn, dup_pk))

    alias = conn.execute(
        "SELECT article_pk, content_hash FROM article_aliases WHERE id = ?", (article_id,)
    ).fetchone()
    if alias is not None:
        if alias[1] == chash:
            return StoreResult("duplicate", article_id, _id_of(conn, alias[0]))
        conn.execute("DELETE FROM article_aliases WHERE id = ?", (article_id,))

    same = conn.execute(
        "SELECT pk, id FROM articles WHERE content_hash = ? ORDER BY pk LIMIT 1", (chash,)
    ).fetchone()
    if same is not None:
        conn.execute(
            "INSERT INTO article_aliases(id, article_pk, url, canonical_url, source_id, origin,"
            " content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                same[0],
                article.url,
                canonical_url(article.url),
                _source_id(conn, article),
                article.source or "",
                chash,
                _now(),
            ),
        )
        return StoreResult("duplicate", article_id, same[1])

    pk = _write_row(conn, article, chash, rhash, pk=None)
    dup_pk = _link_near_duplicate(conn, pk, prepared.signature, fresh=True)
    _write_facts(conn, pk, article, fresh=True)
    fulltext.index_row(conn, pk, article.title or "", article.text or "", row=prepared.fts)
    return StoreResult("stored", article_id, _id_of(conn, dup_pk))


def _id_of(conn: sqlite3.Connection, pk: int | None) -> str | None:
    if pk is None:
        return None
    row = conn.execute("SELECT id FROM articles WHERE pk = ?", (pk,)).fetchone()
    return row[0] if row else None


def _write_row(conn: sqlite3.Connection, article: Article, chash: str, rhash: str, *, pk: int | None) -> int:
    now = _now()
    values = (
        clean(article.url),
        canonical_url(clean(article.url)),
        _source_id(conn, article),
        article.source or "",
        nfc(article.title or ""),
        clean(article.published),
        iso_day(article.published),
        clean(article.author),
        chash,
        rhash,
        article.archive_ref,
    )
    if pk is None:
        pk = conn.execute(
            "INSERT INTO articles(id, url, canonical_url, source_id, origin, title, published,"
            " published_date, author, content_hash, record_hash, archive_ref, ingested_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk",
            (article.id.strip(), *values, now, now),
        ).fetchone()[0]
        conn.execute("UPDATE articles SET story_pk = pk WHERE pk = ?", (pk,))
    else:
        conn.execute(
            "UPDATE articles SET url = ?, canonical_url = ?, source_id = ?, origin = ?, title = ?,"
            " published = ?, published_date = ?, author = ?, content_hash = ?, record_hash = ?,"
            " archive_ref = ?, updated_at = ? WHERE pk = ?",
            (*values, now, pk),
        )
    conn.execute(
        "INSERT INTO article_texts(pk, text) VALUES (?, ?)"
        " ON CONFLICT(pk) DO UPDATE SET text = excluded.text",
        (pk, nfc(article.text or "")),
    )
    return pk


def _link_near_duplicate(
    conn: sqlite3.Connection, pk: int, signature: bytes | None, *, fresh: bool = False
) -> int | None:
    """Index the MinHash of article `pk` and link it to its closest earlier near-duplicate.

    `fresh`: the article's row was just inserted (no signature yet, no link, its own story).
    """
    sig = None if signature is None else np.frombuffer(signature, dtype=np.uint32)
    match = neardup.find_original(conn, sig, exclude_pk=pk) if sig is not None else None
    neardup.index(conn, pk, sig, fresh=fresh)
    if match is None:
        if fresh:
            return None
        conn.execute(
            "UPDATE articles SET duplicate_of = NULL, similarity = NULL, story_pk = pk WHERE pk = ?",
            (pk,),
        )
        return None
    original, score = match
    story = conn.execute("SELECT story_pk FROM articles WHERE pk = ?", (original,)).fetchone()[0]
    if story == pk:  # the match was itself linked to this article: keep it as the story root
        story = original
    conn.execute(
        "UPDATE articles SET duplicate_of = ?, similarity = ?, story_pk = ? WHERE pk = ?",
        (original, score, story, pk),
    )
    return original


def _write_facts(conn: sqlite3.Connection, pk: int, article: Article, *, fresh: bool = False) -> None:
    """Write the article's facts of every kind, replacing its old ones unless it is `fresh` (new)."""
    for kind in KINDS.values():
        for table in () if fresh else kind.article_tables:
            conn.execute(f"DELETE FROM {table} WHERE article_pk = ?", (pk,))
        kind.write(conn, pk, getattr(article, kind.name))
