"""Personnel lists: people named after one shared title ("5 Phó Chủ tịch gồm các ông: A, B và C") or each
with their own ("các đồng chí: A, Phó Bí thư Tỉnh ủy; B, Chủ tịch UBND tỉnh")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from danvan.nlp.extractors.officials.lexicon import COUNTRIES, POSITION_RE, is_place
from danvan.nlp.extractors.officials.names import not_name_syllables
from danvan.nlp.extractors.officials.titles import (
    BORN_FIRST,
    strip_former,
    title_words_ok,
    trim_title,
    unclosed_paren_dropped,
)
from danvan.nlp.gazetteer import surface_to_name

_PEOPLE = r"(?:ông,?\s*bà|ông|bà|đồng chí|vị|thành viên)"
# (no lookbehind inside: the search can skip to a branch's first letter; the word boundary before the
# match is checked in `personnel_lists`)
_ANCHOR = re.compile(
    rf"(?:bao gồm|gồm có|gồm|như)(?:\s+các|\s+\d+)?(?:\s+{_PEOPLE})?\s*:?\s+"
    rf"|(?:có\s+)?[Cc]ác\s+(?:đồng chí|ông|bà|vị)(?P<head>\s+(?:[^:;.\n]|\.(?=\S)){{2,60}})?:\s*"
    r"|các\s+(?P<plural>[^:;,.\n]{2,40}):\s*"  # "các Phó Thủ tướng: A, B, C"
    # "các ông A, B, C (nguyên Chủ tịch UBND xã)": names right after, titled by what follows them
    r"|(?P<bare>[Cc]ác\s+(?:ông|bà|đồng chí))\s+(?=[A-ZÀ-ỸĐ][a-zà-ỹđ]+\s+[A-ZÀ-ỸĐ])"
)
_LIST_END = re.compile(r"\n|…|\.\.\.|(?<!TP)(?<!Tp)(?<![A-ZĐ])\.(?=\s+[A-ZÀ-ỸĐ\"“]|\s*$)")
_HONORIFIC = re.compile(
    r"^(?:và\s+)?(?:các\s+)?(?:ông|bà|anh|chị|đồng chí|Ông|Bà|Đồng chí"
    # degrees before a listed name: "tiến sĩ A, Trưởng khoa ...; ThS. B, ..."
    r"|(?:[Pp]hó\s+)?[Gg]iáo sư|[Tt]iến sĩ|[Tt]hạc sĩ|[Bb]ác sĩ|[Kk]ỹ sư|[Ll]uật sư"
    r"|(?:P?GS\.?\s*)?TS\.|ThS\.|BS\.)\s*"
)
# capital letters only (the range À-Ỹ also holds lowercase ones: "Phương đã" is no name)
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
_WORD = rf"[{_UPPER}][^\W\d_]*(?:-[{_UPPER}][^\W\d_]*)?"
_NAME = re.compile(rf"{_WORD}(?:\s+{_WORD}){{1,4}}")
_WORD_AT_END = re.compile(rf"(?:^|\s)({_WORD})\s*$")
_REST = re.compile(r".+", re.S)


def _trailing_name(item: str) -> re.Match[str] | None:
    """The longest valid name of 2-5 capitalised words that ends the item."""
    best = None
    end = len(item.rstrip())
    for _ in range(5):
        m = _WORD_AT_END.search(item, 0, end)
        if not m:
            break
        candidate = _REST.match(item, m.start(1), len(item.rstrip()))
        if candidate and len(candidate.group(0).split()) >= 2 and _valid_name(candidate.group(0)):
            best = candidate
        end = m.start()
    return best


_PAREN = re.compile(r"^\s*\(([^)\n]{2,150})\)")
_OVER_TERMS = re.compile(
    r"\s+(?:qua|của|trong)?\s*các (?:thời kỳ|nhiệm kỳ|khóa)\s*$"
)  # "cựu Chủ tịch xã qua các thời kỳ"
_TRAILING = re.compile(r"\s+(?:khác|mới|còn lại|hiện nay|này|đó)$")


@dataclass(frozen=True, slots=True)
class Listed:
    start: int
    end: int
    name: str
    title: str


# a clause that only places the one before it ("các cựu Chủ tịch xã A, huyện B gồm")
_PLACE_CLAUSE = re.compile(
    r"^\s*(?:huyện|quận|thị xã|thành phố|TP\.?|tỉnh|xã|phường|thị trấn)\s+[A-ZÀ-ỸĐ0-9]"
)


def _shared_title(before: str) -> str | None:
    clauses = re.split(r"[,.;:\n()]", before.rstrip(" ,"))
    clause = clauses[-1]
    if len(clauses) > 1 and _PLACE_CLAUSE.match(clause) and not POSITION_RE.search(clause):
        clause = f"{clauses[-2]},{clause}"
    clause = _OVER_TERMS.sub("", clause)
    for m in POSITION_RE.finditer(clause):
        if title_words_ok(clause[m.end() :]):
            return _TRAILING.sub("", clause[m.start() :].strip()) or None
    return None


# "tổ công tác Đội Cảnh sát Hình sự gồm 3 đồng chí:": a team of a named body, its members listed
_TEAM = re.compile(
    r"(?:^|\s)((?:tổ|đoàn|đội|nhóm|ban)\s+(?:công tác|kiểm tra|giám sát|thanh tra)\s+"
    r"[A-ZÀ-ỸĐ][^,;:.\n()]*?)\s*$"
)
_COMRADES = re.compile(r"\d+\s+đồng chí\s*$|đồng chí")


def _team_title(before: str, anchor: str) -> str | None:
    if not _COMRADES.search(f"{before[-20:]} {anchor}"):
        return None
    clause = re.sub(r"\s+(?:gồm|gồm có|bao gồm)?(?:\s*\d+\s+đồng chí)?\s*$", "", before.rstrip())
    m = _TEAM.search(clause)
    return m.group(1).strip() if m else None


def _valid_name(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or name in surface_to_name() or name in COUNTRIES:
        return False
    stop = not_name_syllables()
    return not any(w in stop or (w.isupper() and len(w) > 1) for w in words)


def _sentence_cut(title: str) -> str:
    """A comma list's last item runs on into the sentence ("A, Công an viên thôn B đến hiện trường"): its
    title ends before the first word no title holds. (Not in ";" lists, whose long titles are whole:
    "B, Trợ lý của ông X về an ninh nội địa")"""
    return title if title_words_ok(title) else trim_title(title) or title


def _own_title(rest: str) -> str | None:
    paren = _PAREN.match(rest)
    if paren:
        inner = strip_former(BORN_FIRST.sub("", paren.group(1)))
        return inner if POSITION_RE.match(inner) else None
    m = re.match(r"^\s*(?:,|\s[-–]|-(?=[a-zà-ỹđ]))\s*(.+)$", rest, re.S)
    if m:
        tail = strip_former(m.group(1))
        if POSITION_RE.match(tail):
            tail = re.sub(r"\s*\((?:kiêm nhiệm|[^)]*tuổi)\)\s*$", "", tail)
            return unclosed_paren_dropped(tail.strip(" ,."))
    return None


def _parse_item(item: str) -> tuple[int, str, str | None, str] | None:
    """(name offset in item, name, leading title, the rest after the name) of one list item."""
    offset = 0
    hon = _HONORIFIC.match(item)
    if hon:
        offset = hon.end()
    lead = None
    pm = POSITION_RE.match(item, offset)
    if pm and _NAME.match(item, pm.end() + 1):
        lead, offset = pm.group(0), pm.end() + 1
    nm = _NAME.match(item, offset)
    if nm and lead and re.match(r"\s+[a-zà-ỹđ]", item[nm.end() :]):
        # "Phó Trưởng Ban Quản lý Khu Nông nghiệp ... Nguyễn Văn Hết": the capitals after the title
        # open an organisation's name; the person is the name that ends the item
        nm = _trailing_name(item)
        lead = item[pm.start() : nm.start()].strip() if nm and pm and nm.start() > pm.end() else None
    if not nm or not _valid_name(nm.group(0)) or (pm and not lead):
        return None  # (pm without lead: "Chánh Văn phòng ...", the capitals open a title, not a name)
    start, name = nm.start(), nm.group(0)
    words = name.split()
    place = next((n for n in (3, 2, 1) if len(words) - n >= 2 and is_place(" ".join(words[:n]))), 0)
    if lead and place:  # "người đồng cấp Nhật Bản Tomomi Inada": the country belongs to the title
        lead = f"{lead} {' '.join(words[:place])}"
        start += len(" ".join(words[:place])) + 1
        name = " ".join(words[place:])
    return start, name, lead, item[nm.end() :]


def personnel_lists(text: str) -> list[Listed]:
    out: list[Listed] = []
    pos = 0
    while anchor := _ANCHOR.search(text, pos):
        if anchor.start() and (text[anchor.start() - 1].isalnum() or text[anchor.start() - 1] == "_"):
            pos = anchor.start() + 1  # inside a word
            continue
        pos = anchor.end()
        plural = anchor.group("plural")
        if plural and not POSITION_RE.search(plural):
            # "lãnh đạo các sở: Tài chính, ...": no title, no list of people; but "các cựu cán bộ huyện
            # như: A (title), ..." holds another anchor
            pos = anchor.start() + 1
            continue
        head = anchor.group("head") or plural
        before = head or text[max(0, anchor.start() - 120) : anchor.start()]
        shared = (
            None if anchor.group("bare") else _shared_title(before) or _team_title(before, anchor.group(0))
        )
        seg_start = anchor.end()
        stop = _LIST_END.search(text, seg_start)
        seg_end = min(stop.start() if stop else len(text), seg_start + 700)
        if plural and (semicolon := text.find(";", seg_start, seg_end)) >= 0:
            # "các Phó Thủ tướng: A, B, C; Bí thư ... D": the plural title's names end at the semicolon,
            # where the enclosing list of guests goes on
            seg_end = semicolon
        out.extend(_parse_segment(text, seg_start, seg_end, shared))
    return out


_AND_NAME = re.compile(r"\s+và\s+(?=(?:ông|bà|đồng chí)?\s*[A-ZÀ-ỸĐ])")


def _pieces(segment: str, chunked: bool) -> list[str]:
    """The list's items: ";"-separated chunks, each split again before "và <name>" ("A, title và B,
    title"), or "," / "và" separated names."""
    if not chunked:
        return _split_outside_parens(r",\s*|\s+và\s+", segment)
    out: list[str] = []
    for chunk in _split_outside_parens(r";\s*", segment):
        if names := _names_only(chunk):
            out.extend(names)  # "...; B, C cùng các đồng chí ...": two untitled names sharing the title
            continue
        parts = _AND_NAME.split(chunk)
        out.append(parts[0])
        for part in parts[1:]:
            if _parse_item(part.strip()) is None:
                out[-1] = f"{out[-1]} và {part}"  # "Bộ Kế hoạch và Đầu tư": "và" inside a title
            else:
                out.append(part)
    return out


def _bare_name(piece: str) -> bool:
    """A list item that is a name and nothing else ("Phạm Bình Minh")."""
    piece = _HONORIFIC.sub("", piece.strip())
    return bool(_NAME.fullmatch(piece)) and _valid_name(piece) and not POSITION_RE.match(piece)


def _names_only(chunk: str) -> list[str]:
    """The names of a ";" list's item that holds two or more untitled names ("B, C và D", the last one
    perhaps with the sentence going on after it: "C cùng các đồng chí ..."); [] for any other item."""
    parts = _split_outside_parens(r",\s*|\s+và\s+", chunk)
    if len(parts) < 2:
        return []
    for i, part in enumerate(parts):
        if _bare_name(part):
            continue
        parsed = _parse_item(part.strip())
        last = i == len(parts) - 1 and parsed is not None and not parsed[2] and not _own_title(parsed[3])
        return parts if last and i >= 1 else []
    return parts


def _split_outside_parens(pattern: str, segment: str) -> list[str]:
    """`re.split`, but not inside a parenthesis: "A (SN 1958, trú tại thôn B), C"."""
    if "(" not in segment:
        return re.split(pattern, segment)
    out, last, depth = [], 0, 0
    for m in re.finditer(rf"[()]|{pattern}", segment):
        sep = m.group(0)
        if sep == "(":
            depth += 1
        elif sep == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(segment[last : m.start()])
            last = m.end()
    out.append(segment[last:])
    return out


def _backfill(entries: list[list], title: str) -> None:
    """ "A, B, C (nguyên Chủ tịch UBND xã)", "A, B, Công an thường trực": the names just before a titled
    one that have no title of their own share it."""
    for entry in reversed(entries[:-1]):
        if entry[3]:
            break
        entry[3] = title


def _parse_segment(text: str, seg_start: int, seg_end: int, shared: str | None) -> list[Listed]:
    segment = text[seg_start:seg_end]
    chunked = segment.count(";") >= 1
    entries: list[list] = []  # [start, end, name, title or None]
    cursor = seg_start
    for piece in _pieces(segment, chunked):
        item = piece.strip()
        if not item:
            continue
        if chunked and ":" in item:
            head, item = item.rsplit(":", 1)
            shared = _shared_title(head) or shared
            item = item.strip()
        parsed = _parse_item(item)
        if parsed is None:
            if not chunked and entries and POSITION_RE.match(strip_former(item)):
                # "A, Phó Hạt trưởng, B, ...": A's own title
                entries[-1][3] = _sentence_cut(strip_former(item)).strip(" .")
                _backfill(entries, entries[-1][3])
                continue
            if chunked:
                continue
            break
        _, name, lead, rest = parsed
        own = _own_title(rest)
        last = not chunked and rest.strip() and not _PAREN.match(rest)  # "C phát biểu": the list ends at C
        title = own or (f"{lead} {shared}" if lead and shared else lead or shared)
        start = text.find(name, cursor, seg_end)
        if start < 0:
            continue
        cursor = start + len(name)
        entries.append([start, cursor, name, title])
        if own:
            _backfill(entries, own)
        if last:
            break
    return [Listed(start, end, name, title) for start, end, name, title in entries if title]
