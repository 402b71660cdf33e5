"""Scoring extracted facts against annotated gold (the format of shared/spec/ANNOTATION.md)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from danvan.nlp.extractors.campaigns import campaign_key

FIELDS = ("provinces", "officials", "documents", "figures", "campaigns")


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _name_key(name: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip().casefold()


def _doc_key(dtype: str, number: str | None) -> tuple[str, str]:
    return (
        _name_key(dtype),
        re.sub(r"\s+", "", unicodedata.normalize("NFC", number or "")).casefold(),
    )


def _keys(kind: str, items: Iterable, optional: bool = False) -> list:
    out: list = []
    for item in items:
        if kind == "provinces" or kind == "officials":
            out.append(_name_key(item if isinstance(item, str) else item["name"]))
        elif kind == "documents":
            if not item.get("number") and not optional:
                continue
            out.append(_doc_key(item["type"], item.get("number")))
        elif kind == "campaigns":
            out.append(campaign_key(item if isinstance(item, str) else item["name"]))
        elif kind == "figures":
            out.append(float(item if isinstance(item, int | float) else item["value"]))
    return out


def _match(kind: str, a, b) -> bool:
    if kind == "figures":
        return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))
    return a == b


def score_article(kind: str, gold: dict, pred: dict, score: Score) -> None:
    """Add one article's matches to `score`; optional gold items are neither rewarded nor penalised."""
    wanted = _keys(kind, gold.get(kind) or [])
    optional = _keys(kind, gold.get(f"{kind}_optional") or [], optional=True)
    got = _keys(kind, pred.get(kind) or [])
    if kind != "figures":
        wanted, got = list(dict.fromkeys(wanted)), list(dict.fromkeys(got))
    remaining = list(wanted)
    for item in got:
        hit = next((i for i, w in enumerate(remaining) if _match(kind, item, w)), None)
        if hit is not None:
            remaining.pop(hit)
            score.tp += 1
        elif any(_match(kind, item, o) for o in optional) or (kind == "documents" and not item[1]):
            continue
        else:
            score.fp += 1
            score.errors.append(f"{gold['id']}\tFP\t{item}")
    score.fn += len(remaining)
    score.errors.extend(f"{gold['id']}\tFN\t{item}" for item in remaining)


def evaluate(gold_rows: list[dict], predictions: dict[str, dict]) -> dict[str, Score]:
    """Per-field micro scores over the gold articles (a missing prediction scores as empty); only the fields
    the gold annotates (a date-only gold file scores no facts)."""
    fields = [kind for kind in FIELDS if any(kind in g for g in gold_rows)]
    scores = {kind: Score() for kind in fields}
    for gold in gold_rows:
        pred = predictions.get(str(gold["id"]), {})
        for kind in fields:
            score_article(kind, gold, pred, scores[kind])
    return scores


@dataclass(slots=True)
class DateScore:
    """Publication dates: right where the page states one; a date given where it states none."""

    stated: int = 0
    correct: int = 0
    unstated: int = 0
    invented: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.stated if self.stated else 1.0


def evaluate_published(gold_rows: list[dict], predictions: dict[str, dict]) -> DateScore:
    score = DateScore()
    for gold in gold_rows:
        if "published" not in gold:
            continue
        want = gold["published"]
        got = (predictions.get(str(gold["id"]), {}).get("published") or "")[:10] or None
        if want:
            score.stated += 1
            score.correct += got == want
        else:
            score.unstated += 1
            score.invented += got is not None
        if got != want:
            score.errors.append(f"{gold['id']}\tpublished\twant {want}\tgot {got}")
    return score
