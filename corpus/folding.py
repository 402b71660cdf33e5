"""Accent folding for Vietnamese search: strips tone and vowel marks and maps đ/Đ to d."""

from __future__ import annotations

import re
import unicodedata

from danvan.nlp.normalize import FOLD_TABLE


def _build_table() -> dict[int, int | None]:
    """nlp's folding table, plus combining marks dropped (decomposed text folds the same way)."""
    table: dict[int, int | None] = {code: ord(base) for code, base in FOLD_TABLE.items()}
    for code in range(0x0300, 0x0370):
        table[code] = None
    return table


_TABLE = _build_table()


def _build_variants() -> dict[str, str]:
    variants: dict[str, set[str]] = {}
    for code, base in _TABLE.items():
        if base is not None:
            variants.setdefault(chr(base).lower(), set()).add(chr(code))
    return {
        base: "[" + base + base.upper() + "".join(sorted(chars)) + "]" for base, chars in variants.items()
    }


_VARIANTS = _build_variants()


def accent_pattern(folded_word: str) -> str:
    """A regex matching every accented spelling of a folded word: "dan" -> "[dDđĐ][aAàá…][nN]"."""
    return "".join(_VARIANTS.get(ch, re.escape(ch)) for ch in folded_word)


def nfc(text: str) -> str:
    """The NFC form: Vietnamese text arrives both precomposed and with combining marks."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lowercase `text` and drop every diacritic, so "Dân vận Đồng Tháp" -> "dan van dong thap"."""
    return unicodedata.normalize("NFC", text).translate(_TABLE).lower()


def has_diacritics(text: str) -> bool:
    """True when folding would change more than letter case."""
    return fold(text) != text.lower()
