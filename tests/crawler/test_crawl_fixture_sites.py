"""End-to-end crawls of the two fixture sites on 127.0.0.1 (real Scrapy, real HTTP, real WARC)."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

from conftest import DATE_PARSER, run_crawl
from danvan.crawler.warc_archive import read_pages

MATTRAN_ARTICLES = {
    "hoi-nghi-so-ket-phong-trao-dan-van-kheo-nam-2024-20240512101",
    "mat-tran-to-quoc-van-dong-xay-dung-nha-dai-doan-ket-cho-ho-ngheo-20240510102",
    "can-tho-doi-thoai-giua-nguoi-dung-dau-cap-uy-voi-nhan-dan-20240508103",
    "dan-van-chinh-quyen-gan-voi-cai-cach-hanh-chinh-o-phong-dien-20240506104",
    "ban-dan-van-trung-uong-kiem-tra-thuc-hien-quy-che-dan-chu-o-co-so-20240504105",
    "tong-ket-cong-tac-dan-van-nam-2023-tinh-bac-lieu-20231220106",
}
PHUSA_IDS = set(range(1001, 1009))


def slugs(pages: list[dict]) -> set[str]:
    return {Path(p["canonical_url"]).name.removesuffix(".html") for p in pages}


def ids(pages: list[dict]) -> set[int]:
    return {int(p["canonical_url"].rsplit("=", 1)[1]) for p in pages}


def test_generic_spider_stores_exactly_the_articles(mattran, tmp_path):
    result = run_crawl(tmp_path, "--url", mattran.base_url + "/")
    pages, stats = result.pages, result.stats
    assert slugs(pages) == MATTRAN_ARTICLES
    assert len(pages) == len(MATTRAN_ARTICLES)  # each article once despite tracking params
    assert all(p["canonical_url"] == p["final_url"].split("?")[0] for p in pages)
    assert not any("utm_" in p["url"] or "fbclid" in p["url"] for p in pages)
    assert stats["duplicates"] >= 1  # the print version names its article as canonical
    # nothing from the disallowed path was even requested, though home and sitemap link it
    assert not any(path.startswith("/noi-bo/") for path in mattran.hits)
    assert stats["robots_blocked"] >= 1
    # sitemap index, news sitemap, RSS and paginated listings were all used
    for path in ("/sitemap.xml", "/sitemaps/tin-moi.xml", "/rss/dan-van.rss", "/dan-van/trang-2/"):
        assert mattran.hits[path] >= 1, path
    failed = dict(stats["failed"])
    assert failed[mattran.base_url + "/dan-van/bai-da-go-bo-20240502999.html"] == "HTTP 404"
    assert failed[mattran.base_url + "/dan-van/bai-tai-cham-20240501107.html"].startswith("timeout")
    assert stats["retries"] >= 1
    recovered = [p for p in pages if "20240504105" in p["url"]]  # served 500 first, then 200
    assert recovered and recovered[0]["status"] == 200
    assert stats["offsite"] >= 1 and stats["finish_reason"] == "finished"
    assert {p["listing_date"] for p in pages if "20231220106" in p["url"]} == {"2023-12-20"}


def test_old_cms_site_with_registry_entry_and_broken_charsets(phusa, phusa_sites, tmp_path):
    result = run_crawl(tmp_path, "baophusa", "--sites-file", str(phusa_sites), "--date-parser", DATE_PARSER)
    pages = {int(p["canonical_url"].rsplit("=", 1)[1]): p for p in result.pages}
    assert set(pages) == PHUSA_IDS
    assert all(p["site"] == "baophusa" for p in pages.values())
    # declared ISO-8859-1 but UTF-8; declared nothing and Windows-1258
    assert pages[1004]["encoding"] == "utf-8"
    assert "Tuổi trẻ Ô Môn" in pages[1004]["text"]
    assert pages[1005]["encoding"] == "cp1258"
    assert "Hội Liên hiệp Phụ nữ" in unicodedata.normalize("NFC", pages[1005]["text"])
    assert pages[1001]["fields"]["title"] == "Phường An Bình ra mắt mô hình “Tổ dân vận tự quản”"
    assert pages[1001]["fields"]["published"] == "Cập nhật: Thứ Hai, 13/05/2024 - 08:45"
    assert "Ý kiến bạn đọc" not in pages[1001]["fields"]["body_html"]
    assert pages[1001]["listing_date"] == "2024-05-13"
    assert not any(path.startswith("/quan-tri/") for path in phusa.hits)
    assert phusa.hits["/lien-he.php"] >= 1  # fetched, judged not an article, not stored


def test_since_stops_pagination_at_older_listing_pages(phusa, phusa_sites, tmp_path):
    phusa.hits.clear()
    result = run_crawl(
        tmp_path,
        "baophusa",
        "--sites-file",
        str(phusa_sites),
        "--date-parser",
        DATE_PARSER,
        "--since",
        "2024-01-01",
    )
    assert ids(result.pages) == {1001, 1002, 1003, 1004, 1005}
    assert phusa.hits["/chuyen-muc.php?cat=dan-van&page=3"] == 1  # all older: stop here
    assert phusa.hits["/chuyen-muc.php?cat=dan-van&page=4"] == 0
    assert phusa.hits["/tin-tuc.php?id=1007"] == 0 and phusa.hits["/tin-tuc.php?id=1008"] == 0
    assert result.stats["too_old"] >= 2


def test_known_urls_are_not_fetched_unless_refresh(phusa, phusa_sites, tmp_path):
    known = tmp_path / "known.txt"
    known.write_text(f"{phusa.base_url}/tin-tuc.php?id=1001\n{phusa.base_url}/tin-tuc.php?id=1002\n")
    phusa.hits.clear()
    first = run_crawl(
        tmp_path, "baophusa", "--sites-file", str(phusa_sites), "--known", str(known), name="incremental"
    )
    assert ids(first.pages) == PHUSA_IDS - {1001, 1002}
    assert phusa.hits["/tin-tuc.php?id=1001"] == 0
    assert first.stats["skipped_known"] >= 2
    again = run_crawl(
        tmp_path,
        "baophusa",
        "--sites-file",
        str(phusa_sites),
        "--known",
        str(known),
        "--refresh",
        name="refresh",
    )
    assert ids(again.pages) == PHUSA_IDS


def test_conditional_requests_on_the_next_crawl(phusa, phusa_sites, tmp_path):
    common = [
        "baophusa",
        "--sites-file",
        str(phusa_sites),
        "--validators-db",
        str(tmp_path / "validators.sqlite"),
    ]
    first = run_crawl(tmp_path, *common, name="first")
    known = tmp_path / "known.txt"
    known.write_text("\n".join(p["canonical_url"] for p in first.pages))
    second = run_crawl(tmp_path, *common, "--known", str(known), name="second")
    assert second.pages == []
    assert second.stats["not_modified"] >= 1


def test_interrupted_crawl_resumes_from_jobdir(phusa, phusa_sites, tmp_path):
    jobdir = tmp_path / "job"
    common = [
        "baophusa",
        "--sites-file",
        str(phusa_sites),
        "--jobdir",
        str(jobdir),
        "--per-domain",
        "1",
        "--concurrency",
        "1",
    ]
    first = run_crawl(tmp_path, *common, "--max-pages", "3", name="part1")
    assert first.stats["finish_reason"] == "max_pages"
    assert len(first.pages) == 3
    second = run_crawl(tmp_path, *common, name="part2")
    assert ids(first.pages) | ids(second.pages) == PHUSA_IDS
    assert not ids(first.pages) & ids(second.pages)


def test_warc_holds_every_article_and_reads_back_identically(mattran, tmp_path):
    result = run_crawl(tmp_path, "--url", mattran.base_url + "/")
    archived = list(read_pages([result.warc_dir]))
    by_url = {p.canonical_url: p for p in archived}
    assert len(archived) == len(result.pages)
    for page in result.pages:
        back = by_url[page["canonical_url"]]
        assert hashlib.sha256(back.body).hexdigest() and len(back.body) == page["body_bytes"]
        assert back.text() == page["text"]
        assert (back.url, back.final_url, back.encoding, back.site, back.listing_date) == (
            page["url"],
            page["final_url"],
            page["encoding"],
            page["site"],
            page["listing_date"],
        )
        assert back.warc_ref == page["warc_ref"]
        assert back.fetched_at == page["fetched_at"]
    from warcio.archiveiterator import ArchiveIterator

    kinds = []
    for path in result.warc_dir.glob("*.warc.gz"):
        with path.open("rb") as fh:
            kinds += [r.rec_type for r in ArchiveIterator(fh)]
    assert kinds.count("response") == kinds.count("request") == kinds.count("metadata")
    assert kinds.count("response") == len(result.pages)
    assert json.dumps(result.stats["warc_files"])
