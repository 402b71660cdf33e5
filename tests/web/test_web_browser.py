"""A real browser (Debian's Chromium driven by Playwright) clicks from a dashboard bar to an article.

Skips with the reason when Chromium or Playwright is missing (`make test` installs Chromium with apt).
Set DANVAN_SCREENSHOTS=1 to write the screenshots of docs/screenshots/.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.web.live_server import serving

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(
            "Chromium is not installed (apt-get install chromium fonts-noto-core; `make test` does it)"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip extra dev)"
    )
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def _shoot(page, name: str) -> None:
    if os.environ.get("DANVAN_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_click_from_chart_bar_to_list_to_article(browser, web_db):
    foreign: list[str] = []
    with serving(web_db) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")

        def only_loopback(route):
            if urlparse(route.request.url).hostname != "127.0.0.1":
                foreign.append(route.request.url)
                route.abort()
            else:
                route.continue_()

        page.route("**/*", only_loopback)
        page.goto(base + "/")
        assert page.locator("h1").inner_text() == "Tổng quan độ phủ tin"
        _shoot(page, "dashboard")

        bar = page.locator("#theme-chart svg a").first
        bar.click()
        page.wait_for_url("**/search?**")
        assert "theme=" in page.url and "from=" in page.url
        results = page.locator("ol.results a.title")
        assert results.count() >= 1
        _shoot(page, "search-from-bar")

        title = results.first.inner_text()
        results.first.click()
        page.wait_for_url("**/article/**")
        assert page.locator("h1").inner_text() == title
        for kind in ("province", "official"):
            assert page.locator(f"article.text .ent-{kind}").count() >= 1
        official = page.locator("article.text .ent-official").first.inner_text()
        assert official in page.locator("table").all_inner_texts()[1]
        _shoot(page, "article")

        page.goto(base + "/search?q=dan+van+kheo&compare=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi")
        assert page.locator("#compare-chart > svg").count() == 1
        legend = page.locator("#compare-chart ul.chart-legend li").all_inner_texts()
        assert legend == ["dan van kheo", "nông thôn mới"]
        assert page.locator("mark").count() >= 1
        _shoot(page, "search")
        page.goto(base + "/facts?kind=officials")
        _shoot(page, "facts")
        page.goto(base + "/report?province=C%E1%BA%A7n+Th%C6%A1&from=2025-07&to=2025-09")
        _shoot(page, "report")
        page.emulate_media(media="print")
        assert page.locator("header.top").is_hidden()
        page.emulate_media(media="screen")

        # the hostile article: its title is text, no script ran
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base + "/article/web-hostile")
        assert page.locator("h1").inner_text().startswith("<script>alert(1)</script>")
        page.goto(base + "/search?q=alert")
        assert not dialogs
        page.close()
    assert not foreign, f"requests left 127.0.0.1: {foreign}"


def test_sources_page_in_the_browser(browser, runs_db):
    with serving(runs_db) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        page.goto(base + "/sources")
        assert page.locator("tr.flagged").count() == 2
        assert page.locator(".flag").first.is_visible()
        _shoot(page, "sources")
        page.close()
