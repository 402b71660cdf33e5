"""The searchable corpus: SQLite store, full-text search, fact queries, coverage and exports."""

from corpus.corpus import Corpus
from corpus.filters import Filters
from corpus.fulltext import QuerySyntaxError
from corpus.tally import IngestTally
from corpus.writer import StoreResult

__all__ = ["Corpus", "Filters", "IngestTally", "QuerySyntaxError", "StoreResult"]
