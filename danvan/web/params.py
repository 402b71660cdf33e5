"""The state of a page, read from its URL query string and written back into links."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any
from urllib.parse import urlencode

from starlette.datastructures import QueryParams

from danvan.corpus import Filters
from danvan.corpus.browse import SORTS, Scope
from danvan.corpus.coverage import INTERVALS
from danvan.web.guard import check_query

MEASURES = ("raw", "share")
MAX_PER_PAGE = 200
MAX_COMPARE = 5
_DATE = re.compile(r"\d{4}(-\d{1,2}(-\d{1,2})?)?")


class BadParameter(ValueError):
    """A query-string value the app cannot use; the message names the parameter."""


@dataclass(frozen=True, slots=True)
class State:
    """Everything a list, chart or report shows, as URL parameters (bookmarkable and shareable)."""

    q: str = ""
    province: str = ""
    old_province: str = ""  # exactly this pre-2025 province (not the 2025 unit of the same name)
    theme: str = ""
    outlet: str = ""
    campaign: str = ""
    official: str = ""
    document: str = ""
    date_from: str = ""
    date_to: str = ""
    interval: str = "month"
    measure: str = "raw"
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    compare: tuple[str, ...] = ()  # further queries drawn beside q on one chart

    @classmethod
    def from_query(cls, params: QueryParams) -> State:
        raw: dict[str, Any] = {}
        compare = tuple(v.strip() for v in params.getlist("compare") if v.strip())
        if len(compare) > MAX_COMPARE:
            raise BadParameter(f"compare at most {MAX_COMPARE} queries")
        if compare:
            raw["compare"] = compare
        for f in fields(cls):
            if f.name == "compare":
                continue
            key = {"date_from": "from", "date_to": "to"}.get(f.name, f.name)
            value = params.get(key)
            if value is None or not value.strip():
                continue
            raw[f.name] = value.strip()
        for name in ("page", "per_page"):
            if name in raw:
                try:
                    raw[name] = int(raw[name])
                except ValueError:
                    raise BadParameter(f"{name} must be a whole number, not {raw[name]!r}") from None
        state = cls(**raw)
        state.validate()
        return state

    def validate(self) -> None:
        if self.interval not in INTERVALS:
            raise BadParameter(f"interval must be one of {', '.join(INTERVALS)}")
        if self.measure not in MEASURES:
            raise BadParameter(f"measure must be one of {', '.join(MEASURES)}")
        if self.sort not in SORTS:
            raise BadParameter(f"sort must be one of {', '.join(SORTS)}")
        if self.page < 1 or self.page > 10_000:
            raise BadParameter("page must be between 1 and 10000")
        if not 1 <= self.per_page <= MAX_PER_PAGE:
            raise BadParameter(f"per_page must be between 1 and {MAX_PER_PAGE}")
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value and not _DATE.fullmatch(value):
                raise BadParameter(f"{name.replace('date_', '')} must be YYYY, YYYY-MM or YYYY-MM-DD")
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and len(value) > 300 and f.name != "q":
                raise BadParameter(f"{f.name} is too long")
        check_query(self.q)
        for query in self.compare:
            check_query(query)

    def filters(self) -> Filters:
        return Filters(
            province2025=self.province or None,  # the web's province is the 2025 unit
            theme=self.theme or None,
            outlet=self.outlet or None,
            date_from=self.date_from or None,
            date_to=self.date_to or None,
            official=self.official or None,
            document=self.document or None,
        )

    def scope(self) -> Scope:
        return Scope(campaign=self.campaign or None, old_province=self.old_province or None)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def with_(self, **changes: Any) -> State:
        """A copy with some fields changed; any change but the page resets the page to 1."""
        if "page" not in changes:
            changes["page"] = 1
        return replace(self, **changes)

    def query_string(self, **changes: Any) -> str:
        state = self.with_(**changes) if changes else self
        pairs = []
        for f in fields(state):
            value = getattr(state, f.name)
            if f.name == "compare":
                pairs += [("compare", q) for q in value]
            elif value != f.default:
                pairs.append(({"date_from": "from", "date_to": "to"}.get(f.name, f.name), value))
        return urlencode(pairs)

    def url(self, path: str, **changes: Any) -> str:
        qs = self.query_string(**changes)
        return f"{path}?{qs}" if qs else path

    def describe(self) -> list[tuple[str, str]]:
        """The active filters as (name, value) pairs for headings."""
        return [
            (f.name, getattr(self, f.name))
            for f in fields(self)
            if f.name
            in (
                "q",
                "province",
                "old_province",
                "theme",
                "outlet",
                "campaign",
                "official",
                "document",
                "date_from",
                "date_to",
            )
            and getattr(self, f.name)
        ]
