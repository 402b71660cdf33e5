"""Complete downloads of every list (CSV and JSON, streamed, never truncated) and Atom feeds of searches."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any
from xml.sax.saxutils import escape

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from danvan.corpus import browse
from danvan.web import context, fact_tables
from danvan.web.params import State

router = APIRouter(include_in_schema=False)
DOWNLOAD_BUDGET = 120.0
SEARCH_FIELDS = ("id", "title", "url", "published", "outlet")


def _csv(rows: Iterable[dict[str, Any]], fields: list[str]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    buffer.write("\ufeff")  # spreadsheet programs read the UTF-8 Vietnamese correctly
    writer.writeheader()
    for n, row in enumerate(rows):
        writer.writerow(row)
        if n % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _json(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield "["
    for n, row in enumerate(rows):
        yield ("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]\n"


def _search_rows(request: Request, state: State) -> Iterator[dict[str, Any]]:
    """The rows to stream; a bad query is refused here, before the response (and its 200) has begun."""
    browse.matching(state.q, state.filters(), state.scope())

    def rows() -> Iterator[dict[str, Any]]:
        with context.corpus(request, DOWNLOAD_BUDGET) as c:
            yield from browse.rows(c.connection, state.q, state.filters(), state.scope())

    return rows()


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/search.csv")
def search_csv(request: Request) -> StreamingResponse:
    state = context.state(request)
    return StreamingResponse(
        _csv(_search_rows(request, state), list(SEARCH_FIELDS)),
        media_type="text/csv; charset=utf-8",
        headers=_attachment("danvan-search.csv"),
    )


@router.get("/search.json")
def search_json(request: Request) -> StreamingResponse:
    state = context.state(request)
    return StreamingResponse(
        _json(_search_rows(request, state)),
        media_type="application/json",
        headers=_attachment("danvan-search.json"),
    )


def _fact_rows(request: Request) -> tuple[str, Iterator[dict[str, Any]]]:
    state = context.state(request)
    kind = fact_tables.check_kind(request.query_params.get("kind", "officials"))

    def rows() -> Iterator[dict[str, Any]]:
        with context.corpus(request, DOWNLOAD_BUDGET) as c:
            yield from fact_tables.fetch(c, kind, state, limit=-1)

    return kind, rows()


@router.get("/facts.csv")
def facts_csv(request: Request) -> StreamingResponse:
    kind, rows = _fact_rows(request)
    fields = [c for c, _ in fact_tables.COLUMNS[kind]]
    if kind == "figures":
        fields += ["text", "approx", "article_id"]
    else:
        fields += ["mentions"] if kind != "themes" else []
    return StreamingResponse(
        _csv((fact_tables.flat(r) for r in rows), fields),
        media_type="text/csv; charset=utf-8",
        headers=_attachment(f"danvan-{kind}.csv"),
    )


@router.get("/facts.json")
def facts_json(request: Request) -> StreamingResponse:
    kind, rows = _fact_rows(request)
    return StreamingResponse(
        _json(rows), media_type="application/json", headers=_attachment(f"danvan-{kind}.json")
    )


@router.get("/search.atom")
def search_atom(request: Request) -> Response:
    """The newest 50 matches of a search as an Atom feed."""
    state = context.state(request).with_(sort="date", per_page=50)
    with context.corpus(request) as c:
        results = browse.page(
            c.connection, state.q, state.filters(), scope=state.scope(), sort="date", limit=50
        )
    base = str(request.base_url).rstrip("/")
    title = "danvan: " + (state.q or "tất cả bài viết")
    updated = max((r["published"] or "" for r in results), default="") or "1970-01-01"
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title>",
        f"<id>{escape(base + state.url('/search'))}</id>",
        f'<link rel="alternate" href="{escape(base + state.url("/search"), {chr(34): "&quot;"})}"/>',
        f"<updated>{escape(_atom_time(updated))}</updated>",
    ]
    for r in results:
        link = f"{base}/article/{r['id']}"
        parts += [
            "<entry>",
            f"<title>{escape(r['title'] or r['id'])}</title>",
            f"<id>{escape(link)}</id>",
            f'<link href="{escape(link, {chr(34): "&quot;"})}"/>',
            f"<updated>{escape(_atom_time(r['published'] or updated))}</updated>",
            f"<author><name>{escape(r['outlet'] or 'danvan')}</name></author>",
            f"<summary>{escape(r['snippet'])}</summary>",
            "</entry>",
        ]
    parts.append("</feed>\n")
    return Response("\n".join(parts), media_type="application/atom+xml; charset=utf-8")


def _atom_time(value: str) -> str:
    """An RFC 3339 time from a stored date or datetime."""
    if len(value) == 10:
        return value + "T00:00:00Z"
    if "T" in value and ("+" in value[10:] or value.endswith("Z")):
        return value
    return value.replace(" ", "T")[:19] + "Z"
