"""FetchedPage: the plain record the crawler hands to the app for every article it fetches."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class FetchedPage:
    """One fetched page, raw bytes plus what the crawler learnt about it."""

    url: str
    final_url: str
    canonical_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    encoding: str
    fetched_at: str
    site: str
    is_article: bool
    listing_date: str | None = None
    warc_ref: str | None = None
    # Raw strings picked by the site's CSS/XPath overrides: title, published, author, body_html; or
    # found by the article detector: title, published, body_text (the main text, a paragraph a line).
    fields: dict[str, str] = field(default_factory=dict)
    request_headers: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        """The body decoded with the detected encoding."""
        return self.body.decode(self.encoding, errors="replace")

    def summary(self) -> dict[str, Any]:
        """Everything but the body, JSON-ready (used for page logs)."""
        data = asdict(self)
        data.pop("body")
        data["body_bytes"] = len(self.body)
        return data
