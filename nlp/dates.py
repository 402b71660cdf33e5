"""Vietnamese date parsing: "Thứ Hai, 14 Tháng 7, 2025", "25/8/2019 10:13", "7.12.2021", "ngày 14/10"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_WEEKDAY = r"(?:Thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|Chủ\s+[Nn]hật|CN|T[2-7])"
_TIME = r"(?:\d{1,2}\s*[:hg]\s*\d{2}(?:\s*[:']\s*\d{2})?'?\s*(?:AM|PM|am|pm)?(?:\s*\(?GMT\s*\+\s*7\)?)?)"

_NUMERIC = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=sep)\s*(?P<y>\d{4}|\d{2}))?(?![\d/]|\.\d)"
)
_WORDY = re.compile(
    r"(?:ngày\s+)?(?P<d>\d{1,2})\s+(?:tháng|thg\.?)\s+(?P<m>\d{1,2})(?:\s*,?\s*(?:năm\s+)?(?P<y>\d{4}))?",
    re.IGNORECASE,
)
_DAY_BEFORE = re.compile(r"(?i)ngày.{0,2}$|(?<![\wà-ỹđ])(?:hôm|sáng|trưa|chiều|tối|đêm)\s+$")
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_WEEKDAY_RE = re.compile(_WEEKDAY)
_TIME_RE = re.compile(_TIME)
_DATELINE = re.compile(
    rf"^\s*(?:{_WEEKDAY}\s*,?\s*)?(?:ngày\s+)?[\d/.\- ]+(?:tháng\s*\d{{1,2}}\s*,?\s*(?:năm\s*)?\d{{4}})?"
    rf"(?:\s*[,|-]?\s*{_TIME})?\s*$|^\s*(?:{_WEEKDAY}\s*,?\s*)?\d{{1,2}}\s+(?:[Tt]háng|[Tt]hg\.?)\s+\d{{1,2}}\s*,?\s*\d{{4}}"
    rf"(?:\s*[,|-]?\s*{_TIME})?\s*$",
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    value: date | None  # None when the year could not be resolved
    day: int
    month: int
    year: int | None


def _make(d: int, m: int, y: int | None) -> date | None:
    if y is None:
        return None
    if y < 100:
        y += 2000 if y < 70 else 1900
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """Every day-month(-year) date in the text, with its span; year from context when missing."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, d: int, m: int, y: int | None) -> None:
        if not (1 <= d <= 31 and 1 <= m <= 12):
            return
        if any(s < end and start < e for s, e in taken):
            return
        year = y if y is not None else default_year
        found.append(DateMatch(start, end, _make(d, m, year), d, m, y))
        taken.append((start, end))

    for mt in _ISO.finditer(text):
        add(mt.start(), mt.end(), int(mt["d"]), int(mt["m"]), int(mt["y"]))
    for mt in _WORDY.finditer(text):
        add(mt.start(), mt.end(), int(mt["d"]), int(mt["m"]), int(mt["y"]) if mt["y"] else None)
    for mt in _NUMERIC.finditer(text):
        y = mt["y"]
        # "7.12" or "15-10" without a year is too ambiguous (decimals, ranges) but after "ngày" or a time
        # of day ("hôm 8-5", "sáng 4-4", "đêm 6.4")
        if (
            y is None
            and mt["sep"] != "/"
            and not _DAY_BEFORE.search(text[max(0, mt.start() - 12) : mt.start()])
        ):
            continue
        if y is not None and len(y) == 2 and mt["sep"] != "/":
            continue
        add(mt.start(), mt.end(), int(mt["d"]), int(mt["m"]), int(y) if y else None)
    found.sort(key=lambda x: x.start)
    return found


def parse_date(text: str, default_year: int | None = None) -> date | None:
    """The first complete date in `text`, or None."""
    for match in find_dates(text, default_year):
        if match.value is not None:
            return match.value
    return None


_LABEL = re.compile(
    r"^\s*(?:[Đđ]ăng ngày|[Nn]gày đăng|[Nn]gày xuất bản|[Xx]uất bản|[Cc]ập nhật(?: lúc| ngày)?|[Đđ]ăng lúc|"
    r"[Đđ]ăng|[Nn]gày|[Tt]hời gian(?: đăng)?|[Pp]osted|[Pp]ublished|[Uu]pdated)\s*:?\s*"
)
# counters and widgets printed on the same line after the date ("- Lượt xem: 112", "| In bài")
_COUNTER = re.compile(
    r"\s*[-|–]\s*(?:[Ll]ượt xem|[Ll]ượt đọc|[Ll]ượt truy cập|[Bb]ình luận|[Ll]ượt thích)\b.*$"
)
# chrome lines that show today's date, not the article's
_TODAY = re.compile(r"^\s*(?:[Hh]ôm nay|[Tt]oday|[Bb]ây giờ là)\b")


def is_dateline(line: str) -> bool:
    """True for a line that is only a date (with optional weekday and time), as sites print them;
    brackets around it are allowed ("(15/06/2021)")."""
    line = line.strip().strip("()[]").strip()
    if not line or len(line) > 60:
        return False
    return bool(_DATELINE.match(line)) and parse_date(line) is not None


def labelled_date(line: str) -> bool:
    """A date under a publication label: "Đăng ngày: 03/05/2024 - Lượt xem: 112", "Cập nhật: 09:12, 7/11"."""
    m = _LABEL.match(line)
    if not m or len(line) > 90:
        return False
    rest = _COUNTER.sub("", line[m.end() :]).strip(" -|,")
    rest = re.sub(r"^(?:lúc\s+)?(\d{1,2})\s*giờ\s*(\d{1,2})(?:\s*phút)?\s*,?\s*(?:ngày\s+)?", r"\1:\2 ", rest)
    return bool(rest) and (is_dateline(rest) or _time_first_dateline(rest))


def _time_first_dateline(line: str) -> bool:
    """ "08:15 12/04/2023 GMT+7" and "09:12, 07/11/2024": the time printed before the date."""
    m = _TIME_RE.match(line.strip())
    return bool(m) and is_dateline(line.strip()[m.end() :].strip(" ,-|"))


def is_today_widget(line: str) -> bool:
    return bool(_TODAY.match(line))


def has_time(line: str) -> bool:
    """True when the line carries a clock time ("10:13", "16:41 PM")."""
    return bool(_TIME_RE.search(line))


def has_weekday(line: str) -> bool:
    return bool(_WEEKDAY_RE.search(line))
