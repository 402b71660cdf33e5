"""Exports of filtered articles with facts: JSONL (the `danvan extract` schema), CSV, Parquet."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from danvan.corpus.filters import Filters
from danvan.corpus.loading import load_articles

FORMATS = ("jsonl", "csv", "parquet")
_SCALARS = ("id", "source", "url", "outlet", "title", "published", "author", "text")
_FACT_LISTS = ("provinces", "officials", "documents", "figures", "campaigns", "themes")
_BATCH = 500

_STR = pa.string()
PARQUET_SCHEMA = pa.schema(
    [(name, _STR) for name in _SCALARS]
    + [
        ("provinces", pa.list_(pa.struct([("name", _STR), ("merged_into", _STR), ("count", pa.int64())]))),
        (
            "officials",
            pa.list_(
                pa.struct([("name", _STR), ("title", _STR), ("province", _STR), ("titles", pa.list_(_STR))])
            ),
        ),
        (
            "documents",
            pa.list_(
                pa.struct(
                    [("type", _STR), ("number", _STR), ("date", _STR), ("issuer", _STR), ("title", _STR)]
                )
            ),
        ),
        (
            "figures",
            pa.list_(
                pa.struct(
                    [
                        ("value", pa.float64()),
                        ("unit", _STR),
                        ("text", _STR),
                        ("approx", _STR),
                        ("sentence", _STR),
                    ]
                )
            ),
        ),
        ("campaigns", pa.list_(pa.struct([("name", _STR), ("count", pa.int64())]))),
        (
            "themes",
            pa.list_(pa.struct([("theme", _STR), ("score", pa.float64()), ("terms", pa.list_(_STR))])),
        ),
    ]
)


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


def _batches(conn: sqlite3.Connection, filters: Filters) -> Iterator[list[dict[str, Any]]]:
    pks = _pks(conn, filters)
    for start in range(0, len(pks), _BATCH):
        yield [a.to_json() for a in load_articles(conn, pks[start : start + _BATCH])]


def export(conn: sqlite3.Connection, fmt: str, out_path: Path, filters: Filters) -> int:
    """Write the filtered articles to `out_path` ("-" is stdout for jsonl/csv); return the count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return _parquet(conn, out_path, filters)
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
        for batch in _batches(conn, filters):
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


def _parquet(conn: sqlite3.Connection, out_path: Path, filters: Filters) -> int:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with pq.ParquetWriter(out_path, PARQUET_SCHEMA, compression="zstd") as writer:
        for batch in _batches(conn, filters):
            for row in batch:
                for f in row["figures"]:
                    f["value"] = float(f["value"])
            writer.write_table(pa.Table.from_pylist(batch, schema=PARQUET_SCHEMA))
            count += len(batch)
        if count == 0:
            writer.write_table(PARQUET_SCHEMA.empty_table())
    return count
