"""Cleaning of plain-text page dumps: finds title, date line, byline and the body without furniture."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from danvan.nlp.dates import has_time, has_weekday, is_dateline, is_today_widget, labelled_date, parse_date
from danvan.nlp.normalize import normalize_text

# Lines that end the article: site blocks that follow it on news pages.
_END_MARKERS = re.compile(
    r"^(?:phản hồi|các tin khác|tin khác|bài viết liên quan|tin liên quan|bài liên quan|"
    r"gửi cho bạn bè|gửi bình luận|bình luận|ý kiến bạn đọc|ý kiến của bạn|cùng chuyên mục|"
    r"tin cùng chuyên mục|xem nhiều nhất|đọc nhiều nhất|tin đọc nhiều|tin mới nhất|tin mới|mới nhất|"
    r"thư viện ảnh|liên kết website|thông tin người gửi phản hồi|chia sẻ bài viết|tin xem nhiều|"
    r"xem thêm|đọc thêm|tags?|từ khóa|từ khoá|chủ đề|in bài viết|bản in|quay lại|về đầu trang|"
    r"tin tức liên quan|các bài viết khác|bài đọc nhiều|video nổi bật|tin nổi bật)\s*:?\s*$",
    re.IGNORECASE,
)
_PHOTO_FILE = re.compile(r"^\S+\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)
_WEATHER = re.compile(r"^-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$|^(?:Hanoi|Hà Nội|Ho Chi Minh City)$")
_AGENCY_BYLINE = re.compile(r"/\s*(?:TTXVN|VNA|VOV|TTXVN/Vietnam\+|Vietnam\+|QĐND|TTO|VTV)\s*$")
_SENTENCE_END = re.compile(r"[.!?…:;\"']$")
_NAME_WORD = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]*$")
_UPPER_WORD = re.compile(r"^[A-ZÀ-ỸĐ]{1,}[.,]?$")


@dataclass(slots=True)
class CleanedText:
    title: str
    body: str
    published: str | None
    author: str | None
    byline_title: str | None = None


def _word_count(line: str) -> int:
    return len(line.split())


def _is_body_paragraph(line: str) -> bool:
    words = _word_count(line)
    return words >= 30 or (words >= 14 and bool(_SENTENCE_END.search(line)))


def _is_title_like(line: str) -> bool:
    words = _word_count(line)
    return 4 <= words <= 45 and not _is_date_furniture(line) and not _PHOTO_FILE.match(line)


def _is_timed_date(line: str) -> bool:
    """A short line with a clock time and a date: "Thu Hà - 08:15 12/04/2023 GMT+7"."""
    return len(line) <= 80 and has_time(line) and parse_date(line) is not None


def _is_date_furniture(line: str) -> bool:
    """A date line of the page (the article's or the site's), not text of the article."""
    return is_dateline(line) or labelled_date(line) or _is_timed_date(line) or is_today_widget(line)


def _is_punctuation(line: str) -> bool:
    return len(line) <= 12 and not any(ch.isalnum() for ch in line)


def _looks_like_byline(line: str) -> bool:
    """A short signature line: "Thảo Nguyên", "SÁU NGHỆ", "Kim Há/TTXVN", "NAME - title"."""
    line = line.strip()
    if not line or len(line) > 160:
        return False
    if _AGENCY_BYLINE.search(line):
        return True
    head = re.split(r"\s+[-–]\s+|\s*\(", line, maxsplit=1)[0].strip(" .")
    words = head.split()
    if not 1 <= len(words) <= 5:
        return False
    if all(_UPPER_WORD.match(w) for w in words) and any(len(w) > 1 for w in words):
        return True
    return len(words) >= 2 and all(_NAME_WORD.match(w) for w in words) and len(line) == len(head)


def _related_list_start(lines: list[str], start: int) -> int | None:
    """Index where a block of teaser titles printed twice begins, if one runs to the end."""
    pairs = [
        i
        for i in range(start, len(lines) - 1)
        if _word_count(lines[i]) >= 4
        and (lines[i] == lines[i + 1] or (i + 2 < len(lines) and lines[i] == lines[i + 2]))
    ]
    if len(pairs) < 2:
        return None
    for k, first in enumerate(pairs):
        rest = pairs[k:]
        gaps_ok = all(b - a <= 4 for a, b in pairwise(rest))
        tail_ok = len(lines) - rest[-1] <= 6
        if len(rest) >= 2 and gaps_ok and tail_ok:
            return first
    return None


def _repeated_labels(lines: list[str]) -> set[str]:
    """Short section labels ("Địa phương") printed again and again in the related-articles block."""
    counts = Counter(line for line in lines if 1 <= _word_count(line) <= 4)
    return {line for line, n in counts.items() if n >= 3 and not _SENTENCE_END.search(line)}


def clean_text_dump(raw: str) -> CleanedText:
    """Split a plain-text page dump into title, body, publication date and byline."""
    lines = [ln.strip() for ln in normalize_text(raw).split("\n")]
    lines = [ln for ln in lines if ln]
    if not lines:
        return CleanedText("", "", None, None)

    first_body = next((i for i, ln in enumerate(lines) if _is_body_paragraph(ln)), len(lines))
    if first_body == 0 and len(lines) > 1 and _word_count(lines[0]) <= 40 and not lines[0].endswith("."):
        first_body = 1  # a long title ending in a quote or "?" on the first line
    header = lines[:first_body]

    title_idx = None
    for i in range(len(header) - 1, -1, -1):
        if _is_title_like(header[i]) and not header[i].startswith("("):
            title_idx = i
            break
    if title_idx is None:
        title_idx = next(
            (i for i, ln in enumerate(header) if not is_dateline(ln) and not _WEATHER.match(ln)),
            None,
        )
    title = header[title_idx] if title_idx is not None else ""

    published = _publication_date(header, title_idx)

    body_start = (title_idx + 1) if title_idx is not None else 0
    while body_start < len(lines) and (
        _is_date_furniture(lines[body_start])
        or _WEATHER.match(lines[body_start])
        or _is_punctuation(lines[body_start])
    ):
        body_start += 1

    body, author, byline_title = _cut_tail(lines[body_start:])
    if body.startswith(title + "\n") and title:
        body = body[len(title) + 1 :]
    return CleanedText(title=title, body=body, published=published, author=author, byline_title=byline_title)


def strip_tail_furniture(lines: list[str]) -> tuple[str, str | None]:
    """Body text without the related-articles block, comments and byline; and the byline."""
    body, author, _ = _cut_tail(lines)
    return body, author


def _cut_tail(lines: list[str]) -> tuple[str, str | None, str | None]:
    end = len(lines)
    labels = _repeated_labels(lines)
    for i, line in enumerate(lines):
        if i > 0 and (_END_MARKERS.match(line) or line in labels):
            end = i
            break
    related = _related_list_start(lines, 0)
    if related is not None and related < end:
        end = related
    body_lines = lines[:end]
    author = byline_title = None
    if len(body_lines) > 1 and _looks_like_byline(body_lines[-1]):
        byline = body_lines.pop()
        author = byline
        if "/" not in byline:
            parts = re.split(r"\s+-\s+", byline, maxsplit=1)
            author = parts[0].strip()
            byline_title = parts[1].strip() if len(parts) > 1 else None
    cleaned: list[str] = []
    for line in body_lines:
        if _PHOTO_FILE.match(line):
            continue
        if cleaned and line == cleaned[-1]:
            continue  # caption printed twice
        cleaned.append(line)
    return "\n".join(cleaned), author, byline_title


def _publication_date(header: list[str], title_idx: int | None) -> str | None:
    """The article's own date line. In order: a labelled one ("Đăng ngày: ..."), the nearest dated line after
    the title, a dated line with a time before the title; a bare weekday date before the title only when
    nothing else is dated and no widget (weather, "Hôm nay") marks it as the site's."""
    title_at = title_idx if title_idx is not None else -1
    candidates = [
        (i, ln)
        for i, ln in enumerate(header)
        if not is_today_widget(ln) and (is_dateline(ln) or labelled_date(ln) or _is_timed_date(ln))
    ]
    if not candidates:
        return None
    labelled = [c for c in candidates if labelled_date(c[1])]
    after = [c for c in candidates if c[0] > title_at]
    timed_before = [c for c in candidates if c[0] < title_at and has_time(c[1])]
    if labelled:
        chosen = min(labelled, key=lambda c: abs(c[0] - title_at))[1]
    elif after:
        chosen = after[0][1]
    elif timed_before:
        chosen = timed_before[-1][1]
    else:
        i, chosen = candidates[-1]
        widget = any(_WEATHER.match(h) or is_today_widget(h) for h in header[:i])
        if widget or (title_idx is not None and title_idx - i > 2) or not has_weekday(chosen):
            return None
    value = parse_date(chosen)
    return value.isoformat() if value else None
