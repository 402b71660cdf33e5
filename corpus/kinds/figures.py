"""Figures: normalised values with their unit, wording and sentence; they belong to one article."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from danvan.corpus.filters import Filters
from danvan.corpus.folding import fold, nfc
from danvan.corpus.kinds.base import TOTAL, FactKind, Rows, contains, grouped, register, rows
from danvan.nlp.record import FigureFact


def write(conn: sqlite3.Connection, pk: int, facts: list[FigureFact]) -> None:
    conn.executemany(
        "INSERT INTO figures(article_pk, value, is_integer, unit, unit_key, text, approx,"
        " sentence, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                pk,
                float(f.value),
                int(isinstance(f.value, int) and not isinstance(f.value, bool)),
                nfc(f.unit or ""),
                fold(f.unit or "").strip(),
                nfc(f.text or ""),
                f.approx,
                nfc(f.sentence or ""),
                pos,
            )
            for pos, f in enumerate(facts)
        ],
    )


def load(conn: sqlite3.Connection, pks: Sequence[int]) -> dict[int, list[FigureFact]]:
    found = grouped(
        conn,
        "SELECT article_pk, value, is_integer, unit, text, approx, sentence FROM figures"
        " WHERE article_pk IN ({marks}) ORDER BY article_pk, position",
        pks,
    )
    return {
        pk: [
            FigureFact(int(v) if is_int else v, unit, text, approx, sentence)
            for v, is_int, unit, text, approx, sentence in items
        ]
        for pk, items in found.items()
    }


def query(
    conn: sqlite3.Connection, filters: Filters, limit: int, unit: str | None = None, query: str | None = None
) -> Rows:
    """Figures newest first; `unit`: the unit contains it, `query`: the sentence contains these words."""
    where, params = filters.sql("a")
    for column, text in (("f.unit", unit), ("f.sentence", query)):
        clause, extra = contains(column, text)
        where, params = f"{where} AND {clause}", [*params, *extra]
    found = rows(
        conn,
        "SELECT f.value AS value, f.is_integer AS _int, f.unit AS unit, f.text AS text,"
        " f.approx AS approx, f.sentence AS sentence, a.id AS article_id,"
        f" a.title AS article_title, a.published AS published, {TOTAL}"
        f" FROM figures f JOIN articles a ON a.pk = f.article_pk WHERE {where}"
        " ORDER BY a.published_date IS NULL, a.published_date DESC, a.pk, f.position LIMIT ?",
        [*params, limit],
    )
    for row in found:
        if row.pop("_int"):
            row["value"] = int(row["value"])
    return found


def show(f: FigureFact) -> str:
    return f"{f.approx + ' ' if f.approx else ''}{f.text} = {f.value:,} {f.unit}"


KIND = register(FactKind("figures", ("figures",), (), write, load, query, show, facets=("unit", "query")))
