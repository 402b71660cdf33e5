"""Company people, not officials: a business word in the title or just after the name, a private company,
a non-governmental group; and holders of honorary roles ("Đại sứ du lịch")."""

from __future__ import annotations

import re

from danvan.nlp.extractors.officials.lexicon import BUSINESS_WORDS, PRIVATE_COMPANY_WORDS
from danvan.nlp.wordlists import load_words

# a one-member limited company is often the state's ("Công ty TNHH MTV Xổ số kiến thiết"), and the
# cooperatives' alliance is a mass organisation ("Liên minh Hợp tác xã Việt Nam"): not businesses
_STATE_LLC = re.compile(
    r"(?:công ty|cty)\s+(?:tnhh|trách nhiệm hữu hạn)\s+(?:mtv|một thành viên)|liên minh (?:hợp tác xã|htx)"
)


def _first_clause(text: str, end: int) -> str:
    return re.split(r"[,;:\n]|(?<!TP)\.\s", text[end : end + 120].lstrip(" ,-–"), maxsplit=1)[0]


def is_business(text: str, end: int, left: str | None) -> bool:
    """A company's person, not an official: a business word in the title before the name or in the first
    clause after it ("Tim Cook, Giám đốc điều hành hãng Apple")."""
    return any(w in f"{left or ''} {_first_clause(text, end)}".casefold() for w in BUSINESS_WORDS)


_GROUP_WORDS = "|".join(
    f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}"
    for w in sorted(load_words("officials_private_groups.txt"), key=len, reverse=True)
)
_CAP_WORD = r"[A-ZÀ-ỸĐ][^\s,.;:()\"“”]*"
_GROUP = re.compile(
    rf"(?<![\wà-ỹđ])(?:{_GROUP_WORDS})(?:\s+[a-zà-ỹđ]+){{0,2}}?\s+(?P<name>{_CAP_WORD}(?:\s+{_CAP_WORD})*)"
)


def private_groups(text: str) -> frozenset[str]:
    """The names the text introduces as non-governmental groups ("Tổ chức giám sát chính phủ X")."""
    names = set()
    for m in _GROUP.finditer(text):
        words = m.group("name").split()
        # (the character class also holds lowercase letters: the name ends at the first lowercase word)
        cut = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
        if cut:
            names.add(" ".join(words[:cut]))
    return frozenset(names)


def of_private_group(text: str, end: int, left: str | None, groups: frozenset[str]) -> bool:
    """Is the name at `end` titled in one of `groups` ("A, Giám đốc pháp lý của X")? The group is looked
    for in the title before the name and in the first clause after it."""
    if not groups:
        return False
    clause = f"{left or ''} {_first_clause(text, end)}"
    return any(re.search(rf"(?<![\wà-ỹđ]){re.escape(g)}(?![\wà-ỹđ])", clause) for g in groups)


def private_company(title: str | None) -> bool:
    """Is the title a private company's ("Giám đốc Công ty TNHH X"), not a state one-member company's?"""
    words = _STATE_LLC.sub("", (title or "").casefold())
    return any(w in words for w in PRIVATE_COMPANY_WORDS)


_HONORARY = tuple(w.casefold() for w in load_words("officials_honorary_roles.txt"))


def honorary(title: str) -> bool:
    """Does the title name an honorary role, no office ("Đại sứ du lịch Việt Nam")? Also one cut inside the
    role's words ("Đại sứ hình" of "Đại sứ hình ảnh"), three words of it at least."""
    folded = title.casefold()
    cut = len(folded.split()) >= 3 and any(role.startswith(folded) for role in _HONORARY)
    return folded.startswith(_HONORARY) or cut
