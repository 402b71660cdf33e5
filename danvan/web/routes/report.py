"""Báo cáo: the printable report page (print CSS gives a clean A4 page)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from danvan.web import context, reporting
from danvan.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/report", response_class=HTMLResponse)
def report(request: Request) -> HTMLResponse:
    state = context.state(request)

    def compute() -> dict:
        with context.corpus(request) as c:
            return reporting.context(c, state)

    ctx = request.app.state.cache.get(("report", state.query_string()), compute)
    return page(request, "report.html", {"standalone": False, **ctx})
