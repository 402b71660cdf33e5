"""The pages and downloads over a real corpus: content, links, escaping, complete downloads, no foreign hosts."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlparse

import pytest

PAGES = [
    "/",
    "/?interval=week&measure=share",
    "/search?q=dan+van+kheo",
    "/search?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi&sort=date&compare=dan+van+kheo",
    "/article/web-001",
    "/facts",
    "/facts?kind=documents&order=number&dir=asc",
    "/facts?kind=figures",
    "/report?province=C%E1%BA%A7n+Th%C6%A1&from=2025-07&to=2025-09",
    "/sources",
]
FOREIGN = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_in_vietnamese_without_foreign_assets(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert '<html lang="vi">' in html
    # nothing is loaded from another host (article pages may link to their original, never load it)
    loads = re.findall(r"<(?:script|link|img|iframe)[^>]*>", html)
    assert not [tag for tag in loads if FOREIGN.search(tag)]
    assert "script-src 'none'" in response.headers["content-security-policy"]


def test_dashboard_has_charts_whose_bars_link_to_the_articles_behind_them(client):
    html = client.get("/").text
    assert "Tổng quan độ phủ tin" in html
    bars = re.findall(r'<a xlink:href="([^"]+)">\s*<path[^>]*aria-roledescription="bar"', html)
    assert len(bars) >= 10
    # one bar: the list it opens holds exactly the articles the coverage API counts for it
    href = bars[0].replace("&amp;", "&")
    params = {k: v[0] for k, v in parse_qs(urlparse(href).query).items()}
    assert urlparse(href).path == "/search" and params["theme"] and params["from"]
    listed = client.get("/api/search", params=params).json()["total"]
    series = client.get("/api/coverage", params={"by": "theme", "from": params["from"], "to": params["to"]})
    counts = {(r["period"], r["bucket"]): r["articles"] for r in series.json()["series"]}
    assert listed == counts[(params["from"][:7], params["theme"])] > 0


def test_dashboard_province_tables_old_and_2025_units(client):
    html = client.get("/").text
    old = re.search(r'<section id="provinces">(.*?)</section>', html, re.S).group(1)
    new = re.search(r'<section id="units">(.*?)</section>', html, re.S).group(1)
    assert old.count("<tr") == 64 and new.count("<tr") == 35  # rows plus the header row
    # a merged unit adds up its former provinces: Cần Thơ 2025 = Cần Thơ, Hậu Giang, Sóc Trăng
    unit = {r["name"]: r for r in _units(client)}["Cần Thơ"]
    assert set(unit["former"]) == {"Cần Thơ", "Hậu Giang", "Sóc Trăng"}
    assert unit["articles"] == client.get("/api/search", params={"province": "Cần Thơ"}).json()["total"]
    old_only = client.get("/api/search", params={"old_province": "Cần Thơ"}).json()["total"]
    assert 0 < old_only < unit["articles"]


def _units(client):
    from danvan.corpus import Corpus
    from danvan.corpus.browse import unit_table
    from danvan.corpus.filters import Filters

    with Corpus(client.app.state.db_path, readonly=True) as c:
        return unit_table(c.connection, "", Filters())


def test_what_changed_finds_the_spike_and_the_quiet_province(client):
    changes = client.get("/api/changes").json()["changes"]
    found = {(c["dimension"], c["bucket"]): c["change"] for c in changes}
    assert found[("province", "Hậu Giang")] == "spike"
    assert found[("province", "Cà Mau")] == "quiet"
    html = client.get("/").text
    assert "tăng vọt" in html and "lắng xuống" in html


def test_search_page_facets_snippets_pagination(client):
    html = client.get("/search", params={"q": "dan van kheo", "per_page": 5}).text
    assert "<mark>" in html
    assert "Trang 1 /" in html and 'rel="next"' in html
    facets = re.search(r'<aside class="facets">(.*?)</aside>', html, re.S).group(1)
    for heading in (
        "Tỉnh, thành (trước 2025)",
        "Đơn vị hành chính 2025",
        "Chủ đề",
        "Cơ quan báo chí",
        "Tháng",
    ):
        assert heading in facets
    page2 = client.get("/search", params={"q": "dan van kheo", "per_page": 5, "page": 2}).text
    first = set(re.findall(r'class="title" href="/article/([^"]+)"', html))
    second = set(re.findall(r'class="title" href="/article/([^"]+)"', page2))
    assert len(first) == 5 and second and not first & second


def test_article_page_highlights_entities_by_kind(client):
    html = client.get("/article/web-003").text  # names a campaign ("chương trình" alone is none)
    kinds = set(re.findall(r'class="ent ent-(\w+)" data-kind', html))
    assert {"province", "official", "document", "campaign"} <= kinds
    api = client.get("/api/articles/web-003").json()
    for span in api["entities"]:
        assert api["text"][span["start"] : span["end"]]
    officials = [s for s in api["entities"] if s["kind"] == "official"]
    assert officials and api["text"][officials[0]["start"] : officials[0]["end"]] == officials[0]["label"]


def test_downloads_are_complete(client):
    total = client.get("/api/search", params={"q": "dan van", "per_page": 1}).json()["total"]
    assert total > 20  # more than one page
    rows = list(
        csv.DictReader(io.StringIO(client.get("/search.csv", params={"q": "dan van"}).text.lstrip("\ufeff")))
    )
    assert len(rows) == total and rows[0]["id"]
    data = json.loads(client.get("/search.json", params={"q": "dan van"}).text)
    assert len(data) == total
    officials = json.loads(client.get("/facts.json", params={"kind": "officials"}).text)
    assert {o["name"] for o in officials} >= {"Lê Minh Khang", "Nguyễn Thị Hồng Nhung"}
    figures = client.get("/facts.csv", params={"kind": "figures"}).text
    assert figures.count("\n") > 30


@pytest.mark.parametrize("path", ["/search.csv", "/search.json"])
def test_a_download_of_a_bad_query_is_refused_before_it_starts(client, path):
    response = client.get(path, params={"q": "(" * 40 + "dân" + ")" * 40})
    assert response.status_code == 400
    assert "nested 40 deep" in response.text and "content-disposition" not in response.headers


def test_atom_feed_per_search(client):
    response = client.get("/search.atom", params={"q": "nông thôn mới"})
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert entries and all(e.find("{http://www.w3.org/2005/Atom}title").text for e in entries)


HOSTILE_PAGES = [
    "/",
    "/search?q=alert",
    "/search?q=H%E1%BA%ADu+Giang&sort=date&per_page=100",
    "/article/web-hostile",
    "/facts?kind=officials",
    "/report?province=H%E1%BA%ADu+Giang&from=2025-10&to=2025-10",
    "/search.atom?q=alert",
]


@pytest.mark.parametrize("url", HOSTILE_PAGES)
def test_hostile_article_is_shown_as_text_everywhere(client, url):
    text = client.get(url).text
    assert "<script>alert" not in text and "<img src=x" not in text and "<b>Báo lạ" not in text
    assert 'href="javascript:' not in text


def test_hostile_article_text_is_escaped_in_the_highlighted_body(client):
    html = client.get("/article/web-hostile").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(3)&gt;" in html
    assert "ent-province" in html


def test_report_page_compares_with_the_previous_period(client):
    html = client.get("/report", params={"province": "Hậu Giang", "from": "2025-10", "to": "2025-10"}).text
    assert "Kỳ trước (2025-09-01 – 2025-09-30)" in html
    assert "Bài viết tiêu biểu" in html and "<svg" in html
    assert "@media print" in client.get("/static/site.css").text


def test_report_command_writes_a_self_contained_file(web_db, tmp_path):
    from typer.testing import CliRunner

    from danvan.cli import app

    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        app,
        [
            "report",
            "--province2025",
            "Cần Thơ",
            "--from",
            "2025-01",
            "--to",
            "2025-10",
            "--out",
            str(out),
            "--db",
            str(web_db),
        ],
    )
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<svg" in html and "<style>" in html and "@page" in html
    assert 'font-family: "Noto Sans"' in html  # the stylesheet is inlined unescaped
    assert not re.search(r"<(link|script|img)\b", html)
    assert "Báo cáo độ phủ tin: Cần Thơ" in html


def test_sources_page_shows_crawl_health_in_vietnamese(runs_db):
    """A site that went quiet and one whose errors jumped are flagged; the runs are listed."""
    from fastapi.testclient import TestClient

    from danvan.web.app import create_app

    with TestClient(create_app(runs_db), raise_server_exceptions=False) as client:
        html = client.get("/sources").text
        assert "3 nguồn, <strong>2</strong> cần xem lại" in html
        assert "ngày không có bài mới" in html and "tỉ lệ lỗi tăng vọt" in html
        assert "http-503: 28, timeout: 2" in html
        assert client.get("/sources?stale=0").status_code in (400, 422)


def test_sources_page_without_crawls_says_so(client):
    assert "Chưa có lần thu thập nào" in client.get("/sources").text
