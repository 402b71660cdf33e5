"""Reads articles of the baomoi archive for benchmarks (title on the first line, body after)."""

from __future__ import annotations

import tarfile
from pathlib import Path

DEFAULT_ARCHIVE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "baomoi-2017.tar.gz"


def read_archive(path: Path = DEFAULT_ARCHIVE, limit: int | None = None) -> list[tuple[str, str]]:
    """(id, text) pairs in archive order, at most `limit`."""
    out: list[tuple[str, str]] = []
    with tarfile.open(path, "r:gz") as tf:
        for member in tf:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            handle = tf.extractfile(member)
            if handle is None:
                continue
            out.append((Path(member.name).stem, handle.read().decode("utf-8", "replace")))
            if limit and len(out) >= limit:
                break
    return out
