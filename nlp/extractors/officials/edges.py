"""Edges of a name run that are places: a province across a dash, a place after "tại", a country inside."""

from __future__ import annotations

import re

from danvan.nlp.extractors.officials.lexicon import is_place

_DASH_BEFORE = re.compile(r"((?:\S+\s){1,3})[-–]\s$")
# a preposition of place right before a run: "tại Mộc Châu, Sơn La, Chủ tịch ..." names a place
_AT_BEFORE = re.compile(r"(?<![\wà-ỹđ])(?:tại|ở|Tại|Ở)\s$")


def place_words_across_dash(text: str, run_start: int, words: list[str]) -> int:
    """How many of the run's first words end a place written across a dash before the run ("tỉnh Thừa
    Thiên - Huế Cái Vĩnh Tuấn": 1)."""
    if text[max(0, run_start - 2) : run_start] not in ("- ", "– "):
        return 0  # (the cheap test first: most runs follow no dash)
    m = _DASH_BEFORE.search(text[max(0, run_start - 40) : run_start])
    if not m:
        return 0
    before = m.group(1).split()
    for n in (2, 1):
        if len(words) > n and any(
            is_place(f"{' '.join(before[-k:])} - {' '.join(words[:n])}") for k in range(1, len(before) + 1)
        ):
            return n
    return 0


def after_place_preposition(text: str, run_start: int) -> bool:
    return text[max(0, run_start - 1) : run_start] == " " and bool(
        _AT_BEFORE.search(text[max(0, run_start - 4) : run_start])
    )


def foreign_after_place(found: str, guess: tuple[int, str, bool] | None) -> bool:
    """Is the name found with a listed family name ("Nông Lâm Lào Khămbunnắt Xaynhạnôm") better read as
    a foreign name after a place (`guess`: "Khămbunnắt Xaynhạnôm")? (The caller asks only when the found
    one holds words no Vietnamese syllable has.)"""
    if guess is None or not guess[2] or guess[1] == found or not found.endswith(guess[1]):
        return False
    head = found[: -len(guess[1])].split()
    return any(is_place(" ".join(head[-n:])) for n in (1, 2, 3) if len(head) >= n)
