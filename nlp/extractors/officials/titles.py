"""Titles of officials: the position written before a name, or after it (", title", "(title)", "là title")."""

from __future__ import annotations

import re

from danvan.nlp.extractors.officials.fields import field_dash, field_dashes_masked, parent_dash
from danvan.nlp.extractors.officials.lexicon import (
    CLAUSE_WORDS,
    COUNTRIES,
    HONORIFICS,
    POSITION_RE,
    TITLE_WORDS,
    is_place,
    opens_org,
)
from danvan.nlp.extractors.officials.units import unit_before, unit_place
from danvan.nlp.names import SURNAMES, is_capitalized
from danvan.nlp.wordlists import load_words

CLAUSE_BREAK = re.compile(r"[,;:!?()\[\]\"\n…]|(?<!TP)(?<!Tp)\.(?=\s)|\s[-–]\s")
# a word that joins two people: the title before it belongs to the first one
_JOINER = re.compile(r"\s(?:và|cùng|với|cùng với|tiếp|gặp|thăm|đón|tiễn)\s")
_TRAILING_JOINER = re.compile(r"(?<!đối)\s+(?:và|cùng|với|cùng với)$")
_FORMER = re.compile(
    r"^(?:nguyên|Nguyên|cựu|Cựu|tân|Tân|quyền|Quyền|hàm|Hàm|nay là|hiện là|hiện đang là|"
    r"(?:khi đó|lúc đó|trước đó|sau này|sau đó|từng|đã từng) là|một|đồng(?=\s+(?:[Gg]iám đốc|[Cc]hủ tịch))|"
    r"hiện đang giữ chức(?: vụ)?|"
    # "A, người từng giữ chức cố vấn ...": a clause about the person, the title after it
    r"người(?:\s+(?:đã|từng|đã từng|hiện|đang|hiện đang))?\s+(?:giữ chức(?: vụ| danh)?|là)|"
    r"hiện giữ chức(?: vụ)?|đang giữ chức(?: vụ)?|giữ chức(?: vụ)?)\s+"
)
_COPULA = re.compile(
    r"^\s+(?:(?:chỉ|vẫn|cũng|tiếp tục|vẫn tiếp tục|sẽ tiếp tục)\s+)?"  # "A chỉ giữ chức Giám đốc ..."
    r"(?:(?:đã|vừa|sẽ|được|đã được|vừa được|hiện|hiện đang|đang|nguyên)\s+)?"
    r"(?:(?:bầu|bổ nhiệm|điều động|phân công|chỉ định|cử|bầu bổ sung)\s+)?"
    r"(?:là|làm|thành|trở thành|giữ chức(?: danh| vụ)?|nhận chức|vào chức(?: danh| vụ)?)\s+"
)
# "A được bổ nhiệm (vị trí) Bộ trưởng": an appointment verb before the position, without a copula
_APPOINTED_TO = re.compile(
    r"^\s+(?:(?:đã|vừa|sẽ)\s+)?được\s+(?:bổ nhiệm|chỉ định|bầu|đề cử)\s+(?:vào\s+)?"
    r"(?:(?:vị trí|chức vụ|chức danh|chức|cương vị)\s+)?"
)
# "A (từ Trưởng phòng X) lên chức Phó giám đốc": a promotion, from the old post to the new one
_PROMOTED = re.compile(
    r"^\s+(?:(?:đã|vừa|được|đã được|vừa được)\s+)?(?:từ\s+[^,;:.()\n]{3,80}?\s+)?"
    r"lên\s+(?:chức(?: vụ| danh)?|giữ chức(?: vụ| danh)?)\s+"
)
# "A thuộc đảng Xã hội được chỉ định làm Ngoại trưởng", "A theo đường lối bảo thủ làm Thủ tướng", "A ở bang
# Texas trở thành thẩm phán": a short clause describing or placing the person between the name and the
# appointment
_DESCRIBED = re.compile(
    r"^\s+(?:thuộc|theo|của|đến từ|vốn là|xuất thân từ|ở|tại)\s+[^,;:.()\n\[\]\"]{1,50}?"
    r"(?=\s+(?:(?:đã|vừa|sẽ)\s+)?(?:được\s+(?:bổ nhiệm|chỉ định|bầu|đề cử)|làm|giữ chức|trở thành)\s)"
)
# a parenthesis after a name that is no title: "(SN 1976)", "(60 tuổi)", "(trái)"
_ASIDE = re.compile(
    r"^\s*\((?:SN|sinh năm|\d{1,3}\s*tuổi|(?:19|20)\d\d(?=\))|trái|phải|giữa|thứ \d+[^)]*)[^)]{0,30}\)"
)
# any parenthesis after a name ("(cháu ông B)", "(gọi ông B bằng cậu)"): passed over before a copula
_ANY_PAREN = re.compile(r"^\s*\(([^()\n]{1,60})\)")
# a birth date or an age between a name and its title: "A, sinh ngày 18/4/1968, Giám đốc ..."
_BIRTH = re.compile(r"^(?:sinh (?:ngày|năm)|SN|sn)\s+[\d/.-]+$|^\d{1,3}\s+tuổi$")
# "A, sinh ngày 12/12/1960 giữ chức vụ Giám đốc ...": the birth date before a copula, without a comma
_BIRTH_ASIDE = re.compile(r"^\s*,\s*(?:sinh (?:ngày|năm)|SN)\s+[\d/.-]+\d(?=\s+(?:giữ chức|làm|là)\s)")
# "(SN 1975, cựu cán bộ ...)", "(45 tuổi, Trưởng thôn)": the birth year or age before the title
BORN_FIRST = re.compile(r"^(?:\d{1,3}\s+tuổi|(?:SN|sinh năm)\s+\d{4})\s*[,;]\s*")
# an appointment verb opening the clause after an aside: "A, một học giả, làm Bộ trưởng Tư pháp"
_APPOINTED = re.compile(
    r"(?:(?:được|vừa được|đã được)\s+(?:bổ nhiệm|bầu|chỉ định|phân công)\s+)?"
    r"(?:làm|giữ chức(?: vụ| danh)?|(?:được|vừa được)\s+(?:bổ nhiệm|bầu)(?:\s+giữ chức(?: vụ)?)?)\s+"
)
# a standing before the title, in lower case: "A, cán bộ lão thành cách mạng, nguyên Bí thư ..."
_STANDING = re.compile(r"^(?:cán bộ|đảng viên|lão thành)(?:\s+[a-zà-ỹđ]+){1,4}$")
# "Thủ tướng Đức hiện nay, bà X": a time qualifier after the title
_QUALIFIER = re.compile(
    r"\s+(?:hiện nay|hiện tại|đương nhiệm|lúc bấy giờ|lúc đó|khi đó|khi ấy|thời điểm đó)\s*$"
)
_LABEL = re.compile(r"^(?:chức vụ|chức danh)\s*:?\s+")
_ROMAN = re.compile(r"[IVXLC]+")
# "Trưởng đoàn ... là ông X": the title is before the copula
_TITLE_IS = re.compile(
    r"\s+(?:(?:hiện nay\s+|hiện\s+|nay\s+|hiện đang\s+|khi đó\s+|lúc đó\s+|khi ấy\s+|lúc bấy giờ\s+)?là"
    r"|như|gồm|gồm có|bao gồm|đối với)"
    r"(?:\s+các)?(?:\s+(?:ông|bà|đồng chí))?\s*$"
)


# "của"/"thuộc" before a body's capitalised name join two bodies in one title
_OF = frozenset({"của", "thuộc"})


def _joins_names(words: list[str], i: int) -> bool:
    """ "và" inside an organisation's name: "Bộ Kế hoạch và Đầu tư"."""
    return words[i] == "và" and i + 1 < len(words) and words[i + 1][:1].isupper()


def _clause_word(word: str) -> bool:
    """A word that opens a clause; capitalised, one that titles also hold is inside a body's name
    ("Liên minh Nghị viện"), while "Theo", "Đề" still open a clause run on without a stop."""
    if word in CLAUSE_WORDS:
        return True
    folded = word.casefold()
    return folded != word and folded in CLAUSE_WORDS and folded not in TITLE_WORDS


# "cựu Tổng thống bị phế truất A": a participle that qualifies the position is no clause
_QUALIFIERS = re.compile(
    r"(?<![\wà-ỹđ])(?:"
    + "|".join(re.escape(q) for q in load_words("officials_title_qualifiers.txt"))
    + r")(?![\wà-ỹđ])"
)


# "Thống đốc bang X và cựu Đại sứ Mỹ": a second, former position joined to the first
_AND_FORMER = re.compile(r"(?<=\svà)\s+(?:cựu|nguyên|tân|quyền)(?=\s+[A-ZÀ-ỸĐ])")


def title_words_ok(span: str) -> bool:
    span = _QUALIFIERS.sub(" ", span) if " bị " in f" {span}" else span
    if " và " in span:  # (the joined position's own lowercase words, "Đại sứ", count as one title word)
        span = POSITION_RE.sub("Chức", _AND_FORMER.sub("", span))
    words = re.findall(r"[\wà-ỹđĐ.&]+", span)
    if len(words) <= 9 and not any(_clause_word(w) for w in words):
        return True
    for i, word in enumerate(words):
        if word[0].isupper() or word[0].isdigit() or word.casefold() in TITLE_WORDS or _joins_names(words, i):
            continue
        if word in ("tại", "ở") and (i + 1 == len(words) or words[i + 1][0].isupper()):
            continue  # "Đại sứ Việt Nam tại Lào", "Lãnh đạo phe thiểu số tại Thượng viện" (the place may
            # open the name's run)
        if word in _OF and (i + 1 == len(words) or words[i + 1][0].isupper()):
            continue  # "Chủ nhiệm Ủy ban Kinh tế của Quốc hội", "Cục trưởng Cục X thuộc Bộ Y", "của Mỹ X"
        if _ROMAN.fullmatch(word):
            continue
        return False
    return True


_SCHOOL_WORDS = frozenset({"THPT", "THCS", "PTTH", "PTCS"})


def trim_title(segment: str) -> str:
    """The title at the start of `segment`, cut before the first word that cannot be in a title."""
    out = []
    head = POSITION_RE.match(segment)
    if head:  # the position itself may hold lowercase words ("Phó bí thư")
        out.append(head.group(0))
        segment = segment[head.end() :]
    words = segment.split()
    field_end = -1  # the last word of a body's field after a dash ("Huyết học - Truyền máu")
    for i, word in enumerate(words):
        bare = word.strip(".,")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (
            bare in SURNAMES
            and is_capitalized(nxt)
            and not is_place(f"{bare} {nxt}")
            and bare not in COUNTRIES
            and not (i and words[i - 1] in _SCHOOL_WORDS)  # "Trường THPT Lê Lợi" is a school's name
            and not opens_org([w.strip(".,") for w in words[i + 1 : i + 4]])  # "Đoàn Trường Đại học X"
            and not _unit_place_at(" ".join(out), words[i:])  # "Xí nghiệp cấp nước Hà Tiên"
        ):
            break  # another person's name begins
        if bare and (
            bare[0].isupper()
            or _joins_names([w.strip(".,") for w in words], i)
            or bare[0].isdigit()
            or bare.casefold() in TITLE_WORDS
            or _ROMAN.fullmatch(bare)
            or bare in {"TP.", "TP"}
            or i <= field_end
        ):
            out.append(word)
            continue
        if word in ("-", "–") and field_dash(" ".join(out), " ".join(words[i + 1 :])):
            out.append(word)  # "Sở Lao động - Thương binh": the field after the dash too
            field_end = i + 2
            continue
        if word in ("-", "–") and parent_dash(" ".join(out), " ".join(words[i + 1 :])):
            out.append(word)  # "Vụ Hợp tác quốc tế - Bộ Văn hóa": the body the unit belongs to
            continue
        break
    # ("giám đốc kiêm": a joint post cut off is no part of the title)
    title = re.sub(r"\s+kiêm$", "", _TRAILING_JOINER.sub("", " ".join(out).strip(" ,.:")))
    return unclosed_paren_dropped(title)


def _unit_place_at(title: str, rest: list[str]) -> bool:
    """Do the capitalised words opening `rest` end the name of the unit that `title` ends with?"""
    place = []
    for word in rest:
        if not is_capitalized(word.strip(".,")):
            break
        place.append(word.strip(".,"))
        if word != place[-1]:
            break  # the place ends at a comma or a stop
    return unit_before(f"{title} ", len(title) + 1) and unit_place(" ".join(place))


def unclosed_paren_dropped(title: str) -> str:
    """ "(gồm: A-Trưởng phòng NN&PTNT)": the list's closing parenthesis is not the title's."""
    return title[:-1].rstrip() if title.endswith(")") and title.count("(") < title.count(")") else title


_CAP = r"[A-ZÀ-ỸĐ][^\W\d_]*"
_PLACE_DASH = re.compile(rf"(?<![\w])((?:{_CAP}\s){{0,2}}{_CAP})\s[-–]\s((?:{_CAP}\s?){{1,3}})")


def _is_place(words: str) -> bool:
    return is_place(words) or words == "Việt Nam"


def _place_dashes_masked(window: str) -> str:
    """The dash between two places is no clause break ("Hội Hữu nghị Việt Nam - Trung Quốc X"): it is
    masked, at the same length, in the copy the breaks are looked for in."""

    def mask(m: re.Match[str]) -> str:
        before = m.group(1).split()
        after = m.group(2).split()
        left = any(_is_place(" ".join(before[-n:])) for n in (1, 2, 3) if len(before) >= n)
        right = any(_is_place(" ".join(after[:n])) for n in (1, 2, 3) if len(after) >= n)
        joined = any(
            _is_place(f"{' '.join(before[-i:])} - {' '.join(after[:j])}")  # "Bà Rịa - Vũng Tàu"
            for i in range(1, len(before) + 1)
            for j in range(1, len(after) + 1)
        )
        if not (joined or (left and right)):
            return m.group(0)
        return m.group(0).replace(" - ", " ~ ").replace(" – ", " ~ ")

    if " - " not in window and " – " not in window:
        return window
    return _PLACE_DASH.sub(mask, window)


# "Đội trưởng Đội TTGT số 3 (quận Ninh Kiều) X", "Tổng cục Du lịch (TCDL) X": an aside inside a title
_ASIDES_IN_TITLE = re.compile(r"\s*\(([^()\n]{1,40})\)")


def _aside_dropped(m: re.Match[str]) -> str:
    return m.group(0) if POSITION_RE.search(m.group(1)) else ""


def _aside_masked(m: re.Match[str]) -> str:
    return m.group(0) if POSITION_RE.search(m.group(1)) else "~" * len(m.group(0))


def _comma_in_body_name(window: str, breaks: list[re.Match[str]]) -> bool:
    """Is the last break a comma inside one body's name, a capitalised part after it, the title's position
    before it and none after ("Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội")?"""
    if not breaks or breaks[-1].group(0) != ",":
        return False
    after = window[breaks[-1].end() :].strip()
    start = breaks[-2].end() if len(breaks) > 1 else 0
    before = window[start : breaks[-1].start()].strip()
    return (
        bool(after)
        and after[:1].isupper()
        and not POSITION_RE.search(after)
        and bool(POSITION_RE.search(before))
    )


_BRIEF_POSITIONS = frozenset(p.casefold() for p in load_words("officials_brief_positions.txt"))
# "về Brexit", "về chính sách Triều Tiên": a brief of up to five words, then the body ("của"/"tại")
_BRIEF = re.compile(r"^\s+về(?:\s+[^\s,;:.()]+){1,5}?(?=\s+(?:của|tại)\s)")


def _brief_dropped(position: str, rest: str) -> str:
    """What follows a position once a negotiator's or envoy's brief is taken out ("Trưởng đoàn đàm phán
    về Brexit của EU X" -> " của EU X"); `rest` unchanged after any other position or no brief."""
    brief = _BRIEF.match(rest) if rest[:4] == " về " else None  # (the cheap test first)
    if brief is None or re.sub(r"(?i)^phó\s+", "", position.strip()).casefold() not in _BRIEF_POSITIONS:
        return rest
    return rest[brief.end() :]


def left_title(text: str, start: int, floor: int = 0) -> str | None:
    """The title written before the name at `start`; nothing before `floor` (the previous person's name)."""
    lo = max(0, start - 160, floor)
    window = text[lo:start]
    # breaks are looked for in a copy of the same length where asides closed before the name and a dash
    # between places are masked; the place after the dash may be in the name's run ("tỉnh Bà Rịa -
    # Vũng Tàu Phạm Minh An")
    asides = "(" in window
    masked = _ASIDES_IN_TITLE.sub(_aside_masked, window) if asides else window
    masked = field_dashes_masked(_place_dashes_masked(masked + text[start : start + 40]))[: len(window)]
    breaks = list(CLAUSE_BREAK.finditer(masked))
    if _comma_in_body_name(window, breaks):
        breaks.pop()  # "Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội X": one body's name
    clause = window[breaks[-1].end() :] if breaks else window
    if asides:
        clause = _ASIDES_IN_TITLE.sub(_aside_dropped, clause)
    joiners = list(_JOINER.finditer(clause))
    if joiners and POSITION_RE.search(clause, joiners[-1].end()):
        clause = clause[joiners[-1].end() :]  # "Thủ tướng X và Tổng thống": only the last title is Y's
    if _TRAILING_JOINER.search(HONORIFICS.sub("", clause).rstrip()):
        return None  # "Phó Hạt trưởng Hạt kiểm lâm và B": the title is the previous person's
    copula = _TITLE_IS.search(clause)
    if copula:
        clause = re.sub(r"\s+(?:khác|còn lại|mới)$", "", clause[: copula.start()])  # "2 thẩm phán khác là"
        last = clause.split()[-1] if clause.split() else ""
        ends_position = any(m.end() == len(clause.rstrip()) for m in POSITION_RE.finditer(clause))
        if not (last[:1].isupper() or last[:1].isdigit() or last.casefold() in TITLE_WORDS or ends_position):
            return None  # "... và vợ là bà X": what precedes "là" is no title
    for m in POSITION_RE.finditer(clause):
        span = HONORIFICS.sub("", clause[m.start() :].strip()).strip()
        if title_words_ok(HONORIFICS.sub("", _brief_dropped(m.group(0), clause[m.end() :]))):
            return span.strip(" ,") or None
    if (
        HONORIFICS.search(clause)
        and breaks
        and clause.strip() in {"ông", "bà", "Ông", "Bà", "đồng chí", "Đồng chí"}
        # "... Thủ tướng. Ông B": the title ends another sentence
        and breaks[-1].group(0).strip() not in {".", ";", "!", "?"}
    ):
        prev_end = breaks[-1].start()
        earlier = list(CLAUSE_BREAK.finditer(masked, 0, prev_end))
        first_break = earlier[-1].group(0).strip() if earlier else ""
        if lo == floor and first_break in {",", "-", "–"} and not window[: earlier[-1].start()].strip():
            return None  # "A, Cục trưởng, ông B": the title right after A's name is A's
        prev = _QUALIFIER.sub("", window[earlier[-1].end() if earlier else 0 : prev_end].strip())
        pm = POSITION_RE.search(prev)
        if pm and title_words_ok(prev[pm.end() :]):
            return prev[pm.start() :]
    if breaks and breaks[-1].group(0) == "," and not clause.strip():
        return _opening_title(window, masked, breaks[-1].start(), lo == 0) or _appositive_title(
            window, masked, breaks[-1].start(), text[start : start + 60]
        )
    # a Vietnamese name after the dash (the normaliser spaces the hyphen of "Chang-Hee Lee")
    vietnamese_name = text[start : start + 12].split(" ", 1)[0] in SURNAMES
    if breaks and breaks[-1].group(0).strip() in {"-", "–"} and not clause.strip() and vietnamese_name:
        return _title_before_dash(window, masked, breaks[-1].start(), lo == floor)
    return None


def _title_before_dash(window: str, masked: str, dash: int, after_name: bool) -> str | None:
    """ "Bí thư Sóc Trăng - Nguyễn Văn Thể nói": a clause that is a title and nothing else (its position
    first), then a dash, then the name; not one set right after the previous person's name (`after_name`:
    the window starts there), which is that person's ("A - Chủ tịch xã - B")."""
    earlier = list(CLAUSE_BREAK.finditer(masked, 0, dash))
    if after_name and earlier and not window[: earlier[-1].start()].strip():
        return None
    prev = window[earlier[-1].end() if earlier else 0 : dash].strip()
    pm = POSITION_RE.match(strip_former(prev))
    if pm is None or strip_former(prev) != prev or not title_words_ok(prev[pm.end() :]):
        return None
    return prev


# a name set off by commas: two to five capitalised words, then a comma
_CLOSED_NAME = re.compile(
    r"^(?:[A-ZÀ-ỸĐ][^\s,.;:()]*\s){1,4}[A-ZÀ-ỸĐ][^\s,.;:()]*,|^[A-ZÀ-ỸĐ][^\s,.;:()]*-[^\s,.;:()]+,"
)
# a Vietnamese name, then its verb ("do Chủ tịch UBND tỉnh, Nguyễn Văn A ký")
_NAME_THEN_VERB = re.compile(r"^(?:[A-ZÀ-ỸĐ][a-zà-ỹđ]*\s){1,4}(?!và\s)[a-zà-ỹđ]")
# a lowercase word (a verb: "chỉ định", "gặp") right before the position, not a copula ("là")
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)(?!(?:là|làm|thành)\s)[a-zà-ỹđ]+\s+$")


def _appositive_title(window: str, masked: str, comma: int, after: str) -> str | None:
    """ "Tổng thống đã chỉ định Tỉnh trưởng tỉnh X, A, làm Thủ tướng": inside a sentence, a title after a
    verb, then the name between two commas (or a Vietnamese name and its verb: "do Chủ tịch UBND tỉnh X,
    Nguyễn Văn A ký"). Not "B, Chủ tịch tỉnh, A," (the title after B's name is B's),
    nor "B là Hiệu trưởng Trường X, A, Bắc Kạn" (the subject's title, then the school's district)."""
    closed = _CLOSED_NAME.match(after)
    if closed:
        rest = after[closed.end() :].split()
        if any(is_place(" ".join(rest[:n]).strip(".,;")) for n in (1, 2, 3) if len(rest) >= n):
            return None
    elif not (_NAME_THEN_VERB.match(after) and after.split(" ", 1)[0] in SURNAMES):
        return None
    earlier = list(CLAUSE_BREAK.finditer(masked, 0, comma))
    prev = window[earlier[-1].end() if earlier else 0 : comma].lstrip()
    pm = next(reversed(list(POSITION_RE.finditer(prev))), None)  # the last position
    if (
        pm is None
        or not _LOWER_WORD_BEFORE.search(prev[: pm.start()])
        or not title_words_ok(prev[pm.end() :])
        # (before a name and its verb, a position with its body: "buổi tiếp xúc lãnh sự, A nói" is none)
        or (not closed and not re.search(r"[A-ZÀ-ỸĐ]", prev[pm.end() :]))
    ):
        return None
    return prev[pm.start() :].strip() or None


def _opening_title(window: str, masked: str, comma: int, at_text_start: bool) -> str | None:
    """ "Người phát ngôn Chính phủ Đức, A cho biết": a title that opens the sentence, a comma, then the
    name; the whole title between the sentence's start and the comma."""
    earlier = list(CLAUSE_BREAK.finditer(masked, 0, comma))
    if earlier:
        if earlier[-1].group(0) not in (".", "\n"):
            return None
    elif not at_text_start:
        return None
    prev = window[earlier[-1].end() if earlier else 0 : comma].strip()
    pm = POSITION_RE.match(strip_former(prev))
    if pm is None or not title_words_ok(strip_former(prev)[pm.end() :]):
        return None
    return prev


def strip_former(segment: str) -> str:
    return _FORMER.sub("", _LABEL.sub("", segment.strip()))


# "A và B, nguyên Giám đốc và Phó giám đốc Sở X": two people, then their two titles in the same order
_PAIRED = re.compile(
    r"^\s+và\s+(?:(?:ông|bà)\s+)?(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){1,4})\s*,\s*(?:lần lượt là\s+)?"
    r"(?P<titles>[^,;:.()\n]{5,160})"
)


def _paired_title(after: str) -> str | None:
    """The first of two titles joined by "và" after "và B,": A's, when B is a name and both are positions."""
    m = _PAIRED.match(after)
    if not m or not all(w[:1].isupper() for w in m.group("name").split()):
        return None
    first, _, second = strip_former(m.group("titles")).partition(" và ")
    if not (second and POSITION_RE.match(first) and POSITION_RE.match(strip_former(second))):
        return None
    return trim_title(first) or None


def right_title(text: str, end: int) -> str | None:
    """The title written after the name ending at `end`."""
    after = text[end : end + 240]
    aside = _ASIDE.match(after) or _BIRTH_ASIDE.match(after)
    if aside:
        after = after[aside.end() :]
    relation = _ANY_PAREN.match(after)
    if relation and not POSITION_RE.match(strip_former(relation.group(1))):
        rest = after[relation.end() :]
        if _COPULA.match(rest) or _APPOINTED_TO.match(rest) or _PROMOTED.match(rest):
            after = rest  # "Ông A (cháu ông Hùng) đang là Chủ tịch UBND xã": the aside, then the copula
    described = _DESCRIBED.match(after)
    if described and len(described.group(0).split()) <= 8:
        after = after[described.end() :]
    cop = _COPULA.match(after) or _APPOINTED_TO.match(after) or _PROMOTED.match(after)
    if described and not cop:
        return None
    if cop:
        rest = strip_former(after[cop.end() :])
        if POSITION_RE.match(rest):
            trimmed = trim_title(re.split(r"(?<!TP)\.\s|[,:;(]", rest, maxsplit=1)[0])
            return trimmed or None
    m = re.match(r"^\s*(?:\((?P<paren>[^)\n]{3,150})\)|(?:,|\s?[-–])\s*(?P<list>[^\n]{3,240}))", after)
    if not m:
        return _paired_title(after) if after.startswith(" và ") else None
    if m.group("paren"):
        # (the birth year first: "(SN 1976, nguyên cán bộ ...)")
        inner = strip_former(BORN_FIRST.sub("", m.group("paren").strip()))
        return inner if POSITION_RE.match(inner) else None
    parts = []
    listed = re.split(r"(?<!TP)\.\s|:|;", m.group("list"), maxsplit=1)[0]
    segments = re.split(r",\s*", listed)
    if len(segments) > 1 and _BIRTH.match(segments[0]):
        segments = segments[1:]  # "A, sinh ngày 18/4/1968, nguyên Giám đốc ..."
    elif len(segments) > 1 and not POSITION_RE.match(strip_former(segments[0])):
        appointed = _APPOINTED.match(segments[1])  # "A, một học giả nổi tiếng, làm Bộ trưởng Tư pháp"
        if appointed and len(segments[0].split()) <= 12 and POSITION_RE.match(segments[1], appointed.end()):
            segments = [segments[1][appointed.end() :], *segments[2:]]
        elif _STANDING.match(segments[0]) and POSITION_RE.match(strip_former(segments[1])):
            segments = segments[1:]  # "A, cán bộ tiền khởi nghĩa, nguyên Phó Bí thư ..."
    for segment in segments:
        segment = strip_former(segment)
        if not POSITION_RE.match(segment):
            break
        trimmed = trim_title(segment)
        if not trimmed:
            break
        parts.append(trimmed)
        if trimmed != segment.strip(" ,."):
            break
    return ", ".join(parts) if parts else None
