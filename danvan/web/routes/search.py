"""Tìm kiếm: ranked or newest-first results with snippets, facets with counts, a chart, comparisons."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from danvan.corpus import browse
from danvan.web import context
from danvan.web.coverage_charts import chart_later, compare_chart
from danvan.web.render import MARK, page

router = APIRouter(include_in_schema=False)

FACET_FIELD = {
    "province": "old_province",
    "province2025": "province",
    "theme": "theme",
    "campaign": "campaign",
    "outlet": "outlet",
}


@router.get("/search", response_class=HTMLResponse)
def search(request: Request) -> HTMLResponse:
    state = context.state(request)
    filters, scope = state.filters(), state.scope()
    cache = request.app.state.cache

    def aggregates() -> tuple:
        with context.corpus(request) as c:
            drawing, _ = chart_later(c, state, None, height=160)
            counted = browse.counted_facets(c.connection, state.q, filters, scope=scope, limit=15)
            compared = compare_chart(c, state) if state.compare else None
            return (*counted, drawing.result(), compared)

    def results() -> list:
        with context.corpus(request) as c:
            return browse.page(
                c.connection,
                state.q,
                filters,
                scope=scope,
                sort=state.sort,
                limit=state.per_page,
                offset=state.offset,
                mark=MARK,
            )

    unpaged = state.with_(sort="relevance", per_page=20).query_string()
    total, facets, period_chart, compared = cache.get(("search", unpaged), aggregates)
    results = cache.get(("results", state.query_string()), results)
    facet_links = {}
    for name, values in facets.items():
        links = []
        for value, n in values:
            if name in FACET_FIELD:
                field = FACET_FIELD[name]
                on = getattr(state, field) == value
                href = state.url("/search", **{field: "" if on else value})
            else:
                on = state.date_from == value and state.date_to == value
                href = state.url("/search", date_from="" if on else value, date_to="" if on else value)
            links.append({"value": value, "count": n, "href": href, "on": on})
        facet_links[name] = links
    pages = max(1, -(-total // state.per_page))
    return page(
        request,
        "search.html",
        {
            "state": state,
            "total": total,
            "results": results,
            "facets": facet_links,
            "period_chart": period_chart,
            "compare_chart": compared,
            "pages": pages,
            "query_string": state.query_string(),
        },
    )
