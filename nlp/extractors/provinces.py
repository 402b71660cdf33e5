"""Province extractor: gazetteer matches of the 63 units, skipping person, street and commune names."""

from __future__ import annotations

import re
from collections import Counter

from danvan.nlp.extractors.registry import doc_text, register
from danvan.nlp.gazetteer import by_name, surface_pattern, surface_to_name
from danvan.nlp.names import MIDDLE_NAMES, SURNAMES
from danvan.nlp.record import ProvinceFact
from spacy.tokens import Doc

# A province name right after these words names a street, ward, commune or district instead.
_LOCAL_BEFORE = re.compile(
    r"(?:\b(?:đường|Đường|phố|Phố|đại lộ|Đại lộ|hẻm|ngõ|kiệt|phường|Phường|xã|Xã|thị trấn|"
    r"Thị trấn|ấp|Ấp|thôn|Thôn|khóm|quận|Quận|huyện|Huyện|cầu|Cầu|sông|Sông|khu phố|"
    r"tổ dân phố|buôn|bản|làng)\s+)$"
)
_AFTER_BLOCK = re.compile(r"^(?:\s+(?:Dương|Phủ)\b|\s*,?\s*\(?Trung Quốc|\s*\(?Lào\)|\s+[Xx]anh\b)")
_CITY_PREFIX = re.compile(r"(?:TP\.?|[Tt]hành phố|Tp\.?)\s*$")


def _previous_word(text: str, start: int) -> str:
    m = re.search(r"(\S+)\s+$", text[max(0, start - 30) : start])
    return m.group(1) if m else ""


@register("provinces")
def extract_provinces(doc: Doc) -> list[tuple[int, int, ProvinceFact]]:
    text = doc_text(doc)
    names = surface_to_name()
    hits: list[tuple[int, int, str]] = []
    for m in surface_pattern().finditer(text):
        surface, start, end = m.group(0), m.start(), m.end()
        name = names[surface]
        before = text[max(0, start - 40) : start]
        if _LOCAL_BEFORE.search(before) and not _CITY_PREFIX.search(before):
            continue
        prev = _previous_word(text, start)
        if prev in SURNAMES or prev in MIDDLE_NAMES:
            continue  # part of a person's name ("Nguyễn Thái Bình")
        if _AFTER_BLOCK.match(text[end : end + 14]):
            continue
        if surface == "Hồ Chí Minh" and not _CITY_PREFIX.search(before):
            continue  # the president, the Youth Union, "tư tưởng Hồ Chí Minh"
        hits.append((start, end, name))
    counts = Counter(name for _, _, name in hits)
    first: dict[str, tuple[int, int]] = {}
    for start, end, name in hits:
        first.setdefault(name, (start, end))
    units = by_name()
    return [
        (
            start,
            end,
            ProvinceFact(name=name, merged_into=units[name].merged_into, count=counts[name]),
        )
        for name, (start, end) in sorted(first.items(), key=lambda kv: (-counts[kv[0]], kv[1][0]))
    ]
