"""Province gazetteer: the 63 pre-2025 units, their 2025 merged units, and the spellings in the press."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from danvan.nlp.normalize import fold_diacritics, normalize_text


@dataclass(frozen=True, slots=True)
class Province:
    name: str
    kind: str
    merged_into: str
    aliases: tuple[str, ...]


@cache
def provinces() -> tuple[Province, ...]:
    """All 63 pre-2025 province-level units."""
    rows = []
    text = resources.files("danvan.nlp.data").joinpath("provinces.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, merged, *rest = line.split("\t")
        aliases = tuple(normalize_text(a).strip() for a in (rest[0] if rest else "").split("|") if a.strip())
        rows.append(Province(name, kind, merged, aliases))
    return tuple(rows)


@cache
def by_name() -> dict[str, Province]:
    return {p.name: p for p in provinces()}


@cache
def merged_units() -> dict[str, tuple[str, ...]]:
    """2025 unit -> the pre-2025 units it absorbed (itself included)."""
    units: dict[str, list[str]] = {}
    for p in provinces():
        units.setdefault(p.merged_into, []).append(p.name)
    return {k: tuple(v) for k, v in units.items()}


def resolve(name: str) -> Province | None:
    """Canonical province for a name, alias or diacritic-free spelling ("Hau Giang", "TP.HCM")."""
    name = normalize_text(name).strip()
    direct = by_name().get(name)
    if direct:
        return direct
    folded = fold_diacritics(name).casefold().replace(" ", "")
    for p in provinces():
        for form in (p.name, *p.aliases):
            if fold_diacritics(form).casefold().replace(" ", "") == folded:
                return p
    return None


def expand_query(name: str) -> tuple[str, ...]:
    """Pre-2025 names a province filter covers: a 2025 unit also covers the units merged into it."""
    unit = normalize_text(name).strip()
    p = resolve(unit)
    canonical = p.name if p else unit
    members = set(merged_units().get(canonical, ()))
    if not members and p:
        members = set(merged_units().get(p.merged_into, ())) if p.merged_into == canonical else set()
    return tuple(sorted(members | {canonical}))


@cache
def surface_pattern() -> re.Pattern[str]:
    """One regex for every surface form, longest first."""
    forms: dict[str, str] = {}
    for p in provinces():
        for form in (p.name, *p.aliases):
            forms.setdefault(form, p.name)
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])")


@cache
def surface_to_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for p in provinces():
        for form in (p.name, *p.aliases):
            out.setdefault(form, p.name)
    return out
