"""One-line CLI errors: a corpus, SQLite or file-system failure becomes `error: ...` and exit code 2."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from danvan.corpus.errors import CorpusError, explain


def fail(message: str) -> NoReturn:
    Console(stderr=True, soft_wrap=True).print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(2)


@contextlib.contextmanager
def reported(db: str | Path | None = None) -> Iterator[None]:
    """Turn the errors a user can fix (paths, permissions, disk full, locks) into one line."""
    try:
        yield
    except (CorpusError, sqlite3.Error, OSError) as exc:
        message = explain(exc, db)
        if message is None:
            raise
        fail(message)
