"""A dash inside a body's name between two of its fields ("Sở Lao động - Thương binh và Xã hội", "Ủy ban
Tài chính - Ngân sách"): no clause break. Each field is written in sentence case, a capital then lowercase
("Lao động", "Ngân sách"), where a person's name capitalises every word and a place is a listed name."""

from __future__ import annotations

import re

from danvan.nlp.extractors.officials.lexicon import POSITION_RE
from danvan.nlp.wordlists import load_words

# the field before the dash: a capitalised word and a lowercase one, right before it
_FIELD_BEFORE = re.compile(r"(?<![\wà-ỹđ])[A-ZÀ-ỸĐ][a-zà-ỹđ]{0,7}\s[a-zà-ỹđ]{1,7}$")
# the field after it; "Bộ Chính trị - Bí thư Trung ương" joins a second office, not a field
_FIELD_AFTER = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]{0,7}\s[a-zà-ỹđ]{1,7}(?![\wà-ỹđ])")
_DASH = re.compile(r" [-–] ")
# the body a unit belongs to, after the dash: its head word, then a capitalised word ("Bộ Văn hóa")
_PARENT_AFTER = re.compile(
    r"^(?:"
    + "|".join(re.escape(w) for w in sorted(load_words("officials_parent_bodies.txt"), key=len, reverse=True))
    + r")\s+[A-ZÀ-ỸĐ]"
)
_TAIL = re.compile(r"[,;:()\n]|\.\s")


def parent_dash(before: str, after: str) -> bool:
    """Is the dash between a unit's name, after its head's position, and the body it belongs to ("Vụ trưởng
    Vụ Hợp tác quốc tế - Bộ Văn hóa Séc")?"""
    if not _PARENT_AFTER.match(after) or POSITION_RE.match(after):
        return False
    tail = _TAIL.split(before[-120:])[-1]
    last = next(reversed(list(POSITION_RE.finditer(tail))), None)
    return last is not None and tail[last.end() :].strip()[:1].isupper()


def field_dash(before: str, after: str) -> bool:
    """Is the dash between `before` (the text up to it) and `after` (the text from the next word) one
    between two fields of a body's name?"""
    return (
        bool(_FIELD_BEFORE.search(before[-20:]))
        and bool(_FIELD_AFTER.match(after))
        and not POSITION_RE.match(after)
    )


def field_dashes_masked(window: str) -> str:
    """`window` with each dash between two fields of a body's name masked, at the same length."""
    if " - " not in window and " – " not in window:
        return window
    out = window
    for m in _DASH.finditer(window):
        if field_dash(window[: m.start()], window[m.end() :]) or parent_dash(
            window[: m.start()], window[m.end() :]
        ):
            out = f"{out[: m.start()]} ~ {out[m.end() :]}"
    return out
