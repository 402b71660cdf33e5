"""Text normalization shared by the rules and the model: NFC, lowercase, modern tone placement."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# old-style tone placement (hoà, thuỷ) is spelled the modern way (hòa, thủy)
_OLD_TONES = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_OLD_TONE_RE = re.compile("(?:" + "|".join(_OLD_TONES) + r")(?![^\W_])")  # syllable-final only: "thoại" stays


def normalize(text: str) -> str:
    """NFC, lowercased, modern tone placement, collapsed whitespace, no space before commas."""
    text = unicodedata.normalize("NFC", text).lower()
    text = _OLD_TONE_RE.sub(lambda m: _OLD_TONES[m.group(0)], text)
    return _SPACES.sub(" ", text).replace(" ,", ",")


def model_document(tokens: list[str]) -> str:
    """The model's input: normalized word tokens joined by spaces, inner spaces as "_".

    Tokens without a letter (punctuation, numbers) are dropped.
    """
    words = [t.strip().replace(" ", "_") for t in tokens if any(ch.isalpha() for ch in t)]
    return normalize(" ".join(words))


def rule_text(tokens: list[str]) -> str:
    """The text the labeling rules read, rebuilt from tokens (multi-syllable words keep spaces)."""
    return " ".join(tokens)
