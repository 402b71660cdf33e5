"""Text the theme rules and model read: nlp normalisation, lowercased, tokens joined for the model."""

from __future__ import annotations

import re

from nlp.normalize import normalize_text

_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFC, lowercased, modern tone placement, collapsed whitespace, no space before commas."""
    text = normalize_text(text).lower()
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
