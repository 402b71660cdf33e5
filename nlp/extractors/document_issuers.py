"""Document issuers cut to what a known organ name ends: "Bộ Chính trị sửa đổi" -> "Bộ Chính trị"."""

from __future__ import annotations

from danvan.nlp.wordlists import load_words

_ORGANS = sorted(
    (tuple(o.casefold().split()) for o in load_words("document_issuers.txt")), key=len, reverse=True
)
_PLACES = sorted(
    (tuple(p.casefold().split()) for p in load_words("document_issuer_places.txt")), key=len, reverse=True
)


def _match(words: list[str], at: int, names: list[tuple[str, ...]]) -> int:
    """How many words from `at` a name of `names` covers (0: none)."""
    for name in names:
        if tuple(w.casefold() for w in words[at : at + len(name)]) == name:
            return len(name)
    return 0


def _proper(word: str) -> bool:
    """A word of a proper name: capitalised, more than one letter ("T" is a cut-off "T.Ư")."""
    return word[:1].isupper() and sum(c.isalpha() for c in word) > 1


def _joins(words: list[str], at: int) -> bool:
    """A "-" inside a place ("Bà Rịa - Vũng Tàu") or "và" before another organ (joint documents)."""
    if words[at] == "-":
        return at + 1 < len(words) and _proper(words[at + 1])
    return words[at] == "và" and bool(_match(words, at + 1, _ORGANS))


def clean_issuer(phrase: str) -> str | None:
    """`phrase` up to the end of its organ names and the places after them; None when none starts it.

    After an organ may come another organ ("Ban Thường vụ Tỉnh ủy"), a place ("tỉnh Lào Cai", "Hà
    Nội", "Bà Rịa - Vũng Tàu") or "và" with another organ (joint documents).
    """
    words = phrase.split()
    end = _match(words, 0, _ORGANS)
    if not end:
        return None
    at = end
    while at < len(words):
        organ = _match(words, at, _ORGANS)
        place = _match(words, at, _PLACES)
        if organ or place:
            at += max(organ, place)
            end = at
        elif _proper(words[at]):
            at += 1
            end = at
        elif _joins(words, at):
            at += 1
        else:
            break
    return " ".join(words[:end])
