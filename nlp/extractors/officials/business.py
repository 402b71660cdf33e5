"""Company people, not officials: a business word in the title or just after the name, a private company."""

from __future__ import annotations

import re

from danvan.nlp.extractors.officials.lexicon import BUSINESS_WORDS, PRIVATE_COMPANY_WORDS

# a one-member limited company is often the state's ("Công ty TNHH MTV Xổ số kiến thiết"): not a business
_STATE_LLC = re.compile(r"(?:công ty|cty)\s+(?:tnhh|trách nhiệm hữu hạn)\s+(?:mtv|một thành viên)")


def is_business(text: str, end: int, left: str | None) -> bool:
    """A company's person, not an official: a business word in the title before the name or in the first
    clause after it ("Tim Cook, Giám đốc điều hành hãng Apple")."""
    first = re.split(r"[,;:\n]|(?<!TP)\.\s", text[end : end + 120].lstrip(" ,-–"), maxsplit=1)[0]
    return any(w in f"{left or ''} {first}".casefold() for w in BUSINESS_WORDS)


def private_company(title: str | None) -> bool:
    """Is the title a private company's ("Giám đốc Công ty TNHH X"), not a state one-member company's?"""
    words = _STATE_LLC.sub("", (title or "").casefold())
    return any(w in words for w in PRIVATE_COMPANY_WORDS)
