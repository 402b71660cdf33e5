"""Repeated link blocks of a page: the items of a listing, each leading to one other page of the site."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from danvan.crawler.urls import absolute_http_url, normalize_url, same_site
from lxml import etree

# Not <form>: ASP.NET pages wrap the whole page in one.
FURNITURE_TAGS = {"nav", "header", "footer", "aside"}
_SKIP = {"script", "style", "noscript", "template"}


@dataclass(slots=True)
class ListingItem:
    """One block holding links to a single other page: its target, text and markup signature."""

    target: str
    text: str
    signature: str


def element_text(el: etree._Element) -> str:
    return " ".join("".join(t for t in el.itertext() if isinstance(t, str)).split())


def _in_furniture_tag(el: etree._Element) -> bool:
    return any(anc.tag in FURNITURE_TAGS for anc in el.iterancestors())


def _signature(el: etree._Element) -> str:
    parent = el.getparent()
    return f"{parent.tag if parent is not None else ''}>{el.tag}.{(el.get('class') or '').strip()}"


def link_items(root: etree._Element, url: str, domains: list[str], min_chars: int = 20) -> list[ListingItem]:
    """Each same-site link's block: its largest ancestor whose links all lead to that one page."""
    here = normalize_url(url)
    targets: dict[etree._Element, str] = {}
    for a in root.iter("a"):
        href = absolute_http_url(url, a.get("href"))
        if not href or not same_site(href, domains) or _in_furniture_tag(a):
            continue
        target = normalize_url(href)
        if target != here:
            targets[a] = target
    seen: dict[etree._Element, set[str]] = defaultdict(set)
    for a, target in targets.items():
        for anc in a.iterancestors():
            if len(seen[anc]) < 2:
                seen[anc].add(target)
    items: dict[etree._Element, ListingItem] = {}
    for a, target in targets.items():
        block = a
        for anc in a.iterancestors():
            if anc.tag in ("body", "html") or len(seen[anc]) > 1:
                break
            block = anc
        if block in items:
            continue
        text = element_text(block)
        if len(text) >= min_chars:
            items[block] = ListingItem(target, text, _signature(block))
    return list(items.values())


def repeated_items(items: list[ListingItem], min_items: int) -> list[ListingItem]:
    """The largest group of items sharing one markup signature, when it has min_items or more."""
    groups: dict[str, list[ListingItem]] = defaultdict(list)
    for item in items:
        groups[item.signature].append(item)
    best = max(groups.values(), key=len, default=[])
    return best if len({i.target for i in best}) >= min_items else []
