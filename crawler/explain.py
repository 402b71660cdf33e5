"""One page, explained: fetch it (obeying robots.txt) and show what the crawler would decide and store."""

from __future__ import annotations

import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from danvan.crawler import page_analysis as pa
from danvan.crawler.charset import detect_encoding
from danvan.crawler.feeds import document_kind
from danvan.crawler.page_metadata import page_metadata
from danvan.crawler.page_parser import html_selector
from danvan.crawler.sites import SiteConfig, site_for_url
from danvan.crawler.spider import host_site


class ExplainError(RuntimeError):
    """The page could not be fetched (robots.txt forbids it, HTTP error, network)."""


@dataclass(slots=True)
class Explanation:
    """The verdict on one page with what it found: the article's fields, or the listing's links."""

    url: str
    site: str
    is_article: bool
    signals: list[str]
    canonical: str
    title: str = ""
    published: str | None = None
    author: str = ""
    body: list[str] = field(default_factory=list)
    article_links: list[str] = field(default_factory=list)
    next_pages: list[str] = field(default_factory=list)


def robots_allows(url: str, user_agent: str, timeout: float) -> bool:
    parts = urlsplit(url)
    robots = urllib.robotparser.RobotFileParser(f"{parts.scheme}://{parts.netloc}/robots.txt")
    try:
        robots.read()
    except (urllib.error.URLError, OSError):
        return True  # no robots.txt reachable: allowed, as Scrapy treats it
    return robots.can_fetch(user_agent, url)


def fetch(url: str, user_agent: str, timeout: float = 30.0) -> tuple[str, bytes, str]:
    """(final URL, body, Content-Type) of one GET, after robots.txt said yes."""
    if not robots_allows(url, user_agent, timeout):
        raise ExplainError(f"robots.txt disallows {url} for this user agent")
    request = urllib.request.Request(url, headers={"User-Agent": user_agent})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.geturl(), response.read(), response.headers.get("Content-Type", "")
    except (urllib.error.URLError, OSError) as exc:
        raise ExplainError(f"cannot fetch {url}: {exc}") from exc


def explain_html(url: str, body: bytes, content_type: str, site: SiteConfig) -> Explanation:
    if kind := document_kind(body, content_type):
        # the spider reads it as a feed or sitemap, never as a page
        return Explanation(
            url, site.name, is_article=False, signals=[f"NOT:xml-document({kind})"], canonical=url
        )
    encoding, _ = detect_encoding(body, content_type)
    sel = html_selector(body.decode(encoding, errors="replace"), url)
    verdict = pa.classify(sel, url, site, site.domains)
    fields = pa.override_fields(sel, site)
    result = Explanation(
        url=url,
        site=site.name,
        is_article=verdict.is_article,
        signals=verdict.signals,
        canonical=pa.canonical_url(sel, url, site.domains),
        title=fields.get("title") or verdict.title,
        published=fields.get("published") or (verdict.published.isoformat() if verdict.published else None),
        author=fields.get("author") or page_metadata(sel).author,
        body=verdict.body,
    )
    if not verdict.is_article:
        result.next_pages = pa.next_page_links(sel, url, site)
        links = verdict.listing_links or [
            u for u in pa.page_links(sel, url) if pa.ARTICLE_PATH.search(u.lower()) and site.owns(u)
        ]
        result.article_links = [u for u in links if u not in result.next_pages]
    return result


def explain(
    url: str, user_agent: str, sites: list[SiteConfig] | None = None, timeout: float = 30.0
) -> Explanation:
    """Fetch one page (robots.txt obeyed) and explain the verdict; a registry entry applies if one owns it."""
    site = site_for_url(url, sites or []) or host_site(url)
    final_url, body, content_type = fetch(url, user_agent, timeout)
    return explain_html(final_url, body, content_type, site)
