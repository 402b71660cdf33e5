"""A small Vietnamese printed-date parser for the crawler tests (the app hands in nlp's)."""

from __future__ import annotations

import re
from datetime import date

_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)


def parse_date(text: str) -> date | None:
    for pattern in (_WORDS, _NUMERIC):
        if m := pattern.search(text):
            day, month, year = (int(g) for g in m.groups())
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None
