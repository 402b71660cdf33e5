"""Signs that a page is a listing or a menu's page: a menu entry linking to it, pictures listed, a series
index, a results counter, a search box's answer."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import parse_qsl, urlsplit

from danvan.crawler.article_container import LIST_MARK
from danvan.crawler.detection_rules import rules
from danvan.crawler.listing_structure import ListingItem, element_text, in_menu, is_label
from danvan.crawler.printed_dates import printed_date
from danvan.crawler.site_chrome import in_footer
from danvan.crawler.text_keys import SENTENCE_END
from danvan.crawler.urls import absolute_http_url, normalize_url
from lxml import etree

_LINKS_CONTAINING = etree.XPath("//body//a[contains(@href, $part)]")


@cache
def _stamp_label(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def menu_page(root: etree._Element, url: str, title: str) -> str:
    """Why the page is one the site's menu leads to (a section, a static page), or '': an entry of a
    menu on the page links to the page itself, the page's <h1> (not its headline) is the label of a link
    to the page itself, or the headline is the label of a menu entry (a section's page N names its
    section)."""
    cfg = rules()["menu"]
    here = normalize_url(url)
    tail = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    own_names = {
        text.lower(): h1
        for h1 in root.iter("h1")
        if (text := element_text(h1)).lower() != title.lower() and is_label(text, cfg["own_name_max_words"])
    }
    for a in _LINKS_CONTAINING(root, part=tail) if tail else ():
        href = a.get("href") or ""
        target = absolute_http_url(url, href) if "#" not in href else None
        if not target or normalize_url(target) != here:
            continue
        label = element_text(a)
        if (
            _stamp_label(cfg["stamp_label"]).match(label.lower())
            or (printed_date(label) and len(label) <= 30)
            or a.get("rel") == "bookmark"
            or next(a.iter("time"), None) is not None
        ):
            # a post's permalink stamp ('lúc 9:12 SA' among its share links, WordPress's rel="bookmark" link
            # around its <time>)
            continue
        # a menu's entry, its longer labels (two words more) included
        if is_label(label, cfg["max_words"] + 2) and in_menu(
            a, cfg["min_links"], cfg["max_words"], cfg["min_link_share"]
        ):
            # an entry of a menu's nested list under a news section's entry: a post the menu names
            parent = next((li for ul in a.iterancestors("ul", "ol") for li in ul.iterancestors("li")), None)
            entry = next(parent.iterchildren("a"), None) if parent is not None else None
            if entry is not None and re.search(cfg["news_sections"], element_text(entry).lower()):
                return "menu-page:a-news-section-s-submenu-entry-links-here"
            return "menu-page:a-menu-entry-links-here"
        if is_label(label, cfg["max_words"]) and in_footer(a):
            return "menu-page:a-footer-entry-links-here"  # 'Giới thiệu', 'Liên hệ' at the page's foot
        named = own_names.get(label.lower())
        if named is not None and named not in a.iterancestors() and a not in named.iter("a"):
            return "menu-page:its-heading-names-a-link-here"
    if is_label(title, cfg["max_words"]):
        for a in root.iter("a"):
            if element_text(a).lower() == title.lower() and in_menu(
                a, cfg["min_links"], cfg["max_words"], cfg["min_link_share"]
            ):
                return "menu-page:headline-is-a-menu-entry"
    return ""


_IMAGE_FILE = re.compile(r"\.(jpe?g|png|gif|webp|bmp|tiff?)$", re.IGNORECASE)


def item_key(line: str) -> str:
    """A main-text line as compared with a linked block's text: list mark off, 80 characters, no spaces."""
    return "".join(LIST_MARK.sub("", line)[:80].split())


def pictures_listed(groups: list[list[ListingItem]], lines: list[str], in_items: list[bool]) -> bool:
    """Whether every linked block holding a line of the main text links to a picture file."""
    texts = [item_key(ln) for ln, inside in zip(lines, in_items, strict=True) if inside]
    holding = [i for g in groups for i in g if any(t in "".join(i.text.split()) for t in texts)]
    return bool(holding) and all(_IMAGE_FILE.search(urlsplit(i.target).path) for i in holding)


def prose_outside(lines: list[str], in_items: list[bool]) -> bool:
    """A paragraph (a sentence of `paragraph_chars` or more) of the main text outside the linked blocks."""
    para = rules()["title"]["paragraph_chars"]
    return any(
        len(ln) >= para and SENTENCE_END.search(ln)
        for ln, inside in zip(lines, in_items, strict=True)
        if not inside
    )


def installments(items: list[ListingItem], lines: list[str], in_items: list[bool]) -> int:
    """How many distinct numbered parts ('Kỳ 1:', 'Bài 2 -') a list of linked items holds, when one of them
    at least is in the main text (a sidebar's list of a series is not the page's content)."""
    mark = re.compile(rules()["listing"]["installment"])
    texts = [item_key(ln) for ln, inside in zip(lines, in_items, strict=True) if inside]
    parts = [(m.group(2), item) for item in items if (m := mark.match(item.text.lower()))]
    if not any(t in "".join(item.text.split()) for _, item in parts for t in texts):
        return 0
    return len({number for number, _ in parts})


def pagination_summary(lines: list[str]) -> str:
    """A line of the main text counting a listing's results ('Hiển thị 4 - 4 trong tổng số 4 kết quả')."""
    patterns = [re.compile(p, re.I) for p in rules()["listing"]["pagination_summaries"]]
    return next((ln for ln in lines if len(ln) < 100 and any(p.search(ln) for p in patterns)), "")


_SEARCH_BOXES = etree.XPath("//body//form//input[@name][not(@type) or @type='text' or @type='search']/@name")


def search_results(root: etree._Element, url: str) -> str:
    """Why the page answers the site's own search box, or '': its URL carries a term in the parameter that
    a form's text field on the page names ('?searchword=hòa giải', '?q=', '?tu_khoa=')."""
    terms = {k: v for k, v in parse_qsl(urlsplit(url).query) if v.strip()}
    if not terms:
        return ""
    field = next((str(name) for name in _SEARCH_BOXES(root) if str(name) in terms), "")
    return f"search-results({field}={terms[field][:20]})" if field else ""
