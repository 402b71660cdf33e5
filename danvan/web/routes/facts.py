"""Dữ kiện: sortable, filterable tables of officials, documents, figures, campaigns, provinces, themes."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from danvan.web import context, fact_tables
from danvan.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/facts", response_class=HTMLResponse)
def facts(request: Request) -> HTMLResponse:
    state = context.state(request)
    kind = fact_tables.check_kind(request.query_params.get("kind", "officials"))
    columns = fact_tables.COLUMNS[kind]
    default_order = "published" if kind == "figures" else "articles"
    order = request.query_params.get("order", default_order)
    descending = request.query_params.get("dir", "desc") != "asc"

    def compute() -> list:
        with context.corpus(request) as c:
            return fact_tables.fetch(c, kind, state, fact_tables.SORT_WINDOW + 1)

    filtered = state.with_(sort="relevance", per_page=20).query_string()
    rows = [dict(r) for r in request.app.state.cache.get(("facts", kind, filtered), compute)]
    truncated = len(rows) > fact_tables.SORT_WINDOW
    rows = fact_tables.sort_rows(rows[: fact_tables.SORT_WINDOW], kind, order, descending)
    total = len(rows)
    shown = rows[state.offset : state.offset + state.per_page]
    for row in shown:
        row["_href"] = fact_tables.list_href(kind, row, state)
    base = state.query_string()
    extra = f"kind={kind}&order={order}&dir={'desc' if descending else 'asc'}"
    return page(
        request,
        "facts.html",
        {
            "state": state,
            "kind": kind,
            "kinds": fact_tables.TITLES,
            "columns": columns,
            "rows": shown,
            "total": total,
            "truncated": truncated,
            "order": order,
            "descending": descending,
            "pages": max(1, -(-total // state.per_page)),
            "base": base,
            "extra": extra,
        },
    )
