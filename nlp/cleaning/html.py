"""Cleaning of HTML pages: trafilatura for the body, the page's own metadata for title, date, author."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import trafilatura
from danvan.nlp.cleaning.text import CleanedText, clean_text_dump, strip_tail_furniture
from danvan.nlp.dates import parse_date
from danvan.nlp.normalize import normalize_text
from lxml import html as lxml_html


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    published: str | None = None
    author: str | None = None
    canonical: str | None = None


def _json_ld_items(tree: lxml_html.HtmlElement) -> list[dict]:
    items: list[dict] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text_content() or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                items.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return items


def _author_name(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _author_name(value.get("name"))
    if isinstance(value, list) and value:
        names = [n for n in (_author_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def page_metadata(tree: lxml_html.HtmlElement) -> PageMeta:
    """Title, date, author and canonical URL from JSON-LD, OpenGraph and meta tags, in that order."""
    meta = PageMeta()
    for item in _json_ld_items(tree):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(isinstance(k, str) and ("Article" in k or k == "Report") for k in kinds):
            continue
        meta.title = meta.title or (item.get("headline") or None)
        published = item.get("datePublished") or item.get("dateCreated")
        if published and not meta.published:
            value = parse_date(str(published))
            meta.published = value.isoformat() if value else None
        meta.author = meta.author or _author_name(item.get("author"))

    def first(xpath: str) -> str | None:
        found = tree.xpath(xpath)
        return str(found[0]).strip() if found and str(found[0]).strip() else None

    meta.title = meta.title or first('//meta[@property="og:title"]/@content') or first("//title/text()")
    if not meta.published:
        for xp in (
            '//meta[@property="article:published_time"]/@content',
            '//meta[@name="pubdate"]/@content',
            '//meta[@itemprop="datePublished"]/@content',
            '//meta[@name="date"]/@content',
            "//time/@datetime",
        ):
            raw = first(xp)
            value = parse_date(raw) if raw else None
            if value:
                meta.published = value.isoformat()
                break
    meta.author = (
        meta.author
        or first('//meta[@name="author"]/@content')
        or first('//meta[@property="article:author"]/@content')
    )
    meta.canonical = first('//link[@rel="canonical"]/@href') or first('//meta[@property="og:url"]/@content')
    if meta.title:
        meta.title = normalize_text(meta.title).strip()
    return meta


_DATED = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")


def _article_text(lines: list[str], title: str | None) -> tuple[str, str | None]:
    """The body (without a repeated headline, related lists, comments, byline) and the byline."""
    if lines and title and lines[0] == title:
        lines = lines[1:]
    return strip_tail_furniture(lines)


def clean_article_lines(text: str, title: str) -> CleanedText:
    """An article body already extracted from its page (a paragraph a line): the same steps as
    clean_html after its extraction, without parsing and extracting the page again."""
    title = normalize_text(title).strip()
    lines = [ln.strip() for ln in normalize_text(text).split("\n") if ln.strip()]
    body, author = _article_text(lines, title)
    match = _DATED.search(" ".join([title, *lines[:20]]))
    value = parse_date(match.group(0)) if match else None
    return CleanedText(title=title, body=body, published=value.isoformat() if value else None, author=author)


def clean_html(page: str) -> tuple[CleanedText, PageMeta]:
    """Article title, body, date and byline of an HTML page."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return clean_text_dump(page), PageMeta()
    meta = page_metadata(tree)
    body = (
        trafilatura.extract(
            page,
            include_comments=False,
            include_tables=True,
            include_images=False,
            favor_precision=True,
            deduplicate=False,  # trafilatura deduplicates across every page the process has seen
            with_metadata=False,
        )
        or ""
    )
    body = normalize_text(body)
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    body, author = _article_text(lines, meta.title)
    published = meta.published
    if not published:
        head_text = " ".join(tree.xpath("//body//text()")[:400])
        match = _DATED.search(normalize_text(head_text))
        value = parse_date(match.group(0)) if match else None
        published = value.isoformat() if value else None
    title = meta.title or (lines[0] if lines else "")
    return CleanedText(title=title, body=body, published=published, author=meta.author or author), meta
