"""Kinds of page told from what they show, not from links: a page in another language, a price list, an
event's page (its schedule under its name), and the short lines by a headline that say which."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Any

from danvan.crawler.listing_structure import element_text
from lxml import etree

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def marked_share(lines: Iterable[str], min_words: int) -> float | None:
    """The share of the words of a text holding a letter outside ASCII (Vietnamese marks most of its
    syllables); None when the text has fewer than `min_words` words."""
    words = [w for ln in lines for w in _WORD.findall(unicodedata.normalize("NFC", ln))]
    if len(words) < min_words:
        return None
    return sum(1 for w in words if not w.isascii()) / len(words)


def foreign_language(lines: list[str], cfg: dict[str, Any]) -> str:
    """Why the main text is in another language than Vietnamese, or ''."""
    share = marked_share(lines, cfg["min_words"])
    if share is not None and share < cfg["min_marked_share"]:
        return f"not-vietnamese:{share:.0%}-of-words-marked"
    return ""


@cache
def _patterns(headers: tuple[str, ...], amount: str) -> tuple[list[re.Pattern[str]], re.Pattern[str]]:
    return [re.compile(h, re.IGNORECASE) for h in headers], re.compile(amount, re.IGNORECASE)


def price_table(root: etree._Element, cfg: dict[str, Any]) -> bool:
    """A table with a column headed by a price word ('Giá/tuần (đồng)', 'Đơn giá', 'Mức phí') and at least
    `min_rows` amounts ('8.000.000', '250.000 đ') in that column's cells below the header."""
    headers, amount = _patterns(tuple(cfg["headers"]), cfg["amount"])
    for table in root.iter("table"):
        rows = [[element_text(c) for c in tr if c.tag in ("td", "th")] for tr in table.iter("tr")]
        rows = [r for r in rows if r]
        for at, head in enumerate(rows[:-1]):
            priced = [i for i, cell in enumerate(head) if any(h.search(cell) for h in headers)]
            for col in priced:
                amounts = sum(1 for r in rows[at + 1 :] if col < len(r) and amount.match(r[col].strip()))
                if amounts >= cfg["min_rows"]:
                    return True
            if priced:
                break  # the header row: the rows below it are its data
    return False


def _short(text: str, max_chars: int, max_words: int) -> bool:
    return len(text) < max_chars and len(text.split()) < max_words


def lines_by(
    texts_after: Iterable[str], texts_before: Iterable[str], max_chars: int, max_words: int
) -> list[str]:
    """The short lines among the text nodes next to a headline (a dateline, a place, a byline): not the
    sentences of a lead or body."""
    found = [" ".join(t.split()) for t in (*texts_before, *texts_after)]
    return [t for t in found if t and _short(t, max_chars, max_words)]


def schedule_line(lines: Iterable[str], cfg: dict[str, Any]) -> str:
    """A line giving an event's schedule: a year and a time range ('15 thg 6, 2024, 07:00 – 11:00'); ''."""
    time_range, year = re.compile(cfg["time_range"], re.IGNORECASE), re.compile(cfg["year"])
    return next((ln for ln in lines if time_range.search(ln) and year.search(ln)), "")
