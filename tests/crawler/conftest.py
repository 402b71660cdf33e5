"""Fixture sites served on 127.0.0.1 and a helper that runs one crawl in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from danvan.crawler.fixtures_server import FixtureServer, fixture_site, serve

REPO = Path(__file__).resolve().parents[2]
DATE_PARSER = f"{Path(__file__).with_name('vn_dates.py')}:parse_date"
FAST = [
    "--delay",
    "0",
    "--no-autothrottle",
    "--timeout",
    "1",
    "--retries",
    "2",
    "--backoff",
    "0.05",
    "--per-domain",
    "4",
]

PHUSA_SITES = """
[[site]]
name = "baophusa"
title = "Báo Phù Sa (fixture)"
kind = "province"
domains = ["127.0.0.1"]
start_urls = ["{base}/chuyen-muc.php?cat=dan-van"]
article_patterns = ['/tin-tuc\\.php\\?id=\\d+$']
pagination = "a.trang-sau"
listing_item = "div.tin-item"
listing_date = "span.ngay"
[site.selectors]
title = "div.tieude h1"
published = "span.ngaydang"
author = "p.tacgia"
body = "div#noidung"
"""


@dataclass
class CrawlResult:
    stats: dict
    pages: list[dict]
    warc_dir: Path


@pytest.fixture(scope="module")
def mattran() -> Iterator[FixtureServer]:
    server = serve(fixture_site("mattran-dongbang"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def phusa() -> Iterator[FixtureServer]:
    server = serve(fixture_site("baophusa"))
    yield server
    server.stop()


@pytest.fixture
def phusa_sites(phusa: FixtureServer, tmp_path: Path) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text(PHUSA_SITES.replace("{base}", phusa.base_url), encoding="utf-8")
    return path


def run_crawl(tmp: Path, *args: str, name: str = "run") -> CrawlResult:
    """`python -m danvan.crawler ...` in a fresh process (Twisted's reactor runs once per process)."""
    out = tmp / name
    out.mkdir(parents=True, exist_ok=True)
    pages, stats = out / "pages.jsonl", out / "stats.json"
    cmd = [
        sys.executable,
        "-m",
        "danvan.crawler",
        *args,
        *FAST,
        "--warc-dir",
        str(out / "warc"),
        "--pages-out",
        str(pages),
        "--stats-out",
        str(stats),
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [json.loads(line) for line in pages.read_text().splitlines()] if pages.exists() else []
    return CrawlResult(json.loads(stats.read_text()), rows, out / "warc")
