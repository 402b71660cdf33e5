"""Tổng quan: coverage per period by theme and campaign, provinces old and 2025, top lists, what changed."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from danvan.corpus import Corpus, browse
from danvan.web import context
from danvan.web.coverage_charts import STATE_FIELD, chart_later
from danvan.web.params import State
from danvan.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    state = context.state(request)

    def compute() -> dict:
        with context.corpus(request) as c:
            return dashboard_context(c, state)

    return page(
        request, "dashboard.html", request.app.state.cache.get(("dashboard", state.query_string()), compute)
    )


def dashboard_context(c: Corpus, state: State) -> dict[str, Any]:
    """Everything the dashboard shows for one state (cached by the route, prewarmed for the defaults)."""
    filters = state.filters()
    conn = c.connection
    theme_chart, theme_rows = chart_later(c, state, "theme")
    campaign_chart, campaign_rows = chart_later(c, state, "campaign")
    total = browse.count(conn, state.q, filters, state.scope())
    top_outlets = browse.facets(conn, state.q, filters, scope=state.scope(), names=("outlet",), limit=10)[
        "outlet"
    ]
    officials = c.facts("officials", limit=10, **_fact_filters(state))
    documents = c.facts("documents", limit=10, **_fact_filters(state))
    provinces = browse.province_table(conn, state.q, filters)
    units = browse.unit_table(conn, state.q, filters)
    changed = browse.changes(conn, filters, interval=state.interval)
    for row in changed:
        row["href"] = state.url(
            "/search",
            **{STATE_FIELD[row["dimension"]]: row["bucket"]},
            **dict(
                zip(
                    ("date_from", "date_to"), browse.period_bounds(row["period"], state.interval), strict=True
                )
            ),
        )
    return {
        "state": state,
        "total": total,
        "theme_chart": theme_chart.result(),
        "theme_rows": theme_rows,
        "campaign_chart": campaign_chart.result(),
        "campaign_rows": campaign_rows,
        "top_outlets": top_outlets,
        "officials": officials,
        "documents": documents,
        "provinces": sorted(provinces, key=lambda r: (-r["articles"], r["name"])),
        "units": sorted(units, key=lambda r: (-r["articles"], r["name"])),
        "changed": changed,
    }


def _fact_filters(state: State) -> dict[str, str | None]:
    f = state.filters()
    return {name: getattr(f, name) for name in f.names()}
