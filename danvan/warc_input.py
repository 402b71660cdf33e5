"""WARC input: article pages of any crawler's WARC / WARC.gz files, streamed record by record."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from danvan.article_detection import is_article_page
from danvan.crawler.charset import detect_encoding
from danvan.crawler.page import FetchedPage
from danvan.crawler.warc_archive import (
    CANONICAL_HEADER,
    ENCODING_HEADER,
    LISTING_DATE_HEADER,
    REQUESTED_HEADER,
    SITE_HEADER,
)
from danvan.nlp.record import RawDocument
from danvan.pages import page_to_raw

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(record) -> str:
    http = record.http_headers
    if record.rec_type == "response" and http is not None:
        return http.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _is_html(content_type: str, body: bytes) -> bool:
    if content_type:
        return content_type.split(";")[0].strip().lower() in _HTML_TYPES
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _page(record, body: bytes, content_type: str) -> FetchedPage:
    h = record.rec_headers
    url = h.get_header("WARC-Target-URI") or ""
    http = record.http_headers if record.rec_type == "response" else None
    status = int(http.get_statuscode() or 200) if http is not None else 200
    # one detection: the crawler's own header, else declared charset checked against the bytes
    encoding = h.get_header(ENCODING_HEADER) or detect_encoding(body, content_type)[0]
    return FetchedPage(
        url=h.get_header(REQUESTED_HEADER) or url,
        final_url=url,
        canonical_url=h.get_header(CANONICAL_HEADER) or url,
        status=status,
        headers=dict(http.headers) if http is not None else {"Content-Type": content_type},
        body=body,
        encoding=encoding,
        fetched_at=h.get_header("WARC-Date") or "",
        site=h.get_header(SITE_HEADER) or (urlsplit(url).hostname or ""),
        is_article=True,
        listing_date=h.get_header(LISTING_DATE_HEADER),
    )


def read_warc_file(path: Path, on_skip: Callable[[str], None] | None = None) -> Iterator[RawDocument]:
    """Every article page of a WARC file (response and resource records with an HTML payload).

    Non-HTML payloads and responses other than 2xx are passed over; HTML pages that are not articles
    (home, listing, tag pages) are reported to `on_skip` with their location. Pages written by danvan's
    crawler were classified when crawled and are taken as they are; metadata records it wrote after a
    response (site field overrides) are applied to it.
    """
    pending: tuple[FetchedPage, str] | None = None

    def release() -> Iterator[RawDocument]:
        nonlocal pending
        if pending is not None:
            page = pending[0]
            pending = None
            yield page_to_raw(page)

    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        for record in records:
            kind = record.rec_type
            if kind == "metadata" and pending is not None:
                if record.rec_headers.get_header("WARC-Refers-To") == pending[1]:
                    try:
                        meta = json.loads(record.content_stream().read())
                        pending[0].fields = dict(meta.get("fields") or {})
                    except ValueError:
                        pass
                continue
            if kind not in ("response", "resource"):
                continue
            yield from release()
            content_type = _content_type(record)
            body = record.content_stream().read()
            where = f"{path}#{records.get_record_offset()}"
            if not _is_html(content_type, body):
                continue
            page = _page(record, body, content_type)
            if not 200 <= page.status < 300:
                continue
            page.warc_ref = f"{path.name}#{records.get_record_offset()}"
            ours = record.rec_headers.get_header(SITE_HEADER) is not None
            if not ours and not is_article_page(page.text(), page.final_url):
                if on_skip:
                    on_skip(where)
                continue
            pending = (page, record.rec_headers.get_header("WARC-Record-ID"))
        yield from release()
