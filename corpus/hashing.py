"""Content and record fingerprints that make ingest idempotent."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict

from danvan.corpus.folding import nfc
from danvan.nlp.record import Article

_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """SHA-256 of the text after NFC and whitespace collapsing: equal for byte-different copies."""
    normal = _SPACE.sub(" ", nfc(text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def record_hash(article: Article) -> str:
    """SHA-256 of everything stored for an article: changes when text, metadata or facts change."""
    payload = asdict(article)
    del payload["tokens"]
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
