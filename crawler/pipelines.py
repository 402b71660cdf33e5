"""Item pipelines of the crawl: WARC archiving, then the plan's on_page callback.

Further pipelines (the app's corpus storage) come in through CrawlRequest.item_pipelines."""

from __future__ import annotations

import logging
from typing import Any

from danvan.crawler.page import FetchedPage
from danvan.crawler.warc_archive import WarcArchive
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

log = logging.getLogger(__name__)


def record_page_error(crawler: Crawler, page: FetchedPage, exc: Exception) -> None:
    """A page a pipeline could not handle: logged, counted, listed; the crawl goes on."""
    log.error("pipeline failed for %s: %s: %s", page.url, type(exc).__name__, exc)
    assert crawler.stats is not None
    crawler.stats.inc_value("danvan/page_errors")
    crawler.stats.inc_value(f"danvan/site/{page.site}/page_errors")
    errors = getattr(crawler.spider, "page_errors", None)
    if errors is not None:
        errors.append((page.url, f"{type(exc).__name__}: {exc}"))


class WarcArchivePipeline:
    """Writes each article response (with its request) to rotating WARC files: DANVAN_WARC_DIR."""

    def __init__(self, crawler: Crawler, directory: str):
        self.crawler = crawler
        self.directory = directory
        self.archive: WarcArchive | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcArchivePipeline:
        directory = crawler.settings.get("DANVAN_WARC_DIR")
        if not directory:
            raise NotConfigured
        return cls(crawler, directory)

    def open_spider(self) -> None:
        self.archive = WarcArchive(self.directory)

    def process_item(self, item: Any) -> Any:
        if isinstance(item, FetchedPage) and self.archive is not None:
            item.warc_ref = self.archive.write(item, item.request_headers)
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("danvan/archived")
        return item

    def close_spider(self) -> None:
        if self.archive is not None:
            self.archive.close()
            assert self.crawler.stats is not None
            self.crawler.stats.set_value("danvan/warc_files", [str(p) for p in self.archive.files])


class CallbackPipeline:
    """Hands each page to the CrawlRequest's on_page; a failure is reported, never fatal."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CallbackPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        plan = getattr(self.crawler.spider, "plan", None)
        if isinstance(item, FetchedPage) and plan is not None and plan.on_page is not None:
            try:
                plan.on_page(item)
            except Exception as exc:  # a bad page must not stop the crawl
                record_page_error(self.crawler, item, exc)
        return item
