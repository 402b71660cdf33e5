"""Runs one crawl in this process: crawl(CrawlRequest) -> CrawlStats (one per process)."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any

from danvan.crawler.request import CrawlRequest, CrawlStats
from danvan.crawler.spider import NewsSpider
from scrapy.crawler import CrawlerProcess

__all__ = ["CrawlFailed", "CrawlRequest", "CrawlStats", "crawl", "scrapy_settings"]


QUIET_LOGGERS = ("scrapy", "trafilatura")


class CrawlFailed(RuntimeError):
    """The crawl could not start."""


def scrapy_settings(req: CrawlRequest) -> dict[str, Any]:
    """Scrapy settings for a crawl: polite defaults, our retry and conditional-request layers."""
    settings: dict[str, Any] = {
        "BOT_NAME": "danvan",
        "USER_AGENT": req.user_agent,
        "ROBOTSTXT_OBEY": True,
        "CONCURRENT_REQUESTS": req.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": req.per_domain,
        "DOWNLOAD_DELAY": req.download_delay,
        "AUTOTHROTTLE_ENABLED": req.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(req.download_delay, 1.0),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(req.per_domain),
        "DOWNLOAD_TIMEOUT": req.timeout,
        "DOWNLOAD_MAXSIZE": 32 * 1024 * 1024,
        "RETRY_ENABLED": req.retries > 0,
        "RETRY_TIMES": req.retries,
        "RETRY_GIVE_UP_LOG_LEVEL": "WARNING",
        "DANVAN_RETRY_BACKOFF": req.retry_backoff,
        "DEPTH_LIMIT": req.depth_limit,
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "danvan.crawler.middlewares.BackoffRetryMiddleware": 550,
            "danvan.crawler.middlewares.ConditionalRequestMiddleware": 580,
        },
        "ITEM_PIPELINES": {
            "danvan.crawler.pipelines.WarcArchivePipeline": 100,
            "danvan.crawler.pipelines.CallbackPipeline": 300,
            **req.item_pipelines,
        },
        "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.DownloaderAwarePriorityQueue",
        # a response yields one item at most; Scrapy's default (100) starts 100 asyncio tasks per response
        "CONCURRENT_ITEMS": 4,
        # Scrapy reads each callback's source to warn about a generator returning a value; its cache
        # is keyed by bound methods, which die with their request, so it re-parsed parse_any ~1 page in
        # 8 (0.15 ms a page). Our callbacks return nothing (tests/crawler/test_crawl_speed_settings.py).
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": req.log_level,
    }
    if req.warc_dir:
        settings["DANVAN_WARC_DIR"] = str(req.warc_dir)
    settings.update(req.settings)
    if req.validators_db:
        settings["DANVAN_VALIDATORS_DB"] = str(req.validators_db)
    if req.jobdir:
        settings["JOBDIR"] = str(req.jobdir)
    return settings


def crawl(req: CrawlRequest) -> CrawlStats:
    """Run the crawl to completion (or max_pages, or Ctrl-C: resumable with the same jobdir)."""
    # Scrapy opens the root logger to every level; a handler another library installed on it
    # (underthesea calls logging.basicConfig) would then print every INFO record of the crawl
    for handler in logging.getLogger().handlers:
        if handler.level == logging.NOTSET:
            handler.setLevel(req.log_level)
    process = CrawlerProcess(scrapy_settings(req))
    crawler = process.create_crawler(NewsSpider)
    # Scrapy opens the root logger to every level (its handler filters, and it resets the root's level
    # when the crawl starts): every DEBUG call of the crawl (Scrapy's 'Crawled' lines, trafilatura's
    # notes on every page) builds a record only to throw it away. The crawl's level on those loggers
    # stops such calls at the level check.
    quiet = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(req.log_level)
    started = time.monotonic()
    process.crawl(crawler, plan=req)
    try:
        process.start()
    finally:
        for name, level in quiet.items():
            logging.getLogger(name).setLevel(level)
    elapsed = time.monotonic() - started
    spider: NewsSpider = crawler.spider  # type: ignore[assignment]
    values = crawler.stats.get_stats() if crawler.stats else {}
    if spider is None or "finish_reason" not in values:
        raise CrawlFailed("the crawl did not run (a pipeline or middleware failed to open; see the log)")

    def counter(key: str) -> int:
        return int(values.get(f"danvan/{key}", 0))

    per_site: dict[str, dict[str, int]] = {}
    for key, value in values.items():
        if key.startswith("danvan/site/") and isinstance(value, int):
            site, _, name = key.removeprefix("danvan/site/").partition("/")
            per_site.setdefault(site, {})[name] = value
    return CrawlStats(
        finish_reason=str(values.get("finish_reason", "")),
        elapsed_seconds=elapsed,
        responses=int(values.get("downloader/response_count", 0)),
        articles=counter("articles"),
        listing_pages=counter("listing_pages"),
        skipped_known=counter("skipped_known"),
        duplicates=counter("duplicates"),
        too_old=counter("too_old"),
        not_modified=counter("not_modified"),
        robots_blocked=counter("robots_blocked"),
        offsite=counter("offsite") + int(values.get("offsite/filtered", 0)),
        retries=int(values.get("retry/count", 0)),
        bytes_downloaded=int(values.get("downloader/response_bytes", 0)),
        failed=list(spider.failed),
        page_errors=list(spider.page_errors),
        warc_files=list(values.get("danvan/warc_files", [])),
        started_at=_iso(values.get("start_time")),
        finished_at=_iso(values.get("finish_time")),
        per_site=per_site,
    )


def _iso(moment: object) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if isinstance(moment, datetime) else ""
