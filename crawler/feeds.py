"""Sitemaps (indexes, news sitemaps, gzip) and RSS/Atom feeds: the URLs they list, with dates."""

from __future__ import annotations

import gzip
import io
import re
import zlib
from dataclasses import dataclass
from datetime import date

from danvan.crawler.structured_dates import parse_structured_date
from lxml import etree

MAX_XML_BYTES = 50 * 1024 * 1024
_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


@dataclass(slots=True)
class FeedEntry:
    """One URL listed by a sitemap or feed."""

    url: str
    date: date | None
    is_sitemap: bool = False


def _local(tag: object) -> str:
    return tag.rpartition("}")[2].lower() if isinstance(tag, str) else ""


def maybe_gunzip(body: bytes) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
            return fh.read(MAX_XML_BYTES)
    except (OSError, EOFError, zlib.error):
        return b""


def xml_kind(body: bytes) -> str | None:
    """'sitemapindex', 'urlset', 'rss', 'atom' or None, sniffed from the first root element."""
    head = maybe_gunzip(body)[:4096].lower()
    for marker, kind in (
        (b"<sitemapindex", "sitemapindex"),
        (b"<urlset", "urlset"),
        (b"<rss", "rss"),
        (b"<rdf:rdf", "rss"),
        (b"<feed", "atom"),
    ):
        if marker in head:
            return kind
    return None


_PROLOG = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<([\w:.-]+)", re.DOTALL | re.I
)
_ROOT_KINDS = {
    "sitemapindex": "sitemapindex",
    "urlset": "urlset",
    "rss": "rss",
    "rdf:rdf": "rss",
    "feed": "atom",
}


def xml_root_kind(body: bytes) -> str | None:
    """Like xml_kind, but from the document's root element only: for a feed a server labels text/html."""
    m = _PROLOG.match(maybe_gunzip(body)[:4096])
    return _ROOT_KINDS.get(m.group(1).decode("latin-1").lower()) if m else None


def document_kind(body: bytes, content_type: str) -> str | None:
    """The XML kind the spider reads a response as ('rss', 'atom', 'urlset', 'sitemapindex'), or None:
    sniffed for any non-HTML type; for text/html only from the root element (a feed served as a page)."""
    return xml_kind(body) if "html" not in content_type.lower() else xml_root_kind(body)


def _text(el: etree._Element, *names: str) -> str | None:
    for child in el.iter():
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def parse_sitemap(body: bytes) -> list[FeedEntry]:
    """Entries of a urlset or sitemapindex; news:publication_date wins over lastmod."""
    body = maybe_gunzip(body)
    if not body.strip():
        return []
    root = etree.fromstring(body, _PARSER)
    if root is None:
        return []
    is_index = _local(root.tag) == "sitemapindex"
    entries = []
    for el in root:
        if _local(el.tag) not in ("url", "sitemap"):
            continue
        loc = _text(el, "loc")
        if not loc:
            continue
        when = _text(el, "publication_date") or _text(el, "lastmod")
        entries.append(FeedEntry(loc, parse_structured_date(when), is_index))
    return entries


def parse_feed(body: bytes) -> list[FeedEntry]:
    """Item links of an RSS 2.0, RSS 1.0 (RDF) or Atom feed."""
    root = etree.fromstring(body, _PARSER)
    if root is None:
        return []
    entries = []
    for el in root.iter():
        name = _local(el.tag)
        if name == "item":
            link = _text(el, "link") or el.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
            when = _text(el, "pubdate", "date", "published", "updated")
        elif name == "entry":
            hrefs = [
                c.get("href")
                for c in el
                if _local(c.tag) == "link" and c.get("rel", "alternate") == "alternate"
            ]
            link = next((h for h in hrefs if h), None)
            when = _text(el, "published", "updated")
        else:
            continue
        if link:
            entries.append(FeedEntry(link.strip(), parse_structured_date(when)))
    return entries
