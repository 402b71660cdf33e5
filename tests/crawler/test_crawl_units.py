"""Unit tests of the crawler parts: URLs, charsets, sitemaps, registry, page analysis, WARC."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from danvan.crawler import page_analysis as pa
from danvan.crawler.charset import detect_encoding
from danvan.crawler.feeds import parse_feed, parse_sitemap, xml_kind
from danvan.crawler.fixtures_server import fixture_site
from danvan.crawler.page import FetchedPage
from danvan.crawler.sites import SiteConfigError, load_sites, parse_sites, select_sites
from danvan.crawler.structured_dates import find_numeric_date, parse_structured_date
from danvan.crawler.urls import normalize_url
from danvan.crawler.warc_archive import WarcArchive, read_pages
from parsel import Selector

BASE = "http://127.0.0.1:8000"
ARTICLE_A = "hoi-nghi-so-ket-phong-trao-dan-van-kheo-nam-2024-20240512101.html"


def fixture_page(site: str, rel: str) -> tuple[Selector, str, bytes]:
    raw = (fixture_site(site) / rel).read_bytes().replace(b"{{BASE}}", BASE.encode())
    path, _, query = rel.partition("@")
    url = f"{BASE}/{path.removesuffix('index.html')}" + (f"?{query}" if query else "")
    enc, _ = detect_encoding(raw, None)
    return Selector(text=raw.decode(enc), type="html", base_url=url), url, raw


def test_normalize_url_strips_tracking_keeps_meaningful_query():
    assert normalize_url("HTTP://Bao.VN:80/a.html?utm_source=zalo&id=3&fbclid=x#top") == (
        "http://bao.vn/a.html?id=3"
    )
    assert normalize_url("https://x.vn/c.php?page=2&cat=dan-van&zarsrc=1") == (
        "https://x.vn/c.php?cat=dan-van&page=2"
    )
    assert normalize_url("https://x.vn") == "https://x.vn/"


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("Ban Dân vận Tỉnh ủy".encode(), "text/html; charset=iso-8859-1", "utf-8"),
        ("Ban Dân vận Tỉnh ủy".encode(), None, "utf-8"),
        (b"<p>plain ascii</p>", "text/html; charset=windows-1252", "cp1252"),
        ("Mặt trận".encode("utf-16"), None, "utf-16"),
    ],
)
def test_detect_encoding(body, content_type, expected):
    assert detect_encoding(body, content_type)[0] == expected


def test_detect_windows_1258_fixture_page():
    raw = (fixture_site("baophusa") / "tin-tuc.php@id=1005").read_bytes()
    assert detect_encoding(raw, "text/html") == ("cp1258", "detected")


def test_sitemap_index_news_sitemap_and_feeds():
    root = fixture_site("mattran-dongbang")
    index = (root / "sitemap.xml").read_bytes()
    assert xml_kind(index) == "sitemapindex"
    children = parse_sitemap(index)
    assert [c.is_sitemap for c in children] == [True, True]
    assert children[1].date == date(2023, 12, 31)
    news = parse_sitemap((root / "sitemaps/tin-moi.xml").read_bytes())
    assert news[0].date == date(2024, 5, 12) and not news[0].is_sitemap
    feed = (root / "rss/dan-van.rss").read_bytes()
    assert xml_kind(feed) == "rss"
    assert [e.date for e in parse_feed(feed)] == [date(2024, 5, 12), date(2024, 5, 6)]
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://x.vn/a-1.html"/>'
        b"<published>2024-05-01T07:00:00+07:00</published></entry></feed>"
    )
    assert [(e.url, e.date) for e in parse_feed(atom)] == [("https://x.vn/a-1.html", date(2024, 5, 1))]
    assert parse_sitemap(b"not xml at all") == []


def test_structured_and_numeric_dates():
    assert parse_structured_date("Sun, 12 May 2024 01:30:00 GMT") == date(2024, 5, 12)
    assert parse_structured_date("2024-05-12T08:30:00+07:00") == date(2024, 5, 12)
    assert parse_structured_date("hôm qua") is None
    assert find_numeric_date("Cập nhật: Thứ Hai, 13/05/2024 - 08:45") == date(2024, 5, 13)
    assert find_numeric_date("số 43/2024 ngày 31/02/2024") is None


def test_bundled_registry_loads_and_is_marked_unverified():
    sites = load_sites()
    names = {s.name for s in sites}
    assert {
        "nhandan",
        "dangcongsan",
        "mattran",
        "daidoanket",
        "baocantho",
        "baohaugiang",
        "baocamau",
    } <= names
    assert not any(s.verified for s in sites)
    assert select_sites(["baocamau"], sites)[0].owns("https://www.baocamau.vn/tin-a.html")
    with pytest.raises(SiteConfigError, match="unknown site"):
        select_sites(["khong-co"], sites)


@pytest.mark.parametrize(
    "text",
    [
        '[[site]]\nname = "Bad Name"\nstart_urls = ["https://a.vn/"]',
        '[[site]]\nname = "a"\nstart_urls = ["https://a.vn/"]\narticle_patterns = ["("]',
        '[[site]]\nname = "a"\nstart_urls = ["https://a.vn/"]\n[site.selectors]\nphoto = "img"',
        '[[site]]\nname = "a"\n',
        "[[site]\n",
    ],
)
def test_bad_registry_entries_are_rejected_with_a_reason(text):
    with pytest.raises(SiteConfigError):
        parse_sites(text)


@pytest.mark.parametrize(
    ("site", "rel", "is_article"),
    [
        ("mattran-dongbang", "dan-van/" + ARTICLE_A, True),
        ("mattran-dongbang", "index.html", False),
        ("mattran-dongbang", "dan-van/index.html", False),
        ("mattran-dongbang", "dan-van/trang-2/index.html", False),
        ("mattran-dongbang", "tag/dan-van-kheo/index.html", False),
        ("mattran-dongbang", "gioi-thieu/index.html", False),
        ("baophusa", "tin-tuc.php@id=1001", True),
        ("baophusa", "tin-tuc.php@id=1005", True),
        ("baophusa", "chuyen-muc.php@cat=dan-van&page=2", False),
        ("baophusa", "index.html", False),
        ("baophusa", "lien-he.php", False),
    ],
)
def test_article_or_not_without_any_site_config(site, rel, is_article):
    sel, url, _ = fixture_page(site, rel)
    verdict = pa.classify(sel, url, None, ["127.0.0.1"])
    assert verdict.is_article is is_article, verdict.signals


def test_listing_analysis_dates_pagination_and_canonical():
    sel, url, _ = fixture_page("baophusa", "chuyen-muc.php@cat=dan-van&page=2")
    dates = pa.listing_dates(sel, url, None, find_numeric_date)
    assert dates[f"{BASE}/tin-tuc.php?id=1006"] == date(2023, 8, 15)
    assert pa.next_page_links(sel, url, None) == [f"{BASE}/chuyen-muc.php?cat=dan-van&page=3"]
    sel, url, _ = fixture_page(
        "mattran-dongbang",
        "dan-van/can-tho-doi-thoai-giua-nguoi-dung-dau-cap-uy-voi-nhan-dan-20240508103.html@trang_in=1",
    )
    assert pa.canonical_url(sel, url, ["127.0.0.1"]) == url.split("?")[0]


def _page(url: str, body: bytes, encoding: str = "utf-8") -> FetchedPage:
    return FetchedPage(
        url=url,
        final_url=url,
        canonical_url=url,
        status=200,
        headers={"Content-Type": "text/html", "Content-Encoding": "gzip"},
        body=body,
        encoding=encoding,
        fetched_at="2024-05-13T01:00:00Z",
        site="baophusa",
        is_article=True,
        listing_date="2024-05-13",
        fields={"title": "Tiêu đề"},
    )


def test_warc_archive_round_trip_and_rotation(tmp_path: Path):
    archive = WarcArchive(tmp_path, max_bytes=1)  # rotate after every page
    pages = [
        _page(f"{BASE}/tin-tuc.php?id={i}", f"<p>Bài {i}: Dân</p>".encode("cp1258"), "cp1258")
        for i in range(3)
    ]
    refs = [archive.write(p, {"User-Agent": "danvan-test"}) for p in pages]
    archive.close()
    assert len(archive.files) == 3
    back = list(read_pages([tmp_path]))
    assert [p.warc_ref for p in back] == refs
    for original, copy in zip(pages, back, strict=True):
        assert copy.body == original.body and copy.text() == original.text()
        assert (copy.url, copy.site, copy.encoding, copy.listing_date, copy.fields) == (
            original.url,
            original.site,
            original.encoding,
            original.listing_date,
            original.fields,
        )
        assert "Content-Encoding" not in copy.headers  # the archived body is the decoded one


def test_an_undated_article_is_kept_only_when_the_site_lists_it():
    sel, url, _ = fixture_page("mattran-dongbang", "dan-van/" + ARTICLE_A)
    undated = re.sub(
        r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}[T\d:+.Z-]*|[Nn]gày \d{1,2} tháng \d{1,2} năm \d{4}",
        "",
        sel.get(),
    )
    # and no markup typing it as an article
    untyped = re.sub(
        r'<script type="application/ld\+json">.*?</script>|<meta property="og:type"[^>]*>',
        "",
        undated,
        flags=re.S,
    )
    bare = Selector(text=untyped, type="html", base_url=url)
    assert pa.classify(bare, url, None, ["127.0.0.1"]).is_article is False
    listed = pa.classify(bare, url, None, ["127.0.0.1"], "item")
    assert listed.is_article is True and listed.published is None, listed.signals
    assert "undated-but-listed-or-typed" in listed.signals


def _news_page(main: str, title: str) -> Selector:
    return Selector(
        text=f"<html><head><title>{title} - Báo Tây Đô</title></head><body>"
        '<div class="top">Thứ Hai, 13/05/2024</div><div class="menu"><a href="/">Trang chủ</a> '
        f'<a href="/dan-van">Dân vận</a></div><div class="main">{main}</div></body></html>',
        type="html",
    )


def _links(n: int, teaser: bool = False) -> str:
    return "".join(
        f'<li><a href="/tin/bai-so-{i}-ve-cong-tac-dan-van-nam-2024.html">Xã Mỹ Khánh ra mắt mô hình dân vận '
        f"khéo thứ {i} về giữ gìn vệ sinh môi trường</a>"
        + (
            f"<p>Ngày 1{i}/5, Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết, có 50 đại biểu dự.</p>"
            if teaser
            else ""
        )
        + "</li>"
        for i in range(n)
    )


@pytest.mark.parametrize(
    ("main", "title", "is_article"),
    [
        # a three-sentence brief, then its own "related" list in the main column: an article
        (
            "<h1>Phường An Bình ra mắt tổ dân vận</h1><div>12/05/2024 08:30</div><p>Sáng 12/5, Đảng ủy phường An "
            "Bình ra mắt tổ dân vận khu vực 3 gồm 7 thành viên, có nhiệm vụ vận động người dân giữ gìn vệ sinh.</p>"
            "<p>Dịp này, phường trao 10 phần quà cho hộ nghèo.</p><p>Đây là tổ dân vận thứ 12 của phường.</p>"
            f"<ul>{_links(6)}</ul>",
            "Phường An Bình ra mắt tổ dân vận",
            True,
        ),
        # a section page: a dated intro and many links the main text leaves out
        (
            "<h1>Dân vận khéo</h1><div>Cập nhật 13/05/2024</div><p>Chuyên mục Dân vận khéo giới thiệu các mô "
            "hình hay, cách làm sáng tạo trong công tác dân vận ở cơ sở. Mời bạn đọc theo dõi các bài dưới đây.</p>"
            f"<ul>{_links(15)}</ul>",
            "Dân vận khéo",
            False,
        ),
        # a listing of <li> items with teasers: trafilatura marks them "- ", still items
        (f"<h1>Tin dân vận</h1><ul>{_links(8, teaser=True)}</ul>", "Tin dân vận", False),
    ],
)
def test_related_lists_section_intros_and_list_item_listings(main, title, is_article):
    url = "http://127.0.0.1:8000/tin/trang-dang-xet.html"
    verdict = pa.classify(_news_page(main, title), url, None, ["127.0.0.1"])
    assert verdict.is_article is is_article, verdict.signals
