"""Coverage statistics: article and distinct-story counts per province, theme, outlet, campaign."""

from __future__ import annotations

import sqlite3
from typing import Any

from danvan.corpus.filters import Filters

_PROVINCE_JOIN = "JOIN article_provinces ap ON ap.article_pk = i.pk JOIN provinces p ON p.id = ap.province_id"
DIMENSIONS: dict[str, tuple[str, str]] = {
    # by -> (bucket label expression, joins from the counted items i)
    "province": (
        "p.name",
        _PROVINCE_JOIN,
    ),
    "province2025": (
        "p.merged_into",
        _PROVINCE_JOIN,
    ),
    "theme": (
        "t.key",
        "JOIN article_themes at ON at.article_pk = i.pk JOIN themes t ON t.id = at.theme_id",
    ),
    "source": ("coalesce(s.name, '(unknown)')", "LEFT JOIN sources s ON s.id = i.src"),
    "campaign": (
        "c.name",
        "JOIN article_campaigns ac ON ac.article_pk = i.pk JOIN campaigns c ON c.id = ac.campaign_id",
    ),
}
DIMENSIONS["outlet"] = DIMENSIONS["source"]

INTERVALS = {
    "month": "substr(i.day, 1, 7)",
    # the Monday that starts the article's week
    "week": "date(i.day, 'weekday 0', '-6 days')",
    "year": "substr(i.day, 1, 4)",
}


def coverage(
    conn: sqlite3.Connection, by: str, interval: str | None, filters: Filters
) -> list[dict[str, Any]]:
    """One row per (bucket, period): articles, distinct stories (near-duplicates collapsed)."""
    if by not in DIMENSIONS:
        raise ValueError(f"unknown coverage dimension {by!r}; use one of {', '.join(DIMENSIONS)}")
    if interval is not None and interval not in INTERVALS:
        raise ValueError(f"unknown interval {interval!r}; use one of {', '.join(INTERVALS)}")
    label, joins = DIMENSIONS[by]
    where, params = filters.sql("a")
    alias_where, alias_params = filters.sql("a", source="coalesce(x.source_id, a.source_id)")
    period = INTERVALS[interval] if interval else "NULL"
    # An exact copy stored once as an alias counts as an article of its own outlet (by source),
    # and nowhere else: by province, theme or campaign the counts are those of search and facts.
    copies = (
        " UNION ALL SELECT a.pk, -x.rowid, coalesce(x.source_id, a.source_id), a.story_pk, a.published_date"
        f" FROM article_aliases x JOIN articles a ON a.pk = x.article_pk WHERE {alias_where}"
    )
    by_outlet = by in {"source", "outlet"}
    sql = (
        "WITH i(pk, item, src, story, day) AS ("
        " SELECT a.pk, a.pk, a.source_id, a.story_pk, a.published_date FROM articles a"
        f" WHERE {where}{copies if by_outlet else ''})"
        f" SELECT {label} AS bucket, {period} AS period, COUNT(DISTINCT i.item) AS articles,"
        f" COUNT(DISTINCT i.story) AS stories FROM i {joins} GROUP BY bucket, period ORDER BY "
        + ("period IS NULL, period, articles DESC, bucket" if interval else "articles DESC, bucket")
    )
    rows = []
    for bucket, per, articles, stories in conn.execute(sql, [*params, *(alias_params if by_outlet else [])]):
        row: dict[str, Any] = {by: bucket}
        if interval:
            row[interval] = per
        row["articles"] = articles
        row["stories"] = stories
        rows.append(row)
    return rows
