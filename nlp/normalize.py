"""Text normalisation: Unicode NFC, Vietnamese tone-mark placement, quotes, dashes and spaces."""

from __future__ import annotations

import re
import unicodedata

# Old-style tone placement ("hoà", "thuỷ") to the style the canonical names use ("hòa", "thủy").
_TONED = {
    "a": "àáảãạ",
    "e": "èéẻẽẹ",
    "y": "ỳýỷỹỵ",
    "A": "ÀÁẢÃẠ",
    "E": "ÈÉẺẼẸ",
    "Y": "ỲÝỶỸỴ",
}
_BASE_TONED = {"o": "òóỏõọ", "u": "ùúủũụ", "O": "ÒÓỎÕỌ", "U": "ÙÚỦŨỤ"}
_TONE_FIX: dict[str, str] = {}
for glide, second in (
    ("o", "a"),
    ("o", "e"),
    ("u", "y"),
    ("O", "A"),
    ("O", "E"),
    ("U", "Y"),
    ("o", "A"),
    ("O", "a"),
    ("u", "Y"),
    ("U", "y"),
    ("o", "E"),
    ("O", "e"),
):
    for tone in range(5):
        old = glide + _TONED[second][tone]
        new = _BASE_TONED[glide][tone] + second
        _TONE_FIX[old] = new
# Only at the end of a syllable, and never after "q" ("quý" is already right).
_TONE_RE = re.compile(r"(?<![qQ])(" + "|".join(map(re.escape, _TONE_FIX)) + r")(?![^\W\d_])")

_QUOTES = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "″": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "–": "-",
        "—": "-",
        "‒": "-",
        "―": "-",
        "−": "-",
        "‐": "-",
        "‑": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
        "\u00ad": None,
        "\t": " ",
        "\r": None,
    }
)
_DOUBLE_APOS = re.compile(r"''|``")
_SPACES = re.compile(r"[ ]{2,}")
_DOT_OPEN = re.compile(r"Ð")  # Icelandic eth used for Đ by some sites
# "Thơ-Chủ tịch", "Bà Rịa-Vũng Tàu": a hyphen glued between two capitalised words is a dash
_GLUED_DASH = re.compile(r"(?<=[a-zà-ỹđ])-(?=[A-ZÀ-ỸĐ][a-zà-ỹđ])")


def fix_tone_marks(text: str) -> str:
    """Move tone marks of "oa", "oe", "uy" syllable endings onto the first vowel."""
    return _TONE_RE.sub(lambda m: _TONE_FIX[m.group(1)], text)


def normalize_text(text: str) -> str:
    """NFC, tone-mark placement, straight quotes, ASCII dashes, single spaces; keeps line breaks."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_QUOTES)
    text = _DOUBLE_APOS.sub('"', text)
    text = _DOT_OPEN.sub("Đ", text).replace("ð", "đ")
    text = fix_tone_marks(text)
    text = _GLUED_DASH.sub(" - ", text)
    return _SPACES.sub(" ", text)


def fold_diacritics(text: str) -> str:
    """Strip every diacritic and fold đ/Đ to d/D ("Dân vận khéo" -> "Dan van kheo")."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
