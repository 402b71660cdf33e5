"""The searchable corpus: SQLite store, full-text search, fact queries, coverage and exports."""

from danvan.corpus.corpus import Corpus
from danvan.corpus.filters import Filters
from danvan.corpus.fulltext import QuerySyntaxError
from danvan.corpus.search import SearchLimits, SearchResults, SearchStopped
from danvan.corpus.tally import IngestTally
from danvan.corpus.writer import StoreResult

__all__ = [
    "Corpus",
    "Filters",
    "IngestTally",
    "QuerySyntaxError",
    "SearchLimits",
    "SearchResults",
    "SearchStopped",
    "StoreResult",
]
