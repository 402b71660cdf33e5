"""TF-IDF rows of one document by array lookups, without building a string per n-gram."""

from __future__ import annotations

from itertools import repeat

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


class NgramIndex:
    """The vocabulary of a fitted word n-gram TfidfVectorizer as integer codes.

    Each word of the vocabulary's n-grams gets an id; an n-gram's code is its word ids in base
    `n_words`, so the n-grams of a document are found with a sorted-array search instead of one
    string join and dictionary lookup per n-gram (about 1 ms an article in Python).
    """

    def __init__(self, vectorizer: TfidfVectorizer) -> None:
        self.low, self.high = vectorizer.ngram_range
        self.sublinear = bool(vectorizer.sublinear_tf)
        self.idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        vocabulary: dict[str, int] = vectorizer.vocabulary_
        grams = [(term.split(" "), j) for term, j in vocabulary.items()]
        words = sorted({w for parts, _ in grams for w in parts})
        self.word_id = {w: i for i, w in enumerate(words)}
        self.n_words = max(len(words), 1)
        if self.n_words**self.high >= 2**62:
            raise ValueError(f"{self.high}-grams over {self.n_words} words do not fit 64-bit codes")
        self.unigram = np.full(self.n_words, -1, dtype=np.int64)
        by_length: dict[int, list[tuple[int, int]]] = {}
        for parts, j in grams:
            ids = [self.word_id[w] for w in parts]
            if len(ids) == 1:
                self.unigram[ids[0]] = j
            else:
                code = 0
                for i in ids:
                    code = code * self.n_words + i
                by_length.setdefault(len(ids), []).append((code, j))
        self.codes: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for n, pairs in by_length.items():
            pairs.sort()
            self.codes[n] = (
                np.array([c for c, _ in pairs], dtype=np.int64),
                np.array([j for _, j in pairs], dtype=np.int64),
            )

    def features(self, doc: str) -> np.ndarray:
        """Vocabulary index of every n-gram occurrence of the whitespace-separated `doc` (repeats kept)."""
        words = doc.split()
        ids = np.fromiter(map(self.word_id.get, words, repeat(-1)), dtype=np.int64, count=len(words))
        found = []
        if self.low == 1:
            uni = self.unigram[ids[ids >= 0]]
            found.append(uni[uni >= 0])
        for n in range(max(self.low, 2), self.high + 1):
            if n not in self.codes or len(ids) < n:
                continue
            span = len(ids) - n + 1
            known = np.ones(span, dtype=bool)
            code = np.zeros(span, dtype=np.int64)
            for k in range(n):
                part = ids[k : k + span]
                known &= part >= 0
                code = code * self.n_words + part
            code = code[known]
            table, feature = self.codes[n]
            at = np.minimum(np.searchsorted(table, code), len(table) - 1)
            found.append(feature[at[table[at] == code]])
        return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)

    def row(self, doc: str) -> tuple[np.ndarray, np.ndarray]:
        """Sorted feature indices and l2-normed TF-IDF values of `doc`, as `vectorizer.transform` gives."""
        idx, counts = np.unique(self.features(doc), return_counts=True)
        if not len(idx):
            return idx, np.zeros(0, dtype=np.float32)
        tf = counts.astype(np.float64)
        if self.sublinear:
            tf = 1.0 + np.log(tf)
        values = tf * self.idf[idx]
        norm = np.sqrt((values * values).sum())
        return idx, (values / norm if norm else values).astype(np.float32)
