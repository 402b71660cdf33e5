"""URL normalisation: strip tracking parameters and fragments so one article has one URL."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "zarsrc",
        "zaloid",
        "ref",
        "ref_src",
        "cmpid",
        "itm_source",
        "itm_medium",
        "itm_campaign",
        "itm_content",
        "gidzl",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


@lru_cache(maxsize=1 << 16)  # a site's menus and listings repeat the same links on every page
def normalize_url(url: str) -> str:
    """Canonical form of a URL: lowercase host, no default port, no fragment, no tracking params,
    sorted query."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking_param(k)]
    )
    path = parts.path or "/"
    return canonicalize_url(urlunsplit((scheme, netloc, path, query, "")))


def same_site(url: str, domains: list[str]) -> bool:
    """Whether the URL's host is one of the domains or a subdomain of one."""
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


@lru_cache(maxsize=1 << 14)  # the detector and the spider resolve each of a page's links several times
def absolute_http_url(base: str, href: str | None) -> str | None:
    """Resolve a link against its page; None for non-HTTP links (mailto:, javascript:, ...)."""
    if not href:
        return None
    href = href.strip()
    if not href or re.match(r"(?i)(mailto|javascript|tel|data|sms|zalo):", href):
        return None
    url = urljoin(base, href)
    return url if urlsplit(url).scheme in ("http", "https") else None
