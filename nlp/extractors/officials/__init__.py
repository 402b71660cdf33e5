"""Officials extractor: people named with a position, in the shapes Vietnamese news writes them."""

from __future__ import annotations

import re

from danvan.nlp.extractors.officials.business import (
    honorary,
    is_business,
    of_private_group,
    private_company,
    private_groups,
)
from danvan.nlp.extractors.officials.capitals import capitals_names
from danvan.nlp.extractors.officials.chains import chain_gap, place_after
from danvan.nlp.extractors.officials.edges import (
    after_place_preposition,
    foreign_after_place,
    place_words_across_dash,
)
from danvan.nlp.extractors.officials.lexicon import (
    COUNTRIES,
    COUNTRY_ROLE_BEFORE,
    HONORIFICS,
    ORG_HEADS,
    POSITION_RE,
    is_place,
)
from danvan.nlp.extractors.officials.lists import personnel_lists
from danvan.nlp.extractors.officials.merging import Person, merge_short_forms, name_short_forms, province_of
from danvan.nlp.extractors.officials.names import (
    NAME_PARTICLE,
    body_word_dropped,
    fallback_name,
    name_runs,
    person_in_run,
    place_split_off,
)
from danvan.nlp.extractors.officials.successors import (
    plural_successors,
    succeeds_no_official,
    successor_title,
)
from danvan.nlp.extractors.officials.titles import left_title, right_title, strip_former
from danvan.nlp.extractors.officials.units import unit_before, unit_place
from danvan.nlp.extractors.registry import doc_context, doc_text, register
from danvan.nlp.names import VN_SYLLABLE_SHAPE
from danvan.nlp.record import OfficialFact
from danvan.nlp.wordlists import word_set
from spacy.tokens import Doc

_ADMIN_BEFORE = re.compile(  # a whole word: "khẩn cấp" holds no "ấp", "văn bản" no "bản"
    r"(?<![\wà-ỹđ])(?:huyện|xã|phường|quận|thị xã|thị trấn|ấp|thôn|bản|tỉnh|đường|phố|Huyện|Xã|Phường|Quận"
    r"|TP|TX|THPT|THCS|PTTH|PTCS|[Tt]iểu học)\s+$"  # schools named after historical people ("THPT Lê Lợi")
)
# a school's name is its namesake's whole name, however many words ("Trường Tiểu học Nguyễn Khả Trạc")
_SCHOOL_BEFORE = re.compile(r"(?<![\wà-ỹđ])(?:THPT|THCS|PTTH|PTCS|[Tt]iểu học|[Mm]ầm non)\s+$")
# a hospital's name after its word ("Bệnh viện Bạch Mai", two words at most: "Giám đốc Bệnh viện Trần Văn
# A" is a person), an airport's, a border gate's or a port's whatever its length ("Sân bay Tân Sơn Nhất")
_HOSPITAL_BEFORE = re.compile(r"(?<![\wà-ỹđ])(?:[Bb]ệnh viện|BV)\s+$")
_PORT_BEFORE = re.compile(r"(?<![\wà-ỹđ])(?:[Ss]ân bay(?: quốc tế)?|[Cc]ửa khẩu(?: quốc tế)?|[Cc]ảng)\s+$")
_PHOTO_CREDIT = re.compile(r"(?:Ảnh|ảnh|Nguồn|Video|Clip|Bài và ảnh|Bài, ảnh)\s*:?\s*$")
_WEAK_TITLE = re.compile(r"(?i)cán bộ\b")
_SHORT_REF = re.compile(r"(?:ông|bà|Ông|Bà|đồng chí|Đồng chí)\s+([A-ZÀ-ỸĐ][a-zà-ỹđ]+)(?![\wà-ỹđ])")


# titles after which one word is the body's or the place's name, not a person's ("Lãnh đạo phe đối lập")
_OF_A_BODY = re.compile(r"(?i)(?:phát ngôn viên|người phát ngôn|lãnh đạo)(?:\s+[a-zà-ỹđ]+)*$")
_PLURAL = re.compile(r"(?:^|\s)(?:các|những|hai|ba|nhiều|Các|Những|Hai|Ba|Nhiều)\s+$")


def _plural_leaders(text: str, left: str, run_start: int) -> bool:
    """ "các nhà lãnh đạo Tổ chức Hiệp ước Bắc Đại Tây Dương": leaders of a body or of countries, not a
    title of the name after it."""
    if not left.casefold().startswith("nhà lãnh đạo"):
        return False
    at = text.rfind(left, 0, run_start)
    return at >= 0 and bool(_PLURAL.search(text[max(0, at - 12) : at]))


def _of_no_place(left: str, tokens: list[str]) -> bool:
    """A title ending in "của"/"thuộc" is the name's only when a place opens its run ("Đặc phái viên của Mỹ
    A"), not "thư ký báo chí của Putin", "giám đốc của Barca"."""
    if not left.endswith((" của", " thuộc")):
        return False
    words = " ".join(tokens).split(" ")
    return not any(is_place(" ".join(words[:n])) for n in (1, 2, 3) if len(words) > n)


def _names_a_case(title: str) -> bool:
    """ "điều tra viên chuyên án X", "trinh sát băng X": the name after a case's or gang's noun is theirs."""
    words = title.split()
    return any(
        " ".join(words[-n:]) in word_set("officials_case_nouns.txt") for n in (1, 2) if len(words) >= n
    )


def _names_an_organisation(title: str) -> bool:
    """Does the title end with an organisation's head word, so that what follows is its name?"""
    words = title.casefold().split()
    return any(" ".join(words[-n:]) in ORG_HEADS for n in (1, 2, 3) if len(words) >= n)


def _read_past(title: str, name: str) -> bool:
    """Does `title` run on into the next person's title and `name` ("Chủ tịch Trung Quốc B, Tổng thống
    Nga C")? Only when a place ends the words before the name, or another title follows it; a capitalised
    organisation word read as a name ("Phó Giám đốc Khoa Kinh tế") leaves the title whole."""
    at = title.casefold().find(name)
    if at < 0:
        return False
    before = title[:at].split()
    after = title[at + len(name) :].lstrip()
    place = any(is_place(" ".join(before[-n:])) for n in (1, 2, 3) if len(before) >= n)
    return place or (after.startswith(",") and bool(POSITION_RE.match(after.lstrip(" ,"))))


# not in countries.txt, which lists foreign countries (a foreign country before a campaign's name matters)
_HOME_COUNTRY = frozenset({"Việt Nam", "Viet Nam", "VIỆT NAM"})

# titles that, alone before a name in Vietnamese syllables, are a historical figure's: kings and their
# children, and a bare "tướng" (today's Vietnamese generals are written with their rank, "Đại tướng");
# today's princes and princesses in the news are foreign ("Công chúa Sirindhorn")
_VAGUE_TITLES = ("người đồng cấp", "nhà lãnh đạo")

_MONARCH = frozenset(
    {
        "vua",
        "hoàng đế",
        "hoàng hậu",
        "thái hậu",
        "chúa",
        "công chúa",
        "hoàng tử",
        "tướng",
        "phó tướng",
        "nữ tướng",
    }
)


# a title read across another name still ends with the king's or princess's own ("vua Tự Đức- lăng vua",
# "hoàng tử ... bên cô công chúa")
_MONARCH_ENDS = (" vua", " hoàng đế", " chúa", " hoàng tử")


def _historical_monarch(person: Person) -> bool:
    """ "vua Mai Hắc Đế", "vua Quang Trung": a king titled only as such, his name in Vietnamese syllables,
    is a historical figure; living monarchs in the news are foreign ("Vua Salman", "Vua Philippe")."""
    return all(
        t.casefold() in _MONARCH or t.casefold().endswith(_MONARCH_ENDS) for t in person.titles
    ) and all(VN_SYLLABLE_SHAPE.match(w) for w in person.name.split(" "))


def _no_reigning_queen(person: Person) -> bool:
    """Titled only "Nữ hoàng": a star so called ("Nữ hoàng phòng vé", a Vietnamese name), or a queen of
    legend or history (one word, no number, no country: "Nữ hoàng Cleopatra"), not "Nữ hoàng Anh
    Elizabeth II"."""
    if not all(t.casefold().startswith("nữ hoàng") for t in person.titles):
        return False
    words = person.name.split(" ")
    if all(VN_SYLLABLE_SHAPE.match(w) for w in words):
        return True
    return len(words) == 1 and all(t.casefold() == "nữ hoàng" for t in person.titles)


def _drop_others_names(people: dict[str, Person]) -> None:
    """A title holding a person's name was read past its end: it is the next person's title."""
    names = [k for k in people if " " in k]
    for person in people.values():
        person.titles = [t for t in person.titles if not any(_read_past(t, n) for n in names)]


def _add(people: dict[str, Person], name: str, start: int, end: int, titles: list[str]) -> None:
    words = name.split(" ")
    if any(not w[:1].isupper() and not NAME_PARTICLE.match(w) for w in words):
        return  # "Trung ương Phạm Minh Chính": a lowercase word is no part of a name
    if name in word_set("sexagenary_years.txt"):
        return
    if is_place(name) or name in _HOME_COUNTRY:
        return  # "Bí thư khu Công nghệ cao Thái Nguyên", "Tổng giám đốc Tổng công ty Quản lý bay Việt Nam"
    key = name.casefold()
    titles = [t for t in titles if not honorary(strip_former(t))]  # "Đại sứ du lịch": no office
    if not titles:
        if key in people:
            people[key].mentions += 1
        return
    person = people.setdefault(key, Person(name=name, first=start, end=end))
    person.mentions += 1
    person.add_titles(titles)


def _names_a_place(text: str, start: int, token: str) -> bool:
    """Is the run's first token at `start` the name of the place or body whose word precedes it: "huyện
    Triệu Phong" (but "UBND tỉnh Trần Văn Lâu" is a person), "Trường THPT Lê Lợi", "Bệnh viện Bạch Mai",
    "Sân bay Tân Sơn Nhất"?"""
    short = len(token.split(" ")) <= 2
    admin = _ADMIN_BEFORE.search(text[max(0, start - 12) : start])
    if admin and (short or _SCHOOL_BEFORE.search(admin.group(0))):
        return True
    before = text[max(0, start - 20) : start]
    return bool(_PORT_BEFORE.search(before) or (short and _HOSPITAL_BEFORE.search(before)))


@register("officials")
def extract_officials(doc: Doc) -> list[tuple[int, int, OfficialFact]]:
    text = doc_text(doc)
    people: dict[str, Person] = {}
    groups = private_groups(text)  # non-governmental groups named in the text: their people are no officials
    listed = personnel_lists(text)
    for item in listed:
        if (
            _PHOTO_CREDIT.search(text[max(0, item.start - 12) : item.start])
            or is_business(text, item.end, item.title)
            or private_company(item.title)
        ):
            continue
        _add(people, item.name, item.start, item.end, [item.title])
    for start, end, name, title in capitals_names(text):
        _add(people, name, start, end, [title])
    untitled: dict[str, tuple[str, int, int]] = {}  # foreign full names written with no title
    successors: dict[str, list[int]] = {}  # where a name is titled a successor or a predecessor
    floor = 0
    chain: tuple[int, str] | None = None  # (end, left title) of the last name titled only before it
    for run_start, run_end, tokens in name_runs(doc):
        while tokens and _names_a_place(text, run_start, tokens[0]):
            run_start += len(tokens[0]) + 1
            tokens = tokens[1:]
        if not tokens:
            continue
        run_start, tokens = body_word_dropped(text, run_start, tokens)
        if not tokens:
            continue
        opens = POSITION_RE.match(text, run_start)
        if opens and opens.end() > run_end:
            continue  # "Chánh Văn phòng": the capitals open a title
        if opens and text[opens.end() : opens.end() + 1] == " ":
            # "Vua Philippe", "Tổng thống Trump" in one run: the title is not part of the name
            run_start = opens.end() + 1
            tokens = text[run_start:run_end].split(" ")
        dashed = place_words_across_dash(text, run_start, " ".join(tokens).split(" "))
        if dashed:  # "tỉnh Thừa Thiên - Huế Cái Vĩnh Tuấn": the place's end is no part of the name
            run_start += len(" ".join(" ".join(tokens).split(" ")[:dashed])) + 1
            tokens = text[run_start:run_end].split(" ")
        tokens = place_split_off(tokens)
        found = person_in_run(tokens)
        if found is not None and is_place(found[1]):
            found = None  # "Hà Lan", "Lâm Đồng": a place read as a family and a given name
        loosest = fallback_name(text, run_start, tokens, "left") if found is None else None
        if found is not None and not all(VN_SYLLABLE_SHAPE.match(w) for w in found[1].split(" ")):
            guess = fallback_name(text, run_start, tokens, "left")
            if foreign_after_place(found[1], guess):
                found, loosest = None, guess  # "Bộ Nông Lâm Lào Khămbunnắt Xaynhạnôm"
        if found is None and loosest and not loosest[0] and after_place_preposition(text, run_start):
            continue  # "tại Mộc Châu, Sơn La, Chủ tịch ...": an unlisted name right after "tại" is a place
        if found is None and loosest is None:
            continue  # no name here however it is titled: spare looking for the title
        left = left_title(text, run_start, floor)
        if left and (
            _plural_leaders(text, left, run_start)
            or plural_successors(text, left, run_start)
            or _of_no_place(left, tokens)
            or _names_a_case(left)
        ):
            left = None
        chained = (
            chain is not None
            and chain_gap(text[chain[0] : run_start])
            and len(" ".join(tokens).split(" ")) >= 2  # "Vicente Calderon và Barcelona": a name has 2 words
        )
        foreign = False
        if found is None:
            # "cán bộ" alone is too weak a title to make an unlisted family name a person's
            strong_left = left and not _WEAK_TITLE.match(left)
            titled = "left" if strong_left or chained else "right" if right_title(text, run_end) else ""
            guess = loosest if titled == "left" else fallback_name(text, run_start, tokens, titled)
            if guess is None:
                continue
            offset, name, foreign = guess
        else:
            index, name = found
            offset = len(" ".join(tokens[:index])) + (1 if index else 0)
        start = run_start + offset
        end = start + len(name)
        if left and " " not in name and _OF_A_BODY.search(left):
            continue  # "phát ngôn viên Facebook", "phát ngôn viên cảnh sát Nagoya": a body's or place's name
        if left and " " not in name and left.endswith(" vụ"):
            continue  # "nguyên Bộ trưởng Tài nguyên - Môi trường vụ Formosa": one word after "vụ" is a case
        if unit_before(text, start) and unit_place(name):
            continue  # "Phó giám đốc Xí nghiệp cấp nước Hà Tiên": the place ends the unit's name
        floor = end
        if _PHOTO_CREDIT.search(text[max(0, start - 12) : start]):
            continue
        prefix = text[run_start:start].strip()
        if left and not prefix and _names_an_organisation(left):
            # "hãng Apple Tim Cook": the first word names the company, a person may follow
            org, _, rest = name.partition(" ")
            if len(rest.split(" ")) < 2:
                continue
            name, start, left = rest, start + len(org) + 1, f"{left} {org}"
        if left and left.endswith((" của", " thuộc")) and not (prefix and is_place(prefix)):
            left = None  # "giám đốc của Barca", "cố vấn của Tổng thống A": only "của Mỹ A" titles A
        if left and prefix:
            left = f"{left} {prefix}".strip()
        elif left and left.endswith(" tại"):
            continue  # "Chủ tịch FED tại San Francisco": what follows "tại" is a place
        elif prefix and POSITION_RE.search(prefix):
            left = prefix
        elif prefix in COUNTRIES and (
            role := COUNTRY_ROLE_BEFORE.search(text, max(0, run_start - 20), run_start)
        ):
            left = (
                f"{role.group(0).strip()} {prefix}"  # "lãnh đạo" + "Cuba Fidel Castro": the country's leader
            )
        right = right_title(text, end)
        if (
            chained
            and chain
            and not left
            and not right
            and (text[end : end + 2].strip()[:1] != "(" or place_after(text, end))
        ):
            left = chain[1]
        chain = (end, left) if left and not right else None
        if foreign and not left and not right:
            if HONORIFICS.search(text[max(0, start - 12) : start]):  # "bà Hillary Clinton", titled elsewhere
                untitled.setdefault(name.casefold(), (name, start, end))
            continue
        # (a private company in a title, not anywhere after it: "A, Phó Chủ tịch tỉnh, kiện Công ty TNHH B")
        if (
            is_business(text, end, left)
            or private_company(left)
            or private_company(right)
            or of_private_group(text, end, left, groups)
        ):
            continue
        _add(people, name, start, end, [t for t in (left, right) if t])
        if left and successor_title(left):
            successors.setdefault(name.casefold(), []).append(start)

    byline = doc_context(doc).get("byline_title")
    author = doc_context(doc).get("author")
    if byline and author:
        key = author.casefold()
        person = people.get(key) or people.setdefault(key, Person(name=author.title()))
        person.add_titles([byline])

    for m in _SHORT_REF.finditer(text):
        given = m.group(1)
        for person in people.values():
            if person.name.split(" ")[-1] == given and person.titles:
                person.mentions += 1
                break

    for key, at in successors.items():
        if key in people and succeeds_no_official(text, people[key], at, people):
            people[key].titles = []  # "HLV A thay người tiền nhiệm B": no official beside B
    _drop_others_names(people)
    merge_short_forms(people)
    name_short_forms(people, untitled)
    out = []
    for person in people.values():
        if not person.titles or _historical_monarch(person) or _no_reigning_queen(person):
            continue
        # "người đồng cấp Nga" only says "the same office as the other one": any other title is better
        # ("nhà lãnh đạo" too is a description: "nhà lãnh đạo Đông Nam Á đầu tiên")
        title = max(person.titles, key=lambda t: (not t.casefold().startswith(_VAGUE_TITLES), len(t)))
        fact = OfficialFact(
            name=person.name,
            title=title,
            province=province_of(title),
            titles=person.titles,
            mentions=person.mentions,
        )
        out.append((person.first, person.end, fact))
    return sorted(out, key=lambda x: x[0])
