"""Names that share the title of the titled name before them ("Phó Thủ tướng A, B và C")."""

from __future__ import annotations

import re

from danvan.nlp.extractors.officials.lexicon import is_place

# between a titled name and the next name that shares its title ("Phó Thủ tướng A, B và C")
# ("Đại biểu A (Quảng Bình); B (Thanh Hóa)": after a place in brackets, also a semicolon)
_GAP = re.compile(
    r"(?:\s*\((?P<place>[^()\n]{2,40})\))?\s*(?P<sep>,|;|,?\s+và)\s+(?:(?:ông|bà|đồng chí)\s+)?"
)
_PAREN_AFTER = re.compile(r"\s*\(([^()\n]{2,40})\)")


def chain_gap(gap: str) -> bool:
    """Does `gap` only separate two names that share a title: a comma or "và", or a semicolon after the
    first name's place in brackets?"""
    m = _GAP.fullmatch(gap)
    if not m:
        return False
    if m.group("place") is None:
        return m.group("sep") != ";"
    return is_place(m.group("place").strip())


def place_after(text: str, end: int) -> bool:
    """Is the name at `end` followed by its place in brackets ("B (Thanh Hóa)"), not its own title?"""
    m = _PAREN_AFTER.match(text, end)
    return bool(m) and is_place(m.group(1).strip())
