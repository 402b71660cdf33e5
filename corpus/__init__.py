"""The searchable corpus: SQLite store, full-text search, fact queries, coverage and exports."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from danvan.corpus.corpus import Corpus
    from danvan.corpus.filters import Filters
    from danvan.corpus.fulltext import QuerySyntaxError
    from danvan.corpus.tally import IngestTally
    from danvan.corpus.writer import StoreResult

_EXPORTS = {
    "Corpus": "danvan.corpus.corpus",
    "Filters": "danvan.corpus.filters",
    "IngestTally": "danvan.corpus.tally",
    "QuerySyntaxError": "danvan.corpus.fulltext",
    "StoreResult": "danvan.corpus.writer",
}
__all__ = ["Corpus", "Filters", "IngestTally", "QuerySyntaxError", "StoreResult"]


def __getattr__(name: str) -> Any:
    # Loaded on first use, so that importing one submodule (filters, kinds) stays cheap.
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
