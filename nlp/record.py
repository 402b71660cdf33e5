"""The article record and its facts: the one schema every stage after nlp uses."""

from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields
from typing import Any

# An article's body already extracted from its page (a paragraph a line, the title given apart).
ARTICLE_LINES = "text/x-article-lines"
_HIDDEN = {"json": False}
"""Field metadata: stored and hashed, but not part of the `danvan extract` JSON object."""


@dataclass(slots=True)
class RawDocument:
    """One input document before cleaning: a text dump, an HTML page or a pre-split record."""

    id: str
    source: str
    content: str
    content_type: str = "text/plain"  # "text/plain", "text/html" or ARTICLE_LINES
    url: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    outlet: str | None = None
    archive_ref: str | None = None


@dataclass(slots=True)
class ProvinceFact:
    name: str
    merged_into: str
    count: int = 1


@dataclass(slots=True)
class OfficialFact:
    name: str
    title: str
    province: str | None = None
    titles: list[str] = field(default_factory=list)
    mentions: int = field(default=1, metadata=_HIDDEN)

    def __post_init__(self) -> None:
        if not self.titles and self.title:
            self.titles = [self.title]


@dataclass(slots=True)
class DocumentFact:
    type: str
    number: str | None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None
    mentions: int = field(default=1, metadata=_HIDDEN)


@dataclass(slots=True)
class FigureFact:
    value: float | int
    unit: str
    text: str
    approx: str | None = None
    sentence: str = ""


@dataclass(slots=True)
class CampaignFact:
    name: str
    count: int = 1


@dataclass(slots=True)
class ThemeFact:
    theme: str
    score: float
    terms: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """A cleaned article with everything extracted from it."""

    id: str
    source: str
    title: str
    text: str
    published: str | None = None
    author: str | None = None
    url: str | None = None
    outlet: str | None = None
    archive_ref: str | None = field(default=None, metadata=_HIDDEN)
    provinces: list[ProvinceFact] = field(default_factory=list)
    officials: list[OfficialFact] = field(default_factory=list)
    documents: list[DocumentFact] = field(default_factory=list)
    figures: list[FigureFact] = field(default_factory=list)
    campaigns: list[CampaignFact] = field(default_factory=list)
    themes: list[ThemeFact] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list, repr=False)

    def to_json(self) -> dict[str, Any]:
        """The `danvan extract` JSONL object: every field but tokens, facts without hidden fields."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name == "tokens" or not f.metadata.get("json", True):
                continue
            value = getattr(self, f.name)
            out[f.name] = [fact_json(x) for x in value] if f.name in FACT_TYPES else value
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Article:
        """Rebuild an article from its `to_json` form (missing fact lists become empty)."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name == "tokens" or f.name not in obj:
                continue
            value = obj[f.name]
            if f.name in FACT_TYPES:
                record = FACT_TYPES[f.name]
                names = {g.name for g in fields(record)}
                value = [record(**{k: v for k, v in x.items() if k in names}) for x in value or []]
            values[f.name] = value
        values["id"] = str(obj["id"])
        for name in ("source", "title", "text"):
            values[name] = values.get(name) or ""
        return cls(**values)


def fact_json(fact: Any) -> dict[str, Any]:
    """A fact as a JSON object: its fields, less those marked hidden."""
    return {f.name: getattr(fact, f.name) for f in fields(fact) if f.metadata.get("json", True)}


def _fact_types() -> dict[str, type]:
    hints = typing.get_type_hints(Article)
    out = {}
    for f in fields(Article):
        args = typing.get_args(hints[f.name])
        if typing.get_origin(hints[f.name]) is list and args and hasattr(args[0], "__dataclass_fields__"):
            out[f.name] = args[0]
    return out


FACT_TYPES: dict[str, type] = _fact_types()
"""Article field -> fact dataclass, in field order: the fact kinds every later stage goes through."""
