"""Themes: taxonomy keys tagged by the classifier, with score and explaining terms per article."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence

from danvan.corpus.filters import Filters
from danvan.corpus.folding import nfc
from danvan.corpus.kinds.base import SEEN, TOTAL, FactKind, Rows, grouped, register, rows
from danvan.nlp.record import ThemeFact


def write(conn: sqlite3.Connection, pk: int, facts: list[ThemeFact]) -> None:
    for pos, t in enumerate(facts):
        key = (t.theme or "").strip()
        if not key:
            continue
        tid = conn.execute(
            "INSERT INTO themes(key) VALUES (?) ON CONFLICT(key) DO UPDATE SET key = excluded.key"
            " RETURNING id",
            (key,),
        ).fetchone()[0]
        inserted = conn.execute(
            "INSERT INTO article_themes(article_pk, theme_id, score, position) VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING RETURNING theme_id",
            (pk, tid, float(t.score), pos),
        ).fetchone()
        if inserted:
            conn.executemany(
                "INSERT INTO theme_terms(article_pk, theme_id, term, position) VALUES (?, ?, ?, ?)",
                [(pk, tid, nfc(term), i) for i, term in enumerate(t.terms)],
            )


def load(conn: sqlite3.Connection, pks: Sequence[int]) -> dict[int, list[ThemeFact]]:
    terms = grouped(
        conn,
        "SELECT article_pk, theme_id, term FROM theme_terms WHERE article_pk IN ({marks})"
        " ORDER BY article_pk, position",
        pks,
    )
    found = grouped(
        conn,
        "SELECT at.article_pk, t.id, t.key, at.score FROM article_themes at"
        " JOIN themes t ON t.id = at.theme_id WHERE at.article_pk IN ({marks})"
        " ORDER BY at.article_pk, at.position",
        pks,
    )
    out: dict[int, list[ThemeFact]] = {}
    for pk, items in found.items():
        by_theme: dict[int, list[str]] = defaultdict(list)
        for tid, term in terms.get(pk, []):
            by_theme[tid].append(term)
        out[pk] = [ThemeFact(key, score, by_theme.get(tid, [])) for tid, key, score in items]
    return out


def query(conn: sqlite3.Connection, filters: Filters, limit: int) -> Rows:
    where, params = filters.sql("a")
    return rows(
        conn,
        f"SELECT t.key AS theme, {SEEN}, ROUND(AVG(at.score), 4) AS mean_score, {TOTAL}"
        " FROM article_themes at JOIN themes t ON t.id = at.theme_id"
        f" JOIN articles a ON a.pk = at.article_pk WHERE {where}"
        " GROUP BY t.id ORDER BY articles DESC, t.key LIMIT ?",
        [*params, limit],
    )


def show(t: ThemeFact) -> str:
    return f"{t.theme} {t.score:.2f}" + (f" ({', '.join(t.terms)})" if t.terms else "")


KIND = register(FactKind("themes", ("theme_terms", "article_themes"), ("themes",), write, load, query, show))
