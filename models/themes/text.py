"""Text the theme rules and model read: nlp normalisation, lowercased, tokens joined for the model."""

from __future__ import annotations

import re

from nlp.normalize import normalize_text

_SPACES = re.compile(r"\s+")


_LETTER = re.compile(r"[^\W\d_]")


def normalize(text: str, *, normalized: bool = False) -> str:
    """NFC, lowercased, modern tone placement, collapsed whitespace, no space before commas.

    `normalized=True` says the text already went through nlp.normalize (pipeline articles do).
    """
    text = (text if normalized else normalize_text(text)).lower()
    return _SPACES.sub(" ", text).replace(" ,", ",")


def model_document(tokens: list[str], *, normalized: bool = False) -> str:
    """The model's input: normalized word tokens joined by spaces, inner spaces as "_".

    Tokens without a letter (punctuation, numbers) are dropped.
    """
    words = [t.strip().replace(" ", "_") for t in tokens if _LETTER.search(t)]
    return normalize(" ".join(words), normalized=normalized)


def rule_text(tokens: list[str]) -> str:
    """The text the labeling rules read, rebuilt from tokens (multi-syllable words keep spaces)."""
    return " ".join(tokens)
