"""Word lists of the officials extractor (data files in nlp/data), loaded and compiled once."""

from __future__ import annotations

import re

from danvan.nlp.gazetteer import surface_to_name
from danvan.nlp.wordlists import load_words, word_set

# (a successor is a position too, kept only beside the official succeeded: successors.py)
POSITIONS = load_words("officials_positions.txt") + load_words("officials_successor_titles.txt")


def _state_roles() -> str:
    """ "luật sư(?= Bộ|...)": each role of officials_state_roles.txt, an office only before a state body."""
    alts = []
    for line in load_words("officials_state_roles.txt"):
        role, bodies = line.split("\t")
        heads = "|".join(re.escape(b) for b in sorted(bodies.split("|"), key=len, reverse=True))
        alts.append(
            rf"(?-i:{re.escape(role)}|{re.escape(role.capitalize())})(?=\s+(?-i:{heads})(?![\wà-ỹđ]))"
        )
    return "|".join(alts)


def _country_roles() -> str:
    """ "lãnh đạo(?= Cuba|...)": each role of officials_country_roles.txt, an office only before a foreign
    country's name; not before a Vietnamese place that opens with one ("lãnh đạo Lào Cai")."""
    places = surface_to_name()
    alts = []
    for country in sorted(word_set("countries.txt"), key=len, reverse=True):
        guards = "".join(
            rf"(?!\s+{re.escape(p[len(country) + 1 :])}(?![\wà-ỹđ]))"
            for p in places
            if p.startswith(f"{country} ")
        )
        alts.append(rf"{re.escape(country)}(?![\wà-ỹđ]){guards}")
    roles = "|".join(
        f"{re.escape(r)}|{re.escape(r.capitalize())}" for r in load_words("officials_country_roles.txt")
    )
    return rf"(?-i:{roles})(?=\s+(?-i:{'|'.join(alts)}))"


POSITION_RE = re.compile(
    r"(?<![\wà-ỹđ])(?:phó\s+)?(?:"  # any position has its deputy ("Phó Hạt trưởng")
    + "|".join(re.escape(p) for p in sorted(POSITIONS, key=len, reverse=True))
    # "cán bộ" is a position only before the body's name ("cán bộ VKSND"), not in "cán bộ về hưu"
    + r"|(?-i:[Cc]án bộ|[Pp]hụ trách)(?=\s+(?-i:[A-ZĐỦ]))"  # "phụ trách Trung tâm ...", a body's head
    + r"|"
    + _state_roles()  # "luật sư Bộ Tư pháp": a role that is an office only in a state body
    + r"|"
    + _country_roles()  # "lãnh đạo Cuba X": a role that is an office only before a foreign country
    # a queen before her country or name (or at the end of a title's window, right before the name), not
    # "nữ hoàng phòng vé" (a star), nor a beauty queen
    + r"|(?-i:[Nn]ữ hoàng)(?=\s+(?-i:[A-ZÀ-ỸĐ])(?!ắc đẹp)|\s*$)"
    + r"|(?-i:"  # "dân biểu Tim Ryan": a role that is a position only before a capitalised word
    + "|".join(
        f"{re.escape(r)}|{re.escape(r.capitalize())}" for r in load_words("officials_capital_roles.txt")
    )
    + r")(?=\s+(?-i:[A-ZÀ-ỸĐ])|\s*$)"  # (or at the end of a title's window, right before the name)
    + r"|(?-i:Tướng)"  # a general, capitalised: not a rank's end ("Chuẩn tướng"), not "tướng sĩ"
    # a civil servant's rank, also only before the body's name ("chuyên viên chính Vụ Pháp luật")
    + r"|(?-i:[Cc]huyên viên(?:\s+chính|\s+cao cấp)?)(?=\s+(?-i:[A-ZĐỦ]))"
    # ... or before its field and a commune's or district's name ("cán bộ địa chính xã", "cán bộ kinh tế
    # phường", "cán bộ văn hóa – xã hội phường"), not in "cán bộ và nhân dân xã"
    + r"|(?-i:[Cc]án bộ\s+(?!(?:và|cùng|của|ở|tại|về|hưu|trong|các|những|nhân|thuộc|đang)\s)"
    + r"[a-zà-ỹđ]+(?:(?:\s+[-–])?\s+[a-zà-ỹđ]+){0,3}(?=\s+(?:xã|phường|thị trấn|huyện|quận)(?![\wà-ỹđ])))"
    + r")(?![\wà-ỹđ])",
    re.IGNORECASE,
)
# a country role right before a run that opens with the country: "lãnh đạo" + "Cuba Fidel Castro"
COUNTRY_ROLE_BEFORE = re.compile(
    r"(?<![\wà-ỹđ])(?-i:"
    + "|".join(
        f"{re.escape(r)}|{re.escape(r.capitalize())}" for r in load_words("officials_country_roles.txt")
    )
    + r")\s+$"
)
# the first word of every position (a cheap test before POSITION_RE on a token)
POSITION_FIRST_WORDS = (
    frozenset(p.split()[0].casefold() for p in POSITIONS)
    | {
        "phó",
        "cán",
        "phụ",
        "chuyên",
        "tướng",
        "nữ",
    }
    | {r.split()[0].casefold() for r in load_words("officials_country_roles.txt")}
    | {r.split()[0].casefold() for r in load_words("officials_capital_roles.txt")}
)
TITLE_WORDS = frozenset(w.casefold() for w in load_words("officials_title_words.txt"))
CLAUSE_WORDS = frozenset(w.casefold() for w in load_words("officials_clause_words.txt"))
_ORG_ENTRIES = load_words("officials_org_words.txt")
ORG_WORDS = frozenset(w for w in _ORG_ENTRIES if " " not in w)
# first word -> the next words that make it an organisation word ("Tập" only in "Tập đoàn")
ORG_PAIRS: dict[str, frozenset[str]] = {
    first: frozenset(e.split(" ", 1)[1].casefold() for e in _ORG_ENTRIES if e.split(" ", 1)[0] == first)
    for first in {e.split(" ", 1)[0] for e in _ORG_ENTRIES if " " in e}
}
SENTENCE_STARTS = word_set("officials_sentence_starts.txt")
COUNTRIES = word_set("countries.txt")
LATIN_ORG_WORDS = word_set("officials_latin_org_words.txt")
LATIN_TITLE_WORDS = word_set("officials_latin_title_words.txt")
HONORIFIC_WORDS = word_set("officials_honorifics.txt")
BUSINESS_WORDS = frozenset(w.casefold() for w in load_words("officials_business_titles.txt"))
PRIVATE_COMPANY_WORDS = frozenset(w.casefold() for w in load_words("officials_private_companies.txt"))
ORG_HEADS = frozenset(w.casefold() for w in load_words("officials_org_heads.txt"))

_ORG_OPENINGS = tuple(tuple(e.split(" ")) for e in load_words("officials_org_openings.txt"))


def opens_org(words: list[str]) -> bool:
    """Do `words` start with an organisation's opening words ("Trường Đại học", "Bệnh viện")?"""
    return any(tuple(words[: len(o)]) == o for o in _ORG_OPENINGS)


# honorifics written before a name in running text
HONORIFICS = re.compile(r"(?:^|\s)(?:ông|bà|Ông|Bà|đồng chí|Đồng chí|đ/c|Đ/c|ngài|Ngài)\s*$")


def is_place(words: str) -> bool:
    """A country, an international body, a Vietnamese province (or a former one), district or region, or a
    world city, as written."""
    return (
        words in COUNTRIES
        or words in surface_to_name()
        or words in word_set("world_cities.txt")
        or words in word_set("former_provinces.txt")
        or words in word_set("vn_districts.txt")
    )


def is_district_only(words: str) -> bool:
    """A Vietnamese district's name that is no other place: also the opening of people's names ("Vũ Quang
    Hải", "Đồng Văn Tự"), so a place only when a name of two words at least follows it."""
    return words in word_set("vn_districts.txt") and not (
        words in COUNTRIES or words in surface_to_name() or words in word_set("world_cities.txt")
    )
