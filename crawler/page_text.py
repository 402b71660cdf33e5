"""Texts read off a parsed page: compiled XPaths, elements' texts, the page's visible text, its links'."""

from __future__ import annotations

from functools import cache

from danvan.crawler.listing_structure import element_text
from danvan.crawler.text_keys import norm
from lxml import etree
from parsel import Selector

# the page's text nodes holding a string (`$part`): where a line of the extracted text stands in the page
TEXTS_CONTAINING = etree.XPath("//body//text()[contains(., $part)]")


def text_holding(
    root: etree._Element, line: str, sizes: tuple[int, ...]
) -> etree._ElementUnicodeResult | None:
    """The page's first text node holding the line's opening characters, `sizes` of them tried in turn (fewer
    when markup splits the line: 'Tác giả: <b>Văn Hưng</b>'); None when none holds them."""
    return next((n for size in sizes if line for n in TEXTS_CONTAINING(root, part=line[:size])), None)


@cache
def compiled_xpath(path: str) -> etree.XPath:
    """A compiled XPath (lxml directly: parsel's wrapper objects cost more than the query here)."""
    return etree.XPath(path, smart_strings=False)


def element_texts(root: etree._Element, path: str) -> list[str]:
    return [element_text(el) for el in compiled_xpath(path)(root)]


def first_string(sel: Selector, path: str) -> str:
    """The first string an XPath finds on the page, or ''."""
    return str(next(iter(compiled_xpath(path)(sel.root)), ""))


PAGE_TEXTS = "//body//text()[not(ancestor::script)][not(ancestor::style)]"


def page_text_chars(sel: Selector) -> int:
    return len(norm(" ".join(compiled_xpath(PAGE_TEXTS)(sel.root))))


def anchor_texts(sel: Selector) -> set[str]:
    return set(element_texts(sel.root, "//body//a")) - {""}
