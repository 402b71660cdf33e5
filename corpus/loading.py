"""Rebuilding `Article` objects, facts included, from stored rows in batches."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from danvan.corpus.kinds import KINDS
from danvan.corpus.kinds.base import grouped
from danvan.nlp.record import Article


def load_articles(conn: sqlite3.Connection, pks: Sequence[int]) -> list[Article]:
    """The articles with these primary keys, in the given order (unknown keys are skipped)."""
    out: list[Article] = []
    for start in range(0, len(pks), 500):
        out.extend(_load_chunk(conn, pks[start : start + 500]))
    return out


def _load_chunk(conn: sqlite3.Connection, pks: Sequence[int]) -> list[Article]:
    if not pks:
        return []
    found = grouped(
        conn,
        "SELECT a.pk, a.id, a.origin, a.title, t.text, a.published, a.author, a.url, s.name,"
        " a.archive_ref FROM articles a JOIN article_texts t ON t.pk = a.pk"
        " LEFT JOIN sources s ON s.id = a.source_id WHERE a.pk IN ({marks})",
        pks,
    )
    facts = {name: kind.load(conn, pks) for name, kind in KINDS.items()}
    articles = []
    for pk in pks:
        if pk not in found:
            continue
        aid, origin, title, text, published, author, url, outlet, archive_ref = found[pk][0]
        articles.append(
            Article(
                id=aid,
                source=origin,
                title=title,
                text=text,
                published=published,
                author=author,
                url=url,
                outlet=outlet,
                archive_ref=archive_ref,
                **{name: by_pk.get(pk, []) for name, by_pk in facts.items()},
            )
        )
    return articles
