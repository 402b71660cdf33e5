"""The app's side of a crawl: a Scrapy item pipeline storing fetched articles in the corpus, and the
source-health record of each run."""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from danvan.corpus import Corpus
from danvan.corpus.crawl_runs import CrawlRun
from danvan.crawler.page import FetchedPage
from danvan.crawler.pipelines import record_page_error
from danvan.crawler.request import CrawlStats

PIPELINE = "danvan.crawl_store.CorpusPipeline"
DB_SETTING = "DANVAN_DB"


class CorpusPipeline:
    """Cleans, extracts and stores each article page (setting DANVAN_DB: the corpus file); counts
    stored/updated/unchanged/duplicate/rejected per site in crawler.stats."""

    def __init__(self, crawler: Crawler, db: str):
        self.crawler = crawler
        self.db = db
        self.corpus: Corpus | None = None
        self.pipeline: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CorpusPipeline:
        db = crawler.settings.get(DB_SETTING)
        if not db:
            raise NotConfigured
        return cls(crawler, db)

    def open_spider(self) -> None:
        from danvan.pipeline import Pipeline

        self.corpus = Corpus(self.db)
        self.pipeline = Pipeline()

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, FetchedPage) or self.corpus is None:
            return item
        from danvan.pages import page_to_raw

        try:
            result = self.corpus.store(self.pipeline.process(page_to_raw(item)))
        except Exception as exc:  # a bad page must not stop the crawl
            record_page_error(self.crawler, item, exc)
            return item
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value(f"danvan/site/{item.site}/{result.status}")
        if result.status == "rejected":
            record_page_error(self.crawler, item, ValueError(result.reason or "rejected"))
        return item

    def close_spider(self) -> None:
        if self.corpus is not None:
            self.corpus.close()


def crawl_runs(stats: CrawlStats) -> list[CrawlRun]:
    """One source-health row per site of a finished crawl."""
    out = []
    for site, counts in sorted(stats.per_site.items()):
        kinds = {k.removeprefix("errors/"): v for k, v in counts.items() if k.startswith("errors/")}
        out.append(
            CrawlRun(
                site=site,
                started_at=stats.started_at,
                finished_at=stats.finished_at,
                finish_reason=stats.finish_reason,
                pages=counts.get("pages", 0),
                articles_new=counts.get("stored", 0),
                articles_updated=counts.get("updated", 0),
                rejects=counts.get("page_errors", 0),  # rejected by the corpus or failed in a pipeline
                errors=sum(kinds.values()),
                errors_by_kind=kinds,
            )
        )
    return out
