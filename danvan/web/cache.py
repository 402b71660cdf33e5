"""Computed page data kept while the corpus file is unchanged (an ingest running beside the server
changes the file's size or time, and every entry computed before is then stale)."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class ResultCache:
    """A bounded LRU of results, each stamped with the corpus file's state when it was computed."""

    def __init__(self, db_path: Path, size: int = 512) -> None:
        self._files = [db_path, Path(f"{db_path}-wal")]
        self._size = size
        self._entries: OrderedDict[Hashable, tuple[Any, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def _stamp(self) -> tuple[tuple[int, int], ...]:
        stamps = []
        for path in self._files:
            try:
                st = os.stat(path)
            except FileNotFoundError:
                stamps.append((0, 0))
            else:
                stamps.append((st.st_mtime_ns, st.st_size))
        return tuple(stamps)

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        stamp = self._stamp()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == stamp:
                self._entries.move_to_end(key)
                return entry[1]
        value = compute()
        with self._lock:
            self._entries[key] = (stamp, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
        return value
