"""What every route needs: the page state from the URL and a read-only corpus under a time budget."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from fastapi import Query, Request

from danvan.corpus import Corpus
from danvan.web.params import State


def state(request: Request) -> State:
    return State.from_query(request.query_params)


@contextlib.contextmanager
def corpus(request: Request, budget: float | None = None) -> Iterator[Corpus]:
    with request.app.state.pool.corpus(budget) as c:
        yield c


def api_state(
    request: Request,
    q: str = Query(
        "", description='Search query (corpus syntax: words, "phrase" in quotes, OR, NOT, prefix*)'
    ),
    province: str = Query("", description="Pre-2025 province or 2025 unit, accents optional"),
    theme: str = Query("", description="Theme key, e.g. dan_van_kheo"),
    outlet: str = Query("", description="Outlet name"),
    campaign: str = Query("", description="Campaign name as stored"),
    official: str = Query("", description="Official's name"),
    document: str = Query("", description="Document number, e.g. 08-NQ/TU"),
    date_from: str = Query("", alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD"),
    date_to: str = Query("", alias="to", description="YYYY, YYYY-MM or YYYY-MM-DD"),
    interval: str = Query("month", description="week, month or year"),
    sort: str = Query("relevance", description="relevance or date"),
    page: int = Query(1, ge=1, le=10_000),
    per_page: int = Query(20, ge=1, le=200),
) -> State:
    """The same state as the pages, declared for the OpenAPI docs and validated."""
    return State.from_query(request.query_params)
