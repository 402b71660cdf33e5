"""Corpus and output-file failures explained in one line, with what to do about them."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class CorpusError(RuntimeError):
    """A corpus file that cannot be opened, read or written; the message says what to do."""


def explain(exc: BaseException, db: str | Path | None = None) -> str | None:
    """One line for a SQLite or file-system error, or None when it is not one of those."""
    where = str(db) if db is not None else "the corpus"
    if isinstance(exc, CorpusError):
        return str(exc)
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return f"{where} is locked by another process (an ingest?): wait for it to finish, then retry"
        if "full" in text:
            return f"disk full while writing {where}: free some space and re-run (stored batches are kept)"
        if "readonly" in text or "read-only" in text:
            return f"cannot write {where}: the file or its folder is read-only; fix permissions or use --db"
        if "not a database" in text or "encrypted" in text:
            return f"{where} is not a danvan corpus (not an SQLite database): check --db"
        if "malformed" in text or "corrupt" in text:
            return f"{where} is damaged ({exc}): restore a backup or rebuild it with `danvan ingest`"
        if "unable to open" in text:
            return f"cannot open {where}: check that the path is a file in a folder you may write to"
        return None
    if isinstance(exc, OSError):
        name = exc.filename or where
        if isinstance(exc, IsADirectoryError):
            return f"{name} is a directory: give a file path"
        if isinstance(exc, PermissionError):
            return f"permission denied for {name}: choose a path you may write to or fix its permissions"
        if isinstance(exc, NotADirectoryError):
            return f"{name}: a part of the path is a file, not a folder"
        if exc.errno == errno.ENOSPC:
            return f"disk full while writing {name}: free some space and re-run"
        if exc.errno == errno.EROFS:
            return f"{name} is on a read-only file system: choose another path"
        return f"cannot use {name}: {exc.strerror or exc}"
    return None


def check_output_file(path: Path) -> None:
    """Refuse an output path that cannot be a file, before any work is done."""
    if path.is_dir():
        raise CorpusError(f"{path} is a directory: give a file path, e.g. {path / 'out.jsonl'}")
    parent = path.parent if str(path.parent) else Path(".")
    if parent.exists() and not parent.is_dir():
        raise CorpusError(f"{parent} is a file, not a folder: give another output path")
