"""What a fact kind is to the corpus: how it is written, loaded, queried, counted and shown."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from danvan.corpus.folding import fold, nfc

Rows = list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class FactKind:
    """One kind of fact, registered once; writer, loader, fact queries, stats and exports go through it.

    `name` is the `Article` field that holds the facts and the name used on the command line.
    `article_tables` hold one article's facts (cleared before the article is written again);
    `entity_tables` hold what articles share (counted in `Corpus.stats`). `ddl` creates the tables of a
    kind added after the versioned schema (`CREATE TABLE IF NOT EXISTS ...`). `facets` name the keyword
    arguments `query` takes to narrow the kind's own rows (an official's title, a figure's unit...); every
    row `query` returns carries `_total`, the row count before the limit.
    """

    name: str
    article_tables: tuple[str, ...]
    entity_tables: tuple[str, ...]
    write: Callable[[sqlite3.Connection, int, list[Any]], None]
    load: Callable[[sqlite3.Connection, Sequence[int]], dict[int, list[Any]]]
    query: Callable[..., Rows]
    show: Callable[[Any], str]
    ddl: str = ""
    facets: tuple[str, ...] = ()


KINDS: dict[str, FactKind] = {}


def register(kind: FactKind) -> FactKind:
    KINDS[kind.name] = kind
    return kind


SEEN = (
    "COUNT(DISTINCT a.pk) AS articles, COUNT(DISTINCT a.story_pk) AS stories,"
    " MIN(a.published_date) AS first_seen, MAX(a.published_date) AS last_seen"
)
"""Columns every entity list carries: articles, distinct stories, first and last day seen."""


TOTAL = "COUNT(*) OVER () AS _total"
"""The column that gives every fact row the count before LIMIT."""


def contains(column: str, text: str | None) -> tuple[str, list[object]]:
    """SQL true when the folded `column` contains `text` folded (accents and case ignored)."""
    if not text or not fold(text).strip():
        return "1", []
    return f"danvan_fold({column}) LIKE ? ESCAPE '\\'", [
        "%" + like_escape(" ".join(fold(text).split())) + "%"
    ]


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def rows(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> Rows:
    cursor = conn.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def grouped(conn: sqlite3.Connection, sql: str, pks: Sequence[int]) -> dict[int, list[tuple]]:
    """Rows of `sql` (first column article_pk, `{marks}` the IN list) grouped by article."""
    marks = ",".join("?" * len(pks))
    out: dict[int, list[tuple]] = defaultdict(list)
    for row in conn.execute(sql.format(marks=marks), list(pks)):
        out[row[0]].append(row[1:])
    return out


def clean(value: str | None) -> str | None:
    """NFC, whitespace collapsed; empty becomes None."""
    if value is None:
        return None
    value = " ".join(nfc(str(value)).split())
    return value or None


def named_id(conn: sqlite3.Connection, table: str, name: str) -> int:
    """The id of `name` in a (name, folded key) table (sources, officials, campaigns), added if new."""
    return conn.execute(
        f"INSERT INTO {table}(name, key) VALUES (?, ?)"
        " ON CONFLICT(name) DO UPDATE SET key = excluded.key RETURNING id",
        (name, fold(name)),
    ).fetchone()[0]
