"""Where an article's stored facts occur in its text: spans to highlight, by kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from danvan.corpus.folding import accent_pattern, fold
from danvan.nlp.gazetteer import surface_pattern, surface_to_name
from danvan.nlp.record import Article

KINDS = ("province", "official", "document", "figure", "campaign")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str
    label: str  # the canonical fact the span stands for

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "label": self.label}


def _literal(text: str) -> re.Pattern[str] | None:
    """A pattern for a fact's surface form, any case, spaces flexible, whole words only."""
    words = text.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _folded(text: str) -> re.Pattern[str] | None:
    """As `_literal`, but any accents: campaign names are stored canonical, written in many ways."""
    words = fold(text).split()
    if not words:
        return None
    body = r"[\s,]+".join(accent_pattern(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def spans(article: Article) -> list[Span]:
    """Non-overlapping spans of the article text naming its facts (longest first on overlap)."""
    text = article.text
    found: list[Span] = []
    names = {p.name for p in article.provinces}
    surfaces = surface_to_name()
    for m in surface_pattern().finditer(text):
        name = surfaces.get(m.group())
        if name in names:
            found.append(Span(m.start(), m.end(), "province", name))
    for kind, label, pattern in _fact_patterns(article):
        if pattern is None:
            continue
        found += [Span(m.start(), m.end(), kind, label) for m in pattern.finditer(text)]
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for span in found:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


def _fact_patterns(article: Article) -> list[tuple[str, str, re.Pattern[str] | None]]:
    patterns: list[tuple[str, str, re.Pattern[str] | None]] = []
    for o in article.officials:
        patterns.append(("official", o.name, _literal(o.name)))
    for d in article.documents:
        if d.number:
            patterns.append(("document", f"{d.type} {d.number}", _literal(d.number)))
    for f in article.figures:
        patterns.append(("figure", f"{f.value} {f.unit}".strip(), _literal(f.text)))
    for c in article.campaigns:
        patterns.append(("campaign", c.name, _folded(c.name)))
    return patterns


def segments(text: str, found: list[Span]) -> list[tuple[str, Span | None]]:
    """The text cut into (piece, span or None) for a template to escape and wrap."""
    out: list[tuple[str, Span | None]] = []
    cursor = 0
    for span in found:
        if span.start > cursor:
            out.append((text[cursor : span.start], None))
        out.append((text[span.start : span.end], span))
        cursor = span.end
    if cursor < len(text):
        out.append((text[cursor:], None))
    return out
