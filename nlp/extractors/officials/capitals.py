"""Names written in capitals under a title, as in a signed box ("Thủ tướng Chính phủ NGUYỄN XUÂN PHÚC")."""

from __future__ import annotations

import re

from danvan.nlp.extractors.officials.lexicon import POSITION_RE, TITLE_WORDS
from danvan.nlp.names import SURNAMES, VN_SYLLABLE_SHAPE

_UPPER = "A-ZĐ" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
_LOWER = "a-zđ" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.islower())
# two to four words of 2-7 capitals (not "Ý" of "Ý kiến" after the name), not glued to a capital or digit
# before (the first character is tested before the look-behind: opening with it is six times slower)
_CAPS_NAME = re.compile(
    rf"[{_UPPER}](?<![{_UPPER}\d][{_UPPER}])[{_UPPER}]{{1,6}}(?: [{_UPPER}]{{2,7}}){{1,3}}"
    rf"(?![{_UPPER}{_LOWER}\d])(?! [{_UPPER}]{{2,}}(?![{_LOWER}]))"
)
# a box's lines run together: "Thủ tướngChính phủNGUYỄN": a lowercase letter glued to a capital
_GLUED = re.compile(rf"(?<=[{_LOWER}])(?=[{_UPPER}])")
# what may stand between a position and the name: the body's capitalised words ("Chính phủ", "UBND tỉnh")
_BODY = re.compile(rf"^(?:\s+(?:[{_UPPER}][\w&.-]*|[{_LOWER}]+))*\s*$")


def _title_before(text: str, start: int) -> str | None:
    """The title ending right before a name in capitals at `start`, its glued words parted; None if none."""
    window = _GLUED.sub(" ", text[max(0, start - 60) : start])
    window = window.rsplit("\n", 1)[-1].rsplit(". ", 1)[-1]
    for m in POSITION_RE.finditer(window):
        rest = window[m.end() :]
        words = rest.split()
        # lowercase words only of a body's name ("tỉnh", "chính"), not a clause ("cho biết ông")
        if _BODY.match(rest) and len(words) <= 5 and all(w[:1].isupper() or w in TITLE_WORDS for w in words):
            title = window[m.start() :].strip()
            if re.search(rf"[{_LOWER}]", title.split(" ")[-1]):
                return title
    return None


def capitals_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, title) of Vietnamese names in capitals right after a title, the name title-cased."""
    out = []
    for m in _CAPS_NAME.finditer(text):
        if (
            m.start() >= 2
            and text[m.start() - 1] == " "
            and (text[m.start() - 2].isupper() or text[m.start() - 2].isdigit())
        ):
            continue  # inside a longer run of capitals: a headline
        name = m.group(0).title()
        words = name.split(" ")
        if words[0] not in SURNAMES or not all(VN_SYLLABLE_SHAPE.match(w) for w in words):
            continue
        title = _title_before(text, m.start())
        if title:
            out.append((m.start(), m.end(), name, title))
    return out
