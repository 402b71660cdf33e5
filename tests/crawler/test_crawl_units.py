"""Unit tests of the crawler parts: URLs, charsets, sitemaps, registry, page analysis, WARC."""

from __future__ import annotations

import re
import threading
from datetime import date
from pathlib import Path

import pytest
from danvan.crawler import page_analysis as pa
from danvan.crawler.article_body import article_body
from danvan.crawler.charset import detect_encoding
from danvan.crawler.feeds import parse_feed, parse_sitemap, xml_kind, xml_root_kind
from danvan.crawler.fixtures_server import fixture_site, serve
from danvan.crawler.headline_dates import attribute_date, closing_date
from danvan.crawler.listing_structure import is_copy_url, item_regions, link_items
from danvan.crawler.main_text import main_text
from danvan.crawler.page import FetchedPage
from danvan.crawler.page_metadata import page_metadata
from danvan.crawler.page_parser import html_selector
from danvan.crawler.printed_dates import printed_date
from danvan.crawler.record_pages import labelled_record, record_fields
from danvan.crawler.site_chrome import site_names
from danvan.crawler.sites import SiteConfigError, load_sites, parse_sites, select_sites
from danvan.crawler.structured_dates import find_numeric_date, parse_structured_date
from danvan.crawler.urls import normalize_url
from danvan.crawler.warc_archive import WarcArchive, read_pages
from lxml import etree
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


_BODY = (
    "<p>Sáng 12/5, Ủy ban MTTQ Việt Nam phường An Bình tiếp nhận 50 triệu đồng ủng hộ Quỹ Vì người nghèo "
    "do doanh nghiệp trên địa bàn đóng góp.</p><p>Số tiền sẽ được dùng để sửa chữa 2 căn nhà cho hộ nghèo "
    "ở khu vực 3 của phường.</p><p>Từ đầu năm, Quỹ Vì người nghèo phường vận động được hơn 180 triệu đồng.</p>"
)
_HEADLINE = "Phường An Bình tiếp nhận 50 triệu đồng ủng hộ Quỹ Vì người nghèo"
_SIDEBAR = (
    "<table class='box'><tr><td class='box-title'>DANH MỤC</td></tr><tr><td><a href='/'>Trang chủ</a></td></tr>"
    "<tr><td><a href='/lien-he.php'>Liên hệ</a></td></tr></table><table class='box'><tr>"
    "<td class='box-title'>THỐNG KÊ TRUY CẬP</td></tr><tr><td>Đang trực tuyến: 27<br>Tổng lượt truy cập: "
    "1.384.592</td></tr></table>"
)
_FOOTER = "Ủy ban Mặt trận Tổ quốc phường An Bình. Số 25 đường Cách Mạng Tháng Tám, điện thoại 0277 3822 xxx."


def _table_page(content: str) -> Selector:
    """A two-column table layout: the sidebar in the left cell, the content in the right, a footer row."""
    return Selector(
        text=f"<html><head><title>Tin tức :: Mặt trận phường An Bình</title></head><body><table><tr>"
        f"<td class='cot-trai'>{_SIDEBAR}</td><td class='cot-phai'><table><tr><td>{content}</td></tr></table>"
        f"</td></tr><tr><td colspan='2' class='footer'>{_FOOTER}</td></tr></table></body></html>",
        type="html",
    )


def test_a_table_layout_is_read_as_columns_not_as_one_table():
    # the layout tables become blocks: the article's own cell is the main text, no sidebar, no footer
    url = "http://127.0.0.1:8000/tin-tuc.php?nid=5"
    page = _table_page(
        f"<h2 class='tieu-de'>{_HEADLINE}</h2><div>Cập nhật: 08:15 ngày 12-5-2024</div>{_BODY}"
    )
    verdict = pa.classify(page, url, None, ["127.0.0.1"])
    assert verdict.is_article, verdict.signals
    assert verdict.title == _HEADLINE and verdict.published == date(2024, 5, 12)
    assert not any("truy cập" in ln or "Cách Mạng" in ln for ln in verdict.body), verdict.body


def test_a_box_heading_is_no_headline_and_a_listing_in_a_table_layout_is_a_listing():
    # the sidebar's box heading shares too few syllables with the text outside its own line
    url = "http://127.0.0.1:8000/tin-tuc.php?cid=4"
    items = "".join(
        f"<li><a class='tieu-de' href='/tin-tuc.php?cid=4&nid={i}'>Mặt trận xã số {i} ra mắt mô hình dân vận "
        f"khéo về giữ gìn vệ sinh</a><div>Mô hình được người dân đồng tình hưởng ứng.</div>"
        f"<span>0{i}/06/2024</span></li>"
        for i in range(1, 6)
    )
    verdict = pa.classify(_table_page(f"<ul class='ds-tin'>{items}</ul>"), url, None, ["127.0.0.1"])
    assert not verdict.is_article, verdict.signals
    assert verdict.title != "THỐNG KÊ TRUY CẬP"
    assert len(verdict.listing_links) == 5


def test_a_photo_album_is_judged_on_the_text_after_its_headline():
    # the captions beside the images are all the album's own text, whatever the columns hold before it
    url = "http://127.0.0.1:8000/thu-vien-anh.php?album=6"
    cells = "".join(
        f"<td><img src='/a/{i}.jpg'><br><span>{caption}</span></td>"
        for i, caption in enumerate(
            [
                "Căn nhà Đại đoàn kết mới của gia đình bà Lê Thị Hai, ấp Long Bình.",
                "Bà con trong ấp cùng góp công hoàn thiện căn nhà Đại đoàn kết.",
                "Lãnh đạo xã trao quyết định bàn giao nhà Đại đoàn kết cho hộ khó khăn.",
            ]
        )
    )
    album = (
        "<h2>Bàn giao nhà Đại đoàn kết tại xã Long Phước</h2><span>Ngày đăng: 20/05/2024</span>"
        f"<table class='album'><tr>{cells}</tr></table><p><a href='/thu-vien-anh.php'>« Các album khác</a></p>"
    )
    verdict = pa.classify(_table_page(album), url, None, ["127.0.0.1"])
    assert not verdict.is_article, verdict.signals
    assert any(s.startswith("NOT:gallery") for s in verdict.signals), verdict.signals


def test_a_bold_lead_the_extractor_drops_is_put_back_before_the_body():
    lead = (
        "Chi bộ ấp Mỹ Phước vừa tổ chức sinh hoạt chuyên đề về giúp hộ nghèo có việc làm, thu hút 27 đảng "
        "viên và đại diện các đoàn thể ấp tham dự."
    )
    page = _news_page(
        f"<h1>{_HEADLINE}</h1><div>01/06/2024 15:40</div><div class='sapo'><strong>{lead}</strong></div>"
        f"<div class='noidung'>{_BODY}</div>",
        _HEADLINE,
    )
    verdict = pa.classify(page, "http://127.0.0.1:8000/tin/chi-bo-ap-my-phuoc-2446.htm", None, ["127.0.0.1"])
    assert verdict.is_article, verdict.signals
    assert verdict.body[0] == lead and verdict.body[1].startswith("Sáng 12/5"), verdict.body


@pytest.mark.parametrize(
    ("head", "main", "negative"),
    [
        # typed as an about page (and not as an article): rejected, however much text it has
        (
            '<script type="application/ld+json">{"@type": "AboutPage", "name": "Giới thiệu"}</script>',
            f"<h1>{_HEADLINE}</h1><p>Cập nhật: 15/01/2024</p>{_BODY}",
            "NOT:typed-as-jsonld:aboutpage",
        ),
        # a video player and a one-sentence description: a video page
        (
            "",
            f"<h1>{_HEADLINE}</h1><time datetime='2024-05-22'>22/05/2024</time><video src='/v/1.mp4'></video>"
            "<p>Bà con ấp 4 vui Ngày hội Đại đoàn kết toàn dân tộc năm 2024. Video: Quang Huy.</p>",
            "NOT:media-page",
        ),
    ],
)
def test_pages_typed_or_built_as_something_else_are_no_articles(head, main, negative):
    page = Selector(
        text=f"<html><head><title>{_HEADLINE}</title>{head}</head><body><div class='main'>{main}</div></body></html>",
        type="html",
    )
    verdict = pa.classify(page, "http://127.0.0.1:8000/tin/trang-dang-xet-1207.htm", None, ["127.0.0.1"])
    assert not verdict.is_article
    assert any(s.startswith(negative) for s in verdict.signals), verdict.signals
    # without the typing or the player, the same text is an article
    plain = Selector(
        text=f"<html><body><div class='main'>{main}</div></body></html>".replace("<video", "<img")
    )
    if negative == "NOT:typed-as-jsonld:aboutpage":
        assert pa.classify(plain, "http://127.0.0.1:8000/tin/a-1.htm", None, ["127.0.0.1"]).is_article


def test_syllables_of_windows_1258_text_are_composed():
    from danvan.crawler.text_keys import syllables

    decomposed = "Ho\u0302\u0323i Lie\u0302n hie\u0323\u0302p Phu\u0323 nu\u031b\u0303"
    assert syllables(decomposed) == syllables("Hội Liên hiệp Phụ nữ")


def test_a_headline_heading_its_paragraphs_need_not_repeat_its_words():
    # the body shares one syllable with the headline, but the headline heads the main text's paragraphs
    title = "Ấm lòng ngày hội trên quê hương Cà Mau (bài 11)"
    page = _news_page(f"<h1>{title}</h1><time>12/05/2024</time>{_BODY}", title)
    verdict = pa.classify(page, "http://127.0.0.1:8000/tin/am-long-ngay-hoi-11.html", None, ["127.0.0.1"])
    assert verdict.is_article and verdict.title == title, verdict.signals


def test_a_blog_listing_of_entries_with_teasers_is_a_listing_not_its_sidebar():
    # each entry's linked title sits in the entry's own <header>, its date, category link and teaser
    # beside it; a sidebar of as many recent-post titles must not be taken for the listing
    url = "http://127.0.0.1:8000/"
    entries = "".join(
        f"<article class='post'><header class='entry-header'><h2><a href='/2024/06/0{i}/bai-{i}/'>Xã số {i} "
        f"ra mắt mô hình dân vận khéo</a></h2><time>0{i}/06/2024</time></header>"
        f"<a href='/chuyen-muc/dan-van/'>Dân vận</a><div class='entry-summary'><p>Mô hình dân vận khéo của "
        f"xã số {i} giúp bà con hiến đất làm đường, sửa nhà văn hóa ấp và giữ gìn vệ sinh môi trường; "
        f"Mặt trận xã phối hợp các đoàn thể vận động từng hộ, được người dân đồng tình hưởng ứng.</p></div>"
        f"</article>"
        for i in range(1, 5)
    )
    recent = "".join(
        f"<li><a href='/2024/05/1{i}/tin-{i}/'>Tin cũ số {i} về công tác dân vận</a></li>" for i in range(4)
    )
    html = (
        "<html><head><title>Ban Dân vận Huyện ủy</title></head><body><header><h1>Ban Dân vận Huyện ủy Yên Sơn"
        f"</h1></header><main>{entries}</main><aside><h3>Bài viết mới</h3><ul>{recent}</ul></aside></body></html>"
    )
    verdict = pa.classify(Selector(text=html, type="html", base_url=url), url, None, ["127.0.0.1"])
    assert not verdict.is_article, verdict.signals
    assert all("/2024/06/" in link for link in verdict.listing_links) and len(verdict.listing_links) == 4


_MENU = (
    "<table class='menu'><tr><td><a href='/'>TRANG CHỦ</a></td><td><a href='/quy-vi-nguoi-ngheo.aspx'>QUỸ VÌ NGƯỜI NGHÈO</a></td>"
    "<td><a href='/gioi-thieu.aspx'>GIỚI THIỆU</a></td><td><a href='/quang-cao.aspx'>QUẢNG CÁO</a></td>"
    "<td><a href='/lien-he.aspx'>LIÊN HỆ</a></td></tr></table>"
)


@pytest.mark.parametrize(
    ("path", "main", "negative"),
    [
        # a page the site's menu links to (an advertising-price page): dated, prose and a table, no article
        (
            "/quang-cao.aspx",
            f"<h1>{_HEADLINE}</h1><div>Cập nhật: 15/01/2024</div>{_BODY}",
            "NOT:menu-page:a-menu-entry-links-here",
        ),
        # a section's page 2: the section's name as headline, an intro, one teaser and a results counter
        (
            "/quy-vi-nguoi-ngheo.aspx?page=2",
            f"<h2>Quỹ Vì người nghèo</h2><div>13/05/2024</div>{_BODY}<small>Hiển thị 11 - 11 trong tổng số 11 kết quả.</small>",
            "NOT:menu-page:headline-is-a-menu-entry",
        ),
    ],
)
def test_pages_the_site_menu_leads_to_are_no_articles(path, main, negative):
    url = "http://127.0.0.1:8000" + path
    html = f"<html><head><title>Báo Sông Hậu</title></head><body>{_MENU}<div class='main'>{main}</div></body></html>"
    verdict = pa.classify(Selector(text=html, type="html", base_url=url), url, None, ["127.0.0.1"])
    assert not verdict.is_article
    assert negative in verdict.signals, verdict.signals
    # the same page at an article's address, under an article's headline: an article
    article = html.replace("<h2>Quỹ Vì người nghèo</h2>", f"<h1>{_HEADLINE}</h1>").replace(
        "<small>Hiển thị 11 - 11 trong tổng số 11 kết quả.</small>", ""
    )
    url = "http://127.0.0.1:8000/tin/phuong-an-binh-tiep-nhan-1207.aspx"
    assert pa.classify(Selector(text=article, type="html", base_url=url), url, None, ["127.0.0.1"]).is_article


def test_a_results_counter_makes_a_listing_and_a_bullet_line_does_not_hide_a_list_heading():
    from danvan.crawler.article_body import article_body

    url = "http://127.0.0.1:8000/tin/trang-2.html"
    main = f"<h1>{_HEADLINE}</h1><div>13/05/2024</div>{_BODY}<p>Trang 2/5</p>"
    verdict = pa.classify(_news_page(main, _HEADLINE), url, None, ["127.0.0.1"])
    assert any(s.startswith("NOT:listing:pagination-summary") for s in verdict.signals), verdict.signals
    lines = [
        "Đoạn văn của bài báo, đủ dài và kết thúc bằng dấu chấm.",
        "Các tin đã đưa",
        "•",
        "Xã Hòa An họp dân",
    ]
    assert article_body(lines, "", {"Xã Hòa An họp dân"}) == lines[:1]


def test_a_long_date_with_the_month_as_a_number_or_a_word():
    assert printed_date("Thứ Năm, 21 tháng 9, 2023") == date(2023, 9, 21)
    assert printed_date("Chủ Nhật, 3 tháng mười hai, 2023 lúc 08:15") == date(2023, 12, 3)
    assert printed_date("ngày 5 tháng tư năm 2024") == date(2024, 4, 5)
    assert printed_date("tháng 9 2023 (2)") is None  # an archive's month, no day
    assert printed_date("31 tháng hai, 2024") is None


def test_a_numeric_date_after_an_english_weekday_or_submitted_by_is_month_first():
    # Drupal's default format left in English: m/d/Y
    assert printed_date("Submitted by admin on Thu, 09/12/2024 - 10:15") == date(2024, 9, 12)
    assert printed_date("Tue, 08/06/2024 - 15:40") == date(2024, 8, 6)
    assert printed_date("Submitted by admin on 09/12/2024") == date(2024, 9, 12)
    assert printed_date("Fri, 13/09/2024") == date(2024, 9, 13)  # a first number over 12 is a day
    # a Vietnamese weekday, none, or a name's syllable: day-first
    assert printed_date("Thứ Năm, 09/12/2024") == date(2024, 12, 9)
    assert printed_date("09/12/2024 - 10:15") == date(2024, 12, 9)
    assert printed_date("Bài, ảnh: Minh Thu, 09/12/2024") == date(2024, 12, 9)
    assert printed_date("mùa thu, 09/12/2024") == date(2024, 12, 9)


def test_dotted_dates_and_two_digit_years_beside_a_weekday_or_a_time():
    assert printed_date("15.06.2024 - Hồ Thị Hương") == date(2024, 6, 15)
    assert printed_date("Đăng ngày 14 Tháng 6, 2024 · Đặng Minh") == date(2024, 6, 14)
    # money, a version number and a phone number are no dates
    assert printed_date("tổng kinh phí 1.500.000 đồng, bản 2.10.1") is None
    assert printed_date("Điện thoại: 0238.3864.123") is None
    # a two-digit year: read beside a weekday or a time, not alone ('5/8/24' in a related list)
    assert printed_date("Thứ Ba, 20/8/24 - 09:15") == date(2024, 8, 20)
    assert printed_date("Cập nhật: 20.08.24 lúc 9h15") == date(2024, 8, 20)
    assert printed_date("CN, 3-3-24") == date(2024, 3, 3)
    assert printed_date("Chủ nhật, 7/3/99") == date(1999, 3, 7)  # a year past next year's is the 1900s
    assert printed_date("Quỹ Khuyến học tiếp nhận hơn 1,2 tỷ đồng 5/8/24") is None
    assert printed_date("Thứ Ba, 31/2/24 - 09:15") is None


CLOSING_TEXT = [
    "Năm 2024, huyện giảm 4,3% tỷ lệ hộ nghèo, vượt chỉ tiêu nghị quyết đại hội Đảng bộ huyện đề ra.",
    "Đồng chí Phó Chủ tịch huyện nhận định, cách làm này giúp người dân có trách nhiệm hơn với con giống.",
]


def _closing(after: str) -> date | None:
    html = f"<html><body><div class='content'>{''.join(f'<p>{t}</p>' for t in CLOSING_TEXT)}{after}</div>"
    return closing_date(Selector(text=html + "</body></html>").root, CLOSING_TEXT)


def test_a_dated_closing_byline_after_the_text_dates_it():
    assert _closing("<p class='author'>Bài, ảnh: Vàng Thị Dua - 5/4/2025</p>") == date(2025, 4, 5)
    assert _closing("<p><i>(Theo Báo Nhân Dân ngày 12/3/2025)</i></p>") == date(2025, 3, 12)
    assert _closing("<p>Minh Châu</p><p>Cập nhật: 14/05/2024 08:10</p>") == date(2024, 5, 14)
    # another article's date in a list after the text, the site's licence, a long sentence: none of them
    assert (
        _closing("<ul><li><a href='/a'>Tin khác (12/3/2025)</a></li></ul><p>Minh Châu - 1/2/2025</p>") is None
    )
    assert _closing("<footer><p>Trang cập nhật ngày 16/6/2021</p></footer>") is None
    assert _closing("</div><div><p>Cơ quan chủ quản: Báo tỉnh. Giấy phép ngày 16/6/2021</p>") is None
    long_line = "Ngày 12/3/2025, đoàn công tác của tỉnh đã đến thăm và tặng quà các gia đình chính sách ở xã."
    assert _closing(f"<p>{long_line}</p>") is None


def test_a_date_kept_in_a_stamp_s_attribute_beside_the_headline():
    def near(stamp: str) -> date | None:
        html = f"<html><body><div>{stamp}</div><h1>Trao bò giống cho hội viên nghèo</h1><p>Nội dung.</p></body></html>"
        return attribute_date(Selector(text=html).root.xpath("//h1")[0])

    assert near("<abbr title='Thứ Tư, 5 tháng 3, 2025 lúc 09:12'>5 tháng 3 lúc 09:12</abbr>") == date(
        2025, 3, 5
    )
    assert near("<span class='t' title='2025-03-05T09:12:00+07:00'>3 ngày trước</span>") == date(2025, 3, 5)
    # an element whose text shows no date part (a link's tooltip) is no stamp
    assert near("<a href='/' title='Cập nhật 05/03/2025'>Trang chủ</a>") is None


def test_a_stamp_of_an_entry_listed_under_the_page_s_text_dates_an_item_not_the_page():
    def stamped(after: str) -> date | None:
        html = (
            f"<html><body><h1>Đội hình Y tế tình nguyện</h1><p>Đội gồm 32 sinh viên.</p>{after}</body></html>"
        )
        return attribute_date(Selector(text=html).root.xpath("//h1")[0])

    stamp = "<span title='2025-07-15 19:30:00 +0700'>15/7/2025</span>"
    assert stamped(f"<h2>Bài viết</h2><article><h2>Khám bệnh ở cù lao</h2>{stamp}</article>") is None
    assert stamped(f"<h2><a href='/bai-viet/kham-benh/'>Khám bệnh ở cù lao</a></h2>{stamp}") is None
    # the page's own stamp under a plain subheading, or in the <article> holding the headline, dates it
    assert stamped(f"<h2>Sa pô của bài</h2>{stamp}") == date(2025, 7, 15)
    html = (
        f"<html><body><article><h1>Đội hình tình nguyện</h1>{stamp}<p>Nội dung.</p></article></body></html>"
    )
    assert attribute_date(Selector(text=html).root.xpath("//h1")[0]) == date(2025, 7, 15)


def test_a_feed_served_as_html_is_known_by_its_root_element():
    assert xml_root_kind(b"\xef\xbb\xbf<?xml version='1.0'?><!-- x --><feed xmlns='a'><title>") == "atom"
    assert xml_root_kind(b"<rss version='2.0'><channel>") == "rss"
    assert xml_root_kind(b"<?xml version='1.0'?><urlset xmlns='s'>") == "urlset"
    # an HTML page quoting a feed's markup in its text is no feed
    assert xml_root_kind(b"<!DOCTYPE html><html><body><pre>&lt;rss&gt; <feed></pre>") is None


def test_explain_reads_a_feed_served_as_html_as_the_spider_does():
    from danvan.crawler.explain import explain_html
    from danvan.crawler.spider import host_site

    url = "http://127.0.0.1:8000/feeds/posts/default"
    feed = b"<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>x</title>"
    got = explain_html(url, feed, "text/html; charset=UTF-8", host_site(url))
    assert not got.is_article and got.signals == ["NOT:xml-document(atom)"]


def test_the_body_ends_before_the_heading_of_a_list_of_other_articles():
    from danvan.crawler.article_body import article_body

    paras = [
        "Ngày 17/5, Ủy ban nhân dân tỉnh ban hành quyết định công nhận ba trường học đạt chuẩn quốc gia, "
        "nâng tỷ lệ trường đạt chuẩn của huyện lên gần 88%.",
        "Để các trường đạt chuẩn, huyện đã đầu tư gần 14 tỷ đồng xây mới phòng học, nhà đa năng và mua sắm "
        "thiết bị dạy học cho giáo viên và học sinh.",
    ]
    # NukeViet: the lists' items are left out by the extractor, their headings stay after the author lines
    lines = [*paras, "Tác giả: Trần Thị Thu Hà", "Những tin mới hơn", "Những tin cũ hơn"]
    assert article_body(lines, "", set()) == [*paras, "Tác giả: Trần Thị Thu Hà"]
    # what follows such a heading without a paragraph (the site's boxes) goes with it
    boxes = ["TIN LIÊN QUAN:", "Ý kiến bạn đọc", "Chưa có ý kiến nào.", "LIÊN KẾT WEBSITE"]
    assert article_body([*paras, *boxes], "", set()) == paras
    # a box heading inside the article, paragraphs after it: only the heading goes
    inside = [paras[0], "Xem thêm", paras[1]]
    assert article_body(inside, "", set()) == paras
    # a subheading that is no list heading stays
    assert article_body([paras[0], "Kết quả nổi bật", paras[1]], "", set())[1] == "Kết quả nổi bật"


def test_english_and_year_first_dates_are_read():
    # a CMS left in its English locale (WordPress, Blogger), a year-first portal
    assert printed_date("Posted on November 5, 2024 by admin") == date(2024, 11, 5)
    assert printed_date("Tuesday, Nov 5th, 2024 08:30") == date(2024, 11, 5)
    assert printed_date("5 Nov 2024") == date(2024, 11, 5)
    assert printed_date("Ngày đăng: 2024/11/05 08:30") == date(2024, 11, 5)
    # a WordPress theme's Vietnamese abbreviation, the month first ('Th10' = tháng 10)
    assert printed_date("bởi admin | Th10 8, 2024 | Gương sáng") == date(2024, 10, 8)
    # a garment company ('công ty may') and a document's number are no dates
    assert printed_date("Công ty may 10 năm 2024 tuyển 300 công nhân") is None
    assert printed_date("Quyết định số 12/2024/QĐ-UBND") is None


def test_a_stamp_s_day_with_its_zone_taken_the_other_way():
    from danvan.crawler.structured_dates import day_in_the_other_zone

    assert day_in_the_other_zone("2024-11-25 23:40:00") == date(2024, 11, 26)  # zone-less, read as UTC
    assert day_in_the_other_zone("2024-11-25T08:40:00") is None  # the same day either way
    assert day_in_the_other_zone("2024-11-25T23:40:00+07:00") is None  # Vietnam's zone: the same day
    assert day_in_the_other_zone("2024-11-25T17:10:00+00:00") == date(2024, 11, 25)  # UTC, read as written
    assert day_in_the_other_zone("2024-11-25T09:10:00Z") is None
    assert day_in_the_other_zone("2024-11-25") is None


def test_a_date_in_the_address_beats_a_date_inside_the_lead_s_sentence():
    from danvan.crawler.headline_dates import date_near

    html = (
        "<html><body><h2>Sức lan tỏa của phong trào chung tay xóa nhà tạm</h2><p>Sau hơn 5 tháng phát động, đến "
        "ngày 15/3/2025, toàn tỉnh đã khởi công 2.317 căn nhà.</p></body></html>"
    )
    title = Selector(text=html).root.xpath("//h2")[0]
    assert date_near(title) == date(2025, 3, 15)
    assert date_near(title, "http://127.0.0.1:8000/2025/03/18/suc-lan-toa-a1204.html") == date(2025, 3, 18)


def test_a_printed_date_days_after_the_markup_s_draft_date_dates_the_page():
    jsonld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-11-20T08:00:00+07:00"}</script>'

    def dated(printed: str) -> date | None:
        page = _dated_page("", f"<div class='date'>{printed}</div>", banner=jsonld)
        return pa.classify(page, BASE + "/tin/a.html", None, ["127.0.0.1"]).published

    assert dated("Thứ Ba, 26/11/2024 08:45") == date(2024, 11, 26)  # the markup dated the draft
    assert dated("Thứ Năm, 21/11/2024 08:45") == date(2024, 11, 20)  # a day apart: a zone's shift
    assert dated("Thứ Sáu, 15/11/2024") == date(2024, 11, 20)  # before it, no hour: an event's
    # before it with its hour: the page's stamp, the markup's 'published' a later edit's
    assert dated("Thứ Sáu, 15/11/2024 08:45") == date(2024, 11, 15)
    assert dated("Thứ Ba, 02/12/2025 06:30") == date(2025, 12, 2)  # a year after it: the markup's a default


def test_a_period_s_ends_date_nothing():
    # an anniversary in a banner, a campaign's span in a sentence: periods, not a page's date
    assert (
        printed_date("CHÀO MỪNG KỶ NIỆM 134 NĂM NGÀY SINH CHỦ TỊCH HỒ CHÍ MINH (19/5/1890 - 19/5/2024)")
        is None
    )
    assert (
        printed_date("Trong đợt cao điểm từ ngày 15/12/2023 đến ngày 15/2/2024, lực lượng chức năng…") is None
    )
    assert printed_date("Lịch công tác tuần (từ 14/11/2022 đến 18/11/2022)") is None
    # the first end sharing the second's year
    assert printed_date("Thời gian: 01/7 - 20/7/2025") is None
    assert printed_date("Từ 15/12 đến hết ngày 20/12/2023") is None
    # a time before a dash and a date is a dateline, no period
    assert printed_date("Cập nhật 08:15 - 20/7/2025") == date(2025, 7, 20)
    # a dateline's time after a dash, a date then a sentence with another: dates
    assert printed_date("Thứ Ba, 20/02/2024 - 08:45") == date(2024, 2, 20)
    assert printed_date("12/03/2024 - Hội nghị ngày 15/03/2024 bàn việc") == date(2024, 3, 12)


_LEAD_DATED = (
    "<p>Ngày 19/2/2024, Phòng Cảnh sát giao thông Công an tỉnh tổ chức hội nghị tổng kết đợt cao điểm tuần tra, "
    "kiểm soát, xử lý vi phạm về trật tự an toàn giao thông dịp Tết Nguyên đán Giáp Thìn.</p>"
    "<p>Trong đợt cao điểm, các lực lượng chức năng đã phát hiện, lập biên bản hơn 6.400 trường hợp vi phạm, "
    "phạt tiền hơn 9 tỷ đồng; tai nạn giao thông giảm trên cả ba tiêu chí so với cùng kỳ năm trước.</p>"
)


def _dated_page(meta_above: str, meta_below: str = "", banner: str = "") -> Selector:
    title = "Tổng kết đợt cao điểm bảo đảm trật tự an toàn giao thông Tết Nguyên đán"
    return Selector(
        text=f"<html><head><title>{title}</title></head><body>{banner}<div class='menu'><a href='/'>Trang chủ</a>"
        f"<a href='/giao-thong/'>Giao thông</a></div><div class='news-detail'>{meta_above}<h1>{title}</h1>"
        f"{meta_below}<div class='news-content'>{_LEAD_DATED}</div></div></body></html>",
        type="html",
    )


def test_the_dateline_by_the_headline_dates_it_not_a_date_in_the_lead_or_a_banner_s_period():
    url = BASE + "/giao-thong/tong-ket-dot-cao-diem/"
    above = "<div class='meta'><a href='/giao-thong/'>Giao thông</a> | <span>Thứ Ba, 20/02/2024 08:45</span></div>"
    verdict = pa.classify(_dated_page(above), url, None, ["127.0.0.1"])
    assert verdict.is_article, verdict.signals
    assert verdict.published == date(2024, 2, 20)
    below = "<div class='meta'><span>20/02/2024</span></div>"
    assert pa.classify(_dated_page("", below), url, None, ["127.0.0.1"]).published == date(2024, 2, 20)
    # no dateline: the lead's date; an anniversary's period in the banner above dates nothing
    banner = (
        "<marquee>Chào mừng kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024)</marquee>"
    )
    verdict = pa.classify(_dated_page("", "", banner), url, None, ["127.0.0.1"])
    assert verdict.published == date(2024, 2, 19), verdict.signals


_PHOTO_TEXT = (
    "Trên cánh đồng ấp Hòa Lời, xã Hòa Tú, ông Thạch Sóc Khanh được bà con gọi vui là ông vua tôm lúa. Từ hai "
    "héc ta đất nhiễm mặn trồng lúa một vụ bấp bênh, nay gia đình ông có thu nhập ổn định quanh năm."
)
_AFTER_PHOTO = (
    "Năm 2015, ông mạnh dạn cải tạo ruộng, đắp bờ bao, chuyển sang mô hình luân canh một vụ tôm sú, một vụ lúa; "
    "mùa khô thả tôm, mùa mưa rửa mặn cấy lúa.",
    "Hiện gia đình ông canh tác 6 ha, mỗi năm thu khoảng 3 tấn tôm sú và 30 tấn lúa đặc sản, lợi nhuận hơn 600 "
    "triệu đồng sau khi trừ chi phí.",
    "Không chỉ làm giàu cho gia đình, ông Khanh còn là tổ trưởng tổ hợp tác, thường xuyên hướng dẫn bà con cách "
    "cải tạo ao, chọn giống tôm và xử lý nước.",
)


def _table_layout_article(posted: str) -> Selector:
    """An old table layout: a menu column, the article's cell (a photo's cell beside the text's, paragraphs,
    the poster and date under them), a right column with a weather box."""
    title = "Nông dân Khmer làm giàu từ mô hình tôm lúa"
    text_cell = f"{_PHOTO_TEXT}<br><br>{_AFTER_PHOTO[0]}"
    paragraphs = "".join(f"<p>{t}</p>" for t in _AFTER_PHOTO[1:])
    return Selector(
        text=f"<html><head><title>{title}</title></head><body><table id='main'><tr><td id='left'><ul>"
        "<li><a href='/'>Trang chủ</a></li><li><a href='/guong-nong-dan.html'>Gương nông dân</a></li>"
        "<li><a href='/lien-he.html'>Liên hệ</a></li></ul></td><td id='col-main'><div class='chi-tiet'>"
        f"<h2 class='tieu-de'>{title}</h2><div class='noi-dung'><table class='bang-anh'><tr><td>"
        "<img src='/anh/3318.jpg'><br><em>Ông Khanh kiểm tra tôm trong ruộng lúa.</em></td>"
        f"<td>{text_cell}</td></tr></table>{paragraphs}<p align='right'><b>Kim Sô Phia</b></p></div>"
        f"<div class='thong-tin'>Người đăng: <b>Văn phòng Hội</b> | {posted} | Lượt xem: 512</div></div></td>"
        "<td id='right'><div class='thoi-tiet'><b>Thời tiết</b><p>Sóc Trăng: 27 - 34°C, có mưa rào và dông vài "
        "nơi vào chiều tối.</p></div></td></tr></table></body></html>",
        type="html",
    )


def test_the_text_beside_a_photo_s_caption_and_a_closing_date_before_another_column():
    url = BASE + "/guong-nong-dan/nong-dan-khmer-lam-giau_3318.html"
    verdict = pa.classify(_table_layout_article("Ngày đăng: 25/04/2024 09:25"), url, None, ["127.0.0.1"])
    assert verdict.is_article, verdict.signals
    # the paragraph the extractor drops from the photo's table, put back after the caption above it
    assert verdict.body[:3] == ["Ông Khanh kiểm tra tôm trong ruộng lúa.", _PHOTO_TEXT, _AFTER_PHOTO[0]]
    # dated by the line closing the article's own text, not after the weather box the extractor takes in
    assert verdict.published == date(2024, 4, 25), verdict.signals
    assert not any("Sóc Trăng: 27" in line for line in verdict.body)


def test_an_overline_over_the_headline_is_no_body_a_sentence_there_stays():
    url = BASE + "/giao-thong/tong-ket-dot-cao-diem/"
    above = (
        "<div class='meta'><a href='/giao-thong/'>Giao thông</a> | <span>Thứ Ba, 20/02/2024 08:45</span></div>"
        "<p class='news-overtitle'>Bảo đảm an toàn giao thông dịp Tết Giáp Thìn</p>"
    )
    verdict = pa.classify(_dated_page(above), url, None, ["127.0.0.1"])
    assert verdict.is_article, verdict.signals
    assert verdict.body[0].startswith("Ngày 19/2/2024, Phòng Cảnh sát giao thông"), verdict.body
    assert not any("Tết Giáp Thìn" in line for line in verdict.body)
    # a sentence set above the headline (a lead printed first) is text, not an overline
    lead = "<p class='sapo'>Tai nạn giao thông dịp Tết giảm cả ba tiêu chí.</p>"
    verdict = pa.classify(_dated_page(above + lead), url, None, ["127.0.0.1"])
    assert verdict.body[0] == "Tai nạn giao thông dịp Tết giảm cả ba tiêu chí.", verdict.body


def test_a_read_more_link_set_inside_the_text_is_no_body():
    from danvan.crawler.article_body import article_body

    paras = [
        "Sáng 10/6, huyện Đồng Xuân tổ chức lễ khánh thành tuyến đường giao thông nông thôn do nhân dân hiến đất.",
        "Tuyến đường dài 2,5 km, rộng 5 m, tổng kinh phí hơn 3 tỷ đồng, trong đó nhân dân đóng góp 40%.",
    ]
    linked = "Huyện Đồng Xuân có thêm 3 xã đạt chuẩn nông thôn mới"
    lines = [paras[0], f"Đọc thêm: {linked}", paras[1], "Xem thêm : không phải một liên kết"]
    assert article_body(lines, "", {linked}) == [*paras, "Xem thêm : không phải một liên kết"]


def test_the_dateline_nearer_the_headline_dates_a_short_article():
    # the kicker's date right above the headline, not the first date of the list set after a short text
    headline = "Tiếp nhận 500 triệu đồng ủng hộ Quỹ Vì người nghèo tỉnh"
    main = (
        f'<div class="kicker"><a href="/vi-nguoi-ngheo">Vì người nghèo</a> <time>09:30 12/11/2024</time></div>'
        f"<h1>{headline}</h1><div class='body'><p>Ngày 11/11, Ủy ban MTTQ tỉnh tiếp nhận 500 triệu đồng ủng hộ "
        "Quỹ Vì người nghèo do các doanh nghiệp trên địa bàn trao tặng.</p><p>Minh Thư</p></div>"
        '<div class="related"><h3><a href="/tin/1.html">Phát động tháng cao điểm Vì người nghèo năm 2024</a>'
        "</h3><small>18/10/2024</small></div>"
    )
    verdict = pa.classify(_news_page(main, headline), "http://127.0.0.1:8000/tin/2.html", None, ["127.0.0.1"])
    assert verdict.published == date(2024, 11, 12), verdict.signals


def test_a_section_s_about_page_is_no_article():
    headline = "Giới thiệu chuyên trang"
    main = (
        f"<h1>{headline}</h1><p>Chuyên trang Dân vận khéo do Báo Tây Đô phối hợp với Ban Dân vận Thành ủy thực "
        "hiện, giới thiệu các mô hình, cách làm hay trong công tác dân vận ở cơ sở.</p><p>Bạn đọc gửi thông tin "
        "về mô hình tại địa phương qua thư điện tử của tòa soạn.</p><p>Cập nhật: 02/01/2026</p>"
    )
    verdict = pa.classify(
        _news_page(main, headline), "http://127.0.0.1:8000/chu-de/gioi-thieu/", None, ["127.0.0.1"]
    )
    assert "NOT:headline-names-a-non-article-page(Giới thiệu chuyên trang)" in verdict.signals, (
        verdict.signals
    )


def test_a_newspapers_advertising_page_is_no_article():
    headline = "Liên hệ quảng cáo"
    main = (
        f"<h1>{headline}</h1><div>Cập nhật: 24/06/2024</div><p>Báo Tây Đô nhận đăng quảng cáo trên báo in và báo "
        "điện tử, với nhiều vị trí và kích thước khác nhau, phục vụ doanh nghiệp trong và ngoài tỉnh.</p>"
        "<p>Mọi chi tiết xin liên hệ Phòng Trị sự, điện thoại 0292 3821 234, thư điện tử quangcao@baotaydo.vn.</p>"
    )
    verdict = pa.classify(
        _news_page(main, headline), "http://127.0.0.1:8000/quang-cao.html", None, ["127.0.0.1"]
    )
    assert not verdict.is_article
    assert any(s.startswith("NOT:headline-names-a-non-article-page") for s in verdict.signals), (
        verdict.signals
    )


def _shown(node) -> str:
    return str(node) if isinstance(node, str) else etree.tostring(node, encoding="unicode")


@pytest.mark.parametrize(
    "text",
    [
        "<html><head><title>Tin</title></head><body><form><input name=q><select><option>1</option></select>"
        "</form><p>Đoạn văn&nbsp;một.</p><!-- ghi chú --></body></html>",
        "  <p>Chỉ một đoạn\x00 không có html</p>  ",
        "",
        "   ",
    ],
)
def test_the_page_parser_reads_a_page_as_parsel_does(text):
    url = "http://127.0.0.1:8000/tin/a.html"
    ours, theirs = html_selector(text, url), Selector(text=text or "<html/>", type="html", base_url=url)
    assert ours.root.tag == theirs.root.tag
    for path in ("//text()", "//*", "//comment()", "//p//text()"):
        assert [_shown(x) for x in ours.root.xpath(path)] == [_shown(x) for x in theirs.root.xpath(path)]
    assert all(hasattr(el, "text_content") for el in ours.root.iter(etree.Element))  # lxml.html elements


def test_a_stamp_with_a_zone_is_read_as_the_site_s_day():
    # 06:30 on 9 January in Vietnam, written in UTC
    assert parse_structured_date("2026-01-08T23:30:00.000Z") == date(2026, 1, 9)
    assert parse_structured_date("2026-01-08T23:30:00+07:00") == date(2026, 1, 8)
    assert parse_structured_date("2026-01-08T23:30:00") == date(2026, 1, 8)  # no zone: as printed
    assert parse_structured_date("Mon, 13 May 2024 20:00:00 GMT") == date(2024, 5, 14)


BARE_BODY = (
    "Sáng 24/7, Ủy ban nhân dân phường phát động ra quân tổng vệ sinh môi trường sau bão số 3 với sự tham gia "
    "của gần 2.000 cán bộ, đoàn viên, hội viên và Nhân dân tại 38 khu dân cư.<br><br>Các lực lượng thu dọn cây "
    "đổ, nạo vét cống rãnh, khơi thông dòng chảy tại những điểm thường xuyên ngập úng quanh khu vực chợ.<br><br>"
    "<b>Thu Trang</b>"
)
SIDE_BOXES = "".join(
    f"<div class='box-right'><div class='box-title'>HỘP {i}</div><p>Chủ tịch UBND phường tiếp công dân định kỳ "
    f"vào sáng thứ Năm tuần thứ {i} hằng tháng tại Trung tâm Phục vụ hành chính công phường.</p></div>"
    for i in range(1, 4)
)


def test_a_body_of_bare_text_between_brs_is_the_main_text_not_the_columns_around_it():
    page = (
        "<html><body><div id='header'><marquee>Phường Hồng Hà chung sức xây dựng chính quyền hai cấp gần dân, "
        "sát dân, phục vụ Nhân dân!</marquee></div><div id='main'><strong class='tieude'>Ra quân tổng vệ sinh "
        f"môi trường sau bão</strong><div class='ngaydang'>Ngày đăng: 24-07-2025</div><div class='noidung'>"
        f"{BARE_BODY}</div></div><div id='right'>{SIDE_BOXES}</div></body></html>"
    )
    root = html_selector(page, "http://127.0.0.1:8000/tin-tuc.php?id=61").root
    text = main_text(root, 200, 300)
    assert text.startswith("Sáng 24/7") or "Sáng 24/7, Ủy ban nhân dân phường" in text
    assert "Các lực lượng thu dọn cây đổ" in text
    assert "chung sức xây dựng chính quyền" not in text  # a ticker is no text of the page


def test_items_at_different_depths_are_no_entries_of_one_list():
    # an article's tools row and the page's footer row share a markup signature, not a list
    page = (
        "<html><body><table><tr><td><div class='menu'><a href='/'>Trang chủ</a></div></td></tr><tr><td><table>"
        "<tr><td><span class='title'>Tin bài</span><p>" + "Đoạn văn của bài viết. " * 30 + "</p></td></tr>"
        "<tr><td><a href='/in-bai.aspx?id=5'>Bản in</a> | <a href='#top'>Đầu trang</a></td></tr></table></td>"
        "</tr><tr><td><a href='/admin/'>Quản trị</a> Cơ quan chủ quản: Đảng ủy Khối các cơ quan tỉnh</td></tr>"
        "</table></body></html>"
    )
    url = "http://127.0.0.1:8000/tin.aspx?id=5"
    items = [
        i
        for i in link_items(html_selector(page, url).root, url, ["127.0.0.1"], 5)
        if i.signature == "table>tr."
    ]
    assert len(items) == 3  # the menu's row, the tools' row inside the content, the footer's row
    assert item_regions(items, 4.0) == [i.text for i in items]


def test_a_related_item_dated_after_a_title_holding_a_number_is_a_link_line():
    title = "Trung tâm hành chính công phường tiếp nhận hơn 1.300 hồ sơ sau hai tuần"
    body = [
        "Đoạn văn của bài viết về buổi lễ ra mắt mô hình dân vận khéo ở phường. " * 2,
        f"- {title} (15-07-2025)",
    ]
    assert article_body(body, "", {title}) == body[:1]


def test_month_first_dates_as_a_locale_prints_them():
    assert printed_date("thg 10 28, 2024, 09:40 SA bởi Ngọc Hân") == date(2024, 10, 28)
    assert printed_date("Chủ Nhật, tháng 10 19, 2024") == date(2024, 10, 19)
    assert printed_date("Thứ Năm, 21 tháng 9, 2023") == date(2023, 9, 21)  # day first, as before
    # a site builder's US order, told by a second number that is no month
    assert printed_date("5/27/2025") == date(2025, 5, 27)
    assert printed_date("Đăng ngày 5/6/2025") == date(2025, 6, 5)  # day first when both can be months


def test_print_copies_by_a_parameter_s_value():
    assert is_copy_url("http://127.0.0.1:8000/index.php?act=print&id=1283")
    assert is_copy_url("http://127.0.0.1:8000/tin.php?id=5&view=print")
    assert not is_copy_url("http://127.0.0.1:8000/index.php?act=detail&id=1283")
    assert not is_copy_url("http://127.0.0.1:8000/tin/in-an-tai-lieu-1283.html")


def test_a_region_far_longer_than_its_item_is_a_column():
    # a login box and a section heading over the whole article share a markup signature: no list's entries
    story = "Đoạn văn của bài viết về lễ ra mắt mô hình dân vận khéo tại xã. " * 20
    page = (
        "<html><body><table><tr><td><table><tr><td><a href='/quen-mat-khau.php'>Quên mật khẩu?</a></td></tr>"
        "</table><p><a href='/dang-ky.php'>Đăng ký</a> tài khoản</p></td><td><table><tr><td>"
        f"<a href='/chuyen-muc.php?id=3'>GƯƠNG ĐIỂN HÌNH</a></td></tr></table><p>{story}</p>"
        "<p><a href='/lien-he.php'>Liên hệ</a></p></td></tr></table></body></html>"
    )
    url = "http://127.0.0.1:8000/tin.php?id=5"
    items = [
        i
        for i in link_items(html_selector(page, url).root, url, ["127.0.0.1"], 5)
        if i.signature == "td>table."
    ]
    assert len(items) == 2
    assert item_regions(items, 4.0) == [i.text for i in items]


def test_page_tools_comments_and_record_fields_are_no_body():
    text = "Sáng 7/1, Hội LHPN xã ra mắt mô hình “Nhà sạch, vườn đẹp, ngõ xanh” với 35 hội viên tham gia."
    lines = ["Viết bởi Ban Tuyên giáo Hội", text, "Lượt xem: 702", "Bài mới nhất từ Ban Tuyên giáo Hội"]
    assert article_body(
        [*lines, "Để lại bình luận", "Hãy nhập đầy đủ các thông tin được yêu cầu."], "", set()
    ) == [text]
    assert article_body([text, "Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến."], "", set()) == [text]
    assert article_body([text, "Tác giả", "Thanh Tâm", "Chuyên mục", "Xây dựng Đảng"], "", set()) == [text]
    assert article_body(
        [text, "Multimedia khác", "Ảnh: Góp công dựng nhà mới"], "", {"Ảnh: Góp công dựng nhà mới"}
    ) == [text]


def test_a_cms_s_field_labels_by_their_class_make_a_document_record():
    fields = "".join(
        f"<li><span class='itemExtraFieldsLabel'>{label}:</span><span>{value}</span></li>"
        for label, value in (
            ("Số hiệu", "08/KH-HPN"),
            ("Ngày ban hành", "14/02/2025"),
            ("Người ký", "Chủ tịch"),
        )
    )
    root = html_selector(f"<html><body><ul>{fields}</ul></body></html>", "http://127.0.0.1:8000/a").root
    assert record_fields(root)[0] == "document"
    assert labelled_record(root) == ""  # no file named
    filed = f"<ul>{fields}</ul><div class='field__label'>Tệp đính kèm</div><a href='/f.pdf'>tai-lieu.pdf</a>"
    root = html_selector(f"<html><body>{filed}</body></html>", "http://127.0.0.1:8000/a").root
    assert labelled_record(root).startswith("record-page:document-with-its-file(")


def test_a_drupal_node_s_rdfa_date_is_its_date():
    page = (
        "<html><head><title>Tin</title></head><body><span property='schema:dateCreated' "
        "content='2025-04-17T02:15:00+00:00' class='rdf-meta hidden'></span><h1>Tin</h1></body></html>"
    )
    assert page_metadata(html_selector(page, "http://127.0.0.1:8000/node/1851")).published == date(
        2025, 4, 17
    )


def test_a_journal_s_highwire_date_dates_its_paper():
    page = (
        "<html><head><meta name='citation_title' content='Từ Dân vận đến Dân vận khéo'>"
        "<meta name='citation_date' content='2025/06/30'></head><body></body></html>"
    )
    assert page_metadata(html_selector(page, "http://127.0.0.1:8000/article/view/318")).published == date(
        2025, 6, 30
    )


def test_a_recall_squashed_into_one_run_is_not_taken_over_the_precise_text():
    captions = "".join(
        f"<figure><figure><img src='/a{i}.jpg'><figcaption>Người dân xóm Khuôn Lặn tham gia ngày hội lần {i}, "
        "trong trang phục truyền thống của đồng bào Tày.</figcaption></figure></figure>"
        for i in range(8)
    )
    page = (
        "<html><body><article><div class='entry-content'><p>Sáng 13/11, xóm Khuôn Lặn tổ chức Ngày hội Đại đoàn "
        f"kết toàn dân tộc năm 2025.</p>{captions}<p><strong>Ảnh: Thanh Hà</strong></p></div></article></body></html>"
    )
    text = main_text(html_selector(page, "http://127.0.0.1:8000/a").root, 200, 300)
    # the precise lines, not the whole page in one run
    assert text.splitlines()[0].startswith("Sáng 13/11") and "lần 3" not in text


def test_a_div_s_opening_run_of_bare_text_before_a_picture_is_read_with_the_runs_after_it():
    opening = (
        "Trở lại bản Khe Cọ, xã Nghĩa Sơn sau ba năm, chúng tôi không khỏi bất ngờ. Con đường đất lầy lội ngày nào "
        "đã được bê tông hóa, những nếp nhà sàn khang trang hơn."
    )
    after = (
        "Ông Hoàng Văn Nọi, Trưởng bản, kể rằng năm 2022 khi xã phát động làm đường, nhiều hộ không muốn hiến đất "
        "vườn. Chi bộ bèn phân công mỗi đảng viên phụ trách năm hộ.<br><br>Kết quả, 46 hộ đã hiến hơn 3.000 m2 "
        "đất, góp gần 900 ngày công làm đường bê tông.<br><br>"
    )
    page = (
        "<html><body><h1>Bản Khe Cọ đổi thay</h1><p class='sapo'><b>Từ một bản nghèo, Khe Cọ đã thay da đổi thịt "
        f"nhờ cán bộ biết lắng nghe.</b></p><div class='text-view'>{opening}<br><br><table><tr><td><img src='/a.jpg'>"
        f"</td></tr><tr><td><i>Con đường bê tông mới.</i></td></tr></table>{after}</div></body></html>"
    )
    text = main_text(html_selector(page, "http://127.0.0.1:8000/a").root, 120, 0)
    assert "Trở lại bản Khe Cọ" in text and "46 hộ" in text, text


def test_a_one_paragraph_brief_is_not_taken_squashed_with_its_headline_and_related_list():
    page = (
        "<html><body><article><header><h1>Công đoàn ngành Y tế trao 50 suất học bổng</h1><span>Bởi Thanh Nga"
        "</span> <time>Thứ Ba, 24/06/2025</time></header><div class='share'>Chia sẻ <a href='#'>Facebook</a></div>"
        "<div class='content'><p>Ngày 23/6, Công đoàn ngành Y tế tỉnh trao 50 suất học bổng, mỗi suất 2 triệu "
        "đồng, cho con đoàn viên có thành tích học tập tốt. Đây là năm thứ sáu liên tiếp chương trình được tổ "
        "chức.</p></div><div class='related'><h4>BÀI VIẾT LIÊN QUAN</h4><a href='/b'>Ngôi nhà mới của chị Lụa"
        "</a> <span>10/06/2025</span></div></article></body></html>"
    )
    text = main_text(html_selector(page, "http://127.0.0.1:8000/a").root, 120, 600)
    assert text.startswith("Ngày 23/6") and "LIÊN QUAN" not in text and "Chia sẻ" not in text, text


def test_a_brief_of_bare_text_that_neither_pass_reads_is_read_as_a_paragraph():
    brief = (
        "Ngày 31/8, Công đoàn Viên chức tỉnh trao 45 suất học bổng cho con đoàn viên có hoàn cảnh khó khăn đạt "
        "thành tích cao trong học tập. Mỗi suất học bổng trị giá 2 triệu đồng."
    )
    page = (
        "<html><body><form id='Form'><table><tr><td><h3>Trao 45 suất học bổng</h3><div class='ArticleContent'>"
        f"{brief}</div><div>Tác giả: <b>Văn Hưng</b></div></td></tr><tr><td><p>CÔNG ĐOÀN VIÊN CHỨC TỈNH</p>"
        "<p>Địa chỉ: số 16 đường Lê Lợi, thành phố Thái Bình. Điện thoại: 0227.3831.xxx</p></td></tr></table>"
        "</form></body></html>"
    )
    assert "trao 45 suất học bổng cho con đoàn viên" in main_text(
        html_selector(page, "http://x/a").root, 200, 300
    )


def test_the_article_s_container_ends_at_the_first_list_after_its_text_not_at_a_menu_above_it():
    from danvan.crawler.article_container import own_container_of

    headline = "Doanh nghiệp ủng hộ 200 triệu đồng xây nhà tình nghĩa cho nạn nhân da cam"
    brief = (
        "Ngày 10/4, Công ty Cổ phần Xây dựng Thành Đạt trao 200 triệu đồng cho Hội Nạn nhân chất độc da cam tỉnh "
        "để xây 4 nhà tình nghĩa. Các ngôi nhà dự kiến hoàn thành trước ngày 10/8/2025."
    )
    donation = "Mọi tấm lòng hảo tâm xin gửi về Quỹ Bảo trợ nạn nhân chất độc da cam tỉnh, tài khoản tại Ngân hàng BIDV."
    others = ["Chăm lo cho nạn nhân da cam là trách nhiệm chung", "Trao 420 suất quà Tết cho nạn nhân da cam"]
    root = etree.HTML(
        "<html><body><table><tr><td><ul><li><a href='/guong-sang'>Gương sáng - Bài viết</a></li></ul></td>"
        f"<td class='main'><h2>{headline}</h2><div>Cập nhật: 11/04/2025</div><p>{brief}</p><div>Các tin khác</div>"
        + "".join(f"<div><a href='/tin/{i}'>{t}</a></div>" for i, t in enumerate(others))
        + f"</td><td><div>QUỸ BẢO TRỢ</div><p>{donation}</p></td></tr></table></body></html>"
    )
    lines = ["Gương sáng - Bài viết", headline, "Cập nhật: 11/04/2025", brief, "Các tin khác", *others]
    lines += ["QUỸ BẢO TRỢ", donation]
    listed = [True, False, False, False, False, True, True, False, False]
    container = own_container_of(root.find(".//h2"), lines, listed)
    assert container is not None and container.get("class") == "main"


def test_the_site_s_names_are_its_links_home():
    page = (
        "<html><body><a href='/'><img src='/logo.png'></a><a href='/'>Ủy ban MTTQ xã Tân Hòa</a>"
        "<a href='/tin-tuc/'>Tin tức</a><a href='/?page=2'>Trang 2</a></body></html>"
    )
    assert site_names(
        html_selector(page, "http://127.0.0.1:8000/notes/1/").root, "http://127.0.0.1:8000/notes/1/"
    ) == {"ủy ban mttq xã tân hòa"}


def test_stopping_a_fixture_server_whose_serving_thread_died_returns(tmp_path):
    (tmp_path / "index.html").write_text("<html><body>Trang chủ</body></html>", encoding="utf-8")
    server = serve(tmp_path)
    server.stop()
    # a serving thread gone before its loop said it ended (it died): stop() must not wait for that word
    server.httpd = type(server.httpd)(("127.0.0.1", 0), server.httpd.RequestHandlerClass)
    server.thread = threading.Thread(target=lambda: None)
    server.thread.start()
    server.thread.join()
    server.stop()
    assert not server.thread.is_alive()


def test_a_brief_s_short_second_sentence_in_a_div_between_its_lines_is_read():
    from danvan.crawler.main_text import missed_prose

    # trafilatura's precise pass can drop a short <div> between a brief's lead and its byline (what it drops
    # depends on the page around it: the extraction is given here as it came out on such a page)
    lead = (
        "Trong tháng 5/2025, Hội Nông dân huyện đã giải ngân 3 tỷ đồng từ Quỹ hỗ trợ nông dân cho 42 hộ hội viên "
        "vay phát triển chăn nuôi."
    )
    page = (
        f"<html><body><main><article><h1>Hội Nông dân huyện giải ngân 3 tỷ đồng</h1><p class='sapo'>{lead}</p>"
        "<div class='prose'><div>Các hộ vay chủ yếu đầu tư chuồng trại và con giống.</div></div><p>Tác giả: Văn "
        "phòng Hội</p></article><aside><div>Hội Nông dân huyện Tân Lập tổ chức hội thi nhà nông đua tài.</div>"
        "</aside></main></body></html>"
    )
    root = html_selector(page, "http://127.0.0.1:8000/a").root
    read = missed_prose(root, f"{lead}\nTác giả: Văn phòng Hội")
    assert [el.text for el in read.iter("p")][1] == "Các hộ vay chủ yếu đầu tư chuồng trại và con giống."
    # a short div after the text's last line (another column's) is not read; nor one before its first
    assert len(list(read.iter("p"))) == 3
    assert missed_prose(root, "Tác giả: Văn phòng Hội") is root


def test_the_markup_s_date_picks_between_a_dateline_before_the_headline_and_one_after_it():
    from danvan.crawler.headline_dates import date_near

    html = (
        "<html><body><div class='topbar'>Thứ Hai, 23/06/2025</div><nav><a href='/'>Trang chủ</a></nav>"
        "<h1>Ký kết thỏa ước lao động tập thể ở khu công nghiệp</h1><h2>Hơn 5.000 công nhân ở khu công nghiệp "
        "được hưởng lợi từ thỏa ước với nhiều điều khoản có lợi hơn luật.</h2><div>Bởi Thu Trang - 22 Tháng Tư, "
        "2025</div><p>Ngày 21/4, Công đoàn các khu công nghiệp tỉnh tổ chức lễ ký kết thỏa ước.</p></body></html>"
    )
    title = Selector(text=html).root.xpath("//h1")[0]
    assert date_near(title) == date(
        2025, 6, 23
    )  # the nearer: the top bar's date, closer than the subtitle's end
    assert date_near(title, markup=date(2025, 4, 22)) == date(2025, 4, 22)
    assert date_near(title, markup=date(2025, 4, 20)) == date(2025, 6, 23)


def test_a_short_div_before_a_short_closing_byline_is_read_as_a_paragraph():
    from danvan.crawler.main_text import missed_prose

    lead = "Ban Dân vận Huyện ủy vừa phát động cuộc thi viết về gương dân vận khéo năm 2026 trên toàn huyện."
    page = (
        f"<html><body><h1>Phát động cuộc thi viết về gương dân vận khéo</h1><div class='body'><p>{lead}</p>"
        "<div>Ban tổ chức sẽ trao 1 giải A, 2 giải B và 3 giải C.</div><div class='quote'>Mỗi người kể một câu "
        "chuyện thật.</div></div><p><b>PV</b></p></body></html>"
    )
    read = missed_prose(html_selector(page, "http://127.0.0.1:8000/a").root, f"{lead}\nPV")
    assert [p.text for p in read.iter("p")][1] == "Ban tổ chức sẽ trao 1 giải A, 2 giải B và 3 giải C."
    assert "Mỗi người kể" not in " ".join(p.text or "" for p in read.iter("p"))  # a pull quote stays out
