"""CrawlRequest (what to crawl, how, with the app's callbacks) and CrawlStats (what happened)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from danvan.crawler.page import FetchedPage
from danvan.crawler.sites import SiteConfig

DEFAULT_USER_AGENT = "danvan-crawler/0.1 (news research; set --user-agent with your contact)"


@dataclass(slots=True)
class CrawlRequest:
    """One crawl. `is_known(url)` gets normalised URLs (the FetchedPage.canonical_url form);
    `on_page` None means extraction off: pages are only archived."""

    sites: list[SiteConfig] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    max_pages: int | None = None
    since: date | None = None
    warc_dir: Path | None = None
    user_agent: str = DEFAULT_USER_AGENT
    refresh: bool = False
    jobdir: Path | None = None
    depth_limit: int = 8
    concurrency: int = 16
    per_domain: int = 2
    download_delay: float = 0.5
    autothrottle: bool = True
    timeout: float = 30.0
    retries: int = 3
    retry_backoff: float = 1.0
    validators_db: Path | None = None
    known_sites: list[SiteConfig] = field(default_factory=list)
    follow_article_links: bool = False
    log_level: str = "WARNING"
    is_known: Callable[[str], bool] | None = None
    on_page: Callable[[FetchedPage], None] | None = None
    parse_date: Callable[[str], date | None] | None = None
    # More Scrapy item pipelines ({class path: order}, after the archive at 100 and on_page at 300) and
    # settings for them: how the app adds corpus storage without the crawler importing it.
    item_pipelines: dict[str, int] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class CrawlStats:
    """Counts and problems of one crawl; `failed` and `page_errors` hold (url, reason) pairs."""

    finish_reason: str = ""
    elapsed_seconds: float = 0.0
    responses: int = 0
    articles: int = 0
    listing_pages: int = 0
    skipped_known: int = 0
    duplicates: int = 0
    too_old: int = 0
    not_modified: int = 0
    robots_blocked: int = 0
    offsite: int = 0
    retries: int = 0
    bytes_downloaded: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    page_errors: list[tuple[str, str]] = field(default_factory=list)
    warc_files: list[str] = field(default_factory=list)
    started_at: str = ""
    finished_at: str = ""
    # Per site: pages, articles, listing_pages, errors/<kind>, and what the app's pipelines add.
    per_site: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def pages_per_second(self) -> float:
        return self.responses / self.elapsed_seconds if self.elapsed_seconds else 0.0

    def to_json(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__slots__}
        data["failed"] = [list(x) for x in self.failed]
        data["page_errors"] = [list(x) for x in self.page_errors]
        data["pages_per_second"] = round(self.pages_per_second, 2)
        return data
