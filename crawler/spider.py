"""The generic news spider: robots.txt sitemaps, feeds and listing pages in; article pages out."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator, Iterator
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import scrapy
from danvan.crawler import page_analysis as pa
from danvan.crawler.charset import detect_encoding
from danvan.crawler.feeds import document_kind, parse_feed, parse_sitemap
from danvan.crawler.middlewares import NotModified
from danvan.crawler.page import FetchedPage
from danvan.crawler.page_parser import html_selector
from danvan.crawler.request import CrawlRequest
from danvan.crawler.sites import SiteConfig, site_for_url
from danvan.crawler.structured_dates import find_numeric_date
from danvan.crawler.urls import normalize_url, same_site
from danvan.crawler.warc_archive import warc_date
from parsel import Selector
from scrapy.exceptions import (
    CannotResolveHostError,
    CloseSpider,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TCPTimedOutError
from twisted.internet.error import TimeoutError as TwistedTimeoutError
from twisted.python.failure import Failure

log = logging.getLogger(__name__)
PRIORITY = {"robots": 100, "sitemap": 50, "feed": 40, "item": 25, "article": 20, "listing": 0}


def host_site(url: str) -> SiteConfig:
    """A registry-less site for a bare start URL: named and scoped by its host."""
    host = (urlsplit(url).hostname or "").lower()
    domain = host.removeprefix("www.")
    return SiteConfig(name=host, domains=[domain], start_urls=[url])


class NewsSpider(scrapy.Spider):
    """Crawls every site of a CrawlRequest; emits each new article page once."""

    name = "danvan-news"

    def __init__(self, plan: CrawlRequest, **kwargs: Any):
        super().__init__(**kwargs)
        self.plan = plan
        self.sites: dict[str, SiteConfig] = {s.name: s for s in plan.sites}
        for url in plan.urls:
            site = site_for_url(url, plan.sites) or site_for_url(url, plan.known_sites)
            site = site or host_site(url)
            site = self.sites.setdefault(site.name, site)
            if url not in site.start_urls:
                site.start_urls.append(url)
        self.allowed_domains = sorted({d for s in self.sites.values() for d in s.domains})
        self.parse_date = plan.parse_date or find_numeric_date
        self.failed: list[tuple[str, str]] = []
        self.page_errors: list[tuple[str, str]] = []
        self._emitted: set[str] = set()
        self._texts: set[str] = set()
        self._hints: dict[str, str] = {}  # the hint each URL was first requested with

    def count(self, key: str, site: str | None = None, n: int = 1) -> None:
        """Add to a crawl counter in crawler.stats (danvan/<key>, and danvan/site/<site>/<key>)."""
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value(f"danvan/{key}", n)
        if site:
            stats.inc_value(f"danvan/site/{site}/{key}", n)

    def counted(self, key: str) -> int:
        stats = self.crawler.stats
        return int(stats.get_value(f"danvan/{key}", 0)) if stats is not None else 0

    @property
    def emitted(self) -> set[str]:
        """Canonical URLs emitted so far (kept in the JOBDIR state when resuming)."""
        state = getattr(self, "state", None)
        if state is None:
            return self._emitted
        return state.setdefault("emitted", set())

    def _request(self, url: str, site: str, hint: str, **meta: Any) -> Request:
        return Request(
            url,
            callback=self.parse_any,
            errback=self.on_error,
            priority=PRIORITY.get(hint, 0),
            meta={"site": site, "hint": hint, **meta},
        )

    async def start(self) -> AsyncIterator[Request]:
        origins: set[str] = set()
        for site in self.sites.values():
            for url in site.start_urls:
                parts = urlsplit(url)
                origin = f"{parts.scheme}://{parts.netloc}"
                if origin not in origins:
                    origins.add(origin)
                    yield Request(
                        origin + "/robots.txt",
                        callback=self.parse_robots,
                        errback=self.on_error,
                        priority=PRIORITY["robots"],
                        meta={"site": site.name, "quiet": True},
                    )
            for url in site.sitemaps:
                yield self._request(url, site.name, "sitemap")
            for url in site.feeds:
                yield self._request(url, site.name, "feed")
            for url in site.start_urls:
                request = self._request(url, site.name, "start")
                yield request.replace(dont_filter=True)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        site = response.meta["site"]
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield self._request(url, site, "sitemap")

    def parse_any(self, response: Response) -> Iterator[Request | FetchedPage]:
        self.count("pages", response.meta["site"])
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        kind = document_kind(response.body, content_type)  # a feed served as text/html is still a feed
        if kind in ("sitemapindex", "urlset"):
            yield from self._parse_sitemap(response)
        elif kind in ("rss", "atom"):
            yield from self._parse_feed(response)
        elif "html" in content_type or response.body.lstrip()[:1] == b"<":
            yield from self._parse_html(response, content_type)

    def _too_old(self, when: date | None) -> bool:
        return bool(self.plan.since and when and when < self.plan.since)

    def _candidate(self, url: str, site: str, hint: str, when: date | None) -> Request | None:
        """A request for a discovered URL, or None when it is off-site, too old or known."""
        url = normalize_url(url)
        config = self.sites[site]
        if not same_site(url, config.domains):
            self.count("offsite", site)
            return None
        if config.matches("exclude", url):
            return None
        if self._too_old(when):
            self.count("too_old", site)
            return None
        if url in self.emitted:
            return None
        if not self.plan.refresh and self.plan.is_known and self.plan.is_known(url):
            self.count("skipped_known", site)
            return None
        first = self._hints.setdefault(url, hint)
        request = self._request(url, site, hint, listing_date=when.isoformat() if when else None)
        if first != hint and hint == "item" and when is not None and first in ("listing", "article"):
            # first reached by a menu's or a page's plain link, now listed as an item with the date its
            # listing prints: asked again, past the duplicate filter, so that a page printing no date of
            # its own is judged with its listing's (whichever link the crawl met first)
            self._hints[url] = hint
            return request.replace(dont_filter=True)
        return request

    def _parse_sitemap(self, response: Response) -> Iterator[Request]:
        site = response.meta["site"]
        for entry in parse_sitemap(response.body):
            if entry.is_sitemap:
                if self._too_old(entry.date):
                    self.count("too_old", site)
                    continue
                yield self._request(entry.url, site, "sitemap")
            elif request := self._candidate(entry.url, site, "sitemap", entry.date):
                yield request

    def _parse_feed(self, response: Response) -> Iterator[Request]:
        site = response.meta["site"]
        for entry in parse_feed(response.body):
            if request := self._candidate(entry.url, site, "feed", entry.date):
                yield request

    def _parse_html(self, response: Response, content_type: str) -> Iterator[Request | FetchedPage]:
        site = self.sites[response.meta["site"]]
        encoding, _ = detect_encoding(response.body, content_type)
        text = response.body.decode(encoding, errors="replace")
        sel = html_selector(text, response.url)
        hint = response.meta.get("hint", "")
        if hint == "item" and not response.meta.get("listing_date"):
            hint = "undated-item"  # a listing's item undated there: only its own page can date it
        verdict = pa.classify(sel, response.url, site, site.domains, hint)
        if verdict.is_article:
            yield from self._emit(response, sel, site, encoding, verdict)
            # links are followed from a start page whatever its verdict: the crawl is asked to start there
            # (and a home page of teasers can read as an article)
            if not self.plan.follow_article_links and response.meta.get("hint") != "start":
                # the article's own list of other articles ("Các tin khác"): its items are article
                # candidates (an older item may be linked from no listing the crawl reaches)
                yield from self._related_items(sel, response.url, site, verdict)
                return
        else:
            self.count("listing_pages", site.name)
        for url in pa.feed_links(sel, response.url):
            if same_site(url, site.domains):
                yield self._request(normalize_url(url), site.name, "feed")
        items = set(verdict.listing_links)
        dates = pa.listing_dates(sel, response.url, site, self.parse_date)
        next_pages = set(pa.next_page_links(sel, response.url, site))
        all_old = bool(dates) and all(self._too_old(d) for d in dates.values())
        for url in pa.page_links(sel, response.url):
            is_page = url in next_pages or pa.is_pagination_url(url)
            if is_page and self.plan.since and (all_old or url not in next_pages):
                continue
            if is_page:
                hint = "listing"
            elif url in items:
                hint = "item"  # reached from a listing's repeated blocks: an article candidate
            else:
                hint = "article" if pa.ARTICLE_PATH.search(url.lower()) else "listing"
            if request := self._candidate(url, site.name, hint, dates.get(url)):
                yield request

    def _related_items(
        self, sel: Selector, url: str, site: SiteConfig, verdict: pa.Verdict
    ) -> Iterator[Request]:
        """Requests for the items of an article page's repeated link blocks (its related list), as
        listing items. A crawl with a `since` limit follows only the items printed with a date, and
        not an older one (a related list reaches back years)."""
        dates = pa.listing_dates(sel, url, None, self.parse_date) if self.plan.since else {}
        for item in verdict.listing_links:
            if self.plan.since and item not in dates:
                continue
            if request := self._candidate(item, site.name, "item", dates.get(item)):
                yield request

    def _emit(
        self, response: Response, sel: Selector, site: SiteConfig, encoding: str, verdict: pa.Verdict
    ) -> Iterator[Request | FetchedPage]:
        canonical = pa.canonical_url(sel, response.url, site.domains)
        requested = normalize_url((response.meta.get("redirect_urls") or [response.url])[0])
        text = urlsplit(response.url).netloc + " ".join(verdict.main_text.split())
        fingerprint = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if canonical in self.emitted or fingerprint in self._texts:
            # the same article again: under another URL, or a print/AMP copy naming no canonical
            self.count("duplicates", site.name)
            return
        if (
            canonical != requested
            and not self.plan.refresh
            and self.plan.is_known
            and self.plan.is_known(canonical)
        ):
            self.count("skipped_known", site.name)
            return
        if self.plan.max_pages and self.counted("articles") >= self.plan.max_pages:
            # Past the limit while the crawl closes: put the page back so a resumed crawl gets it.
            self.count("deferred")
            yield response.request.replace(dont_filter=True)
            return
        fields = pa.override_fields(sel, site)
        if verdict.title:
            fields.setdefault("title", verdict.title)
        if verdict.published:
            fields.setdefault("published", verdict.published.isoformat())
        if verdict.body and "body_html" not in fields:
            # the detector's extraction, one paragraph a line: the app need not extract the page again
            fields["body_text"] = "\n".join(verdict.body)
        page = FetchedPage(
            url=requested,
            final_url=response.url,
            canonical_url=canonical,
            status=response.status,
            headers={
                k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()
            },
            body=response.body,
            encoding=encoding,
            fetched_at=warc_date(),
            site=site.name,
            is_article=True,
            listing_date=response.meta.get("listing_date"),
            fields=fields,
            request_headers={
                k.decode("latin-1"): b", ".join(v).decode("latin-1")
                for k, v in response.request.headers.items()
            },
        )
        self.emitted.add(canonical)
        self._texts.add(fingerprint)
        self.count("articles", site.name)
        yield page  # archived and stored by the item pipelines
        if self.plan.max_pages and self.counted("articles") >= self.plan.max_pages:
            raise CloseSpider("max_pages")

    def on_error(self, failure: Failure) -> None:
        request = failure.request
        site = request.meta.get("site")
        if failure.check(NotModified):
            self.count("not_modified", site)
            return
        if request.meta.get("quiet"):
            return
        if failure.check(HttpError):
            reason = f"HTTP {failure.value.response.status}"
            kind = f"http_{failure.value.response.status}"
        elif failure.check(IgnoreRequest):
            if "robots.txt" in str(failure.value):
                self.count("robots_blocked", site)
                return
            reason = f"ignored: {failure.value}"
            kind = "ignored"
        elif failure.check(DownloadTimeoutError, TwistedTimeoutError, TCPTimedOutError):
            reason = kind = "timeout"
        elif failure.check(
            CannotResolveHostError,
            DownloadConnectionRefusedError,
            DNSLookupError,
            ConnectionRefusedError,
        ):
            reason = f"connection failed: {failure.getErrorMessage()}"
            kind = "connection"
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
            kind = "other"
        self.count(f"errors/{kind}", site)
        retries = request.meta.get("retry_times", 0)
        if retries:
            reason += f" (after {retries} retries)"
        self.failed.append((request.url, reason))
