"""Word lists kept as data files in danvan.nlp.data: one entry per line, "#" comments, loaded once."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_words(filename: str) -> tuple[str, ...]:
    """The entries of nlp/data/`filename`, in file order, without blanks, comments or duplicates."""
    text = resources.files("danvan.nlp.data").joinpath(filename).read_text(encoding="utf-8")
    entries = (line.strip() for line in text.splitlines())
    return tuple(dict.fromkeys(e for e in entries if e and not e.startswith("#")))


@cache
def word_set(filename: str) -> frozenset[str]:
    return frozenset(load_words(filename))
