"""Read-only corpus connections for request handlers, each used under a time budget."""

from __future__ import annotations

import contextlib
import queue
from collections.abc import Iterator
from pathlib import Path

from danvan.corpus import Corpus
from danvan.web.guard import time_budget


class CorpusPool:
    """Read-only `Corpus` objects shared by worker threads; one request holds one at a time."""

    def __init__(self, path: Path, budget: float = 5.0) -> None:
        self.path = path
        self.budget = budget
        self._idle: queue.LifoQueue[Corpus] = queue.LifoQueue()
        Corpus(path, readonly=True).close()  # fail at start, not on the first request

    @contextlib.contextmanager
    def corpus(self, budget: float | None = None) -> Iterator[Corpus]:
        try:
            corpus = self._idle.get_nowait()
        except queue.Empty:
            corpus = Corpus(self.path, readonly=True)
        try:
            # one read transaction: every number of a page comes from the same state of the file,
            # whatever an ingest beside the server commits meanwhile
            with corpus.snapshot(), time_budget(corpus.connection, budget or self.budget):
                yield corpus
        finally:
            if corpus.connection.in_transaction:  # never hand on a connection with a transaction open
                corpus.connection.rollback()
            self._idle.put(corpus)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return
