"""Campaign extractor: named movements and campaigns, normalised to canonical names and counted."""

from __future__ import annotations

import re
from collections import Counter

from danvan.nlp.extractors.registry import doc_text, register
from danvan.nlp.normalize import fold_diacritics
from danvan.nlp.record import CampaignFact
from spacy.tokens import Doc

# Canonical name -> spellings seen in the press (matched accent- and case-insensitively).
KNOWN_CAMPAIGNS: dict[str, list[str]] = {
    "Dân vận khéo": ["dân vận khéo"],
    "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh": [
        "toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
        "toàn dân đoàn kết xây dựng nông thôn mới và đô thị văn minh",
    ],
    "Toàn dân đoàn kết xây dựng đời sống văn hóa": [
        "toàn dân đoàn kết xây dựng đời sống văn hóa",
    ],
    "Người Việt Nam ưu tiên dùng hàng Việt Nam": ["người việt nam ưu tiên dùng hàng việt nam"],
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh": [
        "học tập và làm theo tư tưởng, đạo đức, phong cách hồ chí minh",
        "học tập và làm theo tấm gương đạo đức hồ chí minh",
        "học tập và làm theo tư tưởng, đạo đức, phong cách của bác",
    ],
    "Toàn dân bảo vệ an ninh Tổ quốc": ["toàn dân bảo vệ an ninh tổ quốc"],
    "Vì người nghèo": [
        "quỹ vì người nghèo",
        "ngày vì người nghèo",
        "tháng cao điểm vì người nghèo",
    ],
    "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau": [
        "cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau",
        "chung tay vì người nghèo - không để ai bị bỏ lại phía sau",
    ],
    "Nông dân thi đua sản xuất, kinh doanh giỏi": [
        "nông dân thi đua sản xuất, kinh doanh giỏi",
        "nông dân sản xuất, kinh doanh giỏi",
    ],
    "Cựu chiến binh gương mẫu": ["cựu chiến binh gương mẫu"],
    "Cựu chiến binh giúp nhau giảm nghèo làm kinh tế giỏi": [
        "cựu chiến binh giúp nhau giảm nghèo làm kinh tế giỏi",
        "cựu chiến binh giúp nhau làm kinh tế giỏi",
    ],
    "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc": [
        "phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
    ],
    "Xây dựng gia đình 5 không, 3 sạch": [
        "xây dựng gia đình 5 không, 3 sạch",
        "xây dựng gia đình 5 không 3 sạch",
        "5 không, 3 sạch",
        "5 không 3 sạch",
    ],
    "Tuổi trẻ sáng tạo": ["tuổi trẻ sáng tạo"],
    "Thanh niên tình nguyện": ["thanh niên tình nguyện"],
    "Người tốt, việc tốt": ["người tốt, việc tốt"],
    "Ngày vì người nghèo": [],
    "Chính quyền thân thiện": ["chính quyền thân thiện"],
    "Dân biết, dân bàn, dân làm, dân kiểm tra": [
        "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",
        "dân biết, dân bàn, dân làm, dân kiểm tra, giám sát",
        "dân biết, dân bàn, dân làm, dân kiểm tra",
    ],
}
KNOWN_CAMPAIGNS.pop("Ngày vì người nghèo")

_INTRO = re.compile(
    r"(?:[Pp]hong trào(?: thi đua)?(?: yêu nước)?|[Cc]uộc vận động|[Cc]hương trình|[Pp]hương châm|"
    r"[Ll]ễ phát động|[Pp]hát động)\s*:?\s*\"(?P<name>[^\"\n]{4,160})\""
)


def _fold(text: str) -> str:
    return fold_diacritics(text).casefold()


def _canonical_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for canonical, forms in KNOWN_CAMPAIGNS.items():
        variants = sorted({_fold(f) for f in [canonical, *forms]}, key=len, reverse=True)
        out.append((canonical, re.compile("|".join(re.escape(v) for v in variants))))
    return out


_PATTERNS = _canonical_patterns()


def normalize_campaign(name: str) -> str:
    """Canonical campaign name: a known campaign's own name, else the quoted text tidied."""
    folded = _fold(name)
    for canonical, pattern in _PATTERNS:
        if pattern.fullmatch(folded.strip(" .…")):
            return canonical
    name = re.sub(r"\s+", " ", name).strip(" .,…")
    return name[:1].upper() + name[1:]


@register("campaigns")
def extract_campaigns(doc: Doc) -> list[tuple[int, int, CampaignFact]]:
    text = doc_text(doc)
    folded = _fold(text)  # same length as text: NFD marks are dropped per NFC character
    if len(folded) != len(text):
        folded = text.casefold()
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    taken: list[tuple[int, int]] = []
    for canonical, pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            counts[canonical] += 1
            first.setdefault(canonical, (m.start(), m.end()))
    for m in _INTRO.finditer(text):
        s, e = m.start("name"), m.end("name")
        if any(a < e and s < b for a, b in taken):
            continue
        name = normalize_campaign(m.group("name"))
        if len(name.split()) > 20:
            continue
        taken.append((s, e))
        counts[name] += 1
        first.setdefault(name, (s, e))
    return [
        (first[name][0], first[name][1], CampaignFact(name=name, count=n))
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]][0]))
    ]
