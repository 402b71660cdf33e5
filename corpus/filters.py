"""Article filters shared by search, fact queries, coverage and export, rendered as SQL."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, fields

from danvan.corpus import province_names
from danvan.corpus.dates import parse_bound
from danvan.corpus.folding import fold, nfc

_PROVINCE_PREFIX = re.compile(r"^(tinh|thanh pho|tp\.?)\s+")


def province_key(name: str) -> str:
    """Folded province name without "tỉnh"/"thành phố"/"TP." so user spellings match."""
    return _PROVINCE_PREFIX.sub("", fold(name).strip()).strip()


def number_key(number: str | None) -> str | None:
    """A document number normalised for matching: "08 - NQ/TU" -> "08-NQ/TU", "05-CT/TƯ" -> "05-CT/TW".

    TƯ (Trung ương) is also written TW; TU without the horn is a Tỉnh ủy and stays apart.
    """
    if not number:
        return None
    number = re.sub(r"(?<![^\W\d_])T\s*Ư(?![^\W\d_])", "TW", nfc(number), flags=re.IGNORECASE)
    return re.sub(r"\s+", "", fold(number)).upper()


@dataclass(slots=True)
class Filters:
    """Restrict a query to articles; every field is optional and they combine with AND."""

    province: str | None = None  # a pre-2025 province alone ("Cần Thơ" without Hậu Giang)
    province2025: str | None = None  # a 2025 unit with every province merged into it
    theme: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    official: str | None = None
    document: str | None = None

    def check(self, conn: sqlite3.Connection) -> None:
        """Refuse a value that names nothing in the corpus, with the closest ones ("did you mean")."""
        for bound, upper in ((self.date_from, False), (self.date_to, True)):
            if bound:
                parse_bound(bound, upper=upper)
        if self.province and province_names.province(self.province) is None:
            hint = " (a 2025 unit? use --province2025)" if province_names.unit2025(self.province) else ""
            _unknown("province", self.province, province_names.province_suggestions(self.province), hint)
        if self.province2025 and province_names.unit2025(self.province2025) is None:
            _unknown("2025 unit", self.province2025, province_names.province_suggestions(self.province2025))
        if self.theme:
            keys = [k for (k,) in conn.execute("SELECT key FROM themes ORDER BY key")]
            if theme_key(self.theme) not in keys:
                _unknown(
                    "theme",
                    self.theme,
                    province_names.suggest(self.theme, keys),
                    f"; themes: {', '.join(keys)}"
                    if keys
                    else "; this corpus has no themes (ingested with --no-themes)",
                )
        for value, table, label in (
            (self.outlet, "sources", "outlet"),
            (self.official, "officials", "official"),
        ):
            if not value:
                continue
            key = fold(value).strip()
            hit = conn.execute(
                f"SELECT 1 FROM {table} WHERE key = ? OR key LIKE ? LIMIT 1", (key, f"%{key}%")
            ).fetchone()
            if hit is None:
                names = [n for (n,) in conn.execute(f"SELECT name FROM {table} WHERE name IS NOT NULL")]
                _unknown(label, value, province_names.suggest(value, names))

    def dated(self) -> bool:
        return bool(self.date_from or self.date_to)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def sql(self, alias: str = "a", source: str | None = None) -> tuple[str, list[object]]:
        """A WHERE fragment over `articles <alias>` (always valid, "1" when empty) and its params.

        `source` overrides the outlet column (coverage counts linked exact copies by their outlet).
        """
        clauses: list[str] = []
        params: list[object] = []
        for value, column, resolve in (
            (self.province, "key", province_names.province),
            (self.province2025, "merged_key", province_names.unit2025),
        ):
            if value:
                clauses.append(
                    "EXISTS (SELECT 1 FROM article_provinces ap"
                    f" JOIN provinces p ON p.id = ap.province_id"
                    f" WHERE ap.article_pk = {alias}.pk AND p.{column} = ?)"
                )
                params.append(province_key(resolve(value) or value))
        if self.theme:
            clauses.append(
                f"EXISTS (SELECT 1 FROM article_themes at JOIN themes t ON t.id = at.theme_id"
                f" WHERE at.article_pk = {alias}.pk AND t.key = ?)"
            )
            params.append(theme_key(self.theme))
        if self.outlet:
            key = fold(self.outlet).strip()
            outlets = "(SELECT id FROM sources WHERE key = ? OR key LIKE ?)"
            if source:
                clauses.append(f"{source} IN {outlets}")
                params += [key, f"%{key}%"]
            else:  # an article counts for the outlets of its exact copies too, as in coverage
                clauses.append(
                    f"({alias}.source_id IN {outlets} OR EXISTS (SELECT 1 FROM article_aliases x"
                    f" WHERE x.article_pk = {alias}.pk AND x.source_id IN {outlets}))"
                )
                params += [key, f"%{key}%", key, f"%{key}%"]
        if self.date_from:
            clauses.append(f"{alias}.published_date >= ?")
            params.append(parse_bound(self.date_from, upper=False))
        if self.date_to:
            clauses.append(f"{alias}.published_date <= ?")
            params.append(parse_bound(self.date_to, upper=True))
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


class UnknownFilterValue(ValueError):
    """A filter value that names nothing in the corpus; the message lists the closest values."""


def _unknown(label: str, value: str, close: list[str], hint: str = "") -> None:
    maybe = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    raise UnknownFilterValue(f"unknown {label} {value!r}{maybe}{hint}")


def theme_key(value: str) -> str:
    """ "Dân vận khéo", "dan-van-kheo" -> "dan_van_kheo"."""
    return re.sub(r"[\s\-]+", "_", fold(value).strip())
