"""The text nodes around an element, lazily, in reading order: what follows a headline, what precedes it."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from danvan.crawler.text_keys import norm
from lxml import etree


def following_texts(
    el: etree._Element, until: Callable[[etree._Element], bool] | None = None
) -> Iterator[str]:
    """The text nodes after an element, in document order (XPath's following::text(), lazily), up to the
    first element that `until` says ends them (the site's footer)."""
    node = el
    while node is not None:
        if node.tail:
            yield node.tail
        for sib in node.itersiblings():
            if until is not None and isinstance(sib.tag, str) and until(sib):
                return
            if isinstance(sib.tag, str):
                yield from sib.itertext()
            if sib.tail:
                yield sib.tail
        node = node.getparent()


def preceding_texts(el: etree._Element) -> Iterator[str]:
    """The text nodes before an element, nearest first (XPath's preceding::text() reversed, lazily)."""
    node = el
    while node is not None:
        for sib in node.itersiblings(preceding=True):
            if sib.tail:
                yield sib.tail
            if isinstance(sib.tag, str):
                yield from reversed(list(sib.itertext()))
        node = node.getparent()
        if node is not None and node.text:
            yield node.text


def first_chars(texts: Iterator[str], nodes: int, chars: int) -> list[str]:
    found, total = [], 0
    for text in itertools.islice(texts, nodes):
        found.append(text)
        total += len(text)
        if total >= chars:
            break
    return found


def chars_before(el: etree._Element, line: str, limit: int = 3000) -> float:
    """How many characters of text come between an element and a line of the main text after it
    (infinite when the line does not follow within `limit` characters)."""
    key = line[:30]
    joined = norm("".join(first_chars(following_texts(el), 300, limit)))
    at = joined.find(key)
    return float(at) if at >= 0 else float("inf")
