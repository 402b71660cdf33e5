"""Downloader middlewares: retries with exponential backoff, and conditional requests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.utils.asyncio import sleep


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry policy, waiting base * 2**attempt seconds (or Retry-After) before retrying."""

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("DANVAN_RETRY_BACKOFF", 1.0)
        self.cap = settings.getfloat("DANVAN_RETRY_BACKOFF_MAX", 60.0)

    def _delay(self, request: Request, response: Response | None = None) -> float:
        attempt = request.meta.get("retry_times", 0)
        delay = self.base * (2**attempt)
        if response is not None:
            retry_after = response.headers.get(b"Retry-After", b"").decode("latin-1").strip()
            if retry_after.isdigit():
                delay = max(delay, float(retry_after))
        return min(delay, self.cap)

    def _retry_request(self, request: Request, reason: str | Exception) -> Request | None:
        """The retry copy of a request (Scrapy's public get_retry_request), or None when out of tries."""
        assert self.crawler.spider is not None
        return get_retry_request(
            request,
            spider=self.crawler.spider,
            reason=reason,
            max_retry_times=request.meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=request.meta.get("priority_adjust", self.priority_adjust),
            give_up_log_level=request.meta.get("give_up_log_level", self.give_up_log_level),
        )

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        delay = self._delay(request, response)
        retry = self._retry_request(request, f"HTTP {response.status}")
        if retry is None:
            return response
        await sleep(delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        delay = self._delay(request)
        retry = self._retry_request(request, exception)
        if retry is not None:
            await sleep(delay)
        return retry


class NotModified(IgnoreRequest):
    """The server answered 304: the page has not changed since the last crawl."""


class ValidatorStore:
    """ETag / Last-Modified per URL, kept in a small SQLite file between crawls."""

    def __init__(self, path: str | Path):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path))
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS validators (url TEXT PRIMARY KEY, etag TEXT, modified TEXT)"
        )

    def get(self, url: str) -> tuple[str | None, str | None] | None:
        row = self.db.execute("SELECT etag, modified FROM validators WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else None

    def put_many(self, rows: dict[str, tuple[str | None, str | None]]) -> None:
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO validators (url, etag, modified) VALUES (?, ?, ?)",
                [(u, e, m) for u, (e, m) in rows.items()],
            )

    def close(self) -> None:
        self.db.close()


class ConditionalRequestMiddleware:
    """Sends If-None-Match / If-Modified-Since for pages seen in an earlier, completed crawl.

    Validators learnt in this crawl are saved only when it finishes normally: an interrupted crawl
    may not have followed every link of a listing page yet, so a 304 next time would hide them."""

    def __init__(self, crawler: Crawler, path: str):
        self.crawler = crawler
        self.store = ValidatorStore(path)
        self.learnt: dict[str, tuple[str | None, str | None]] = {}
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        path = crawler.settings.get("DANVAN_VALIDATORS_DB")
        if not path:
            raise NotConfigured
        return cls(crawler, path)

    def process_request(self, request: Request) -> None:
        if request.meta.get("conditional", True) is False:
            return None
        known = self.store.get(request.url)
        if known:
            etag, modified = known
            if etag:
                request.headers.setdefault(b"If-None-Match", etag.encode("latin-1"))
            if modified:
                request.headers.setdefault(b"If-Modified-Since", modified.encode("latin-1"))
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status == 304:
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("danvan/not_modified")
            raise NotModified(f"not modified: {request.url}")
        if response.status == 200:
            etag = response.headers.get(b"ETag")
            modified = response.headers.get(b"Last-Modified")
            if etag or modified:
                self.learnt[request.url] = (
                    etag.decode("latin-1") if etag else None,
                    modified.decode("latin-1") if modified else None,
                )
        return response

    def spider_closed(self, spider, reason: str) -> None:
        if reason == "finished" and self.learnt:
            self.store.put_many(self.learnt)
        self.store.close()
