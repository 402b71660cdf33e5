"""Reads an HTML page: article-or-not verdict, canonical URL, links, pagination, listing dates."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from urllib.parse import urlsplit

from danvan.crawler.article_detection import Verdict, detect
from danvan.crawler.sites import SiteConfig
from danvan.crawler.urls import absolute_http_url, normalize_url, same_site
from parsel import Selector

FURNITURE = re.compile(
    r"related|lien-?quan|tin-?khac|cung-?chuyen-?muc|comment|binh-?luan|sidebar|menu|footer|"
    r"header|navbar|breadcrumb|widget|xem-?nhieu|most-?read|doc-?nhieu|tag|share|social",
    re.IGNORECASE,
)
FURNITURE_TAGS = {"nav", "header", "footer", "aside", "form"}
ARTICLE_PATH = re.compile(r"(\d{5,}|[?&](id|newsid|article_id|aid)=\d+|([a-z0-9]+-){4,}[a-z0-9]+)")
PAGINATION_URL = re.compile(r"([?&](page|trang|p|pg|paged)=\d+|/(page|trang)[-/]\d+)", re.IGNORECASE)
NEXT_TEXTS = {
    "trang sau",
    "trang tiếp",
    "tiếp",
    "tiếp theo",
    "sau",
    "»",
    "›",
    ">",
    ">>",
    "next",
    "xem thêm",
    "cũ hơn",
    "tin cũ hơn",
}
SKIP_EXTENSIONS = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|mp[34]|"
    r"m4a|avi|mov|wmv|flv|webm|ogg|wav|css|js|json|woff2?|ttf|eot|exe|apk)$",
    re.IGNORECASE,
)


def selector_query(sel: Selector, query: str) -> list[Selector]:
    """Run a registry selector: XPath when it starts with '/' or '(', CSS otherwise."""
    return sel.xpath(query) if query.lstrip().startswith(("/", "(")) else sel.css(query)


def _in_furniture(el) -> bool:
    for anc in el.iterancestors():
        if anc.tag in FURNITURE_TAGS:
            return True
        marker = f"{anc.get('class', '')} {anc.get('id', '')}"
        if marker.strip() and FURNITURE.search(marker):
            return True
    return False


def classify(sel: Selector, url: str, site: SiteConfig | None, domains: list[str], hint: str = "") -> Verdict:
    """The article-or-not verdict of a page (see article_detection.detect)."""
    return detect(sel, url, site, domains, hint)


def canonical_url(sel: Selector, url: str, domains: list[str]) -> str:
    """The page's <link rel=canonical> when it stays on the site, else the normalised URL."""
    href = sel.xpath('//link[translate(@rel,"CANONICAL","canonical")="canonical"]/@href').get()
    target = absolute_http_url(url, href)
    if target and same_site(target, domains):
        return normalize_url(target)
    return normalize_url(url)


def page_links(sel: Selector, url: str) -> list[str]:
    """All followable HTTP links of a page (absolute, tracking-free, no assets), in page order; a frameset's
    frames and a page's inline frames are pages too (an old site's menu and content frames)."""
    seen: dict[str, None] = {}
    for href in sel.xpath("//a/@href | //area/@href | //frame/@src | //iframe/@src").getall():
        target = absolute_http_url(url, href)
        if target and not SKIP_EXTENSIONS.search(urlsplit(target).path):
            seen.setdefault(normalize_url(target), None)
    return list(seen)


def feed_links(sel: Selector, url: str) -> list[str]:
    hrefs = sel.xpath(
        '//link[@rel="alternate"][contains(@type,"rss") or contains(@type,"atom")]/@href'
    ).getall()
    return [u for h in hrefs if (u := absolute_http_url(url, h))]


def next_page_links(sel: Selector, url: str, site: SiteConfig | None) -> list[str]:
    """Links to the next listing page: the site's pagination selector, rel=next, or 'Trang sau'."""
    hrefs: list[str] = []
    if site is not None and site.pagination:
        found = selector_query(sel, site.pagination)
        hrefs += [h for s in found for h in (s.xpath("@href").getall() or s.xpath(".//@href")[:1].getall())]
    hrefs += sel.xpath('//link[@rel="next"]/@href | //a[@rel="next"]/@href').getall()
    for a in sel.xpath("//a[@href]"):
        text = " ".join("".join(a.root.itertext()).split()).lower()
        cls = (a.root.get("class") or "").lower()
        if text in NEXT_TEXTS or text.strip(" »›>") in NEXT_TEXTS or re.search(r"\bnext\b", cls):
            hrefs.append(a.root.get("href"))
    result: dict[str, None] = {}
    for h in hrefs:
        if (target := absolute_http_url(url, h)) and normalize_url(target) != normalize_url(url):
            result.setdefault(normalize_url(target), None)
    return list(result)


def is_pagination_url(url: str) -> bool:
    return bool(PAGINATION_URL.search(url))


def listing_dates(
    sel: Selector,
    url: str,
    site: SiteConfig | None,
    parse_date: Callable[[str], date | None],
) -> dict[str, date]:
    """Dates printed next to each linked item of a listing page, keyed by normalised URL."""
    dates: dict[str, date] = {}
    if site is not None and site.listing_item:
        for item in selector_query(sel, site.listing_item):
            date_text = " ".join(
                selector_query(item, site.listing_date).xpath("string()").getall()
                if site.listing_date
                else item.xpath("string()").getall()
            )
            when = parse_date(date_text) if date_text.strip() else None
            href = absolute_http_url(url, item.xpath(".//a/@href").get())
            if when and href:
                dates.setdefault(normalize_url(href), when)
        return dates
    for a in sel.xpath("//body//a[@href]"):
        el = a.root
        href = absolute_http_url(url, el.get("href"))
        if not href or _in_furniture(el):
            continue
        target = normalize_url(href)
        container = el.getparent()
        for _ in range(4):
            if container is None or container.tag in ("body", "html"):
                break
            hrefs = {
                normalize_url(h) for x in container.iter("a") if (h := absolute_http_url(url, x.get("href")))
            }
            if len(hrefs) > 2 or len(hrefs - {target}) > 1:
                break
            text = " ".join("".join(container.itertext()).split())
            if len(text) > 600:
                break
            if when := parse_date(text):
                dates.setdefault(target, when)
                break
            container = container.getparent()
    return dates


def override_fields(sel: Selector, site: SiteConfig | None) -> dict[str, str]:
    """Apply the site's title/published/author/body selectors; body comes back as HTML."""
    fields: dict[str, str] = {}
    if site is None:
        return fields
    for key, query in site.selectors.items():
        found = selector_query(sel, query)
        if not found:
            continue
        if key == "body":
            fields["body_html"] = "\n".join(found.getall())
        else:
            text = " ".join(" ".join(found[0].xpath("string()").getall()).split())
            if text:
                fields[key] = text
    return fields
