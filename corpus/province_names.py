"""Province names a filter accepts: pre-2025 provinces and 2025 units, with the spellings of the press."""

from __future__ import annotations

import difflib
import re
from functools import cache
from importlib import resources

from danvan.corpus.folding import fold
from danvan.nlp import gazetteer

_NOISE = re.compile(r"[\s.\-–_,]+")
_PREFIX = re.compile(r"^(tinh|thanhpho|tp)(?=.)")


def spelling_key(text: str) -> str:
    """ "TP. Hồ Chí Minh", "tp ho chi minh", "Thừa Thiên - Huế" compare equal to their plain names."""
    key = _NOISE.sub("", fold(text))
    return _PREFIX.sub("", key) or key


@cache
def _spellings() -> dict[str, str]:
    """Folded spelling -> pre-2025 province name (names, nlp aliases and the filter spellings file)."""
    table: dict[str, str] = {}
    for p in gazetteer.provinces():
        for form in (p.name, *p.aliases):
            table.setdefault(spelling_key(form), p.name)
    text = resources.files("danvan.corpus").joinpath("province_spellings.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            spelling, name = line.split("\t")
            table.setdefault(spelling_key(spelling), name.strip())
    return table


@cache
def _units() -> dict[str, str]:
    return {spelling_key(p.merged_into): p.merged_into for p in gazetteer.provinces()}


def province(value: str) -> str | None:
    """The pre-2025 province a filter value names ("TP.HCM" -> "Hồ Chí Minh"), or None."""
    key = spelling_key(value)
    return _spellings().get(key)


def unit2025(value: str) -> str | None:
    """The 2025 unit a filter value names; a pre-2025 name gives the unit it joined."""
    key = spelling_key(value)
    if key in _units():
        return _units()[key]
    name = province(value)
    return gazetteer.by_name()[name].merged_into if name in gazetteer.by_name() else None


def suggest(value: str, names: list[str], n: int = 3) -> list[str]:
    """The closest of `names` to `value`, compared without accents, case or punctuation."""
    keyed: dict[str, str] = {}
    for name in names:
        keyed.setdefault(spelling_key(name), name)
    close = difflib.get_close_matches(spelling_key(value), list(keyed), n=n, cutoff=0.6)
    return list(dict.fromkeys(keyed[k] for k in close))


def province_suggestions(value: str) -> list[str]:
    spellings = _spellings()
    close = difflib.get_close_matches(spelling_key(value), list(spellings), n=6, cutoff=0.6)
    return list(dict.fromkeys(spellings[k] for k in close))[:3]
