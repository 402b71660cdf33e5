"""The article record and its facts: the one schema every stage after nlp uses."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class RawDocument:
    """One input document before cleaning: a text dump, an HTML page or a pre-split record."""

    id: str
    source: str
    content: str
    content_type: str = "text/plain"  # "text/plain" or "text/html"
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
    mentions: int = 1


@dataclass(slots=True)
class DocumentFact:
    type: str
    number: str | None
    date: str | None = None
    issuer: str | None = None
    title: str | None = None
    mentions: int = 1


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
    archive_ref: str | None = None
    provinces: list[ProvinceFact] = field(default_factory=list)
    officials: list[OfficialFact] = field(default_factory=list)
    documents: list[DocumentFact] = field(default_factory=list)
    figures: list[FigureFact] = field(default_factory=list)
    campaigns: list[CampaignFact] = field(default_factory=list)
    themes: list[ThemeFact] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list, repr=False)

    def to_json(self) -> dict[str, Any]:
        """The `danvan extract` JSONL object: the documented keys plus url/outlet."""
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "author": self.author,
            "text": self.text,
            "provinces": [asdict(p) for p in self.provinces],
            "officials": [
                {"name": o.name, "title": o.title, "province": o.province, "titles": o.titles}
                for o in self.officials
            ],
            "documents": [{k: v for k, v in asdict(d).items() if k != "mentions"} for d in self.documents],
            "figures": [asdict(f) for f in self.figures],
            "campaigns": [asdict(c) for c in self.campaigns],
            "themes": [asdict(t) for t in self.themes],
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Article:
        """Rebuild an article from its `to_json` form (missing fact lists become empty)."""
        officials = []
        for o in obj.get("officials") or []:
            titles = o.get("titles") or ([o["title"]] if o.get("title") else [])
            officials.append(
                OfficialFact(
                    name=o["name"],
                    title=o.get("title") or "",
                    province=o.get("province"),
                    titles=list(titles),
                )
            )
        return cls(
            id=str(obj["id"]),
            source=obj.get("source") or "",
            title=obj.get("title") or "",
            text=obj.get("text") or "",
            published=obj.get("published"),
            author=obj.get("author"),
            url=obj.get("url"),
            outlet=obj.get("outlet"),
            provinces=[ProvinceFact(**p) for p in obj.get("provinces") or []],
            officials=officials,
            documents=[DocumentFact(**d) for d in obj.get("documents") or []],
            figures=[FigureFact(**f) for f in obj.get("figures") or []],
            campaigns=[CampaignFact(**c) for c in obj.get("campaigns") or []],
            themes=[ThemeFact(**t) for t in obj.get("themes") or []],
        )
