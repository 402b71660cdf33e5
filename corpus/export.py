"""Exports of filtered articles with facts: JSONL (the `danvan extract` schema), CSV, Parquet."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
import typing
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from danvan.corpus.filters import Filters
from danvan.corpus.loading import load_articles
from danvan.nlp.record import FACT_TYPES, Article

FORMATS = ("jsonl", "csv", "parquet")
_BATCH = 500
_ARROW = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def _arrow_type(hint: object) -> pa.DataType:
    """The Arrow type of a record field's type hint (`X | None` is nullable X; `float | int` is float)."""
    if typing.get_origin(hint) is list:
        return pa.list_(_arrow_type(typing.get_args(hint)[0]))
    args = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    if float in args:
        return pa.float64()
    return _ARROW[args[0]]


def _visible(record: type) -> list[tuple[str, object]]:
    hints = typing.get_type_hints(record)
    return [(f.name, hints[f.name]) for f in fields(record) if f.metadata.get("json", True)]


_SCALARS = tuple(name for name, _ in _visible(Article) if name not in FACT_TYPES and name != "tokens")
_FACT_LISTS = tuple(FACT_TYPES)
PARQUET_SCHEMA = pa.schema(
    [(name, pa.string()) for name in _SCALARS]
    + [
        (name, pa.list_(pa.struct([(f, _arrow_type(h)) for f, h in _visible(record)])))
        for name, record in FACT_TYPES.items()
    ]
)
"""Derived from the record dataclasses: a new fact kind or field needs no change here."""


def _pks(conn: sqlite3.Connection, filters: Filters) -> list[int]:
    where, params = filters.sql("a")
    return [
        pk
        for (pk,) in conn.execute(
            f"SELECT a.pk FROM articles a WHERE {where}"
            " ORDER BY a.published_date IS NULL, a.published_date, a.pk",
            params,
        )
    ]


def _batches(
    conn: sqlite3.Connection, filters: Filters, only: list[int] | None
) -> Iterator[list[dict[str, Any]]]:
    pks = _pks(conn, filters) if only is None else only
    for start in range(0, len(pks), _BATCH):
        yield [a.to_json() for a in load_articles(conn, pks[start : start + _BATCH])]


def export(
    conn: sqlite3.Connection, fmt: str, out_path: Path, filters: Filters, only: list[int] | None = None
) -> int:
    """Write the filtered articles (`only`: these article pks) to `out_path` ("-" is stdout for
    jsonl/csv); return the count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return _parquet(conn, out_path, filters, only)
    to_stdout = str(out_path) == "-"
    if not to_stdout:
        out_path.parent.mkdir(parents=True, exist_ok=True)
    handle = sys.stdout if to_stdout else out_path.open("w", encoding="utf-8", newline="")
    count = 0
    try:
        writer = None
        if fmt == "csv":
            writer = csv.DictWriter(handle, fieldnames=[*_SCALARS, *_FACT_LISTS])
            writer.writeheader()
        for batch in _batches(conn, filters, only):
            for row in batch:
                if writer is not None:
                    writer.writerow(
                        {
                            k: json.dumps(v, ensure_ascii=False) if k in _FACT_LISTS else v
                            for k, v in row.items()
                        }
                    )
                else:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    finally:
        if not to_stdout:
            handle.close()
    return count


def _parquet(conn: sqlite3.Connection, out_path: Path, filters: Filters, only: list[int] | None) -> int:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with pq.ParquetWriter(out_path, PARQUET_SCHEMA, compression="zstd") as writer:
        for batch in _batches(conn, filters, only):
            for row in batch:
                for f in row["figures"]:
                    f["value"] = float(f["value"])
            writer.write_table(pa.Table.from_pylist(batch, schema=PARQUET_SCHEMA))
            count += len(batch)
        if count == 0:
            writer.write_table(PARQUET_SCHEMA.empty_table())
    return count
