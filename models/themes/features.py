"""What the theme model reads of an article: its word document, title words and cue-phrase evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from danvan.models.themes.cues import NO_CUES, CueHits, find_cues
from danvan.models.themes.text import joined_words, normalize
from danvan.nlp.normalize import normalize_text

TITLE_PREFIX = "t|"
LEAD_PREFIX = "l|"
LEAD_WORDS = 60  # title and lead: where ANNOTATION.md's "substantially about" shows
_SYLLABLE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class ModelInput:
    """One article as the model sees it: `doc` for TF-IDF, `cues` for the cue features."""

    doc: str
    cues: CueHits = NO_CUES


def title_words(title: str) -> str:
    """Title syllables as features of their own ("t|dân t|vận ..."): titles say what articles are about."""
    return " ".join(TITLE_PREFIX + w for w in _SYLLABLE.findall(normalize(title)))


def lead_words(doc: str, n: int = LEAD_WORDS) -> str:
    """The model document's first `n` words again as features of their own ("l|uỷ_ban l|mặt_trận ...")."""
    return " ".join(LEAD_PREFIX + w for w in doc.split(maxsplit=n)[:n])


def model_input(title: str, body: str, tokens: list[str]) -> ModelInput:
    """The model's input for an article of the nlp stage, given its word tokens (of title and body)."""
    return _model_input(title, body, joined_words(tokens))


def raw_model_input(title: str, body: str, tokens: list[str]) -> ModelInput:
    """The model's input for a document that did not go through the nlp stage: normalised here, once."""
    return _model_input(normalize_text(title), normalize_text(body), normalize_text(joined_words(tokens)))


def _model_input(title: str, body: str, words: str) -> ModelInput:
    doc = normalize(words)
    parts = (doc, title_words(title), lead_words(doc))
    return ModelInput(" ".join(p for p in parts if p), find_cues(title, body))
