"""Sentence boundaries for locating the sentence a fact comes from."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?…])\s+(?=[\"'(]?[A-ZÀ-ỸĐ0-9])|\n+")


def sentence_at(text: str, pos: int) -> str:
    """The sentence of `text` that contains offset `pos`."""
    start = 0
    for m in _BOUNDARY.finditer(text, 0, pos):
        start = m.end()
    end_match = _BOUNDARY.search(text, pos)
    end = end_match.start() if end_match else len(text)
    return text[start:end].strip()
