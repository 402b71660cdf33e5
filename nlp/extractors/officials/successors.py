"""Successors and predecessors: "người kế nhiệm X" is an office only beside the official X succeeds."""

from __future__ import annotations

import re

from danvan.nlp.extractors.officials.merging import Person
from danvan.nlp.wordlists import load_words

SUCCESSOR_TITLES = tuple(t.casefold() for t in load_words("officials_successor_titles.txt"))
_PLURAL = re.compile(r"(?:^|\s)(?:các|những|hai|ba|nhiều|Các|Những|Hai|Ba|Nhiều)\s+$")
_SENTENCE_END = re.compile(r"[.!?\n]")


def successor_title(title: str) -> bool:
    return title.casefold().startswith(SUCCESSOR_TITLES)


def plural_successors(text: str, left: str, run_start: int) -> bool:
    """ "những người tiền nhiệm A và B": predecessors of no one named, not a title."""
    if not successor_title(left):
        return False
    at = text.rfind(left, 0, run_start)
    return at >= 0 and bool(_PLURAL.search(text[max(0, at - 12) : at]))


def _sentence(text: str, at: int) -> str:
    left = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)), default=max(0, at - 400)
    )
    right = _SENTENCE_END.search(text, at)
    return text[left : right.start() if right else len(text)]


def succeeds_no_official(text: str, person: Person, at: list[int], people: dict[str, Person]) -> bool:
    """Is `person`, titled only a successor or predecessor, named at `at` in sentences that name no other
    official with a title of theirs ("huấn luyện viên A thay người tiền nhiệm B")?"""
    if not person.titles or not all(successor_title(t) for t in person.titles):
        return False
    others = {
        p.name.split(" ")[-1]
        for p in people.values()
        if p is not person and any(not successor_title(t) for t in p.titles)
    }
    own = set(person.name.split(" "))
    for start in at:
        words = set(re.findall(r"[^\W\d_]+", _sentence(text, start)))
        if (others - own) & words:
            return False
    return True
