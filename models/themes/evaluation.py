"""Multi-label evaluation: per-theme P/R/F1, micro and macro averages, and a confusion summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from danvan.models.themes.labels import THEMES


@dataclass(slots=True)
class ThemeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    support: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


@dataclass(slots=True)
class Report:
    per_theme: dict[str, ThemeScore]
    n_articles: int
    unrelated: int  # gold has no theme
    unrelated_clean: int  # ... and nothing was predicted
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def micro(self) -> ThemeScore:
        total = ThemeScore()
        for s in self.per_theme.values():
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
            total.support += s.support
        return total

    def macro_f1(self, min_support: int = 1) -> float:
        """Mean F1 over the themes with at least `min_support` gold examples."""
        f1s = [s.f1 for s in self.per_theme.values() if s.support >= min_support]
        return sum(f1s) / len(f1s) if f1s else 0.0

    @property
    def unrelated_clean_rate(self) -> float:
        return self.unrelated_clean / self.unrelated if self.unrelated else 1.0

    def as_dict(self, min_support: int = 5) -> dict[str, object]:
        micro = self.micro
        return {
            "articles": self.n_articles,
            "micro": {
                "precision": round(micro.precision, 4),
                "recall": round(micro.recall, 4),
                "f1": round(micro.f1, 4),
            },
            "macro_f1_all": round(self.macro_f1(1), 4),
            f"macro_f1_support_ge_{min_support}": round(self.macro_f1(min_support), 4),
            "themes_support_ge_5": [t for t, s in self.per_theme.items() if s.support >= 5],
            "unrelated_without_theme": round(self.unrelated_clean_rate, 4),
            "per_theme": {
                t: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "support": s.support,
                }
                for t, s in self.per_theme.items()
            },
        }


def evaluate(gold: dict[str, set[str]], predicted: dict[str, set[str]]) -> Report:
    """Scores of `predicted` against `gold` over gold's ids (a missing prediction is no theme).

    Confusions pair a missed gold theme with a wrongly assigned one in the same article
    ("none" when the article had no other error of the other kind).
    """
    per_theme = {t: ThemeScore() for t in THEMES}
    confusions: Counter[tuple[str, str]] = Counter()
    unrelated = unrelated_clean = 0
    for doc_id, truth in gold.items():
        pred = predicted.get(doc_id, set())
        for t in truth:
            per_theme[t].support += 1
        for t in pred & truth:
            per_theme[t].tp += 1
        missed, extra = truth - pred, pred - truth
        for t in extra:
            per_theme[t].fp += 1
        for t in missed:
            per_theme[t].fn += 1
        for g in missed or {"none"}:
            for p in extra or {"none"}:
                if (g, p) != ("none", "none"):
                    confusions[(g, p)] += 1
        if not truth:
            unrelated += 1
            unrelated_clean += not pred
    return Report(per_theme, len(gold), unrelated, unrelated_clean, confusions)
