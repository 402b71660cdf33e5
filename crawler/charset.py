"""Charset detection for pages that declare none or declare it wrongly."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
# Declarations that decode any byte string, so a clean decode proves nothing.
_PERMISSIVE = {"latin-1", "iso8859-1", "cp1252", "iso8859-15", "ascii"}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def declared_charset(content_type: str | None, body: bytes) -> str | None:
    """The charset the page claims: HTTP Content-Type first, then <meta> in the first 4 KiB."""
    if content_type and (m := _HEADER_CHARSET.search(content_type)):
        return m.group(1)
    if m := _META_CHARSET.search(body[:4096]):
        return m.group(1).decode("ascii", "ignore")
    return None


def _decodes(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def detect_encoding(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return (python codec name, how it was decided: bom | declared | utf8-valid | detected)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name, "bom"
    declared = _codec_name(declared_charset(content_type, body))
    is_ascii = body.isascii()
    if declared == "utf-8" and _decodes(body, "utf-8"):
        return "utf-8", "declared"
    if not is_ascii and _decodes(body, "utf-8"):
        # Non-ASCII text that is valid UTF-8 is UTF-8 whatever the label says.
        return "utf-8", "utf8-valid"
    if declared and declared not in _PERMISSIVE and _decodes(body, declared):
        return declared, "declared"
    if is_ascii:
        return declared or "utf-8", "declared" if declared else "utf8-valid"
    best = from_bytes(body[:200_000]).best()
    if best is not None:
        return _codec_name(best.encoding) or best.encoding, "detected"
    if declared:
        return declared, "declared"
    return "utf-8", "detected"
