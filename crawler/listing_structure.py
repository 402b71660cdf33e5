"""Repeated link blocks of a page: the items of a listing, each leading to one other page of the site."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from statistics import median

from danvan.crawler.detection_rules import rules
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
    element: etree._Element | None = field(default=None, repr=False, compare=False)


def element_text(el: etree._Element) -> str:
    return " ".join("".join(t for t in el.itertext() if isinstance(t, str)).split())


def element_text_within(el: etree._Element, limit: int) -> str | None:
    """element_text(el) when it is at most `limit` characters long, else None, found without reading
    past the first `limit` non-space characters (a headline's parent may hold the whole article)."""
    parts, solid = [], 0
    for t in el.itertext():
        if isinstance(t, str):
            parts.append(t)
            solid += sum(map(len, t.split()))  # characters the normalised text keeps
            if solid > limit:
                return None
    text = " ".join("".join(parts).split())
    return text if len(text) <= limit else None


def _in_furniture_tag(el: etree._Element) -> bool:
    """Inside the page's nav, header, footer or aside; a <header> or <footer> of an <article> or
    <section> is that entry's own (a blog listing's linked title sits in its entry's <header>)."""
    for anc in el.iterancestors():
        if anc.tag in ("article", "section"):
            return False
        if anc.tag in FURNITURE_TAGS:
            return anc.tag in ("nav", "aside") or not any(
                a.tag in ("article", "section") for a in anc.iterancestors()
            )
    return False


def _signature(el: etree._Element) -> str:
    parent = el.getparent()
    return f"{parent.tag if parent is not None else ''}>{el.tag}.{(el.get('class') or '').strip()}"


@cache
def _copy_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in rules()["urls"]["copies"]))


def is_copy_url(url: str) -> bool:
    """A print or AMP copy's URL (`urls.copies`): the same article, not another page."""
    return bool(_copy_pattern().search(url.lower()))


# two paragraphs of prose holding no link: an article's text, no listing entry (a title and its teaser)
_HOLDS_PROSE = etree.XPath("count(.//p[not(.//a)][string-length(normalize-space()) >= 120]) >= 2")


def _child_toward(block: etree._Element, a: etree._Element) -> etree._Element:
    """The child of `block` on the way down to `a`."""
    return next(c for c in (a, *a.iterancestors()) if c.getparent() is block)


def link_items(root: etree._Element, url: str, domains: list[str], min_chars: int = 20) -> list[ListingItem]:
    """Each same-site link's block: its largest ancestor whose links all lead to that one page, and holding
    no two paragraphs of prose without a link (an article's text around its 'Xem thêm' link)."""
    here = normalize_url(url)
    targets: dict[etree._Element, str] = {}
    for a in root.iter("a"):
        href = absolute_http_url(url, a.get("href"))
        if not href or not same_site(href, domains) or _in_furniture_tag(a):
            continue
        target = normalize_url(href)
        if target != here and not is_copy_url(target):  # 'In bài' leads to this article's print copy
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
        if block is not a and _HOLDS_PROSE(block):
            # an article's text holding one link ('Xem thêm: …'): the entry is the link's block below it
            block = next((b for b in (a, *a.iterancestors()) if b is block or _HOLDS_PROSE(b)), a)
            block = a if block is a else _child_toward(block, a)
        if block in items:
            continue
        text = element_text(block)
        if len(text) >= min_chars:
            items[block] = ListingItem(target, text, _signature(block), block)
    return list(items.values())


def is_post(item: ListingItem, min_chars: int, max_link_share: float) -> bool:
    """The block is a post signed by a linked name (a forum's message, a comment), not a listing's entry: a
    long text (`min_chars` or more) of which its links make a sliver (under `max_link_share`: the poster's
    name and avatar); an entry's link is its headline, a good part of its title and teaser."""
    if item.element is None or len(item.text) < min_chars:
        return False
    linked = sum(len(" ".join(a.text_content().split())) for a in item.element.iter("a"))
    return linked < max_link_share * len(item.text)


def listing_group(groups: list[list[ListingItem]]) -> list[ListingItem]:
    """The repeated group holding the most text: a listing's entries, with their dates and teasers, over a
    sidebar's titles."""
    return max(groups, key=lambda g: sum(len(i.text) for i in g), default=[])


def repeated_groups(items: list[ListingItem], min_items: int) -> list[list[ListingItem]]:
    """Every group of items sharing one markup signature that leads to min_items pages or more."""
    groups: dict[str, list[ListingItem]] = defaultdict(list)
    for item in items:
        groups[item.signature].append(item)
    return [g for g in groups.values() if len({i.target for i in g}) >= min_items]


def item_regions(items: list[ListingItem], max_spread: float) -> list[str]:
    """The text of each item's region: the child of the items' lowest common ancestor that holds it.

    A listing's entry is more than its link block: the teaser, date, author and category links beside
    the linked title are in the same entry (a blog's <article>). When every such child holds one item
    and their texts are of like length (the longest at most `max_spread` times the median), none more than
    `listing.max_entry_extra_chars` longer than its item's own text (a teaser, a date), and the items sit as
    deep under it, those are the regions; otherwise (items scattered over the page, columns) the items' own
    texts.
    """
    own = [i.text for i in items]
    elements = [i.element for i in items]
    if len(elements) < 2 or any(e is None for e in elements):
        return own
    chains = [[e, *e.iterancestors()] for e in elements]
    shared = set(chains[0]).intersection(*map(set, chains[1:]))
    common = next((a for a in chains[0] if a in shared), None)
    if common is None:
        return own
    regions = []
    depths = set()
    for chain in chains:
        at = chain.index(common)
        if at == 0:
            return own  # one item holds another
        regions.append(chain[at - 1])
        depths.add(at)
    if len(depths) > 1:
        return own  # not entries of one list: a row of an article's tools and a row of the page's footer
    if len(set(regions)) != len(regions):
        return own
    texts = [element_text(r) for r in regions]
    if max(map(len, texts)) > max_spread * median(map(len, texts)):
        return own
    extra = rules()["listing"]["max_entry_extra_chars"]
    if any(len(text) - len(item) > extra for text, item in zip(texts, own, strict=True)):
        return own  # a region far longer than an entry: a column (an article under its heading)
    return texts


def is_label(text: str, max_words: int) -> bool:
    """A menu entry's text: a few words, at least one letter ('Tin hoạt động', not '2' or '»'); a dash
    or a slash between words is no word ('TIN TỨC - SỰ KIỆN')."""
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    return 0 < len(words) <= max_words and any(c.isalpha() for c in text)


def in_menu(
    link: etree._Element, min_links: int, max_words: int, min_link_share: float, max_levels: int = 5
) -> bool:
    """The link is an entry of a menu: its nearest ancestor (`max_levels` up at most) holding
    `min_links` links or more holds labels only, and little else (a navigation bar, not a list of
    headlines, nor an article with its breadcrumb, tags and share links)."""
    for level, anc in enumerate(link.iterancestors()):
        if level >= max_levels or anc.tag in ("body", "html"):
            return False
        links = list(anc.iter("a"))
        if len(links) >= min_links:
            # an icon's link (home, search) has no text: no label, and no headline either
            labels = [text for a in links if (text := element_text(a))]
            # two entries in five may run two words longer ('Phát biểu của lãnh đạo'); headlines run longer
            short = sum(1 for t in labels if is_label(t, max_words))
            alike = all(is_label(t, max_words + 2) for t in labels) and short >= 0.6 * len(labels)
            return alike and sum(map(len, labels)) >= min_link_share * len(element_text(anc))
    return False


def _holds_unlinked(block: etree._Element | None, headline: etree._Element) -> bool:
    """The block holds the headline, which links nowhere (an entry's title links to its page)."""
    if block is None or not (block is headline or any(a is block for a in headline.iterancestors())):
        return False
    return next(headline.iter("a"), None) is None and not any(a.tag == "a" for a in headline.iterancestors())


def without_own_article(
    items: list[ListingItem], headline: etree._Element, max_spread: float
) -> list[ListingItem]:
    """The items but the page's own article: the block holding its headline, which links nowhere, when its
    only link is a category's or a tag's, and far longer (over `max_spread` times the median) than the
    blocks of its markup signature (the banner's, linking home): the entries of a listing are alike."""
    out = []
    for item in items:
        if _holds_unlinked(item.element, headline):
            peers = [len(i.text) for i in items if i.signature == item.signature and i is not item]
            if peers and len(item.text) > max_spread * median(peers):
                continue
        out.append(item)
    return out
