"""Cue-phrase evidence: one pass over an article finds every rule phrase; the model's cue features."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import ahocorasick
import numpy as np
from danvan.models.themes.rules import RULES
from danvan.models.themes.text import normalize
from danvan.nlp.normalize import normalize_text

KINDS = ("title", "opening", "strong", "weak")
# one feature per (theme, kind): a strong cue in the title; a strong cue in the title or the body's
# first LEAD_SYLLABLES syllables (campaign wording in passing, deep in the body, is not what an
# article is about); log(1 + strong cues); log(1 + weak cues)
FEATURES: tuple[tuple[str, str], ...] = tuple((r.theme, kind) for r in RULES for kind in KINDS)


def _columns() -> dict[str, list[tuple[int, str]]]:
    """phrase -> the (rule index, "strong"/"weak") pairs it is a cue of."""
    out: dict[str, list[tuple[int, str]]] = {}
    for k, rule in enumerate(RULES):
        for kind, phrases in (("strong", rule.strong), ("weak", rule.weak)):
            for phrase in phrases:
                pairs = out.setdefault(normalize(normalize_text(phrase)), [])
                if (k, kind) not in pairs:
                    pairs.append((k, kind))
    return out


_CUES = _columns()
LEAD_SYLLABLES = 60
_LEAD = re.compile(rf"\s*(?:\S+\s+){{0,{LEAD_SYLLABLES - 1}}}\S+")


def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for phrase in _CUES:
        automaton.add_word(phrase, phrase)
    automaton.make_automaton()
    return automaton


_AUTOMATON = _automaton()


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _count(text: str, lead_end: int = 0) -> tuple[Counter[str], Counter[str]]:
    """Whole-word cue occurrences in normalised text, and those that end before `lead_end`.

    Overlapping cues all count ("mô hình dân vận" and "dân vận khéo" in "mô hình dân vận khéo"); of cues
    starting at one position only the longest (in the lead: the longest that ends inside it).
    """
    longest: dict[int, str] = {}
    in_lead: dict[int, str] = {}
    last = len(text) - 1
    for end, phrase in _AUTOMATON.iter(text):
        start = end - len(phrase) + 1
        if (start and _is_word_char(text[start - 1])) or (end < last and _is_word_char(text[end + 1])):
            continue
        if len(phrase) > len(longest.get(start, "")):
            longest[start] = phrase
        if end < lead_end and len(phrase) > len(in_lead.get(start, "")):
            in_lead[start] = phrase
    return Counter(longest.values()), Counter(in_lead.values())


@dataclass(frozen=True, slots=True)
class CueHits:
    """How often each cue phrase occurs in an article's title, its body and the body's lead (normalised
    phrases; the lead is the first LEAD_SYLLABLES syllables of the body, also counted in `body`)."""

    title: Counter[str]
    body: Counter[str]
    lead: Counter[str] = field(default_factory=Counter)

    def phrases(self, theme: str, kind: str) -> Counter[str]:
        """The phrases behind one feature, with their counts where the feature looks (title; title and
        lead for "opening"; title and body for the counts)."""
        k = next(i for i, r in enumerate(RULES) if r.theme == theme)
        want = "strong" if kind in ("title", "opening") else kind
        source = {"title": self.title, "opening": self.title + self.lead}.get(kind, self.title + self.body)
        return Counter({p: n for p, n in source.items() if (k, want) in _CUES[p]})


NO_CUES = CueHits(Counter(), Counter())


def find_cues(title: str, body: str) -> CueHits:
    """The cue phrases of an article (title and body as the nlp stage normalised them)."""
    body = normalize(body)
    lead = _LEAD.match(body)
    in_body, in_lead = _count(body, lead.end() if lead else 0)
    return CueHits(_count(normalize(title))[0], in_body, in_lead)


def cue_vector(hits: CueHits) -> np.ndarray:
    """The article's cue features, in FEATURES order."""
    strong = np.zeros(len(RULES), dtype=np.float32)
    weak = np.zeros(len(RULES), dtype=np.float32)
    in_title = np.zeros(len(RULES), dtype=np.float32)
    in_lead = np.zeros(len(RULES), dtype=np.float32)
    for phrase, n in (hits.title + hits.body).items():
        for k, kind in _CUES[phrase]:
            (strong if kind == "strong" else weak)[k] += n
    for source, flags in ((hits.title, in_title), (hits.lead, in_lead)):
        for phrase in source:
            for k, kind in _CUES[phrase]:
                if kind == "strong":
                    flags[k] = 1.0
    opening = np.maximum(in_title, in_lead)
    return np.column_stack([in_title, opening, np.log1p(strong), np.log1p(weak)]).ravel()
