"""Units named after a place: "Xí nghiệp cấp nước Hà Tiên", "Trạm cấp nước Hòn Chông". The capitalised
words after a unit's head word and its lowercase description end the unit's name; they are no person."""

from __future__ import annotations

import re

from danvan.nlp.names import SURNAMES, VN_SYLLABLE_SHAPE
from danvan.nlp.wordlists import load_words

_HEADS = sorted(load_words("officials_unit_words.txt"), key=len, reverse=True)
# a head word, then one to three words describing the unit, lowercase but the first ("Trạm Cấp nước"),
# right before the capitalised run; not a position made of the head ("Đội trưởng A", "Trạm phó B")
_UNIT_BEFORE = re.compile(
    r"(?<![\wà-ỹđ])(?i:" + "|".join(re.escape(h) for h in _HEADS) + r")"
    r"\s+(?!(?i:trưởng|phó)(?![\wà-ỹđ]))(?-i:[A-ZÀ-ỸĐa-zà-ỹđ][a-zà-ỹđ]*)(?:\s+(?-i:[a-zà-ỹđ]+)){0,2}\s+$"
)


def unit_before(text: str, start: int) -> bool:
    """Do the words right before `start` open a unit's name still to be completed ("Trạm cấp nước ")?"""
    return text[start - 1 : start] == " " and bool(_UNIT_BEFORE.search(text[max(0, start - 40) : start]))


def unit_place(name: str) -> bool:
    """Is `name`, right after a unit's head and description, the unit's place, not a person? A Vietnamese
    name there needs a listed family name and three words ("Hà Tiên" is a town, "Hòn Chông" a cape);
    a foreign name's shape is left alone."""
    words = name.split(" ")
    if not all(VN_SYLLABLE_SHAPE.match(w) for w in words):
        return False
    return len(words) <= 2 or words[0] not in SURNAMES
