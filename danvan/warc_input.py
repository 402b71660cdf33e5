"""WARC input: archived article responses read back as RawDocuments for `danvan ingest`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from danvan.crawler.warc_archive import read_pages
from danvan.nlp.record import RawDocument
from danvan.pages import page_to_raw


def read_warc_file(path: Path) -> Iterator[RawDocument]:
    """Every 2xx article response of a WARC file (status >= 300 is skipped)."""
    for page in read_pages([path]):
        if 200 <= page.status < 300:
            yield page_to_raw(page)
