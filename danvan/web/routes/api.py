"""The JSON API under /api/: search with facets, articles with facts and entity offsets, facts,
coverage series, what changed. Paginated; bad parameters answer 400/422 with a reason."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from danvan.corpus import browse
from danvan.corpus.facts import KINDS
from danvan.web import context, entities, fact_tables
from danvan.web.params import BadParameter, State

router = APIRouter(prefix="/api", tags=["api"])
DIMENSIONS = ("theme", "campaign", "province", "province2025", "outlet")


def _page(state: State, total: int) -> dict[str, Any]:
    return {
        "page": state.page,
        "per_page": state.per_page,
        "total": total,
        "pages": max(1, -(-total // state.per_page)),
    }


@router.get("/search", summary="Search articles (filters, facets, pagination)")
def api_search(
    request: Request,
    state: State = Depends(context.api_state),
    facets: bool = Query(True, description="Include facet counts"),
) -> dict[str, Any]:
    filters, scope = state.filters(), state.scope()
    with context.corpus(request) as c:
        conn = c.connection
        total = browse.count(conn, state.q, filters, scope)
        results = browse.page(
            conn,
            state.q,
            filters,
            scope=scope,
            sort=state.sort,
            limit=state.per_page,
            offset=state.offset,
            mark=("<mark>", "</mark>"),
        )
        counted = browse.facets(conn, state.q, filters, scope=scope) if facets else {}
    return {
        **_page(state, total),
        "query": state.q,
        "results": results,
        "facets": {k: [{"value": v, "articles": n} for v, n in vals] for k, vals in counted.items()},
        "snippet_marks": ["<mark>", "</mark>"],
    }


@router.get("/articles/{article_id:path}", summary="One article with its facts and entity offsets")
def api_article(request: Request, article_id: str = Path(..., max_length=300)) -> dict[str, Any]:
    with context.corpus(request) as c:
        found = c.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        links = c.duplicates(found.id)
    return {
        **found.to_json(),
        "entities": [s.to_json() for s in entities.spans(found)],
        "duplicates": links,
    }


@router.get(
    "/facts/{kind}", summary="Fact lists: officials, documents, figures, provinces, campaigns, themes"
)
def api_facts(request: Request, kind: str, state: State = Depends(context.api_state)) -> dict[str, Any]:
    if kind not in KINDS:
        raise HTTPException(404, f"unknown fact kind {kind!r}; use one of {', '.join(KINDS)}")
    with context.corpus(request) as c:
        rows = fact_tables.fetch(c, kind, state, limit=state.offset + state.per_page + 1)
    more = len(rows) > state.offset + state.per_page
    return {
        "kind": kind,
        "page": state.page,
        "per_page": state.per_page,
        "has_more": more,
        "results": rows[state.offset : state.offset + state.per_page],
    }


@router.get("/coverage", summary="Articles per period, per theme, campaign, province, 2025 unit or outlet")
def api_coverage(
    request: Request,
    state: State = Depends(context.api_state),
    by: str | None = Query(None, description=f"One of {', '.join(DIMENSIONS)}; none for totals"),
    measure: str = Query("raw", description="raw counts or share of all articles in the period"),
) -> dict[str, Any]:
    if by is not None and by not in DIMENSIONS:
        raise BadParameter(f"by must be one of {', '.join(DIMENSIONS)}")
    if measure not in ("raw", "share"):
        raise BadParameter("measure must be raw or share")
    with context.corpus(request) as c:
        rows = browse.series(
            c.connection, state.q, state.filters(), by=by, interval=state.interval, scope=state.scope()
        )
        totals = browse.totals(c.connection, state.interval, state.filters())
    for r in rows:
        r["all_articles"] = totals.get(r["period"], 0)
        if measure == "share":
            r["share"] = round(r["articles"] / r["all_articles"], 4) if r["all_articles"] else None
    return {"by": by, "interval": state.interval, "series": rows}


@router.get("/changes", summary="Provinces, campaigns and themes far above or below their own baseline")
def api_changes(
    request: Request,
    state: State = Depends(context.api_state),
    baseline: int = Query(8, ge=2, le=52, description="Previous periods in the baseline"),
) -> dict[str, Any]:
    with context.corpus(request) as c:
        rows = browse.changes(c.connection, state.filters(), interval=state.interval, baseline=baseline)
    return {"interval": state.interval, "baseline": baseline, "changes": rows}
