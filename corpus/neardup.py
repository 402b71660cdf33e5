"""Near-duplicate detection: MinHash signatures of word shingles, LSH bands kept in SQLite."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import struct
import zlib

import numpy as np
from datasketch import LeanMinHash, MinHash

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
THRESHOLD = 0.8
SHINGLE = 3
MIN_WORDS = 40  # shorter texts share too many shingles by chance to be judged reliably

_WORD = re.compile(r"\w+")
# crc32 is a fine base hash for shingles and far cheaper than datasketch's default sha1;
# copying an empty template reuses its permutations instead of drawing them per article.
_TEMPLATE = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32)


def signature(folded_text: str) -> np.ndarray | None:
    """The MinHash signature of already folded text (uint32 array); None when it is too short."""
    words = _WORD.findall(folded_text)
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(s).encode() for s in zip(*(words[k:] for k in range(SHINGLE)), strict=False)}
    minhash = _TEMPLATE.copy()
    minhash.update_batch(list(shingles))
    return LeanMinHash(minhash).hashvalues.astype(np.uint32)


def band_hashes(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band number, signed 64-bit hash of that band) pairs for the LSH index."""
    out = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        out.append((band, struct.unpack("<q", digest)[0]))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def find_original(
    conn: sqlite3.Connection, sig: np.ndarray, exclude_pk: int | None = None
) -> tuple[int, float] | None:
    """The stored article most similar to `sig` above THRESHOLD, as (pk, similarity)."""
    bands = band_hashes(sig)
    clause = " OR ".join("(band = ? AND hash = ?)" for _ in bands)
    params: list[int] = [v for pair in bands for v in pair]
    rows = conn.execute(
        f"SELECT m.article_pk, m.signature FROM minhashes m WHERE m.article_pk IN "
        f"(SELECT article_pk FROM minhash_bands WHERE {clause})",
        params,
    ).fetchall()
    best: tuple[int, float] | None = None
    for pk, blob in rows:
        if pk == exclude_pk:
            continue
        score = similarity(sig, np.frombuffer(blob, dtype=np.uint32))
        if score >= THRESHOLD and (best is None or (-score, pk) < (-best[1], best[0])):
            best = (pk, score)
    return best


def index(conn: sqlite3.Connection, pk: int, sig: np.ndarray | None, *, fresh: bool = False) -> None:
    """Replace the stored signature and bands of article `pk` (`fresh`: it has none yet)."""
    if not fresh:
        conn.execute("DELETE FROM minhash_bands WHERE article_pk = ?", (pk,))
        conn.execute("DELETE FROM minhashes WHERE article_pk = ?", (pk,))
    if sig is None:
        return
    conn.execute("INSERT INTO minhashes(article_pk, signature) VALUES (?, ?)", (pk, sig.tobytes()))
    conn.executemany(
        "INSERT INTO minhash_bands(band, hash, article_pk) VALUES (?, ?, ?)",
        [(band, h, pk) for band, h in band_hashes(sig)],
    )
