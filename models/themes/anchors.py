"""Campaign-anchored rules: themes defined by a named campaign or law, when an article is built on it."""

from __future__ import annotations

from dataclasses import dataclass

from danvan.models.themes.cues import CueHits
from danvan.models.themes.text import normalize
from danvan.nlp.normalize import normalize_text
from danvan.nlp.record import ThemeFact

# Themes whose taxonomy entry is a named campaign or law and that have too few labelled examples in the
# archive (at most 3 in training) for the model to learn; the name itself is an unambiguous signal.
# Themes the model learns (nông thôn mới, học tập và làm theo Bác...) are left to the model: anchoring
# them as well lowered test macro-F1 (BENCHMARKS.md). Every phrase is also a rule cue (models.themes.rules),
# so models.themes.cues finds it.
ANCHORS: dict[str, tuple[str, ...]] = {
    "dan_van_kheo": ("dân vận khéo",),
    "hang_viet": ("ưu tiên dùng hàng việt nam", "ưu tiên dùng hàng việt"),
    "dan_chu_co_so": ("dân chủ ở cơ sở", "dân chủ cơ sở", "dân biết, dân bàn"),
}
MIN_BODY_MENTIONS = 3
_PHRASES = {theme: tuple(normalize(normalize_text(p)) for p in phrases) for theme, phrases in ANCHORS.items()}


@dataclass(frozen=True, slots=True)
class AnchorHit:
    theme: str
    in_title: bool
    mentions: int
    phrase: str


def anchor_hits(cues: CueHits) -> list[AnchorHit]:
    """Anchored themes of an article: the name in the title, or repeated in the body."""
    hits = []
    for theme, phrases in _PHRASES.items():
        in_title = [p for p in phrases if cues.title[p]]
        found = {p: cues.body[p] for p in phrases if cues.body[p]}
        mentions = sum(found.values())
        if in_title or mentions >= MIN_BODY_MENTIONS:
            phrase = in_title[0] if in_title else max(found, key=lambda p: found[p])
            hits.append(AnchorHit(theme, bool(in_title), mentions, phrase))
    return hits


def anchor_facts(cues: CueHits) -> list[ThemeFact]:
    """The anchored themes as ThemeFacts (score grows with the evidence; the phrase explains it)."""
    return [
        ThemeFact(h.theme, 0.9 if h.in_title else min(0.95, 0.5 + 0.1 * h.mentions), [h.phrase])
        for h in anchor_hits(cues)
    ]


def merge(model: list[ThemeFact], anchored: list[ThemeFact]) -> list[ThemeFact]:
    """Model themes plus anchored ones; a theme found by both keeps the higher score and both terms."""
    merged = {f.theme: ThemeFact(f.theme, f.score, list(f.terms)) for f in model}
    for f in anchored:
        if f.theme in merged:
            m = merged[f.theme]
            m.score = max(m.score, f.score)
            m.terms = list(dict.fromkeys([*f.terms, *m.terms]))[:5]
        else:
            merged[f.theme] = f
    return sorted(merged.values(), key=lambda f: -f.score)
