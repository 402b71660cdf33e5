"""Dates printed in a page's text: numeric (14/05/2024, 7.12.2021), in words ("ngày 14 tháng 5 năm 2024",
"Thứ Năm, 21 tháng chín, 2023"), ISO, and two-digit years beside a weekday or a time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from danvan.crawler.detection_rules import rules

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_WORDY = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_YMD_SLASH = re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])")  # '2024/11/05'
# an English locale's dates (a CMS left in English): 'November 5, 2024', 'Nov 5th, 2024', '5 Nov 2024'
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_EN_MONTH_FIRST = re.compile(
    rf"\b{_EN_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE
)
_EN_DAY_FIRST = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+{_EN_MONTH},?\s+(\d{{4}})(?!\d)", re.IGNORECASE
)
_DMY_SHAPE = re.compile(r"\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")  # what every _DMY match holds
_JOINT_SHAPE = re.compile(r"\d\s*(?:[-–—]|đến|tới)", re.IGNORECASE)  # what every period holds


@cache
def _long_date() -> re.Pattern[str]:
    """A long date as Blogger prints it: 'Thứ Năm, 21 tháng 9, 2023', '21 tháng chín 2023'."""
    words = sorted(rules()["date"]["month_words"], key=len, reverse=True)
    month = "|".join([r"\d{1,2}", *map(re.escape, words)])
    return re.compile(
        rf"(?<!\d)(\d{{1,2}})\s+tháng\s+({month})\s*,?\s+(?:năm\s+)?(\d{{4}})(?!\d)", re.IGNORECASE
    )


# the month first, as a locale's "MMM d, y" comes out in Vietnamese: 'thg 10 28, 2024', 'tháng 10 19, 2024'
# ... and WordPress themes' abbreviation 'Th10 8, 2024' (Divi, Avada: 'Th' and the month's number, joined)
_MONTH_FIRST = re.compile(
    r"(?<!\w)(?:thg|tháng|th(?=\d))\s*(\d{1,2})\s+(\d{1,2}),\s*(\d{4})(?!\d)", re.IGNORECASE
)


def _month_first_dates(text: str) -> Iterator[tuple[int, date]]:
    for m in _MONTH_FIRST.finditer(text):
        try:
            yield m.start(), date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        except ValueError:
            continue


def _long_dates(text: str) -> Iterator[tuple[int, date]]:
    words = rules()["date"]["month_words"]
    for m in _long_date().finditer(text):
        month = m.group(2).lower()
        try:
            yield (
                m.start(),
                date(int(m.group(3)), int(month) if month.isdigit() else words[month], int(m.group(1))),
            )
        except (ValueError, KeyError):
            continue


@cache
def _us_order() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What marks a numeric date as month-first, right before it: an English weekday, "Submitted by … on"."""
    cfg = rules()["date"]
    weekdays = "|".join(sorted(map(re.escape, cfg["us_weekdays"]), key=len, reverse=True))
    return (
        re.compile(rf"(?:^|(?P<prev>\S+)\s+)(?:{weekdays})\.?\s*,?\s*$"),
        re.compile(rf"\b(?:{cfg['us_date_lead']})\s*$", re.IGNORECASE),
    )


def _month_first(text: str, start: int) -> bool:
    """A numeric date at `start` printed in the US order (Drupal's 'Thu, 09/12/2024 - 10:15')."""
    before = text[max(0, start - 100) : start]
    weekday, lead = _us_order()
    if lead.search(before):
        return True
    m = weekday.search(before)
    prev = m.group("prev") if m else None
    # after a capitalised word the weekday is a name's last syllable ("Minh Thu, 09/12/2024")
    return m is not None and not (prev and prev[0].isupper() and prev.isalpha())


_SHORT_YEAR_SHAPE = re.compile(r"\d[/.-]\d{1,2}[/.-]\d{2}(?!\d)")  # what every short-year date holds


@cache
def _short_year_date() -> re.Pattern[str]:
    return re.compile(rules()["date"]["short_year"], re.IGNORECASE)


def _short_year_dates(text: str) -> Iterator[tuple[int, date]]:
    """Dates with a two-digit year beside a weekday or a time: 'Thứ Ba, 20/8/24 - 09:15'."""
    if not _SHORT_YEAR_SHAPE.search(text):
        return
    next_year = (date.today().year + 1) % 100
    for m in _short_year_date().finditer(text):
        if not (m.group("weekday") or m.group("time")):
            continue
        yy = int(m.group("year"))
        try:
            yield (
                m.start(),
                date(2000 + yy if yy <= next_year else 1900 + yy, int(m.group("month")), int(m.group("day"))),
            )
        except ValueError:
            continue


@cache
def _range() -> re.Pattern[str]:
    """Two numeric dates joined as a period: '19/5/1890 - 19/5/2024', 'từ ngày 15/12/2023 đến ngày
    15/2/2024', the first sharing the second's year: 'Thời gian: 01/7 - 20/7/2025'."""
    joint = rules()["date"]["range_joint"]
    dmy = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    start = rf"(?:{dmy}|\d{{1,2}}\s*/\s*\d{{1,2}})"  # a day and month by a slash: never a time ('08:15 - …')
    return re.compile(rf"(?<![\d/.-]){start}\s*(?:{joint})\s*{dmy}(?!\d)", re.IGNORECASE)


def _in_ranges(text: str) -> list[tuple[int, int]]:
    """The spans of the periods printed in a text (two dates joined by a dash or 'đến')."""
    if not _DMY_SHAPE.search(text) or not _JOINT_SHAPE.search(text):
        return []
    return [m.span() for m in _range().finditer(text)]


def _dated(at: int, year: str, month: str, day: str) -> tuple[int, date] | None:
    try:
        return at, date(int(year), int(month), int(day))
    except ValueError:
        return None


def _english_dates(text: str) -> Iterator[tuple[int, date]]:
    """'November 5, 2024', 'Nov 5th, 2024', '5 Nov 2024': a month's English name and its day and year."""
    for m in _EN_MONTH_FIRST.finditer(text):
        if found := _dated(m.start(), m.group(3), str(_EN_MONTHS.index(m.group(1).lower()) + 1), m.group(2)):
            yield found
    for m in _EN_DAY_FIRST.finditer(text):
        if found := _dated(m.start(), m.group(3), str(_EN_MONTHS.index(m.group(2).lower()) + 1), m.group(1)):
            yield found


def printed_date(text: str) -> date | None:
    """The first full date printed in a text: 14/05/2024, 'ngày 14 tháng 5 năm 2024', '14 tháng 5, 2024',
    'thg 10 28, 2024' (month first), 'November 5, 2024' and '5 Nov 2024' (English), '2024/11/05',
    'Thứ Ba, 20/8/24 - 09:15' (a two-digit year beside a weekday or a time), '5/27/2025' (month first when
    no month is the second number). The ends of a period
    ('19/5/1890 - 19/5/2024' in an anniversary's banner, 'từ 15/12/2023 đến 15/2/2024') date nothing."""
    found = list(_short_year_dates(text))
    low = text.lower()
    if "tháng" in low:
        found.extend(_long_dates(text))
    if "th" in low:
        found.extend(_month_first_dates(text))
    if any(m in low for m in _EN_MONTHS):
        found.extend(_english_dates(text))
    if "/" in text:
        found.extend(_dated(m.start(), m.group(1), m.group(2), m.group(3)) for m in _YMD_SLASH.finditer(text))
        found = [f for f in found if f is not None]
    for pattern, order in ((_DMY, (3, 2, 1)), (_WORDY, (3, 2, 1)), (_ISO, (1, 2, 3))):
        if (pattern is _DMY and not _DMY_SHAPE.search(text)) or (pattern is _ISO and "-" not in text):
            continue  # cheap tests first: the patterns' lookbehind makes the scan slow
        periods = _in_ranges(text) if pattern is _DMY else []
        for m in pattern.finditer(text):
            if any(start <= m.start() < end for start, end in periods):
                continue
            read = order
            if pattern is _DMY and int(m.group(1)) <= 12 and _month_first(text, m.start()):
                read = (3, 1, 2)  # month-first (a first number over 12 is a day all the same)
            if pattern is _DMY and read == order and int(m.group(1)) <= 12 < int(m.group(2)) <= 31:
                read = (3, 1, 2)  # no month 27: a site builder's US order ('5/27/2025'), the day second
            try:
                found.append((m.start(), date(*(int(m.group(i)) for i in read))))
            except ValueError:
                continue
    return min(found)[1] if found else None
