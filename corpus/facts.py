"""Fact queries: each entity with how many articles mention it and when it was first/last seen."""

from __future__ import annotations

import sqlite3
from typing import Any

from danvan.corpus.filters import Filters
from danvan.corpus.folding import fold
from danvan.corpus.kinds import KINDS


class UnknownFacet(ValueError):
    """A keyword that narrows another fact kind (a figure's unit asked of officials)."""


class FactRows(list):
    """Fact rows, with `total`: how many there are before the limit."""

    total: int

    def __init__(self, rows: list[dict[str, Any]], total: int) -> None:
        super().__init__(rows)
        self.total = total


def query(
    conn: sqlite3.Connection, kind: str, filters: Filters, limit: int, **facets: str | None
) -> FactRows:
    """Entities of one registered kind, most-mentioned first, narrowed by the kind's own facets."""
    if kind not in KINDS:
        raise ValueError(f"unknown fact kind {kind!r}; use one of {', '.join(KINDS)}")
    chosen = KINDS[kind]
    asked = {name: value for name, value in facets.items() if value is not None}
    wrong = sorted(set(asked) - set(chosen.facets))
    if wrong:
        own = ", ".join(chosen.facets) or "none"
        raise UnknownFacet(f"{kind} cannot be narrowed by {', '.join(wrong)} (its own: {own})")
    conn.create_function("danvan_fold", 1, _fold, deterministic=True)
    found = chosen.query(conn, filters, limit, **asked)
    total = found[0].get("_total", len(found)) if found else 0
    for row in found:
        row.pop("_total", None)
    return FactRows(found, total)


def _fold(value: object) -> str | None:
    return None if value is None else fold(str(value))
