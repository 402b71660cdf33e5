"""underthesea's word-segmentation CRF run in numpy: each template's attribute ids, state scores, Viterbi."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from danvan.nlp.crfsuite_model import CRFSuiteModel

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(\w+))?")
_FUNCTIONS = (None, "lower", "isdigit", "istitle", "is_in_dict")
_TEXT_FUNCTIONS = (None, "lower")  # the others give True/False
_UNKNOWN, _BOS, _EOS, _FALSE, _TRUE = range(5)  # the first rows of every group (a group's values follow)


def _isdigit(text: str) -> bool:
    """underthesea_core's isdigit: a 32-bit signed integer ("+5", "-5"; not "7102205025")."""
    digits = text[1:] if text[:1] in ("+", "-") else text
    return digits.isascii() and digits.isdigit() and -(2**31) <= int(text) < 2**31


def _titled(syllable: str) -> bool:
    """underthesea_core's istitle of one syllable: uppercasing leaves its first character unchanged."""
    first = syllable[:1]
    return first.upper() == first


@dataclass
class _Group:
    """The templates applying one function to n-grams of one length (T[-1,0].lower, T[0,1].lower...).

    They read the same value at different offsets: each distinct value the model knows is one row of
    the tagger's table, holding the attribute id of every template of the group for that value.
    """

    length: int
    function: str | None
    templates: list[tuple[int, int, dict[str, int]]] = field(default_factory=list)  # column, start, ids
    rows: dict[str, int] = field(default_factory=dict)  # value -> row within the group

    def fill(self, table: np.ndarray, offset: int) -> None:
        edges = {"BOS": _BOS, "EOS": _EOS, "False": _FALSE, "True": _TRUE}
        for column, _, ids in self.templates:
            for value, row in (*edges.items(), *self.rows.items()):
                table[offset + row, column] = ids.get(value, 0)


class SegmentationTagger:
    """The B-W/I-W tags underthesea's CRF gives a line of syllables, without building feature strings.

    A template's attribute depends only on the n-gram it reads, so every template's attribute id is a
    table lookup by that n-gram's value; the state scores are summed from the model's weights and the
    best path is found by Viterbi, as CRFsuite's tagger does. Each syllable's own rows are cached.
    """

    def __init__(
        self, templates: Iterable[str], dictionary: set[str], model: CRFSuiteModel, cache_size: int = 30_000
    ) -> None:
        known: dict[str, dict[str, int]] = {}
        for row, attribute in enumerate(model.attributes, start=1):
            name, _, value = attribute.partition("=")
            known.setdefault(name, {})[value] = row
        groups: dict[tuple[int, int], _Group] = {}
        starts = []
        for column, template in enumerate(templates):
            match = _TEMPLATE.fullmatch(template)
            if match is None or match[3] not in _FUNCTIONS:
                raise ValueError(f"unknown segmentation feature template {template!r}")
            start = int(match[1])
            length = (int(match[2]) if match[2] is not None else start) - start + 1
            key = (length, _FUNCTIONS.index(match[3]))
            group = groups.setdefault(key, _Group(length, match[3]))
            group.templates.append((column, start, known.get(template, {})))
            starts.append(start)
        self._groups = [groups[key] for key in sorted(groups)]  # one-syllable groups first
        offsets = []
        size = 0
        for group in self._groups:
            if group.function in _TEXT_FUNCTIONS:
                values = {v for _, _, ids in group.templates for v in ids} - {"BOS", "EOS"}
                group.rows = {value: row for row, value in enumerate(sorted(values), start=_TRUE + 1)}
            offsets.append(size)
            size += _TRUE + 1 + len(group.rows)
            if group.function in _TEXT_FUNCTIONS:
                # a syllable written "BOS" gives the edge's attribute, as its feature string does
                group.rows |= {"BOS": _BOS, "EOS": _EOS}
        self._table = np.zeros((size, len(starts)), dtype=np.int32)
        for group, offset in zip(self._groups, offsets, strict=True):
            group.fill(self._table, offset)
        self._offsets = np.array(offsets, dtype=np.intp)
        self._pad = max([abs(s) for s in starts] + [0])
        self._starts = np.array(starts, dtype=np.intp) + self._pad
        self._template_group = np.zeros(len(starts), dtype=np.intp)
        for number, group in enumerate(self._groups):
            for column, _, _ in group.templates:
                self._template_group[column] = number
        self._columns = np.arange(len(starts))[None, :]
        self._one = sum(g.length == 1 for g in self._groups)
        self._longer = sorted({g.length for g in self._groups if g.length > 1})
        self._words = frozenset(w.lower() for w in dictionary)
        # one contiguous weight vector per label (row 0: an attribute the model does not know)
        self._weights = [np.concatenate(([0.0], model.state[:, k])) for k in range(len(model.labels))]
        self._transition = model.transition
        self.labels = model.labels
        self._syllables: dict[str, tuple[tuple[int, ...], bool]] = {}
        self._cache_size = cache_size

    def _rows(self, group: _Group, texts: list[str], titled: list[bool]) -> list[int]:
        """The row within `group` of the value of each n-gram (given as its text)."""
        function = group.function
        if function is None:
            get = group.rows.get
            return [get(t, _UNKNOWN) for t in texts]
        if function == "lower":
            get = group.rows.get
            return [get(t.lower(), _UNKNOWN) for t in texts]
        if function == "is_in_dict":
            words = self._words
            return [_TRUE if t.lower() in words else _FALSE for t in texts]
        if function == "isdigit":
            return [_TRUE if _isdigit(t) else _FALSE for t in texts]
        return [_TRUE if t else _FALSE for t in titled]

    def _syllable(self, syllable: str) -> tuple[tuple[int, ...], bool]:
        """A syllable's rows in the one-syllable groups, and whether it is titled."""
        found = self._syllables.get(syllable)
        if found is None:
            titled = _titled(syllable)
            rows = tuple(self._rows(g, [syllable], [titled])[0] for g in self._groups[: self._one])
            if len(self._syllables) >= self._cache_size:
                self._syllables.clear()
            found = self._syllables[syllable] = (rows, titled)
        return found

    def scores(self, syllables: list[str]) -> np.ndarray:
        """Every label's state score (rows) at every position of the line (columns)."""
        n = len(syllables)
        pad = self._pad
        known = [self._syllable(s) for s in syllables]
        # rows[p, g]: the row in group g of the n-gram starting at syllable p - pad (BOS before, EOS after)
        rows = np.full((n + 2 * pad, len(self._groups)), _EOS, dtype=np.intp)
        rows[:pad] = _BOS
        if self._one:
            rows[pad : pad + n, : self._one] = [r for r, _ in known]
        first = [titled for _, titled in known]
        for length in self._longer:
            texts = [" ".join(gram) for gram in zip(*(syllables[k:] for k in range(length)), strict=False)]
            titled = [all(span) for span in zip(*(first[k:] for k in range(length)), strict=False)]
            for number, group in enumerate(self._groups):
                if group.length == length:
                    rows[pad : pad + len(texts), number] = self._rows(group, texts, titled)
        rows += self._offsets
        positions = np.arange(n)[:, None] + self._starts
        ids = self._table[rows[positions, self._template_group], self._columns]
        return np.vstack([weights[ids].sum(axis=1) for weights in self._weights])

    def tag(self, syllables: list[str]) -> list[str]:
        """The label of every syllable of one line."""
        if not syllables:
            return []
        labels = self.labels
        return [labels[k] for k in _viterbi(self.scores(syllables), self._transition)]


def _viterbi(scores: np.ndarray, transition: np.ndarray) -> list[int]:
    """The best label path; on a tie the lower label wins, as in CRFsuite."""
    if transition.shape == (2, 2):
        return _viterbi_two(scores[0].tolist(), scores[1].tolist(), transition.tolist())
    scores = scores.T
    back = np.zeros(scores.shape, dtype=np.intp)
    best = scores[0]
    for t in range(1, len(scores)):
        candidates = best[:, None] + transition
        back[t] = candidates.argmax(axis=0)
        best = candidates.max(axis=0) + scores[t]
    label = int(best.argmax())
    path = [label]
    for t in range(len(scores) - 1, 0, -1):
        label = int(back[t, label])
        path.append(label)
    return path[::-1]


def _viterbi_two(first: list[float], second: list[float], transition: list[list[float]]) -> list[int]:
    """_viterbi unrolled for two labels (B-W, I-W): per syllable it is the tagger's largest cost."""
    (aa, ab), (ba, bb) = transition
    a, b = first[0], second[0]
    from_a: list[int] = []  # the best predecessor of label 0 at each step
    from_b: list[int] = []
    for sa, sb in zip(first[1:], second[1:], strict=True):
        x, y = a + aa, b + ba
        if y > x:
            na = y + sa
            from_a.append(1)
        else:
            na = x + sa
            from_a.append(0)
        x, y = a + ab, b + bb
        if y > x:
            b = y + sb
            from_b.append(1)
        else:
            b = x + sb
            from_b.append(0)
        a = na
    label = 1 if b > a else 0
    path = [label]
    for pa, pb in zip(reversed(from_a), reversed(from_b), strict=True):
        label = pb if label else pa
        path.append(label)
    path.reverse()
    return path
