"""What an extraction worker sends back: prepared articles or reasons, and their Parquet shard form."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

import pyarrow as pa

from danvan.corpus.prepared import PreparedArticle, prepare
from danvan.inputs import Reject
from danvan.nlp.record import FACT_TYPES, Article, RawDocument
from danvan.pipeline import Failed, Pipeline

Result = PreparedArticle | Reject | Failed
Job = tuple[RawDocument | Reject, str | None]  # an input and its fingerprint (None for a reject)


def process(pipeline: Pipeline, item: RawDocument | Reject) -> Result:
    """One input through the pipeline, prepared for storage; the token list stays in the worker."""
    [result] = pipeline.run([item])
    if isinstance(result, Article):
        result.tokens = []
        return prepare(result)
    return result


def article_dict(article: Article) -> dict[str, Any]:
    """Every field of the article but its tokens (fact counts included)."""
    data = asdict(article)
    data.pop("tokens", None)
    return data


def article_from_dict(data: dict[str, Any]) -> Article:
    """The inverse of `article_dict`."""
    data = dict(data)
    for key, fact in FACT_TYPES.items():
        data[key] = [fact(**item) for item in data.get(key) or []]
    return Article(**data)


SHARD_SCHEMA = pa.schema(
    [
        ("kind", pa.string()),  # article | reject | failed
        ("source", pa.string()),
        ("ref", pa.string()),
        ("reason", pa.string()),
        ("fingerprint", pa.string()),
        ("article", pa.string()),  # JSON of article_dict
        ("content_hash", pa.string()),
        ("record_hash", pa.string()),
        ("signature", pa.binary()),
        ("fts", pa.list_(pa.string())),
    ]
)


def to_table(results: list[tuple[Result, str | None]]) -> pa.Table:
    """A shard: one row per (result, input fingerprint), in input order."""
    rows: list[dict[str, Any]] = []
    for result, fingerprint in results:
        row: dict[str, Any] = {"fingerprint": fingerprint}
        if isinstance(result, PreparedArticle):
            row |= {
                "kind": "article",
                "source": result.article.source,
                "article": json.dumps(article_dict(result.article), ensure_ascii=False),
                "content_hash": result.content_hash,
                "record_hash": result.record_hash,
                "signature": result.signature,
                "fts": list(result.fts),
            }
        else:
            row |= {
                "kind": "failed" if isinstance(result, Failed) else "reject",
                "source": result.source,
                "ref": getattr(result, "ref", None),
                "reason": result.reason,
            }
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=SHARD_SCHEMA)


def from_table(table: pa.Table) -> list[tuple[Result, str | None]]:
    """The (result, fingerprint) pairs of a shard, in order."""
    out: list[tuple[Result, str | None]] = []
    for row in table.to_pylist():
        kind = row["kind"]
        result: Result
        if kind == "article":
            result = PreparedArticle(
                article=article_from_dict(json.loads(row["article"])),
                content_hash=row["content_hash"],
                record_hash=row["record_hash"],
                signature=row["signature"],
                fts=tuple(row["fts"]),
            )
        elif kind == "failed":
            result = Failed(row["source"], row["reason"], row["ref"])
        else:
            result = Reject(row["source"], row["reason"])
        out.append((result, row["fingerprint"]))
    return out
