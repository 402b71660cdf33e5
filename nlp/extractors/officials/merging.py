"""People found by the officials extractor: one record per person, short forms merged into full names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from danvan.nlp.gazetteer import surface_pattern, surface_to_name
from danvan.nlp.names import VN_SYLLABLE_SHAPE


@dataclass(slots=True)
class Person:
    name: str
    titles: list[str] = field(default_factory=list)
    first: int = 0
    end: int = 0
    mentions: int = 0

    def add_titles(self, titles: list[str]) -> None:
        self.titles.extend(t for t in titles if t and t not in self.titles)


_KING = re.compile(r"(?i)(?:nhà\s+)?vua(?!\w)|quốc vương(?!\w)")


def _kingly(title: str) -> bool:
    return bool(_KING.match(title))


def _father_is_king(full: str, short: Person) -> bool:
    """Is the one-word `short` name the father's in `full` ("Mohammed bin Salman"), titled a king there?"""
    words = full.split(" ")
    return (
        " " not in short.name
        and any(w in ("bin", "ibn") and n == short.name for w, n in pairwise(words))
        and any(_kingly(t) for t in short.titles)
    )


def merge_short_forms(people: dict[str, Person]) -> None:
    """ "bà Kim Thoa" after "bà Hồ Thị Kim Thoa": the shorter name is the same person."""
    for key in list(people):
        person = people[key]
        words = key.split(" ")
        if len(words) > 2:
            continue
        full = next(
            (
                p
                for k, p in people.items()
                if k != key and len(k.split(" ")) > len(words) and k.split(" ")[-len(words) :] == words
            ),
            None,
        )
        if full is None and len(words) == 1 and not VN_SYLLABLE_SHAPE.match(key):
            # "Quốc vương Tamim" after "Quốc vương Tamim bin Hamad Al Thani": a foreign given name
            full = next((p for k, p in people.items() if k != key and k.split(" ")[0] == key), None)
        if full is None and len(words) == 2:
            # "Chủ tịch Trung Quốc Tập Cận" where the tokenizer glued "Bình" to the next word: a name cut
            # short, known in full with the same title
            titles = {t.casefold() for t in person.titles}
            full = next(
                (
                    p
                    for k, p in people.items()
                    if k != key
                    and k.split(" ")[:2] == words
                    and len(k.split(" ")) == 3
                    and titles & {t.casefold() for t in p.titles}
                ),
                None,
            )
        if full is not None and _father_is_king(full.name, person):
            # "vua Salman" beside "Thái tử Mohammed bin Salman": the king is the prince's father
            full.add_titles([t for t in person.titles if not _kingly(t)])
            person.titles = [t for t in person.titles if _kingly(t)]
            continue
        if full is not None:
            full.mentions += person.mentions
            full.add_titles(person.titles)
            del people[key]


def name_short_forms(people: dict[str, Person], untitled: dict[str, tuple[str, int, int]]) -> None:
    """ "Ngoại trưởng Clinton" titled only by the family name, "bà Hillary Clinton" named in full with no
    title: one foreign full name ending with that family name is the person's name (two, none is)."""
    for key in list(people):
        if " " in key or VN_SYLLABLE_SHAPE.match(people[key].name):
            continue
        fulls = [v for k, v in untitled.items() if k.split(" ")[-1] == key and k not in people]
        if len(fulls) != 1:
            continue
        person = people.pop(key)
        person.name, person.first, person.end = fulls[0]
        people[person.name.casefold()] = person


def province_of(title: str) -> str | None:
    names = surface_to_name()
    for m in surface_pattern().finditer(title):
        return names[m.group(0)]
    return None
