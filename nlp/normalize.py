"""Text normalisation: Unicode NFC, Vietnamese tone-mark placement, quotes, dashes and spaces."""

from __future__ import annotations

import re
import unicodedata

from danvan.nlp.names import VN_SYLLABLE_SHAPE

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
_TONE_SECONDS: dict[str, str] = {}
for _old in _TONE_FIX:
    _TONE_SECONDS[_old[0]] = _TONE_SECONDS.get(_old[0], "") + _old[1]
_TONE_RE = re.compile(
    r"(?<![qQ])(" + "|".join(f"{g}[{s}]" for g, s in _TONE_SECONDS.items()) + r")(?![^\W\d_])"
)

_QUOTES: dict[str, str] = {
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
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\ufeff": "",
    "\u00ad": "",
    "\t": " ",
    "\r": "",
}
# one regex pass over the text with a lookup per hit: str.translate looks up every character (10x slower)
_QUOTE_RE = re.compile("[" + re.escape("".join(_QUOTES)) + "]")
_DOUBLE_APOS = re.compile(r"''|``")
_SPACES = re.compile(r"[ ]{2,}")
# a soft hyphen alone between spaces stands for a dash ("Nguyễn Văn A \u00ad Giám đốc ..."); in a word it goes
_SOFT_DASH = re.compile("(?<= )\u00ad+(?= )")
_DOT_OPEN = re.compile(r"Ð")  # Icelandic eth used for Đ by some sites
# "Thơ-Chủ tịch", "Bà Rịa-Vũng Tàu": a hyphen glued between two capitalised words is a dash, unless the
# word before it is no Vietnamese syllable ("Jean-Yves Le Drian", "Jean-Claude Juncker" keep theirs), nor
# the word after it or the one before the pair (a Korean given name: "Chun Doo-Hwan", "Roh Tae-Woo"); a
# one-letter word with a tone mark is a syllable too ("châu Á-Thái Bình Dương"), not an initial ("A-Z")
_GLUED_DASH = re.compile(r"\b(\w+)-(?=([A-ZÀ-ỸĐ][a-zà-ỹđ]*))")
_WORD_BEFORE = re.compile(r"(?:^|\s)([A-Z][A-Za-z]*) $")


def _dash(match: re.Match[str]) -> str:
    word = match.group(1)
    syllable = word[-1:].islower() or (len(word) == 1 and not word.isascii())
    # (the class À-Ỹ holds lowercase letters too: "Su-đạ-phon" is one transliterated word)
    if not syllable or not VN_SYLLABLE_SHAPE.match(word) or not match.group(2)[:1].isupper():
        return match.group(0)
    if word.isascii() and match.group(2).isascii():
        before = _WORD_BEFORE.search(match.string[max(0, match.start() - 20) : match.start()])
        if not VN_SYLLABLE_SHAPE.match(match.group(2)) or (
            before and not VN_SYLLABLE_SHAPE.match(before.group(1))
        ):
            return match.group(0)
    return f"{word} - "


def fix_tone_marks(text: str) -> str:
    """Move tone marks of "oa", "oe", "uy" syllable endings onto the first vowel."""
    return _TONE_RE.sub(lambda m: _TONE_FIX[m.group(1)], text)


def normalize_text(text: str) -> str:
    """NFC, tone-mark placement, straight quotes, ASCII dashes, single spaces; keeps line breaks."""
    text = unicodedata.normalize("NFC", text)
    text = _SOFT_DASH.sub("-", text)
    text = _QUOTE_RE.sub(lambda m: _QUOTES[m.group()], text)
    text = _DOUBLE_APOS.sub('"', text)
    text = _DOT_OPEN.sub("Đ", text).replace("ð", "đ")
    text = fix_tone_marks(text)
    text = _GLUED_DASH.sub(_dash, text)
    return _SPACES.sub(" ", text)


def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "D", ord("ð"): "d", ord("Ð"): "D"}
    for code in range(0x00C0, 0x1EFA):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
        if len(base) == 1 and base != ch:
            table[code] = base
    return table


FOLD_TABLE = _fold_table()
"""str.translate table: every precomposed Latin letter with diacritics to its base letter, đ to d."""


def fold_diacritics(text: str) -> str:
    """Strip every diacritic and fold đ/Đ to d/D ("Dân vận khéo" -> "Dan van kheo").

    Precomposed letters map one to one, so offsets into NFC text stay valid in the folded text.
    """
    if any(unicodedata.combining(ch) for ch in set(text)):  # a set of the text's characters is cheap
        text = unicodedata.normalize("NFC", text)
        decomposed = unicodedata.normalize("NFD", text.translate(FOLD_TABLE))
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return text.translate(FOLD_TABLE)
