"""Source health: crawl runs per site, and which sites have gone quiet or started failing."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

COLUMNS = (
    "site",
    "started_at",
    "finished_at",
    "finish_reason",
    "pages",
    "articles_new",
    "articles_updated",
    "rejects",
    "errors",
)


@dataclass(slots=True)
class CrawlRun:
    """One site's share of one crawl (times are ISO 8601 UTC)."""

    site: str
    started_at: str
    finished_at: str
    finish_reason: str = ""
    pages: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    rejects: int = 0
    errors: int = 0
    errors_by_kind: dict[str, int] = field(default_factory=dict)


def record(conn: sqlite3.Connection, run: CrawlRun) -> None:
    conn.execute(
        f"INSERT INTO crawl_runs ({', '.join(COLUMNS)}, errors_by_kind) VALUES ({', '.join('?' * 10)})",
        (*(getattr(run, c) for c in COLUMNS), json.dumps(run.errors_by_kind, sort_keys=True)),
    )


def runs(conn: sqlite3.Connection, site: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Crawl runs, newest first."""
    sql = f"SELECT id, {', '.join(COLUMNS)}, errors_by_kind FROM crawl_runs"
    args: list[Any] = []
    if site:
        sql += " WHERE site = ?"
        args.append(site)
    sql += " ORDER BY started_at DESC, id DESC"
    if limit:
        sql += " LIMIT ?"
        args.append(limit)
    out = []
    for row in conn.execute(sql, args):
        item = dict(zip(("id", *COLUMNS, "errors_by_kind"), row, strict=True))
        item["errors_by_kind"] = json.loads(item["errors_by_kind"])
        out.append(item)
    return out


def _error_rate(run: dict[str, Any]) -> float:
    return run["errors"] / max(run["pages"] + run["errors"], 1)


def health(
    conn: sqlite3.Connection,
    stale_days: int = 7,
    error_jump: float = 0.2,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """Per site: last run, last new article, latest and earlier error rates, and its flags.

    Flags: 'no new article for N days' when the newest run with new articles is stale_days old or more
    (or no run ever brought one), 'error rate jumped' when the latest run's error share exceeds the mean
    of the earlier runs (up to 10) by error_jump or more."""
    now = now or datetime.now(UTC)
    sites = [r[0] for r in conn.execute("SELECT DISTINCT site FROM crawl_runs ORDER BY site")]
    report = []
    for site in sites:
        history = runs(conn, site, limit=11)
        latest, earlier = history[0], history[1:]
        new_row = conn.execute(
            "SELECT max(finished_at) FROM crawl_runs WHERE site = ? AND articles_new > 0", (site,)
        ).fetchone()[0]
        first = conn.execute("SELECT min(started_at) FROM crawl_runs WHERE site = ?", (site,)).fetchone()[0]
        since = datetime.fromisoformat((new_row or first).replace("Z", "+00:00"))
        quiet_days = (now - since) / timedelta(days=1)
        rate = _error_rate(latest)
        before = sum(map(_error_rate, earlier)) / len(earlier) if earlier else None
        flags = []
        if quiet_days >= stale_days:
            flags.append(f"no new article for {int(quiet_days)} days")
        if before is not None and rate - before >= error_jump:
            flags.append(f"error rate jumped {before:.0%} -> {rate:.0%}")
        report.append(
            {
                "site": site,
                "last_run": latest["finished_at"],
                "last_new_article": new_row,
                "runs": len(history),
                "error_rate": rate,
                "earlier_error_rate": before,
                "quiet_days": int(quiet_days),
                "stale": quiet_days >= stale_days,
                "error_jumped": before is not None and rate - before >= error_jump,
                "flags": flags,
            }
        )
    return report
