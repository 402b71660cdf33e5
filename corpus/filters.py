"""Article filters shared by search, fact queries, coverage and export, rendered as SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from danvan.corpus.dates import iso_day
from danvan.corpus.folding import fold

_PROVINCE_PREFIX = re.compile(r"^(tinh|thanh pho|tp\.?)\s+")


def province_key(name: str) -> str:
    """Folded province name without "tỉnh"/"thành phố"/"TP." so user spellings match."""
    return _PROVINCE_PREFIX.sub("", fold(name).strip()).strip()


def number_key(number: str | None) -> str | None:
    """A document number normalised for matching: "08 - NQ/TU" -> "08-NQ/TU"."""
    if not number:
        return None
    return re.sub(r"\s+", "", fold(number)).upper()


def _bound(value: str, *, upper: bool) -> str:
    """A date filter bound as an ISO day; "2024" and "2024-10" widen to the year or month."""
    text = value.strip()
    year_month = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?", text)
    if year_month:
        year, month = year_month.group(1), year_month.group(2)
        if month is None:
            return f"{year}-12-31" if upper else f"{year}-01-01"
        return f"{year}-{int(month):02d}-{'31' if upper else '01'}"
    day = iso_day(text)
    if day is None:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return day


@dataclass(slots=True)
class Filters:
    """Restrict a query to articles; every field is optional and they combine with AND."""

    province: str | None = None
    theme: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    official: str | None = None
    document: str | None = None

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def sql(self, alias: str = "a", source: str | None = None) -> tuple[str, list[object]]:
        """A WHERE fragment over `articles <alias>` (always valid, "1" when empty) and its params.

        `source` overrides the outlet column (coverage counts linked exact copies by their outlet).
        """
        clauses: list[str] = []
        params: list[object] = []
        if self.province:
            key = province_key(self.province)
            clauses.append(
                "EXISTS (SELECT 1 FROM article_provinces ap"
                f" JOIN provinces p ON p.id = ap.province_id"
                f" WHERE ap.article_pk = {alias}.pk AND (p.key = ? OR p.merged_key = ?))"
            )
            params += [key, key]
        if self.theme:
            clauses.append(
                f"EXISTS (SELECT 1 FROM article_themes at JOIN themes t ON t.id = at.theme_id"
                f" WHERE at.article_pk = {alias}.pk AND t.key = ?)"
            )
            params.append(self.theme.strip())
        if self.outlet:
            clauses.append(
                f"{source or alias + '.source_id'} IN (SELECT id FROM sources WHERE key = ? OR key LIKE ?)"
            )
            key = fold(self.outlet).strip()
            params += [key, f"%{key}%"]
        if self.date_from:
            clauses.append(f"{alias}.published_date >= ?")
            params.append(_bound(self.date_from, upper=False))
        if self.date_to:
            clauses.append(f"{alias}.published_date <= ?")
            params.append(_bound(self.date_to, upper=True))
        if self.official:
            key = fold(self.official).strip()
            clauses.append(
                "EXISTS (SELECT 1 FROM article_officials ao"
                f" JOIN officials o ON o.id = ao.official_id"
                f" WHERE ao.article_pk = {alias}.pk AND (o.key = ? OR o.key LIKE ?))"
            )
            params += [key, f"%{key}%"]
        if self.document:
            key = number_key(self.document)
            clauses.append(
                "EXISTS (SELECT 1 FROM article_documents ad"
                f" JOIN documents d ON d.id = ad.document_id"
                f" WHERE ad.article_pk = {alias}.pk AND (d.number_key = ? OR d.number_key LIKE ?))"
            )
            params += [key, f"{key}%"]
        return (" AND ".join(clauses) or "1"), params
