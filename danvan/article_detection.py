"""Is this HTML page an article? The one place the app asks, so the detection can be swapped."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_article_page(html: str, url: str) -> bool:
    """The crawler's verdict on a page (JSON-LD/OpenGraph types, paragraphs, headline links, URL shape)."""
    from danvan.crawler.page_analysis import classify
    from danvan.crawler.page_parser import html_selector

    if not html.strip():
        return False
    host = urlsplit(url).hostname or ""
    return classify(html_selector(html, url), url, None, [host] if host else []).is_article
