"""The site registry: one SiteConfig per outlet, loaded from crawler/sites.toml."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

REGISTRY_PATH = Path(__file__).with_name("sites.toml")
SELECTOR_KEYS = ("title", "published", "author", "body")


class SiteConfigError(ValueError):
    """A registry entry is malformed."""


@dataclass(slots=True)
class SiteConfig:
    """How to crawl one outlet."""

    name: str
    domains: list[str]
    start_urls: list[str]
    title: str = ""
    kind: str = ""
    province: str | None = None
    verified: bool = False
    sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    article_patterns: list[str] = field(default_factory=list)
    listing_patterns: list[str] = field(default_factory=list)
    exclude_patterns: list[str] = field(default_factory=list)
    pagination: str = ""
    listing_item: str = ""
    listing_date: str = ""
    selectors: dict[str, str] = field(default_factory=dict)
    notes: str = ""

    def owns(self, url: str) -> bool:
        """Whether the URL's host is one of this site's domains (or a subdomain of one)."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def matches(self, kind: str, url: str) -> bool:
        patterns = {
            "article": self.article_patterns,
            "listing": self.listing_patterns,
            "exclude": self.exclude_patterns,
        }[kind]
        return any(re.search(p, url) for p in patterns)


def _string_list(entry: dict, key: str, where: str) -> list[str]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SiteConfigError(f"{where}: '{key}' must be a list of strings")
    return value


def site_from_dict(entry: dict, where: str = "site") -> SiteConfig:
    """Validate one registry entry and build its SiteConfig."""
    name = entry.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name):
        raise SiteConfigError(f"{where}: 'name' must be a lowercase slug, got {name!r}")
    where = f"{where} '{name}'"
    domains = [d.lower() for d in _string_list(entry, "domains", where)]
    start_urls = _string_list(entry, "start_urls", where)
    if not domains:
        domains = sorted({(urlsplit(u).hostname or "").lower() for u in start_urls} - {""})
    if not domains:
        raise SiteConfigError(f"{where}: needs 'domains' or 'start_urls'")
    selectors = entry.get("selectors", {})
    if not isinstance(selectors, dict) or set(selectors) - set(SELECTOR_KEYS):
        raise SiteConfigError(f"{where}: 'selectors' keys must be among {SELECTOR_KEYS}")
    patterns = {
        key: _string_list(entry, key, where)
        for key in ("article_patterns", "listing_patterns", "exclude_patterns")
    }
    for key, values in patterns.items():
        for pattern in values:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise SiteConfigError(f"{where}: bad regex in {key}: {pattern!r} ({exc})") from exc
    return SiteConfig(
        name=name,
        domains=domains,
        start_urls=start_urls,
        title=str(entry.get("title", "")),
        kind=str(entry.get("kind", "")),
        province=entry.get("province"),
        verified=bool(entry.get("verified", False)),
        sitemaps=_string_list(entry, "sitemaps", where),
        feeds=_string_list(entry, "feeds", where),
        pagination=str(entry.get("pagination", "")),
        listing_item=str(entry.get("listing_item", "")),
        listing_date=str(entry.get("listing_date", "")),
        selectors={k: str(v) for k, v in selectors.items() if v},
        notes=str(entry.get("notes", "")),
        **patterns,
    )


def parse_sites(text: str, where: str = "sites") -> list[SiteConfig]:
    """Parse registry TOML text (a list of [[site]] tables)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SiteConfigError(f"{where}: not valid TOML ({exc})") from exc
    sites = [site_from_dict(entry, f"{where}[{i}]") for i, entry in enumerate(data.get("site", []))]
    names = [s.name for s in sites]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SiteConfigError(f"{where}: duplicate site names {duplicates}")
    return sites


def load_sites(path: str | Path | None = None) -> list[SiteConfig]:
    """Load the registry (the bundled crawler/sites.toml unless a path is given)."""
    path = Path(path) if path else REGISTRY_PATH
    return parse_sites(path.read_text(encoding="utf-8"), str(path))


def site_for_url(url: str, sites: list[SiteConfig]) -> SiteConfig | None:
    """The registry site that owns a URL, if any."""
    return next((s for s in sites if s.owns(url)), None)


def select_sites(names: list[str], sites: list[SiteConfig]) -> list[SiteConfig]:
    """Pick sites by name; unknown names raise with the list of known ones."""
    by_name = {s.name: s for s in sites}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise SiteConfigError(f"unknown site(s) {unknown}; known: {sorted(by_name)}")
    return [by_name[n] for n in names]
