"""Read-only browsing queries: result pages with totals, facets, period series, what changed."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from danvan.corpus import fulltext
from danvan.corpus.coverage import INTERVALS
from danvan.corpus.filters import Filters
from danvan.corpus.snippets import snippet

SORTS = ("relevance", "date")
# facet -> (label expression, joins from articles a)
FACETS: dict[str, tuple[str, str]] = {
    "province": (
        "p.name",
        "JOIN article_provinces ap ON ap.article_pk = a.pk JOIN provinces p ON p.id = ap.province_id",
    ),
    "province2025": (
        "p.merged_into",
        "JOIN article_provinces ap ON ap.article_pk = a.pk JOIN provinces p ON p.id = ap.province_id",
    ),
    "theme": ("t.key", "JOIN article_themes at ON at.article_pk = a.pk JOIN themes t ON t.id = at.theme_id"),
    "campaign": (
        "c.name",
        "JOIN article_campaigns ac ON ac.article_pk = a.pk JOIN campaigns c ON c.id = ac.campaign_id",
    ),
    "outlet": ("s.name", "JOIN sources s ON s.id = a.source_id"),
    "year": ("substr(a.published_date, 1, 4)", ""),
    "month": ("substr(a.published_date, 1, 7)", ""),
}
# facet -> (label, joins from the matching article keys m, count): link tables only where possible
_FACET_COUNTS: dict[str, tuple[str, str, str]] = {
    "province": (
        "p.name",
        "JOIN article_provinces ap ON ap.article_pk = m.pk JOIN provinces p ON p.id = ap.province_id",
        "COUNT(*)",
    ),
    "province2025": (
        "p.merged_into",
        "JOIN article_provinces ap ON ap.article_pk = m.pk JOIN provinces p ON p.id = ap.province_id",
        "COUNT(DISTINCT m.pk)",
    ),
    "theme": (
        "t.key",
        "JOIN article_themes at ON at.article_pk = m.pk JOIN themes t ON t.id = at.theme_id",
        "COUNT(*)",
    ),
    "campaign": (
        "c.name",
        "JOIN article_campaigns ac ON ac.article_pk = m.pk JOIN campaigns c ON c.id = ac.campaign_id",
        "COUNT(*)",
    ),
    "outlet": ("s.name", "JOIN articles a ON a.pk = m.pk JOIN sources s ON s.id = a.source_id", "COUNT(*)"),
    "year": ("substr(a.published_date, 1, 4)", "JOIN articles a ON a.pk = m.pk", "COUNT(*)"),
    "month": ("substr(a.published_date, 1, 7)", "JOIN articles a ON a.pk = m.pk", "COUNT(*)"),
}
# facet -> the same counts over the whole corpus, straight from the link tables (no filter, no query)
_FACET_TOTALS: dict[str, str] = {
    "province": "SELECT p.name, COUNT(*) FROM article_provinces ap JOIN provinces p ON p.id = ap.province_id"
    " GROUP BY p.name",
    "province2025": "SELECT p.merged_into, COUNT(DISTINCT ap.article_pk) FROM article_provinces ap"
    " JOIN provinces p ON p.id = ap.province_id GROUP BY p.merged_into",
    "theme": "SELECT t.key, COUNT(*) FROM article_themes at JOIN themes t ON t.id = at.theme_id"
    " GROUP BY t.key",
    "campaign": "SELECT c.name, COUNT(*) FROM article_campaigns ac JOIN campaigns c ON c.id = ac.campaign_id"
    " GROUP BY c.name",
    "outlet": "SELECT s.name, SUM(n) FROM (SELECT source_id, COUNT(*) AS n FROM articles GROUP BY source_id)"
    " JOIN sources s ON s.id = source_id GROUP BY s.name",
    "year": "SELECT substr(published_date, 1, 4) AS v, COUNT(*) FROM articles WHERE v IS NOT NULL GROUP BY v",
    "month": "SELECT substr(published_date, 1, 7) AS v, COUNT(*) FROM articles"
    " WHERE v IS NOT NULL GROUP BY v",
}
_PERIOD = {name: expr.replace("i.day", "a.published_date") for name, expr in INTERVALS.items()}


@dataclass(frozen=True, slots=True)
class Scope:
    """Restrictions beyond `Filters` that lists behind a chart bar or table row need."""

    campaign: str | None = None  # a campaign's stored name
    old_province: str | None = None  # exactly this pre-2025 province, not its whole 2025 unit


def matching(query: str, filters: Filters, scope: Scope | None = None) -> tuple[str, list[object]]:
    """A WHERE fragment over `articles a` for a search query (may be empty), filters and scope."""
    where, params = filters.sql("a")
    clauses, values = [where], list(params)
    if query.strip():
        clauses.append("a.pk IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)")
        values.append(fulltext.parse(query).match_expression())
    if scope and scope.campaign:
        clauses.append(
            "EXISTS (SELECT 1 FROM article_campaigns ac JOIN campaigns c ON c.id = ac.campaign_id"
            " WHERE ac.article_pk = a.pk AND c.name = ?)"
        )
        values.append(scope.campaign)
    if scope and scope.old_province:
        clauses.append(
            "EXISTS (SELECT 1 FROM article_provinces ap JOIN provinces p ON p.id = ap.province_id"
            " WHERE ap.article_pk = a.pk AND p.name = ?)"
        )
        values.append(scope.old_province)
    return " AND ".join(clauses), values


def count(conn: sqlite3.Connection, query: str, filters: Filters, scope: Scope | None = None) -> int:
    """How many articles match (exact copies stored as aliases are not counted again)."""
    where, params = matching(query, filters, scope)
    return conn.execute(f"SELECT COUNT(*) FROM articles a WHERE {where}", params).fetchone()[0]


def page(
    conn: sqlite3.Connection,
    query: str,
    filters: Filters,
    *,
    scope: Scope | None = None,
    sort: str = "relevance",
    limit: int = 20,
    offset: int = 0,
    mark: tuple[str, str] = ("[", "]"),
) -> list[dict[str, Any]]:
    """One page of matches: relevance (BM25, title weighted) or newest first; snippets marked."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    where, params = matching(query, filters, scope)
    terms = fulltext.parse(query).terms if query.strip() else []
    if sort == "relevance" and query.strip():
        rank = f"bm25(article_fts, {', '.join(str(w) for w in fulltext.WEIGHTS)})"
        fwhere, params = matching("", filters, scope)
        # unary + keeps the key list out of FTS5's index: given `rowid IN (...)` it runs the whole
        # MATCH once per listed key (a filtered "Hà Nội" search took 28 s instead of 44 ms)
        restrict = f" AND +rowid IN (SELECT a.pk FROM articles a WHERE {fwhere})" if params else ""
        ranked = (
            f"SELECT rowid AS pk, {rank} AS rank FROM article_fts WHERE article_fts MATCH ?"
            f"{restrict} ORDER BY rank LIMIT ? OFFSET ?"
        )
        params = [fulltext.parse(query).match_expression(), *params]
        order = "ORDER BY h.rank"
    else:
        ranked = (
            f"SELECT a.pk AS pk, 0.0 AS rank FROM articles a WHERE {where}"
            " ORDER BY a.published_date IS NULL, a.published_date DESC, a.pk LIMIT ? OFFSET ?"
        )
        order = "ORDER BY a.published_date IS NULL, a.published_date DESC, a.pk"
    sql = (
        f"WITH h AS MATERIALIZED ({ranked}) SELECT a.id, a.title, a.url, a.published, s.name,"
        " t.text, -h.rank, d.id FROM h JOIN articles a ON a.pk = h.pk"
        " JOIN article_texts t ON t.pk = a.pk LEFT JOIN sources s ON s.id = a.source_id"
        f" LEFT JOIN articles d ON d.pk = a.duplicate_of {order}"
    )
    return [
        {
            "id": aid,
            "title": title,
            "url": url,
            "published": published,
            "outlet": outlet,
            "snippet": snippet(text, terms, mark=mark),
            "score": round(score, 4),
            "duplicate_of": dup,
        }
        for aid, title, url, published, outlet, text, score, dup in conn.execute(
            sql, [*params, limit, offset]
        )
    ]


def rows(
    conn: sqlite3.Connection, query: str, filters: Filters, scope: Scope | None = None
) -> Iterator[dict[str, Any]]:
    """Every match, newest first, without text: for complete CSV/JSON downloads and feeds."""
    where, params = matching(query, filters, scope)
    cursor = conn.execute(
        "SELECT a.id, a.title, a.url, a.published, s.name FROM articles a"
        f" LEFT JOIN sources s ON s.id = a.source_id WHERE {where}"
        " ORDER BY a.published_date IS NULL, a.published_date DESC, a.pk",
        params,
    )
    for aid, title, url, published, outlet in cursor:
        yield {"id": aid, "title": title, "url": url, "published": published, "outlet": outlet}


def facets(
    conn: sqlite3.Connection,
    query: str,
    filters: Filters,
    *,
    scope: Scope | None = None,
    names: tuple[str, ...] = tuple(FACETS),
    limit: int = 30,
) -> dict[str, list[tuple[str, int]]]:
    """For each facet, its values among the matches with their article counts, biggest first.

    One statement: the matches are found once (a materialized CTE) and grouped per facet.
    """
    return counted_facets(conn, query, filters, scope=scope, names=names, limit=limit)[1]


def counted_facets(
    conn: sqlite3.Connection,
    query: str,
    filters: Filters,
    *,
    scope: Scope | None = None,
    names: tuple[str, ...] = tuple(FACETS),
    limit: int = 30,
) -> tuple[int, dict[str, list[tuple[str, int]]]]:
    """`count` and `facets` from one search of the matches (a search page needs both)."""
    where, params = matching(query, filters, scope)
    if where == "1" and not params:  # the whole corpus: the link tables' own indexes answer directly
        grouped = {
            name: [(v, n) for v, n in conn.execute(_FACET_TOTALS[name]) if v is not None] for name in names
        }
        return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0], _ordered(grouped, limit)
    total, grouped = _matched_facets(conn, where, params, names)
    return total, _ordered(grouped, limit)


def _matched_facets(
    conn: sqlite3.Connection, where: str, params: list[object], names: tuple[str, ...]
) -> tuple[int, dict[str, list[tuple[str, int]]]]:
    """How many articles `where` selects and their facet counts, found once (a materialized CTE)."""
    grouped: dict[str, list[tuple[str, int]]] = {name: [] for name in names}
    parts = ["SELECT '', NULL, COUNT(*) FROM m"]
    for name in names:
        label, joins, counted = _FACET_COUNTS[name]
        parts.append(
            f"SELECT '{name}', {label} AS value, {counted} FROM m {joins}"
            f" WHERE {label} IS NOT NULL GROUP BY value"
        )
    sql = f"WITH m AS MATERIALIZED (SELECT a.pk FROM articles a WHERE {where}) " + " UNION ALL ".join(parts)
    total = 0
    for name, value, n in conn.execute(sql, params):
        if name:
            grouped[name].append((value, n))
        else:
            total = n
    return total, grouped


def _ordered(grouped: dict[str, list[tuple[str, int]]], limit: int) -> dict[str, list[tuple[str, int]]]:
    """Dates newest first, other facets biggest first; at most `limit` values each."""
    out = {}
    for name, values in grouped.items():
        if name in ("year", "month"):
            values.sort(key=lambda v: v[0], reverse=True)
        else:
            values.sort(key=lambda v: (-v[1], v[0]))
        out[name] = values[:limit]
    return out


def series(
    conn: sqlite3.Connection,
    query: str,
    filters: Filters,
    *,
    by: str | None = None,
    interval: str = "month",
    scope: Scope | None = None,
) -> list[dict[str, Any]]:
    """Articles per period (and per bucket of `by`, a FACETS name): {period, bucket, articles}."""
    if interval not in _PERIOD:
        raise ValueError(f"unknown interval {interval!r}; use one of {', '.join(_PERIOD)}")
    where, params = matching(query, filters, scope)
    period = _PERIOD[interval]
    label, joins = FACETS[by] if by else ("NULL", "")
    sql = (
        f"SELECT {period} AS period, {label} AS bucket, COUNT(DISTINCT a.pk) FROM articles a {joins}"
        f" WHERE {where} AND a.published_date IS NOT NULL"
        + (f" AND {label} IS NOT NULL" if by else "")
        + " GROUP BY period, bucket ORDER BY period, bucket"
    )
    return [{"period": p, "bucket": b, "articles": n} for p, b, n in conn.execute(sql, params)]


def totals(conn: sqlite3.Connection, interval: str, filters: Filters) -> dict[str, int]:
    """All articles per period under the date filters only: the denominator of shares."""
    dates = Filters(date_from=filters.date_from, date_to=filters.date_to)
    return {r["period"]: r["articles"] for r in series(conn, "", dates, interval=interval)}


def province_table(conn: sqlite3.Connection, query: str, filters: Filters) -> list[dict[str, Any]]:
    """Articles per pre-2025 province (the 63 units, zero rows included): name, merged_into, articles."""
    from danvan.nlp.gazetteer import provinces

    counts = dict(facets(conn, query, filters, names=("province",), limit=100)["province"])
    return [
        {"name": p.name, "merged_into": p.merged_into, "articles": counts.get(p.name, 0)} for p in provinces()
    ]


def unit_table(conn: sqlite3.Connection, query: str, filters: Filters) -> list[dict[str, Any]]:
    """Articles per 2025 unit (34): distinct articles naming any of its former provinces."""
    from danvan.nlp.gazetteer import merged_units

    counts = dict(facets(conn, query, filters, names=("province2025",), limit=100)["province2025"])
    return [
        {"name": unit, "former": list(former), "articles": counts.get(unit, 0)}
        for unit, former in merged_units().items()
    ]


def changes(
    conn: sqlite3.Connection,
    filters: Filters,
    *,
    dimensions: tuple[str, ...] = ("province", "campaign", "theme"),
    interval: str = "month",
    baseline: int = 8,
    min_change: int = 3,
    z: float = 2.0,
) -> list[dict[str, Any]]:
    """Buckets whose count in the last period is far from their own previous `baseline` periods.

    The last period is the latest one holding an article under the filters. A bucket is listed when
    |count - mean| >= `min_change` and >= `z` standard deviations of the baseline (at least 1).
    """
    overall = series(conn, "", filters, interval=interval)
    if not overall:
        return []
    periods = _periods_back(conn, overall[-1]["period"], interval, baseline)
    last, previous = periods[-1], periods[:-1]
    out: list[dict[str, Any]] = []
    bounded = Filters(**{**_as_dict(filters), "date_from": period_bounds(previous[0], interval)[0]})
    for dim in dimensions:
        counts: dict[str, dict[str, int]] = {}
        for row in series(conn, "", bounded, by=dim, interval=interval):
            counts.setdefault(row["bucket"], {})[row["period"]] = row["articles"]
        for bucket, per in counts.items():
            history = [per.get(p, 0) for p in previous]
            mean = sum(history) / len(history)
            sd = math.sqrt(sum((h - mean) ** 2 for h in history) / len(history))
            now = per.get(last, 0)
            delta = now - mean
            if abs(delta) >= min_change and abs(delta) >= z * max(sd, 1.0):
                out.append(
                    {
                        "dimension": dim,
                        "bucket": bucket,
                        "period": last,
                        "articles": now,
                        "baseline_mean": round(mean, 2),
                        "baseline_sd": round(sd, 2),
                        "change": "spike" if delta > 0 else "quiet",
                        "score": round(delta / max(sd, 1.0), 2),
                    }
                )
    out.sort(key=lambda r: -abs(r["score"]))
    return out


def _as_dict(filters: Filters) -> dict[str, str | None]:
    return {name: getattr(filters, name) for name in Filters.names()}


def _periods_back(conn: sqlite3.Connection, last: str, interval: str, n: int) -> list[str]:
    """`last` and the `n` periods before it, oldest first, as the period labels of INTERVALS."""
    if interval == "year":
        return [str(int(last) - k) for k in range(n, -1, -1)]
    if interval == "month":
        year, month = map(int, last.split("-"))
        out = []
        for k in range(n, -1, -1):
            total = year * 12 + (month - 1) - k
            out.append(f"{total // 12:04d}-{total % 12 + 1:02d}")
        return out
    return [
        conn.execute("SELECT date(?, ?)", (last, f"-{7 * k} days")).fetchone()[0] for k in range(n, -1, -1)
    ]


def period_bounds(period: str, interval: str) -> tuple[str, str]:
    """The first and last day of a period label, as date filter values."""
    if interval == "week":
        import datetime as dt

        start = dt.date.fromisoformat(period)
        return period, (start + dt.timedelta(days=6)).isoformat()
    return period, period
