"""Figure extractor: stated quantities with Vietnamese number formats, units and approximation words."""

from __future__ import annotations

import re

from danvan.nlp.dates import find_dates
from danvan.nlp.extractors.registry import doc_text, register, token_starts
from danvan.nlp.numbers import parse_number
from danvan.nlp.record import FigureFact
from danvan.nlp.sentences import Sentences
from danvan.nlp.wordlists import load_words
from spacy.tokens import Doc

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?!\d)|\d+"
_MULT = r"nghìn tỷ|nghìn tỉ|ngàn tỷ|ngàn tỉ|nghìn|ngàn|triệu|tỷ|tỉ"
_FIGURE = re.compile(
    rf"(?<![\w.,/+\-])(?P<num>{_NUM})(?:\s*(?P<sep>-|đến|tới|–)\s*(?P<num2>{_NUM}))?"
    rf"(?:\s*/\s*(?P<den>\d+)(?![\d/]))?"
    rf"(?:\s*(?P<mult>{_MULT})(?![\w]))?"
    rf"(?P<pct>\s*%|\s+phần trăm)?"
)
_APPROX = re.compile(
    r"(?:^|\s)(?P<a>hơn|trên|gần|khoảng|xấp xỉ|chừng|ngót|ước tính|ước|dưới|tới|lên tới|lên đến|"
    r"ít nhất|tối thiểu|tối đa|gần như|hàng|trên dưới|gấp)\s*$"
)
_MEASURE = re.compile(
    r"^(?:km2|km²|m2|m²|m3|m³|ha|héc-ta|hecta|km|kg|tấn|tạ|lít|MW|kW|kWh|GW|cm|mm|m|USD|đô la|"
    r"đồng|VNĐ|VND|vnđ|EUR|euro|Euro|yên|NDT|nhân dân tệ|bảng|won|baht|lượt|lần)(?![\wà-ỹđ])"
)
_BEFORE_BLOCK = re.compile(
    r"(?:\b(?:thứ|(?<!tổng )(?<!trong )(?<!Trong )(?<!con )(?<!với )(?<!là )(?<!có )số|"
    r"[Bb]an [Cc]hỉ đạo|khóa|Khóa|[Đđ]iều|[Kk]hoản|[Tt]ổ|[Ấấ]p|khu phố|[Pp]hường|[Qq]uận|[Qq]uốc lộ|QL|"
    r"tỉnh lộ|ĐT|[Đđ]ường|mức|[Bb]ài|[Ll]ớp|[Hh]ạng|(?<!cung )cấp|[Gg]iai đoạn|[Kk]hu|[Ll]ô|[Pp]hòng|tầng|"
    r"[Kk]ỳ họp|[Kk]ỳ|[Cc]hương|[Tt]rung ương|Cụm|[Tt]iểu đoàn|[Đđ]ại đội|[Ss]ư đoàn|[Qq]uân khu|"
    r"[Qq]uân đoàn|[Vv]ùng|[Hh]ải đội|[Tt]op|[Tt]háng|[Nn]ăm|[Nn]gày|[Đđ]ợt|[Pp]hần|[Mm]ục|"
    r"[Tt]uần|[Ss]ố nhà|[Kk]ênh|[Tt]ập|[Cc]âu|[Mm]ã|[Hh]ẻm|[Nn]gõ|[Kk]iệt|[Tt]rạm|[Bb]ảng|"
    r"[Tt]hôn|[Bb]ản|[Kk]hóm|[Ll]iên đội|[Cc]hi đội|Điều|nhóm|[Ll]ần|[Vv]òng|[Tt]rận|[Pp]hút|"
    r"[Tt]iết|[Bb]ước|[Gg]iải|ngày thứ|lúc|từ ngày|đến ngày)\s*)$"
)
_TIME_UNITS = re.compile(
    r"^(?!ngày công|giờ công)(?:năm|tháng|ngày|tuần|giờ|phút|giây|tuổi|thế kỷ|thập kỷ|thập niên|đêm|"
    r"quý|h\b|g\b|"
    r"mùa|kỳ|khóa|nhiệm kỳ|buổi sáng|sáng|chiều|tối|trưa)(?![\wà-ỹđ])"
)
_FUNCTION_WORDS = frozenset(
    [
        "và",
        "của",
        "là",
        "được",
        "trong",
        "đã",
        "đến",
        "tới",
        "với",
        "cho",
        "từ",
        "ở",
        "tại",
        "thì",
        "mà",
        "so",
        "hay",
        "hoặc",
        "trên",
        "dưới",
        "này",
        "đó",
        "kia",
        "nào",
        "thế",
        "nên",
        "để",
        "vì",
        "do",
        "bởi",
        "nếu",
        "khi",
        "như",
        "theo",
        "về",
        "sau",
        "trước",
        "giữa",
        "ngoài",
        "cùng",
        "các",
        "những",
        "mỗi",
        "nhiều",
        "ít",
        "rất",
        "cũng",
        "đều",
        "vẫn",
        "còn",
        "sẽ",
        "đang",
        "chưa",
        "không",
        "có",
        "bị",
        "phải",
        "nhưng",
        "rồi",
        "lại",
        "ra",
        "vào",
        "lên",
        "xuống",
        "qua",
        "ai",
        "gì",
        "sao",
    ]
)
_SET_PHRASE_UNITS = frozenset(
    {
        "xin",
        "luôn",
        "không",
        "sạch",
        "tại chỗ",
        "trụ cột",
        "khâu đột phá",
        "khâu",
        "đột phá",
        "nhất",
        "đúng",
        "cùng",
        "tốt",
        "giỏi",
        "chữ",
        "sẵn sàng",
        "an toàn",
        "điểm nhấn",
        "nhiệm vụ trọng tâm",
        "chương trình đột phá",
        "giảm",
        "tăng",
        "có",
        "dám",
        "châu",
    }
)
# counted nouns of several words ("5 bị can", "3 phó giám đốc sở"), before the function-word test
_UNITS = sorted(load_words("figures_units.txt"), key=len, reverse=True)
_LISTED_UNIT = re.compile("^(?:" + "|".join(re.escape(u) for u in _UNITS) + r")(?![\wà-ỹđ])")
_UNIT_WORD = re.compile(r"^(?P<w>[a-zà-ỹđ]+(?:-[a-zà-ỹđ]+)?|[A-ZĐ]{2,6}(?![a-zà-ỹđ]))")
_LEADING_ENUM = re.compile(r"(?:^|\n)\s*\(?$")
_ROMAN_OR_WORD_BEFORE = re.compile(r"[A-Za-zÀ-ỹĐđ]$")


def _unit_at(doc: Doc, text: str, pos: int, token_at: dict[int, int]) -> tuple[str, int] | None:
    """The unit or counted noun starting at `pos` (after spaces), as text and end offset."""
    start = pos
    while start < len(text) and text[start] == " ":
        start += 1
    rest = text[start : start + 40]
    m = _LISTED_UNIT.match(rest) or _MEASURE.match(rest)
    if m:
        return m.group(0), start + m.end()
    m = _UNIT_WORD.match(rest)
    if not m:
        return None
    word = m.group("w")
    if word in _FUNCTION_WORDS:
        return None
    ti = token_at.get(start)
    if ti is not None:
        tok = doc[ti]
        if tok.text.startswith(word) and " " in tok.text and tok.text.islower():
            return tok.text, start + len(tok.text)
    return word, start + len(word)


def _in_quote_slogan(text: str, start: int) -> bool:
    """True when the number opens a short quoted phrase like "4 xin" or "3 không"."""
    before = text[max(0, start - 2) : start]
    if '"' not in before:
        return False
    close = text.find('"', start)
    return 0 <= close - start <= 30


@register("figures")
def extract_figures(doc: Doc) -> list[tuple[int, int, FigureFact]]:
    text = doc_text(doc)
    dates = [(d.start, d.end) for d in find_dates(text)]
    starts = token_starts(doc)
    token_at = dict(zip(starts, range(len(starts)), strict=True))
    sentences = Sentences(text)
    seen: set[tuple[float, str]] = set()  # one figure per value and unit
    out: list[tuple[int, int, FigureFact]] = []

    for m in _FIGURE.finditer(text):
        start = m.start("num")
        if any(s <= start < e for s, e in dates):
            continue
        raw = m.group("num")
        before = text[max(0, start - 30) : start]
        if _ROMAN_OR_WORD_BEFORE.search(before) or before.endswith(("-", "/", "#")):
            continue
        if _BEFORE_BLOCK.search(before) or (_LEADING_ENUM.search(before) and m.group(0).endswith(")")):
            continue
        after_num = text[m.end() : m.end() + 3]
        if not m.group("pct") and not m.group("mult") and re.match(r"^(?:\)|:\d|h\d|g\d|h\b|g\b)", after_num):
            continue  # "(1)", a clock time "16:41", "10h30"
        if re.match(r"^\s*/\s*\d{4}", text[m.end("num") : m.end("num") + 8]) and not m.group("den"):
            continue  # "7/2020" month/year
        if m.group("den") and len(m.group("den")) == 4 and m.group("den").startswith(("19", "20")):
            continue
        if (
            re.match(r"^\d{4}$", raw)
            and raw.startswith(("19", "20"))
            and not (m.group("pct") or m.group("mult"))
        ):
            nxt = _unit_at(doc, text, m.end(), token_at)
            if not nxt or not _MEASURE.match(nxt[0]) or nxt[0] in {"lần", "lượt"}:
                continue  # a year
        if len(raw.replace(".", "")) >= 9 and raw.startswith("0"):
            continue  # phone number
        if re.search(r"\d\s$", before) or re.match(
            r"^\s\d{2,}(?!\s*(?:đến|-))", text[m.end("num") : m.end("num") + 5]
        ):
            continue  # digit groups of a phone number or a lottery draw
        if _in_quote_slogan(text, start):
            continue

        unit, end = "", m.end()
        if m.group("pct"):
            unit = "%"
        else:
            found = _unit_at(doc, text, m.end(), token_at)
            if found:
                unit, end = found
        bare_quantity = bool(re.fullmatch(r"\d{1,3}(?:\.\d{3})+|\d+,\d+", raw)) and bool(
            re.match(r"^\s*(?:[.,;)]|và\b|$)", text[m.end() : m.end() + 5])
        )
        if not unit and not m.group("mult") and not bare_quantity:
            continue
        if unit and _TIME_UNITS.match(unit) and not m.group("mult"):
            continue
        if unit in _SET_PHRASE_UNITS or unit.split(" ")[0] in {"xin", "luôn", "không", "khâu"}:
            continue
        if m.group("sep") and m.group("num2") and not unit:
            continue  # a score "3-1" or a range of days
        if (
            m.group("sep") == "-"
            and not unit.startswith(("%",))
            and not m.group("mult")
            and (unit in {"", "tuổi"})
        ):
            continue

        a = _APPROX.search(before)
        approx = a.group("a") if a else None
        if approx == "gấp" and unit != "lần":
            approx = None
        numbers = [raw] + ([m.group("num2")] if m.group("num2") and m.group("sep") else [])
        for value_text in numbers:
            value = parse_number(value_text, m.group("mult"))
            if value is None:
                continue
            norm_unit = unit if unit else ""
            key = (float(value), norm_unit.split(" ")[0])
            if norm_unit == "%" and value == 100:
                # "100% cấp ủy" and "100% đơn vị" are two facts
                key = (float(value), "%" + " ".join(text[end : end + 30].split()[:2]))
            if key in seen:
                continue
            seen.add(key)
            span_text = text[start:end]
            out.append(
                (
                    start,
                    end,
                    FigureFact(
                        value=value,
                        unit=norm_unit,
                        text=span_text,
                        approx=approx,
                        sentence=sentences.at(start),
                    ),
                )
            )
    return out
