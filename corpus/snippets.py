"""Highlighted snippets built in Python, so folded matches ("dan van") highlight "Dân vận" too."""

from __future__ import annotations

import re
from bisect import bisect_left

from danvan.corpus.folding import accent_pattern, fold, nfc

_SPACE = re.compile(r"\s+")


def _pattern(terms: list[str]) -> re.Pattern[str] | None:
    """One regex for all terms; a term with spaces is a phrase, a trailing * makes a prefix."""
    alternatives = []
    for term in sorted(terms, key=len, reverse=True):
        words = fold(term.rstrip("*")).split()
        if words:
            phrase = r"\W+".join(accent_pattern(w) for w in words)
            alternatives.append(phrase + (r"\w*" if term.endswith("*") else ""))
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def snippet(
    text: str,
    terms: list[str],
    *,
    size: int = 220,
    mark: tuple[str, str] = ("[", "]"),
    ellipsis: str = "…",
) -> str:
    """About `size` characters of `text` around the most distinct query terms, terms marked."""
    text = nfc(text)
    pattern = _pattern(terms)
    hits: list[tuple[int, int, str]] = []
    if pattern is not None:
        hits = [(m.start(), m.end(), fold(m.group())) for m in pattern.finditer(text)]
    start = 0
    if hits:
        starts = [h[0] for h in hits]
        best = (-1, 0)
        for n, (first, _, _) in enumerate(hits[:200]):
            last = bisect_left(starts, first + size, lo=n)
            best = max(best, (len({h[2] for h in hits[n:last]}), -first))
        start = max(0, -best[1] - size // 5)
        if start:
            start = max(text.rfind(ch, 0, start) for ch in " \n\t") + 1
    end = start + size
    if end < len(text):
        match = _SPACE.search(text, end)
        end = match.start() if match else len(text)
    else:
        end = len(text)
    out: list[str] = []
    cursor = start
    for s, e, _ in hits:
        if s < start or e > end:
            continue
        out += [text[cursor:s], mark[0], text[s:e], mark[1]]
        cursor = e
    out.append(text[cursor:end])
    body = _SPACE.sub(" ", "".join(out)).strip()
    return (ellipsis if start > 0 else "") + body + (ellipsis if end < len(text) else "")
