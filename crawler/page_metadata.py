"""What a page's markup claims about it (JSON-LD, OpenGraph, meta tags): supporting evidence only."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from danvan.crawler.detection_rules import rules
from danvan.crawler.page_text import compiled_xpath, first_string
from danvan.crawler.structured_dates import day_in_the_other_zone, parse_structured_date
from danvan.crawler.text_keys import norm
from parsel import Selector

ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "blogposting",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "report",
}
# A block opening with a date not followed by a comma ("Thứ Hai 01/7 | 8 giờ", "25/7/2024 – Hội nghị"):


def jsonld_objects(sel: Selector) -> list[dict]:
    objects = []
    for raw in compiled_xpath('//script[@type="application/ld+json"]/text()')(sel.root):
        try:
            stack = [json.loads(raw)]
        except ValueError:
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                objects.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])
    return objects


def _types(obj: dict) -> set[str]:
    value = obj.get("@type", [])
    return {str(v).lower() for v in (value if isinstance(value, list) else [value])}


@dataclass(slots=True)
class Metadata:
    """What the page's markup claims (supporting evidence only)."""

    article_type: str = ""
    other_type: str = ""  # a page type that is no article (JSON-LD AboutPage, VideoObject; og:type video.*)
    headline: str = ""
    published: date | None = None
    # the stamp's day with its zone taken the other way (a zone-less stamp read as UTC, a zoned one as
    # written) when that is another day; the printed date decides
    published_other_zone: date | None = None
    author: str = ""


_MICRODATA_HEADLINE = (
    "normalize-space((//*[contains(@itemtype, 'Article') or contains(@itemtype, 'BlogPosting')]"
    "//*[@itemprop='headline'])[1])"
)


_SLASHED_YMD = re.compile(r"^(\d{4})/(\d{2})/(\d{2})")


def page_metadata(sel: Selector) -> Metadata:
    meta = Metadata()
    for obj in jsonld_objects(sel):
        kinds = _types(obj)
        if others := kinds & set(rules()["metadata"]["non_article_types"]):
            meta.other_type = meta.other_type or f"jsonld:{sorted(others)[0]}"
        if kinds & ARTICLE_TYPES:
            meta.article_type = meta.article_type or f"jsonld:{sorted(kinds & ARTICLE_TYPES)[0]}"
            meta.headline = meta.headline or norm(str(obj.get("headline") or ""))
            meta.published = meta.published or parse_structured_date(str(obj.get("datePublished") or ""))
            author = obj.get("author")
            if isinstance(author, list) and author:
                author = author[0]
            if isinstance(author, dict):
                author = author.get("name")
            meta.author = meta.author or norm(str(author or ""))
    if not meta.headline:
        # schema.org microdata: the headline of the page's article item (Joomla's item page, WordPress themes)
        meta.headline = norm(str(compiled_xpath(_MICRODATA_HEADLINE)(sel.root)))
    og_type = first_string(sel, '//meta[@property="og:type"]/@content').strip().lower()
    if og_type == "article" and not meta.article_type:
        meta.article_type = "og:article"
    elif og_type.split(".")[0] in rules()["metadata"]["non_article_og_types"]:
        meta.other_type = meta.other_type or f"og:{og_type}"
    for xp in (
        '//meta[@property="article:published_time"]/@content',
        '//meta[@itemprop="datePublished"]/@content',
        '//*[@itemprop="datePublished"]/@datetime',
        # RDFa (Drupal's 'rdf-meta' spans): schema.org's or Dublin Core's date of the page's own node
        '//*[@property="schema:datePublished" or @property="schema:dateCreated" or @property="dc:date"'
        ' or @property="dcterms:created" or @property="dc:created"]/@content',
        # Highwire Press tags (journals: Open Journal Systems, Google Scholar's), '2025/06/30' as often as ISO
        '//meta[@name="citation_publication_date" or @name="citation_date" or @name="citation_online_date"]'
        "/@content",
    ):
        if meta.published is None and (raw := _SLASHED_YMD.sub(r"\1-\2-\3", first_string(sel, xp).strip())):
            meta.published = parse_structured_date(raw)
            meta.published_other_zone = day_in_the_other_zone(raw)
    if not meta.author:
        meta.author = norm(first_string(sel, '//meta[@name="author"]/@content'))
    return meta
