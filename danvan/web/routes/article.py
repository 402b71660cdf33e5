"""Bài viết: the clean text with its facts highlighted by kind, fact tables, themes, copies."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from danvan.web import context, entities
from danvan.web.render import page

router = APIRouter(include_in_schema=False)


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    with context.corpus(request) as c:
        found = c.article(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        links = c.duplicates(found.id)
    spans = entities.spans(found)
    return page(
        request,
        "article.html",
        {
            "a": found,
            "segments": entities.segments(found.text, spans),
            "kinds": entities.KINDS,
            "links": links,
        },
    )
