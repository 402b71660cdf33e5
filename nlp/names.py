"""Vietnamese personal-name parts: family names and frequent middle names, for name detection."""

from __future__ import annotations

import re

from danvan.nlp.wordlists import word_set

_VOWELS = "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
# the shape of a Vietnamese syllable: initial consonant(s), one to three vowels, a final consonant
VN_SYLLABLE_SHAPE = re.compile(
    rf"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnpt])?$",
    re.IGNORECASE,
)

SURNAMES = word_set("vn_surnames.txt")
MIDDLE_NAMES = word_set("vn_middle_names.txt")

_SYLLABLE = r"[A-ZÀ-ỸĐ][a-zà-ỹđ]*"
NAME_RE = re.compile(rf"{_SYLLABLE}(?:\s+{_SYLLABLE}){{1,4}}")


def is_capitalized(word: str) -> bool:
    return bool(word) and word[0].isupper() and (len(word) == 1 or not word[1:].isupper())


def looks_like_person_name(words: list[str]) -> bool:
    """2-5 capitalised syllables beginning with a family name ("Nguyễn Văn Hiếu", "Tô Lâm")."""
    return 2 <= len(words) <= 5 and words[0] in SURNAMES and all(is_capitalized(w) for w in words)
