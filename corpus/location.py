"""Where the corpus database lives when no --db is given."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def default_db_path() -> Path:
    """$DANVAN_DB if set, else <user data dir>/danvan/corpus.db."""
    env = os.environ.get("DANVAN_DB")
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path("danvan", appauthor=False) / "corpus.db"
