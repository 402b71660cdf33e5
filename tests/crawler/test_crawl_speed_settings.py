"""The crawl turns off Scrapy's per-request source check of callbacks: ours return no value."""

from __future__ import annotations

import inspect

from danvan.crawler.request import CrawlRequest
from danvan.crawler.run import scrapy_settings
from danvan.crawler.spider import NewsSpider
from scrapy.utils.misc import is_generator_with_return_value


def test_no_callback_is_a_generator_returning_a_value():
    assert scrapy_settings(CrawlRequest())["WARN_ON_GENERATOR_RETURN_VALUE"] is False
    callbacks = [
        f
        for _, f in inspect.getmembers(NewsSpider, inspect.isfunction)
        if f.__module__ == NewsSpider.__module__
    ]
    assert any(f.__name__ == "parse_any" for f in callbacks)
    # what the disabled warning checked, once for every method instead of once a request
    assert not any(is_generator_with_return_value(f) for f in callbacks)
