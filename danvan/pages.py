"""Turns a crawler FetchedPage into the nlp stage's RawDocument (the app's one mapping of the two)."""

from __future__ import annotations

import hashlib

from danvan.crawler.page import FetchedPage
from danvan.nlp.dates import parse_date
from danvan.nlp.record import ARTICLE_LINES, RawDocument


def url_id(url: str) -> str:
    """A stable article id for a URL."""
    return "u" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def page_to_raw(page: FetchedPage) -> RawDocument:
    """The document of a fetched article page, with the site's field overrides applied."""
    fields = page.fields or {}
    html = page.text()
    if fields.get("body_html"):
        html = (
            f"<html><head><title>{fields.get('title', '')}</title></head><body><article>"
            f"{fields['body_html']}</article></body></html>"
        )
    content_type = "text/html"
    if fields.get("body_text") and not fields.get("body_html"):
        # the crawler's own extraction of the page: cleaned without extracting the page again
        html, content_type = fields["body_text"], ARTICLE_LINES
    published = None
    for raw in (fields.get("published"), page.listing_date):
        value = parse_date(raw) if raw else None
        if value:
            published = value.isoformat()
            break
    url = page.canonical_url or page.final_url or page.url
    return RawDocument(
        id=url_id(url),
        source=url,
        content=html,
        content_type=content_type,
        url=url,
        title=fields.get("title") or None,
        published=published,
        author=fields.get("author") or None,
        outlet=page.site,
        archive_ref=page.warc_ref,
    )
