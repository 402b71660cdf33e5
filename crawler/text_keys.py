"""How the detector compares texts: spaces folded, syllable sets, a heading's word key, a sentence's end."""

from __future__ import annotations

import re
import unicodedata

SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
_SYLLABLE = re.compile(r"\w+", re.UNICODE)


def norm(text: str) -> str:
    return " ".join(text.split())


def syllables(text: str) -> set[str]:
    # composed first: Windows-1258 pages write tones as combining marks, which \w does not match
    text = unicodedata.normalize("NFC", text.lower())
    return {s for s in _SYLLABLE.findall(text) if len(s) > 1 or s.isdigit()}


def words_key(text: str) -> str:
    """A heading's words only: lower case, tones composed, dashes, colons and spaces aside."""
    return " ".join(_SYLLABLE.findall(unicodedata.normalize("NFC", text.lower())))
