"""Sentence boundaries for locating the sentence a fact comes from."""

from __future__ import annotations

import re
from bisect import bisect_right

_BOUNDARY = re.compile(r"(?<=[.!?…])\s+(?=[\"'(]?[A-ZÀ-ỸĐ0-9])|\n+")


class Sentences:
    """The sentences of one text, found once; `at(pos)` is the sentence holding offset `pos`."""

    def __init__(self, text: str) -> None:
        self.text = text
        bounds = [(m.start(), m.end()) for m in _BOUNDARY.finditer(text)]
        self._starts = [0] + [end for _, end in bounds]
        self._ends = [start for start, _ in bounds] + [len(text)]

    def at(self, pos: int) -> str:
        i = bisect_right(self._starts, pos) - 1
        return self.text[self._starts[i] : self._ends[i]].strip()
