"""The crawler as the app drives it: in-process callbacks, `danvan crawl` and `danvan sites`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import FAST, REPO
from danvan.crawler.warc_archive import read_pages

CALLBACK_SCRIPT = """
import json, sys
from danvan.crawler.run import CrawlRequest, crawl

seen = []

def on_page(page):
    seen.append(page.canonical_url)
    if page.canonical_url.endswith("id=1003"):
        raise ValueError("extractor choked")

def is_known(url):
    return url.endswith("id=1002")

stats = crawl(CrawlRequest(
    urls=[sys.argv[1]], download_delay=0, autothrottle=False, timeout=2, retries=1,
    retry_backoff=0.05, on_page=on_page, is_known=is_known,
))
print(json.dumps({"seen": seen, "errors": stats.page_errors, "articles": stats.articles,
                  "known": stats.skipped_known}))
"""


def _run(args: list[str]) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


def test_a_failing_on_page_is_reported_and_the_crawl_goes_on(phusa):
    done = _run(["-c", CALLBACK_SCRIPT, phusa.base_url + "/chuyen-muc.php?cat=dan-van"])
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    ids = {int(u.rsplit("=", 1)[1]) for u in result["seen"]}
    assert ids == set(range(1001, 1009)) - {1002}
    assert [e[0].rsplit("=", 1)[1] for e in result["errors"]] == ["1003"]
    assert "extractor choked" in result["errors"][0][1]
    assert result["known"] >= 1


def test_sites_command_lists_the_registry():
    done = _run(["-m", "danvan.cli", "sites"])
    assert done.returncode == 0, done.stderr[-2000:]
    assert "baocamau" in done.stdout and "unverified" in done.stdout


def test_crawl_command_archive_only(phusa, tmp_path):
    warc = tmp_path / "warc"
    done = _run(
        [
            "-m",
            "danvan.cli",
            "crawl",
            "--url",
            phusa.base_url + "/",
            "--archive-only",
            "--warc-dir",
            str(warc),
            *FAST[:-2],
        ]
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "8 articles archived" in done.stdout
    assert len(list(read_pages([warc]))) == 8


def test_crawl_command_stores_into_the_corpus(phusa, tmp_path):
    db = tmp_path / "corpus.db"
    args = [
        "-m",
        "danvan.cli",
        "crawl",
        "--url",
        phusa.base_url + "/",
        "--db",
        str(db),
        "--warc-dir",
        str(tmp_path / "warc"),
        *FAST[:-2],
    ]
    first = _run(args)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "8 articles stored" in first.stdout
    again = _run(args)
    assert again.returncode == 0 and "0 articles stored" in again.stdout
    from danvan.corpus import Corpus

    with Corpus(db) as corpus:
        runs = corpus.crawl_runs()
    assert len(runs) == 2 and {r["site"] for r in runs} == {"127.0.0.1"}
    newest, oldest = runs
    assert (oldest["articles_new"], newest["articles_new"]) == (8, 0)
    assert oldest["pages"] >= 8 and oldest["errors_by_kind"].get("http_404", 0) >= 0
    listed = _run(["-m", "danvan.cli", "crawls", "--db", str(db)])
    assert listed.returncode == 0, listed.stderr[-2000:]
    assert "127.0.0.1" in listed.stdout and "ok" in listed.stdout


def test_explain_shows_the_verdict_fields_and_listing_links(tmp_path):
    from danvan.crawler.fixtures_server import serve

    server = serve(REPO / "tests" / "fixtures" / "layouts" / "dev-wordpress")
    try:
        article = _run(
            ["-m", "danvan.cli", "crawl", "--explain", server.base_url + "/2024/06/18/hoi-phu-nu-trao-von/"]
        )
        assert article.returncode == 0, article.stderr[-2000:]
        out = article.stdout
        assert out.startswith("ARTICLE") and "date-near-title=2024-06-18" in out
        assert "title:     Hội Liên hiệp Phụ nữ huyện Cờ Đỏ trao vốn cho hội viên nghèo" in out
        assert "published: 2024-06-18" in out and "author:    Diệu Hiền" in out
        assert "Ngày 17/6, Hội Liên hiệp Phụ nữ huyện Cờ Đỏ" in out and "bình luận" not in out
        listing = _run(["-m", "danvan.cli", "crawl", "--explain", server.base_url + "/"])
        assert listing.returncode == 0, listing.stderr[-2000:]
        assert listing.stdout.startswith("NOT AN ARTICLE") and "NOT:listing" in listing.stdout
        assert "/2024/07/12/so-ket-dan-van-kheo/" in listing.stdout
        assert f"next page: {server.base_url}/page/2/" in listing.stdout
        refused = _run(["-m", "danvan.cli", "crawl", "--explain", server.base_url + "/wp-admin/"])
        assert refused.returncode == 2 and "robots.txt disallows" in refused.stdout
        assert server.hits["/wp-admin/"] == 0
    finally:
        server.stop()
