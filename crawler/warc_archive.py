"""Raw archive: article responses written to gzipped WARC files, and read back as FetchedPages."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from danvan.crawler.charset import detect_encoding
from danvan.crawler.page import FetchedPage
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SITE_HEADER = "Danvan-Site"
ENCODING_HEADER = "Danvan-Encoding"
CANONICAL_HEADER = "Danvan-Canonical-URI"
REQUESTED_HEADER = "Danvan-Requested-URI"
LISTING_DATE_HEADER = "Danvan-Listing-Date"
# Hop-by-hop or already-undone encodings: the archived payload is the decoded body.
_DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length", "connection"}
_REASONS = {200: "OK", 203: "Non-Authoritative Information", 206: "Partial Content"}


def warc_date(moment: datetime | None = None) -> str:
    """WARC-Date form (UTC, seconds), also used for FetchedPage.fetched_at."""
    return (moment or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")


class WarcArchive:
    """Appends request/response/metadata records to rotating danvan-*.warc.gz files."""

    def __init__(self, directory: str | Path, max_bytes: int = 1 << 30, prefix: str = "danvan"):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        self.prefix = prefix
        self.files: list[Path] = []
        self._stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self._fh = None
        self._writer: WARCWriter | None = None

    def _open(self) -> None:
        name = f"{self.prefix}-{self._stamp}-{os.getpid()}-{len(self.files):05d}.warc.gz"
        path = self.directory / name
        self._fh = path.open("ab")
        self._writer = WARCWriter(self._fh, gzip=True)
        self.files.append(path)

    def write(self, page: FetchedPage, request_headers: dict[str, str] | None = None) -> str:
        """Archive one page; returns its warc_ref: '<file name>#<offset of the response record>'."""
        if self._fh is None or self._fh.tell() >= self.max_bytes:
            self.close()
            self._open()
        assert self._writer is not None and self._fh is not None
        writer = self._writer
        target = page.final_url
        parts = urlsplit(target)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req_headers = [("Host", parts.netloc), *(request_headers or {}).items()]
        request = writer.create_warc_record(
            target,
            "request",
            payload=BytesIO(),
            length=0,  # known: without it warcio spools the empty payload to a temporary file
            http_headers=StatusAndHeaders(f"GET {path} HTTP/1.1", req_headers, is_http_request=True),
            warc_headers_dict={"WARC-Date": page.fetched_at},
        )
        http_headers = [(k, v) for k, v in page.headers.items() if k.lower() not in _DROPPED_HEADERS]
        http_headers.append(("Content-Length", str(len(page.body))))
        status = f"{page.status} {_REASONS.get(page.status, 'OK')}"
        custom = {
            "WARC-Date": page.fetched_at,
            SITE_HEADER: page.site,
            ENCODING_HEADER: page.encoding,
            CANONICAL_HEADER: page.canonical_url,
            REQUESTED_HEADER: page.url,
        }
        if page.listing_date:
            custom[LISTING_DATE_HEADER] = page.listing_date
        response = writer.create_warc_record(
            target,
            "response",
            payload=BytesIO(page.body),
            length=len(page.body),
            http_headers=StatusAndHeaders(status, http_headers, protocol="HTTP/1.1"),
            warc_headers_dict=custom,
        )
        response_id = response.rec_headers.get_header("WARC-Record-ID")
        request.rec_headers.add_header("WARC-Concurrent-To", response_id)
        offset = self._fh.tell()
        writer.write_record(response)
        writer.write_record(request)
        meta = {
            "site": page.site,
            "url": page.url,
            "final_url": page.final_url,
            "canonical_url": page.canonical_url,
            "encoding": page.encoding,
            "listing_date": page.listing_date,
            "is_article": page.is_article,
            "fields": page.fields,
        }
        writer.write_record(
            writer.create_warc_record(
                target,
                "metadata",
                payload=BytesIO(json.dumps(meta, ensure_ascii=False).encode()),
                warc_content_type="application/json",
                warc_headers_dict={"WARC-Date": page.fetched_at, "WARC-Refers-To": response_id},
            )
        )
        self._fh.flush()
        return f"{self.files[-1].name}#{offset}"

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self._fh = None
        self._writer = None


def warc_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand directories into their *.warc / *.warc.gz files, sorted."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(x for x in p.iterdir() if x.name.endswith((".warc", ".warc.gz")))
        else:
            found.append(p)
    return found


def read_pages(paths: Iterable[str | Path]) -> Iterator[FetchedPage]:
    """Rebuild the FetchedPages of archived responses (any WARC: danvan headers are optional)."""
    for path in warc_files(paths):
        pending: FetchedPage | None = None
        pending_id = None
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                kind = record.rec_type
                if kind == "metadata" and pending is not None:
                    if record.rec_headers.get_header("WARC-Refers-To") == pending_id:
                        try:
                            meta = json.loads(record.content_stream().read())
                            pending.fields = dict(meta.get("fields") or {})
                        except ValueError:
                            pass
                    continue
                if kind != "response":
                    continue
                if pending is not None:
                    yield pending
                pending, pending_id = _page_from_record(record)
                # Only valid once the record's content has been read.
                pending.warc_ref = f"{path.name}#{records.get_record_offset()}"
        if pending is not None:
            yield pending


def _page_from_record(record) -> tuple[FetchedPage, str]:
    h = record.rec_headers
    url = h.get_header("WARC-Target-URI")
    http = record.http_headers
    headers = dict(http.headers) if http is not None else {}
    status = int(http.get_statuscode() or 200) if http is not None else 200
    body = record.content_stream().read()
    encoding = (
        h.get_header(ENCODING_HEADER)
        or detect_encoding(body, headers.get("Content-Type") or headers.get("content-type"))[0]
    )
    page = FetchedPage(
        url=h.get_header(REQUESTED_HEADER) or url,
        final_url=url,
        canonical_url=h.get_header(CANONICAL_HEADER) or url,
        status=status,
        headers=headers,
        body=body,
        encoding=encoding,
        fetched_at=h.get_header("WARC-Date") or "",
        site=h.get_header(SITE_HEADER) or (urlsplit(url).hostname or ""),
        is_article=True,
        listing_date=h.get_header(LISTING_DATE_HEADER),
    )
    return page, h.get_header("WARC-Record-ID")
