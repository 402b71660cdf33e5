"""Documents rows before and after the type + number identity, and issuers the organ list keeps.

Usage: python benchmarks/document_identity.py COPY.db  (a copy of an older corpus: opening migrates it)
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter

from danvan.corpus import Corpus
from danvan.nlp.extractors.document_issuers import clean_issuer


def _counts(conn: sqlite3.Connection) -> tuple[int, int, int]:
    return conn.execute(
        "SELECT COUNT(*), COUNT(number), SUM(number IS NOT NULL AND number NOT GLOB '*[^0-9]*')"
        " FROM documents"
    ).fetchone()


def main(path: str) -> None:
    before = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows, numbered, bare = _counts(before)
    issuers = Counter(
        i for (i,) in before.execute("SELECT issuer FROM article_documents WHERE issuer NOT NULL")
    )
    before.close()
    print(f"before: {rows} documents rows, {numbered} numbered, {bare} bare numbers")
    with Corpus(path) as corpus:
        after = _counts(corpus._conn)
    print(f"after:  {after[0]} documents rows, {after[1]} numbered, {after[2]} bare numbers")
    fate = Counter()
    for issuer, n in issuers.items():
        cleaned = clean_issuer(issuer)
        fate["kept" if cleaned == issuer else "dropped" if cleaned is None else "cut"] += n
    print(
        f"stored issuer mentions {sum(issuers.values())}: " + ", ".join(f"{k} {v}" for k, v in fate.items())
    )


if __name__ == "__main__":
    main(sys.argv[1])
