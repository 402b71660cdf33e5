"""underthesea's word-segmentation CRF features, computed column by column over a line's syllables."""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?")
_FUNCTIONS = (None, "lower", "isdigit", "istitle", "is_in_dict")
_TEXT_FUNCTIONS = (None, "lower")  # the others give True/False
_BOOL = {True: "True", False: "False"}


def _isdigit(text: str) -> bool:
    """underthesea_core's isdigit: a 32-bit signed integer ("+5", "-5"; not "7102205025")."""
    digits = text[1:] if text[:1] in ("+", "-") else text
    return digits.isascii() and digits.isdigit() and -(2**31) <= int(text) < 2**31


class SegmentationFeatures:
    """The feature strings underthesea_core's CRFFeaturizer gives for the same templates and dictionary.

    A feature list is a bag for the CRF tagger, so a syllable's features are the same strings in another
    order (a tuple). Each template's strings are made for the whole line at once: a syllable's own
    strings come from a bounded cache (a corpus repeats its syllables far more than it adds new ones),
    the True/False ones are made once, so only the text of pairs and triples is built per line.
    """

    def __init__(self, templates: Iterable[str], dictionary: set[str], cache_size: int = 30_000) -> None:
        self._words = frozenset(w.lower() for w in dictionary)
        # n-gram length -> [(prefix "T[a,b].f=", offset of the first syllable, function)]
        self._templates: dict[int, list[tuple[str, int, str | None]]] = {}
        for template in templates:
            match = _TEMPLATE.fullmatch(template)
            if match is None or match[3] not in _FUNCTIONS:
                raise ValueError(f"unknown segmentation feature template {template!r}")
            start = int(match[1])
            end = int(match[2]) if match[2] is not None else start
            self._templates.setdefault(end - start + 1, []).append((template + "=", start, match[3]))
        self._pad = max([-start for t in self._templates.values() for _, start, _ in t] + [0])
        self._unigrams = self._templates.pop(1, [])
        self._pickers = [itemgetter(k) for k in range(len(self._unigrams))]
        self._edges = {edge: tuple(p + edge for p, _, _ in self._unigrams) for edge in ("BOS", "EOS")}
        self._needed = {length: {f for _, _, f in t} for length, t in self._templates.items()}
        self._tables = {
            prefix: {v: prefix + v for v in ("True", "False", "BOS", "EOS")}
            for t in self._templates.values()
            for prefix, _, function in t
            if function not in _TEXT_FUNCTIONS
        }
        self._rows: dict[str, tuple[str, ...]] = {}
        self._cache_size = cache_size

    def _row(self, syllable: str) -> tuple[str, ...]:
        """The strings of every one-syllable template for `syllable`."""
        lower = syllable.lower()
        first = syllable[:1]
        values = {
            None: syllable,
            "lower": lower,
            "isdigit": _BOOL[_isdigit(syllable)],
            # underthesea_core's rule: uppercasing leaves the first character unchanged
            "istitle": _BOOL[first.upper() == first],
            "is_in_dict": _BOOL[lower in self._words],
        }
        return tuple(prefix + values[function] for prefix, _, function in self._unigrams)

    def _gram_values(
        self, length: int, syllables: list[str], titled: list[bool], needed: set[str | None]
    ) -> dict[str | None, list[str]]:
        """The values of the `needed` functions for every n-gram of `length` syllables in the line."""
        grams = list(zip(*(syllables[k:] for k in range(length)), strict=False))
        texts = [" ".join(gram) for gram in grams]
        values: dict[str | None, list[str]] = {None: texts}
        if "lower" in needed or "is_in_dict" in needed:
            values["lower"] = lowers = [text.lower() for text in texts]
            words = self._words
            values["is_in_dict"] = [_BOOL[low in words] for low in lowers]
        if "isdigit" in needed:
            values["isdigit"] = [_BOOL[_isdigit(t)] for t in texts]
        if "istitle" in needed:
            spans = zip(*(titled[k:] for k in range(length)), strict=False)
            values["istitle"] = [_BOOL[all(span)] for span in spans]
        return values

    def line(self, syllables: list[str]) -> list[tuple[str, ...]]:
        """The features of every syllable of one line."""
        n = len(syllables)
        pad = self._pad
        cache = self._rows
        rows = []
        for syllable in syllables:
            row = cache.get(syllable)
            if row is None:
                row = self._row(syllable)
                if len(cache) >= self._cache_size:
                    cache.clear()
                cache[syllable] = row
            rows.append(row)
        padded_rows = [self._edges["BOS"]] * pad + rows + [self._edges["EOS"]] * (pad + 1)
        columns = [
            list(map(picker, padded_rows[start + pad : start + pad + n]))
            for picker, (_, start, _) in zip(self._pickers, self._unigrams, strict=True)
        ]
        # underthesea_core's istitle: uppercasing leaves the first character unchanged, in every word
        titled = [s[:1].upper() == s[:1] for s in syllables]
        for length, templates in self._templates.items():
            values = self._gram_values(length, syllables, titled, self._needed[length])
            tail = ["EOS"] * (length + 2 * pad)
            for prefix, start, function in templates:
                window = (["BOS"] * pad + values[function] + tail)[start + pad : start + pad + n]
                if function in _TEXT_FUNCTIONS:
                    columns.append([prefix + v for v in window])
                else:
                    columns.append(list(map(self._tables[prefix].__getitem__, window)))
        return list(zip(*columns, strict=True))

    def process(self, lines: list[list[str]]) -> list[list[tuple[str, ...]]]:
        return [self.line(syllables) for syllables in lines]
