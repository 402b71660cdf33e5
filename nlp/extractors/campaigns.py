"""Campaign extractor: named movements and campaigns of the Party, State, Front and mass organisations.

Known campaigns (nlp/data/campaigns.tsv) are matched with case, diacritics and punctuation folded; others are
read from quotes after "phong trào thi đua", "cuộc vận động" and the like, kept only with such evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from danvan.nlp.extractors.registry import doc_text, register
from danvan.nlp.normalize import fold_diacritics
from danvan.nlp.record import CampaignFact
from danvan.nlp.wordlists import load_words
from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class KnownCampaign:
    name: str
    needs_cue: bool
    pattern: re.Pattern[str]
    words: tuple[tuple[str, ...], ...]  # each alias's folded words: a match needs all words of one alias


def _fold(text: str) -> str:
    return fold_diacritics(text).casefold()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", _fold(text))


def campaign_key(name: str) -> str:
    """Folded words of a name: spellings that differ in case, accents or punctuation share a key."""
    return " ".join(_words(name))


def _alias_pattern(aliases: set[str]) -> re.Pattern[str]:
    variants = sorted({campaign_key(a) for a in aliases}, key=len, reverse=True)
    body = "|".join(r"[\W_]+".join(re.escape(w) for w in v.split()) for v in variants)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@cache
def known_campaigns() -> tuple[KnownCampaign, ...]:
    text = resources.files("danvan.nlp.data").joinpath("campaigns.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, context, *rest = line.split("\t")
        aliases = {name, *(a for a in (rest[0] if rest else "").split("|") if a.strip())}
        words = tuple({tuple(campaign_key(a).split()) for a in aliases})
        out.append(KnownCampaign(name, context.strip() == "cue", _alias_pattern(aliases), words))
    return tuple(out)


@cache
def _by_key() -> dict[str, str]:
    return {campaign_key(c.name): c.name for c in known_campaigns()}


# words that name a campaign as such; the first group is evidence enough on its own
_STRONG = r"phong trào thi đua(?: yêu nước)?|đợt thi đua|cuộc vận động"
_WEAK = r"phong trào|chiến dịch"
_INTRO = re.compile(
    rf"(?P<intro>{_STRONG}|{_WEAK})(?:\s+(?:như|là|gồm))?\s*:?\s*"
    r"(?P<names>\"[^\"\n]{4,160}\"(?:\s*(?:,|;|và|cùng)\s*\"[^\"\n]{4,160}\")*)",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\"([^\"\n]{4,160})\"")
# a known name whose words are also prose counts only right after such a word (quotes alone do not:
# "đạo lý "Đền ơn đáp nghĩa"" is a saying) or inside a quoted list that such a word opens
_CUE_BEFORE = re.compile(
    rf"(?:{_STRONG}|{_WEAK}|chương trình|gương|điển hình|đội hình|tháng cao điểm|phát động|hưởng ứng)"
    r"(?:\s+(?:thi đua|tình nguyện|yêu nước))?(?:\s+(?:như|là))?\s*:?\s*[\"'“‘]*\s*$",
    re.IGNORECASE,
)
# right before a name these make it something else: an award ("danh hiệu Nông dân sản xuất, kinh doanh
# giỏi"), a fund, or, unquoted, the people held up as examples ("gương người tốt, việc tốt"; quoted,
# 'gương "Người tốt, việc tốt"' names the movement whose examples they are)
_NOT_BEFORE = re.compile(
    r"(?:(?:danh hiệu|giải thưởng|quỹ)\s*:?\s*[\"'“‘]*|(?:gương|điển hình)\s*)\s*$", re.IGNORECASE
)
# who launches or carries a campaign (the Party, State, Front, mass organisations): needed beside a bare
# "phong trào" or "chiến dịch", which also name popular movements, military operations and marketing
_LAUNCH = re.compile(
    r"Đoàn Thanh niên|[Tt]hành [Đđ]oàn|[Tt]ỉnh [Đđ]oàn|[Hh]uyện [Đđ]oàn|Trung ương Đoàn|[Đđ]oàn viên|"
    r"Hội (?:Nông dân|Phụ nữ|LHPN|Liên hiệp Phụ nữ|Cựu chiến binh|Chữ thập đỏ|Người cao tuổi)|"
    r"Mặt trận Tổ quốc|MTTQ|Công đoàn|Liên đoàn Lao động|LĐLĐ|Đội Thiếu niên|"
    r"[Tt]ỉnh ủy|[Tt]hành ủy|[Hh]uyện ủy|[Qq]uận ủy|[Đđ]ảng ủy|Ban Bí thư|Bộ Chính trị|Trung ương Đảng|"
    r"UBND|Ủy ban nhân dân|Ban Dân vận|Ban Chỉ đạo|Chính phủ|Thủ tướng|Bộ [A-ZĐ]|Sở [A-ZĐ]|"
    r"Công an|Quân đội|Bộ đội|Quân khu|Quân ủy"
)


@cache
def _foreign() -> re.Pattern[str]:
    """Foreign countries, presidents, elections: a bare "chiến dịch" or "phong trào" near them is foreign."""
    words = sorted(load_words("countries.txt"), key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{body}|Tổng thống|tranh cử)(?!\w)")


def _sentence(text: str, start: int, end: int) -> str:
    """From the start of the sentence (or line) holding text[start:end] to `end`."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    return text[left:end]


def normalize_campaign(name: str) -> str:
    """Canonical campaign name: a known campaign's own name, else the quoted text tidied."""
    known = _by_key().get(campaign_key(name))
    if known:
        return known
    for campaign in known_campaigns():
        if campaign.pattern.fullmatch(_fold(name).strip(" .…")):
            return campaign.name
    name = re.sub(r"\s+", " ", name).strip(" .,…")
    return name[:1].upper() + name[1:]


def _open_class(text: str, intros: list[re.Match[str]], taken: list[tuple[int, int]]):
    for m in intros:
        strong = re.fullmatch(_STRONG, m.group("intro"), re.IGNORECASE) is not None
        if not strong:
            window = text[max(0, m.start() - 150) : m.start()] + text[m.end() : m.end() + 80]
            near = _sentence(text, m.start(), m.end())[-(m.end() - m.start() + 100) :]
            if not _LAUNCH.search(window) or _foreign().search(near):
                continue
        base = m.start("names")
        for q in _QUOTED.finditer(m.group("names")):
            s, e = base + q.start(1), base + q.end(1)
            if any(a < e and s < b for a, b in taken):
                continue
            name = q.group(1)
            if not 2 <= len(name.split()) <= 20:
                continue
            yield s, e, normalize_campaign(name)


def mentions(text: str) -> list[tuple[int, int, str]]:
    """Every campaign mention in `text`: (start, end, canonical name), in text order."""
    folded = _fold(text)  # same length as text: NFD marks are dropped per NFC character
    if len(folded) != len(text):
        folded = text.casefold()
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, name: str) -> None:
        taken.append((start, end))
        found.append((start, end, name))

    # quoted names listed after "phong trào thi đua", "cuộc vận động" and the like
    intros = list(_INTRO.finditer(text)) if '"' in text else []
    lists = [(m.start("names"), m.end("names")) for m in intros]
    for campaign in known_campaigns():
        if not any(all(w in folded for w in alias) for alias in campaign.words):
            continue  # a substring test is far cheaper than the pattern's scan
        for m in campaign.pattern.finditer(folded):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            listed = any(a <= m.start() and m.end() <= b for a, b in lists)
            cue = _CUE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            if campaign.needs_cue and not (listed or cue):
                continue
            if not listed and _NOT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                continue
            add(m.start(), m.end(), campaign.name)
    for start, end, name in _open_class(text, intros, taken):
        add(start, end, name)
    return sorted(found)


@register("campaigns")
def extract_campaigns(doc: Doc) -> list[tuple[int, int, CampaignFact]]:
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for start, end, name in mentions(doc_text(doc)):
        counts[name] += 1
        first.setdefault(name, (start, end))
    return [
        (first[name][0], first[name][1], CampaignFact(name=name, count=n))
        for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]][0]))
    ]
