"""Nguồn tin: source health from the crawl log, which sites have gone quiet or started failing."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from danvan.web import context
from danvan.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, stale_days: int = Query(7, alias="stale", ge=1, le=365)) -> HTMLResponse:
    with context.corpus(request) as c:
        health = c.source_health(stale_days=stale_days)
        runs = c.crawl_runs(limit=30)
    flagged = sum(1 for row in health if row["stale"] or row["error_jumped"])
    return page(
        request,
        "sources.html",
        {"health": health, "runs": runs, "stale_days": stale_days, "flagged": flagged},
    )
