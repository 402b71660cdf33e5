"""Person names in the officials extractor: capitalised runs of underthesea tokens and the name in them."""

from __future__ import annotations

import re

from danvan.nlp.extractors.officials.lexicon import (
    HONORIFIC_WORDS,
    HONORIFICS,
    LATIN_ORG_WORDS,
    LATIN_TITLE_WORDS,
    ORG_PAIRS,
    ORG_WORDS,
    POSITION_FIRST_WORDS,
    POSITION_RE,
    SENTENCE_STARTS,
    is_district_only,
    is_place,
    opens_org,
)
from danvan.nlp.extractors.officials.titles import strip_former
from danvan.nlp.extractors.registry import doc_text, token_starts, token_texts
from danvan.nlp.names import SURNAMES, VN_SYLLABLE_SHAPE, is_capitalized
from danvan.nlp.wordlists import load_words, word_set
from spacy.tokens import Doc

Run = tuple[int, int, list[str]]

_VN_SYLLABLE = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]{0,6}$")
# a foreign name's word; initials count, glued to it or alone ("V.Putin", "John F. Kelly")
_INITIALED = re.compile(r"^(?:[A-Z]\.)+(?:[A-Z][a-z]+)?$")
# a name's last word glued by a hyphen to the lowercase word after it ("Hà Văn Tiên-nguyên Trưởng phòng")
_GLUED_HYPHEN = re.compile(r"^([A-ZÀ-ỸĐ][^\W\d_]*)-[a-zà-ỹđ]")
# lowercase words of foreign names ("Mohammed bin Salman", "Bashar al-Assad", "Ursula von der Leyen")
# a Korean given name, hyphenated: after it "Park" is a family name, not a park ("Park Geun-hye")
_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_KOREAN_FAMILY = re.compile(r"^[A-Z][a-z]{1,4}$")
_PARTICLES = r"al|el|bin|ibn|von|van|der|de|la|le|du|da|di|dos"
NAME_PARTICLE = re.compile(rf"^(?:{_PARTICLES})$|^(?:al|el)-[A-Z][a-z]+$")
_BARE_PARTICLE = re.compile(rf"^(?:{_PARTICLES})$")  # never the last word of a name
# a monarch's or pope's number after a foreign given name ("Elizabeth II", "Felipe VI")
REGNAL = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|X{1,2}I{0,3}|XI?V)$")
# a foreign name written in Vietnamese syllables joined by hyphens ("Vla-đi-mia Pu-tin", "Đô-nan Trăm")
_CUT_WORD = re.compile(r"\s?[-–]\s?[a-zà-ỹđ]")
_TRANSLIT = re.compile(r"^[A-ZÀ-ỸĐ][a-zà-ỹđ]*(?:-[a-zà-ỹđ]+)+$")
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
# a degree glued by its dot to the name after it: "TS.Trần Văn A", "PGS.TS.Lê Thị B"
_GLUED_DEGREE = re.compile(
    rf"^(?:(?:{'|'.join(load_words('officials_degrees.txt'))})\.)+(?=[{_UPPER}][^\W\d_])"
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # initials alone ("H.R."): a name's word, never a name
_LATIN_NAME = re.compile(r"^(?:[A-Z]\.)*[A-Z][^\W\d_]*[a-z][^\W\d_]*(?:-[^\W\d_]+)?$|^(?:[A-Z]\.)+$")


def not_name_syllables() -> frozenset[str]:
    return word_set("officials_not_name_syllables.txt")


def name_runs(doc: Doc) -> list[Run]:
    """Runs of capitalised underthesea tokens: (start_char, end_char, token texts)."""
    text = doc_text(doc)
    runs: list[Run] = []
    current: list[tuple[int, str]] = []

    def flush() -> None:
        while current and _BARE_PARTICLE.match(current[-1][1].split(" ")[-1]):
            start, part = current.pop()
            if " " in part:
                current.append((start, part.rsplit(" ", 1)[0]))
        if current:
            runs.append((current[0][0], current[-1][0] + len(current[-1][1]), [t for _, t in current]))
            current.clear()

    for idx, tok_text in zip(token_starts(doc), token_texts(doc), strict=True):
        if REGNAL.match(tok_text) and _after_foreign_word(current, text, idx):
            current.append((idx, tok_text))  # "Nữ hoàng Elizabeth II": the number ends the name
            flush()
            continue
        glued_to = _capitalised_tail(tok_text)
        if glued_to:  # "ủy Hồ Xuân Trăng": a lowercase word glued by the tokenizer before a name
            flush()
            idx += glued_to
            tok_text = tok_text[glued_to:]
        if not tok_text[:1].isupper():  # a token opening with a capital letter is never punctuation
            if not current:
                continue
            if NAME_PARTICLE.match(tok_text) and _continues_foreign(current, text, idx):
                current.append((idx, tok_text))  # "Bashar al-Assad", "Ursula von der Leyen"
                continue
            flush()
            continue
        glued_title = (
            POSITION_RE.match(tok_text)
            if " " in tok_text and tok_text.split(" ", 1)[0].casefold() in POSITION_FIRST_WORDS
            else None
        )
        if glued_title and tok_text[glued_title.end() + 1 : glued_title.end() + 2].isupper():
            # "Quốc vương Salman" as one token: the title is no part of the run
            flush()
            idx += glued_title.end() + 1
            tok_text = tok_text[glued_title.end() + 1 :]
        degree = _GLUED_DEGREE.match(tok_text)
        if degree:  # "TS.Trần Hữu Minh": the degree is no part of the name
            flush()
            idx += degree.end()
            tok_text = tok_text[degree.end() :]
        words = tok_text.split(" ")
        lead = 0
        while lead < len(words) - 1 and (words[lead] in HONORIFIC_WORDS or _is_acronym(words[lead])):
            lead += 1  # "Ông Trần Văn A", "VKSNDTC Lại": an honorific or an acronym glued to the name
        caps = lead
        while caps < len(words) and _name_word(words, caps, lead, text, idx):
            caps += 1
        offset = len(" ".join(words[:lead])) + (1 if lead else 0)
        start = idx + offset
        at = idx + len(" ".join(words[:caps])) + (1 if caps else 0)
        glued = _glued_title(words[caps], text, at) if caps < len(words) else None
        if glued:
            part = " ".join([*words[lead:caps], glued.group(1)])
            if lead or not (current and text[current[-1][0] + len(current[-1][1]) : start] == " "):
                flush()
            current.append((start, part))
            flush()
            continue
        part = " ".join(words[lead:caps])
        if caps == lead:
            flush()
            continue
        if caps < len(words):
            # "Trần Quốc Trung thăm": a verb glued to the name; "Lãnh đạo" alone is no name, but
            # "Vladimir" + "Putin dự" ends the run with a foreign word ("Dũng" + "Thủ tướng" does not)
            adjacent = bool(current) and text[current[-1][0] + len(current[-1][1]) : start] == " "
            continues = (
                not lead
                and caps == 1
                and adjacent
                and (
                    not VN_SYLLABLE_SHAPE.match(part)
                    or _third_syllable(current, part, text, start)
                    or _foreign_last_word(current, part, text, start)
                )
            ) or (not lead and adjacent and _after_lone_family_name(current, part))
            if continues:
                current.append((start, part))
            flush()
            if caps - lead >= 2 and not continues:
                runs.append((start, start + len(part), [part]))
            continue
        if lead or not (current and text[current[-1][0] + len(current[-1][1]) : start] == " "):
            flush()
        current.append((start, part))
    flush()
    cut = (_org_cut(_drop_glued_words(run, text), text) for run in runs)
    return [run for run in cut if run[2]]


def _capitalised_tail(token: str) -> int:
    """Where the capitalised words that end a token after a lowercase word start ("ủy Hồ Xuân Trăng": 3,
    "Hòa thượng Thích Bảo Nghiêm": 11), when there are two or more of them and the first is a family name;
    0 otherwise."""
    if " " not in token or not token.rsplit(" ", 1)[1][:1].isupper():
        return 0  # (most tokens: one word, or ending with a lowercase one)
    words = token.split(" ")
    last_lower = max((i for i, w in enumerate(words) if not w[:1].isupper()), default=-1)
    tail = words[last_lower + 1 :]
    if last_lower < 0 or len(tail) < 2 or tail[0] not in SURNAMES:
        return 0
    return len(" ".join(words[: last_lower + 1])) + 1


def _org_cut(run: Run, text: str) -> Run:
    """ "Bí thư Đoàn Trường Đại học X": the run ends before the word that opens an organisation's name
    with the words after it; a run left with no word is none."""
    start, end, tokens = run
    words = " ".join(tokens).split(" ")
    after = text[end : end + 40].split()
    cut = next((i for i in range(1, len(words)) if opens_org([*words[i:], *after])), None)
    if cut is None:
        return run
    end = start + len(" ".join(words[:cut]))
    kept, count = [], 0
    for token in tokens:
        parts = token.split(" ")
        if count + len(parts) <= cut:
            kept.append(token)
        elif count < cut:
            kept.append(" ".join(parts[: cut - count]))
        count += len(parts)
    return start, end, kept


def _name_word(words: list[str], i: int, lead: int, text: str, token_start: int) -> bool:
    """Is the token's i-th word still part of a name: capitalised, or a particle after a foreign word?"""
    word = words[i]
    if i > lead and REGNAL.match(word):  # "Felipe VI" in one token
        return bool(_LATIN_NAME.match(words[i - 1])) and not VN_SYLLABLE_SHAPE.match(words[i - 1])
    if (is_capitalized(word) or _INITIALS.fullmatch(word)) and _is_word(word):  # "H.R. McMaster"
        return not _glued_title(word, text, token_start + len(" ".join(words[:i])) + (1 if i else 0))
    return i > lead and bool(NAME_PARTICLE.match(word)) and not VN_SYLLABLE_SHAPE.match(words[i - 1])


def _third_syllable(current: list[tuple[int, str]], part: str, text: str, at: int) -> bool:
    """ "Đoàn Mạnh" + "Giao nhận": the tokenizer glued a name's last syllable to the next word. Only a
    listed family name and one more syllable before it, and no title or organisation word starting there
    ("Nguyễn Tấn Dũng" + "Thủ tướng" is no four-word name)."""
    words = " ".join(p for _, p in current).split(" ")
    return (
        len(words) == 2
        and words[0] in SURNAMES
        and part not in not_name_syllables()
        and part not in ORG_WORDS
        and part not in SENTENCE_STARTS
        and not POSITION_RE.match(text, at)
    )


def _after_lone_family_name(current: list[tuple[int, str]], part: str) -> bool:
    """ "Uông" + "Chu Lưu dự": a family name the tokenizer left alone (no organisation's word: "Đoàn" +
    "Thanh niên"), then the rest of the name, two Vietnamese syllables glued to the next word, none an
    organisation's word."""
    words = part.split(" ")
    return (
        len(current) == 1
        and current[-1][1] in SURNAMES
        and current[-1][1] not in ORG_WORDS
        and len(words) == 2
        and all(VN_SYLLABLE_SHAPE.match(w) for w in words)
        and not any(w in not_name_syllables() or w in ORG_WORDS or w in SENTENCE_STARTS for w in words)
    )


def _foreign_last_word(current: list[tuple[int, str]], part: str, text: str, at: int) -> bool:
    """ "Jim Yong" + "Kim chính thức": after two words of a foreign name, one of them no Vietnamese
    syllable, a Vietnamese-shaped word the tokenizer glued to the next one still ends the name; not one
    that opens a sentence, a title, a body's or a place's name."""
    words = " ".join(p for _, p in current).split(" ")
    place = next((n for n in (3, 2, 1) if len(words) > n and is_place(" ".join(words[:n]))), 0)
    words = words[place:]  # "Triều Tiên Kim Jong" + "Un vẫy": the country before the name is no part of it
    return (
        2 <= len(words) <= 3
        and all(w.isascii() and _LATIN_NAME.match(w) for w in words)
        and any(not VN_SYLLABLE_SHAPE.match(w) for w in words)
        and part.isascii()
        and part not in not_name_syllables()
        and part not in ORG_WORDS
        and part not in SENTENCE_STARTS
        and not is_place(part)
        and not POSITION_RE.match(text, at)
    )


def _after_foreign_word(current: list[tuple[int, str]], text: str, at: int) -> bool:
    """Does the run so far end, one space before `at`, with a foreign (Latin, not Vietnamese) word?"""
    if not current or text[current[-1][0] + len(current[-1][1]) : at] != " ":
        return False
    last = current[-1][1].split(" ")[-1]
    return bool(_LATIN_NAME.match(last)) and not VN_SYLLABLE_SHAPE.match(last) and not REGNAL.match(last)


def _continues_foreign(current: list[tuple[int, str]], text: str, at: int) -> bool:
    if not current or text[current[-1][0] + len(current[-1][1]) : at] != " ":
        return False
    last = current[-1][1].split(" ")[-1]
    return bool(NAME_PARTICLE.match(last)) or not VN_SYLLABLE_SHAPE.match(last)


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and word.isalpha()


def _glued_title(word: str, text: str, at: int) -> re.Match[str] | None:
    """ "Tiên-nguyên Trưởng phòng": a name's last word glued by a hyphen to the title after it (but "Moon
    Jae-in" is one name). `at` is the word's offset in `text`."""
    glued = _GLUED_HYPHEN.match(word)
    if glued is None:
        return None
    after = at + len(glued.group(1)) + 1
    return glued if POSITION_RE.match(strip_former(text[after : after + 80])) else None


def _is_word(word: str) -> bool:
    return word.replace("-", "").isalpha() or bool(_INITIALED.match(word))


_TIME_OF_DAY = frozenset({"Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Ngày", "Hôm"})
_TIME_NEXT = re.compile(r"^\s+(?:\d|nay|qua|mai|cùng|sớm|muộn|hôm|ngày|tối|mùng|mồng)")


def _glued_start(word: str, after: str) -> bool:
    """Is `word`, last in a run, the first word of the next sentence? "Sáng" is also a given name, so a
    time-of-day word counts only when a date or "nay"/"qua" follows it."""
    if word not in SENTENCE_STARTS:
        return False
    if word in _TIME_OF_DAY:
        return bool(_TIME_NEXT.match(after))
    # a bracket or a dash after it opens the name's apposition ("Hoàng Huy Được (Ba Vì)"), no sentence
    return not re.match(r"^\s*[,.;:()!?\-–]", after) and after.strip() != ""


_FORMER_WORDS = frozenset({"Tân", "Cựu", "Nguyên", "Quyền"})


def _opens_title(words: list[str], text: str, end: int) -> bool:
    """Is the last of `words` (a run ending at `end`) the start of the next person's title: "Tân" before
    "Tổng thống" ("Moon Jae-in Tân Tổng thống ..."), or a position's first word cut off from the rest?
    "Tân" and "Nguyên" are also Vietnamese given names: cut only after a foreign or a four-word name."""
    word, rest = words[-1], words[:-1]
    if word in _FORMER_WORDS and POSITION_RE.match(text, end + 1):
        return len(rest) >= 4 or not all(VN_SYLLABLE_SHAPE.match(w) for w in rest)
    opens = POSITION_RE.match(text, end - len(word)) if word.casefold() in POSITION_FIRST_WORDS else None
    return opens is not None and opens.end() > end


def _drop_glued_words(run: Run, text: str) -> Run:
    """Cut a next sentence's first word glued to a caption's name ("... Kim Tiến Chiều 14.6"), the start of
    the next title ("Moon Jae-in Tân Tổng thống") and an honorific at a sentence start ("Ông Nguyễn Văn
    Minh")."""
    start, end, tokens = run
    while (
        tokens
        and len(" ".join(tokens).split()) > 2
        and (
            _glued_start(tokens[-1].split(" ")[-1], text[end : end + 20])
            or _opens_title(" ".join(tokens).split(" "), text, end)
        )
    ):
        last = tokens[-1].rsplit(" ", 1)
        end -= len(last[-1]) + 1
        tokens = tokens[:-1] + ([last[0]] if len(last) > 1 else [])
    words = " ".join(tokens).split(" ")
    if len(words) > 2 and words[0] in HONORIFIC_WORDS:
        first = tokens[0].split(" ", 1)
        tokens = ([first[1]] if len(first) > 1 else []) + tokens[1:]
        start += len(words[0]) + 1
    return start, end, tokens


def _starts_with_place(tokens: list[str]) -> bool:
    """ "Châu Âu Charles Michel": a family name that opens a place's name; "Đoàn Gia Lai": an organisation
    word that is also a family name, before a place (a province's delegation)."""
    words = " ".join(tokens).split(" ")
    # (a name of two words at least after the place: "Vũ Quang Hải" is a person, not the district Vũ Quang)
    if any(is_place(" ".join(words[:n])) for n in (2, 3) if len(words) - n >= 2):
        return True
    return words[0] in ORG_WORDS and any(
        is_place(" ".join(words[1 : n + 1])) for n in (1, 2, 3) if len(words) > n
    )


_BODY_WORD_AFTER = re.compile(
    r"(?<![\wà-ỹđ])(?:"
    + "|".join(re.escape(w) for w in load_words("officials_body_word_after.txt"))
    + r")\s+$"
)


def body_word_dropped(text: str, run_start: int, tokens: list[str]) -> tuple[int, list[str]]:
    """ "Trung ương Đoàn Lê Văn A": an organisation word opening the run right after "Trung ương" is the
    body's, not a family name; the run without it (no token left when it was the run's only word)."""
    first = tokens[0].split(" ", 1)
    if first[0] not in ORG_WORDS or not _BODY_WORD_AFTER.search(text, max(0, run_start - 20), run_start):
        return run_start, tokens
    return run_start + len(first[0]) + 1, ([first[1]] if len(first) > 1 else []) + tokens[1:]


def _place_then_family_name(words: list[str], n: int) -> bool:
    """Do `words` open with a place of `n` words, then a family name that is no part of a longer place
    ("Thái Bình" + "Dương" is the Pacific, "Thái Bình Dương")?"""
    return (
        words[n] in SURNAMES
        and is_place(" ".join(words[:n]))
        and not is_place(" ".join(words[: n + 1]))
        and not is_place(" ".join(words[: n + 2]))
    )


def place_split_off(tokens: list[str]) -> list[str]:
    """The run's tokens with a place the tokenizer glued to a family name cut off it ("Tân Yên Dương" +
    "Đức Thảo" -> "Tân Yên", "Dương", "Đức Thảo"); joined with spaces they are the same text."""
    out = []
    for token in tokens:
        words = token.split(" ")
        cut = next((n for n in (3, 2) if len(words) > n and _place_then_family_name(words, n)), 0)
        out.extend([" ".join(words[:cut]), " ".join(words[cut:])] if cut else [token])
    return out


def person_in_run(tokens: list[str]) -> tuple[int, str] | None:
    """Index of the token where a name with a listed family name starts, and the name."""
    stop = not_name_syllables()
    best = None
    for i in range(len(tokens) - 1, -1, -1):
        first = tokens[i].split(" ")[0]
        if first in SURNAMES and not is_place(tokens[i]) and not _starts_with_place(tokens[i:]):
            words = [w for t in tokens[i:] for w in t.split(" ")]
            # an organisation's word inside ("Lê Ban Tổ chức"); one that opens a body's name, last in a name
            # of three words or more, is a given name ("Vũ Văn Viện cho hay"): no body's name follows it
            vietnamese = all(map(VN_SYLLABLE_SHAPE.match, words))
            last_given = len(words) >= 3 and words[-1] in ORG_WORDS and vietnamese
            if any(w in stop for w in words[1:-1]) or (words[-1] in stop and not last_given):
                continue
            if 2 <= len(words) <= 5:
                best = i
            elif len(words) > 5:
                break
    if best is None:
        return None
    return best, " ".join(tokens[best:])


# words after which a capitalised run continues an organisation's or a district's name, not a person's
_ORG_END = re.compile(
    r"(?:(?:[Hh]uyện|[Qq]uận|[Tt]hị|[Đđ]ảng|[Xx]ã|[Tt]ỉnh|[Tt]hành) ủy|"
    # a school's name goes on after the lowercase words of its kind ("trường Tiểu học đô thị Sài Đồng")
    r"(?:[Tt]rường|[Tt]iểu học|[Mm]ầm non|THCS|THPT)(?:\s+[a-zà-ỹđ]+){1,4}|"
    r"huyện|tỉnh|xã|quận|phường|thị trấn|thị xã|thành phố|"
    r"TP\.?|thôn|ấp|bản|làng|xóm|khu phố|khu|khối|cơ quan|hội|sở|ban|"
    r"[Cc]ty|[Cc]ông ty|[Tt]rường|học|viện|máy|đèn|"
    r"[Ll]iên minh|[Tt]ập đoàn|[Nn]gân hàng|doanh nghiệp)\s+$"
)


# "Chủ tịch HĐQT Vinaconex", "Tổng thư ký Liên đoàn Arab": one word after them is the body's name
_BODY_NAME_BEFORE = re.compile(
    r"(?<![\wà-ỹđ])(?:"
    + "|".join(
        re.escape(w) for w in sorted(load_words("officials_body_name_before.txt"), key=len, reverse=True)
    )
    + r")\s+$",
    re.IGNORECASE,
)
_REGION_BEFORE = re.compile(r"(?:vùng|bang|thủ đô|khu vực|đảo|hạt|miền|châu)\s+$")


def _after_proper_word(before: str) -> bool:
    """True when a capitalised word that is no place ends right before: the run continues a proper name
    the tokenizer split ("Huyện ủy Tu Mơ Rông")."""
    words = before.split()
    if not words or not words[-1][:1].isupper() or before[-1:] != " ":
        return False
    # (up to 5 words: a place written across a dash, "Bà Rịa - Vũng Tàu")
    return not any(is_place(" ".join(words[-n:])) for n in range(1, 6) if len(words) >= n)


def _is_org_word(words: list[str], i: int) -> bool:
    word = words[i]
    if word in ORG_WORDS:
        return True
    return i + 1 < len(words) and words[i + 1].casefold() in ORG_PAIRS.get(word, ())


def _split_tail(words: list[str]) -> tuple[int, int, str]:
    """(start, end, what precedes) of the candidate name in a run: the words after the last place,
    organisation word, acronym or honorific, before trailing place names ("Joe Biden Mỹ")."""
    stop = not_name_syllables()
    end = len(words)
    if end > 1 and REGNAL.match(words[-1]):
        start, _, kind = _split_tail(words[:-1])  # "Elizabeth II": the number ends the name
        return start, end, kind
    while end > 0:
        n = next((n for n in (3, 2, 1) if end - n >= 0 and is_place(" ".join(words[end - n : end]))), 0)
        if not n:
            break
        end -= n
    start = end
    while start > 0:
        word = words[start - 1]
        before = (" ".join(words[start - n : start]) for n in (3, 2, 1) if start - n >= 0)
        if any(is_place(w) and (end - start >= 2 or not is_district_only(w)) for w in before):
            return start, end, "place"
        if word in HONORIFIC_WORDS:
            return start, end, "honorific"
        if word in LATIN_TITLE_WORDS and start < end:
            return start, end, "title"  # "Whip Dick Durbin": an English office word is no name
        if word in SENTENCE_STARTS:
            return start, end, "sentence"
        if _is_org_word(words, start - 1) or word in stop or _is_acronym(word):
            return start, end, "organisation"
        start -= 1
    return start, end, ""


def _transliterated(names: list[str]) -> bool:
    """Two or more words, one at least of hyphen-joined syllables, the others one syllable each."""
    return (
        len(names) >= 2
        and any(_TRANSLIT.match(w) for w in names)
        and all(_TRANSLIT.match(w) or _VN_SYLLABLE.match(w) for w in names)
    )


def _unlisted_family_name(words: list[str], before: str) -> bool:
    """ "ông Khuất Việt Hùng", "ông Sái Công Hồng": right after an honorific, two to four Vietnamese syllables
    whose family name is not listed, a middle name that is also an organisation's word ("Việt", "Công")."""
    stop = not_name_syllables()
    return (
        2 <= len(words) <= 4
        and bool(HONORIFICS.search(before))
        and not _is_org_word(words, 0)
        and not _is_acronym(words[0])
        and not any(w in stop or w in SENTENCE_STARTS for w in words)
        and all(_VN_SYLLABLE.match(w) and VN_SYLLABLE_SHAPE.match(w) for w in words)
    )


def fallback_name(text: str, run_start: int, tokens: list[str], titled: str) -> tuple[int, str, bool] | None:
    """A name whose family name is not listed: a foreign name, or a Vietnamese one right after an honorific
    or next to a title (`titled`: "left", "right" or ""). Returns (char offset in the run, name, whether
    foreign) or None. A one-word foreign name needs its title before it ("Quốc vương Salman")."""
    words = " ".join(tokens).split(" ")
    if len(words) == 1 and VN_SYLLABLE_SHAPE.match(words[0]):
        return None  # one Vietnamese syllable is no name, and no foreign one
    lo, hi, before_kind = _split_tail(words)
    if hi - lo > 2 and _KOREAN_GIVEN.match(words[hi - 1]):
        lo = hi - 2  # a Korean name is a family name and a hyphenated given name: "Nhà Xanh Park Soo-hyun"
    elif hi - lo == 1 and lo and _KOREAN_GIVEN.match(words[lo]) and _KOREAN_FAMILY.match(words[lo - 1]):
        lo -= 1  # ... whose family name is also a word of places and bodies: "Nam Kyung-pil"
    if before_kind == "organisation" and _unlisted_family_name(
        words[:hi], text[max(0, run_start - 12) : run_start]
    ):
        lo, before_kind = 0, "honorific"
    names = words[lo:hi]
    # ("Sheikh Tamim bin Hamad Al Thani": a particle is no word of the five)
    if not names or len([w for w in names if not _BARE_PARTICLE.match(w)]) > 5:
        return None
    offset = len(" ".join(words[:lo])) + (1 if lo else 0)
    name = " ".join(names)
    regnal = len(names) > 1 and bool(REGNAL.match(names[-1]))  # "Elizabeth II", but "khóa X" is no name
    latin = all(
        _LATIN_NAME.match(w) or NAME_PARTICLE.match(w) for w in (names[:-1] if regnal else names)
    ) and not any(
        w in LATIN_ORG_WORDS and not (i + 1 < len(names) and _KOREAN_GIVEN.match(names[i + 1]))
        for i, w in enumerate(names)
    )
    foreign = latin and any(not VN_SYLLABLE_SHAPE.match(w) for w in names)
    run_end = run_start + len(" ".join(tokens))
    # one word followed by a name is a place ("Thống đốc vùng Kamchatka Vladimir Ilyukhin")
    place_word = (
        len(names) == 1 and text[run_end : run_end + 1] == " " and text[run_end + 1 : run_end + 2].isupper()
    )
    before = text[max(0, run_start - 40) : run_start]
    # (the regions are looked for only when a one-word name needs them)
    one_ok = (
        len(names) == 1
        and titled == "left"
        and before_kind != "organisation"  # "phát ngôn viên Nhà Trắngcho": a body's name glued to a word
        and not place_word
        and not (_ORG_END.search(before) or _REGION_BEFORE.search(before) or _BODY_NAME_BEFORE.search(before))
        and not _INITIALS.fullmatch(names[0])  # "Công ty dịch vụ công ích Q.12": a district's initial
    )
    if latin and (before_kind == "place" or foreign) and (len(names) >= 2 or one_ok):
        return offset, name, True
    if _transliterated(names) and not _CUT_WORD.match(text, run_end):  # (not cut inside a word: "Xê-út")
        return offset, name, True
    if not 2 <= len(names) <= 4 or not all(
        _VN_SYLLABLE.match(w) and VN_SYLLABLE_SHAPE.match(w) for w in names
    ):
        return None
    honorific = HONORIFICS.search(before) or re.search(r"(?:[Đđ]ại biểu|ĐB|ĐBQH)\s*$", before)
    if before_kind == "honorific" or (not lo and honorific):
        return offset, name, False
    if titled and before_kind == "place":
        return offset, name, False
    if titled and not lo and not (_ORG_END.search(before) or _after_proper_word(before)):
        return offset, name, False
    return None
