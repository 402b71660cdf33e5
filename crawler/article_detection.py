"""Is this page an article? Decided from its content (main text, headline, date, link blocks), with
metadata as support and the site's registry entry as override; every verdict lists its signals."""

from __future__ import annotations

import copy
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from danvan.crawler.article_container import LIST_MARK, common_ancestor, outside, own_container, squashed
from danvan.crawler.detection_rules import rules
from danvan.crawler.listing_structure import (
    ListingItem,
    element_text,
    element_text_within,
    in_menu,
    is_label,
    item_regions,
    link_items,
    listing_group,
    repeated_groups,
    without_own_article,
)
from danvan.crawler.page_kinds import (
    caption_texts,
    document_record,
    figures_list,
    foreign_language,
    lines_by,
    names_a_document,
    official_document,
    price_table,
    schedule_line,
)
from danvan.crawler.printed_dates import printed_date
from danvan.crawler.sites import SiteConfig
from danvan.crawler.structured_dates import parse_structured_date
from danvan.crawler.tab_panels import hidden_panels, show
from danvan.crawler.urls import absolute_http_url, normalize_url
from lxml import etree
from parsel import Selector
from trafilatura.settings import Extractor

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
# a calendar row; news paragraphs open "Ngày 11/5, ..." with a comma.
_DATE_LEAD = re.compile(
    r"^[|\s]*(?:(?:thứ\s+\w+|chủ\s+nhật)[,\s]*)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b(?!\s*,)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
_SYLLABLE = re.compile(r"\w+", re.UNICODE)
_WORDY_CHAR = re.compile(r"\w")


@dataclass(slots=True)
class Verdict:
    """Whether a page is an article, the signals that decided it, and what was found on the way."""

    is_article: bool
    signals: list[str] = field(default_factory=list)
    title: str = ""
    published: date | None = None
    main_text: str = ""
    body: list[str] = field(default_factory=list)
    listing_links: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:  # kept for callers of the points-based verdict
        return 1.0 if self.is_article else 0.0


def _norm(text: str) -> str:
    return " ".join(text.split())


def _syllables(text: str) -> set[str]:
    # composed first: Windows-1258 pages write tones as combining marks, which \w does not match
    text = unicodedata.normalize("NFC", text.lower())
    return {s for s in _SYLLABLE.findall(text) if len(s) > 1 or s.isdigit()}


def jsonld_objects(sel: Selector) -> list[dict]:
    import json

    objects = []
    for raw in _xpath('//script[@type="application/ld+json"]/text()')(sel.root):
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


def _first(sel: Selector, path: str) -> str:
    """The first string an XPath finds on the page, or ''."""
    return str(next(iter(_xpath(path)(sel.root)), ""))


@dataclass(slots=True)
class Metadata:
    """What the page's markup claims (supporting evidence only)."""

    article_type: str = ""
    other_type: str = ""  # a page type that is no article (JSON-LD AboutPage, VideoObject; og:type video.*)
    headline: str = ""
    published: date | None = None
    author: str = ""


def page_metadata(sel: Selector) -> Metadata:
    meta = Metadata()
    for obj in jsonld_objects(sel):
        kinds = _types(obj)
        if others := kinds & set(rules()["metadata"]["non_article_types"]):
            meta.other_type = meta.other_type or f"jsonld:{sorted(others)[0]}"
        if kinds & ARTICLE_TYPES:
            meta.article_type = meta.article_type or f"jsonld:{sorted(kinds & ARTICLE_TYPES)[0]}"
            meta.headline = meta.headline or _norm(str(obj.get("headline") or ""))
            meta.published = meta.published or parse_structured_date(str(obj.get("datePublished") or ""))
            author = obj.get("author")
            if isinstance(author, list) and author:
                author = author[0]
            if isinstance(author, dict):
                author = author.get("name")
            meta.author = meta.author or _norm(str(author or ""))
    og_type = _first(sel, '//meta[@property="og:type"]/@content').strip().lower()
    if og_type == "article" and not meta.article_type:
        meta.article_type = "og:article"
    elif og_type.split(".")[0] in rules()["metadata"]["non_article_og_types"]:
        meta.other_type = meta.other_type or f"og:{og_type}"
    for xp in (
        '//meta[@property="article:published_time"]/@content',
        '//meta[@itemprop="datePublished"]/@content',
        '//*[@itemprop="datePublished"]/@datetime',
    ):
        if meta.published is None and (raw := _first(sel, xp)):
            meta.published = parse_structured_date(raw)
    if not meta.author:
        meta.author = _norm(_first(sel, '//meta[@name="author"]/@content'))
    return meta


@cache
def _extractor(precision: bool) -> Extractor:
    """trafilatura's options, built once (building them costs as much as a small page's extraction)."""
    return Extractor(fast=True, precision=precision, comments=False, tables=True, images=False, dedup=False)


_LAYOUT_TABLES = etree.XPath("//table[.//table or .//ul or .//ol or .//div or .//h1 or .//h2 or .//h3]")
_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")
_BLOCKS = ("p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table")
_BLOCKS += ("figure", "blockquote", "pre", "header", "footer", "nav", "aside", "form")
# a <section> holding text of its own and no block: a paragraph written as a section
_TEXT_SECTIONS = etree.XPath(
    f"//section[text()[normalize-space()]][not(.//*[{' or '.join(f'self::{t}' for t in _BLOCKS)}])]"
)


def for_extraction(root: etree._Element) -> etree._Element:
    """The page as the extractor should read it: its layout tables (tables holding tables, lists, divs or
    headings: the page's columns, not data) turned into <div>s, so that the main text is told from the
    columns around it (trafilatura keeps a whole table as one block); its sections holding bare text and no
    block (a body of one <section> per paragraph) turned into <p>s, which trafilatura reads as paragraphs
    (it reads such a section as no text, and takes a list of teasers' <p>s beside it for the main text).
    The hidden panels of an article split into in-page tabs are shown. The page itself when it has none of
    these."""
    if not _LAYOUT_TABLES(root) and not _TEXT_SECTIONS(root) and not hidden_panels(root):
        return root
    root = copy.deepcopy(root)
    for panel in hidden_panels(root):
        show(panel)
    for table in _LAYOUT_TABLES(root):
        for el in table.iter(*_TABLE_PARTS):
            el.tag = "div"
    for section in _TEXT_SECTIONS(root):
        section.tag = "p"
    return root


def main_text(root: etree._Element, min_chars: int, min_chars_if_more: int = 0) -> str:
    """The page's main text as trafilatura extracts it (fast mode, no comments): precision first,
    then recall when that finds too little (bodies of bare text between <br> tags): under `min_chars`,
    or under `min_chars_if_more` when recall finds more. Layout tables are read as blocks, text-only
    sections as paragraphs."""
    root = for_extraction(root)
    precise = trafilatura.extract(root, options=_extractor(True)) or ""
    if len(precise) >= max(min_chars, min_chars_if_more):
        return precise
    recalled = trafilatura.extract(root, options=_extractor(False)) or ""
    if len(precise) >= min_chars and len(recalled) <= len(precise):
        return precise
    return recalled


@cache
def _xpath(path: str) -> etree.XPath:
    """A compiled XPath (lxml directly: parsel's wrapper objects cost more than the query here)."""
    return etree.XPath(path, smart_strings=False)


def _element_texts(root: etree._Element, path: str) -> list[str]:
    return [element_text(el) for el in _xpath(path)(root)]


def _page_names(sel: Selector, meta: Metadata) -> list[str]:
    """What the page's markup names it: its JSON-LD headline and og:title, its <title> whole and cut at
    the separators between a headline and the site's name."""
    root = sel.root
    names = [meta.headline, _norm(next(iter(_xpath('//meta[@property="og:title"]/@content')(root)), ""))]
    page_title = _norm(next(iter(_xpath("//title/text()")(root)), ""))
    parts = [page_title]
    for sep in rules()["title"]["separators"]:
        parts = [p.strip() for part in parts for p in part.split(sep)]
    return [*names, page_title, *parts]


def _title_sources(sel: Selector, meta: Metadata) -> Iterator[tuple[str, list[str]]]:
    """Headline candidates by kind, most likely first, each group found only when the ones before it
    failed: metadata, h1, headline classes, <title>, other headings."""
    cfg = rules()["title"]
    root = sel.root
    names = _page_names(sel, meta)
    yield "metadata", names[:2]
    yield "h1", _element_texts(root, "//body//h1")
    hints = " or ".join(
        f"contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'),'{h}')"
        for h in cfg["class_hints"]
    )
    yield "class", _element_texts(root, f"//body//*[{hints}]")
    yield "title", names[2:]
    yield "heading", _element_texts(root, "//body//h2 | //body//h3 | //body//b | //body//strong")


def _words_key(text: str) -> str:
    """A heading's words only: lower case, tones composed, dashes, colons and spaces aside."""
    return " ".join(_SYLLABLE.findall(unicodedata.normalize("NFC", text.lower())))


@cache
def _section_labels() -> frozenset[str]:
    return frozenset(_words_key(label) for label in rules()["title"]["section_labels"])


def is_section_label(text: str) -> bool:
    """A box or section heading ('CHI TIẾT TIN', 'Tin tức - Sự kiện'): never an article's headline."""
    return _words_key(text) in _section_labels()


def _footer_markers(text: str, kinds: tuple[str, ...] = ("site_markers", "contact_markers")) -> int:
    """How many footer markers ('Cơ quan chủ quản', 'Giấy phép số', 'Điện thoại:') a text holds."""
    low = unicodedata.normalize("NFC", text.lower())
    cfg = rules()["footer"]
    return sum(1 for kind in kinds for m in cfg[kind] if m in low)


def footer_start(lines: list[str]) -> int:
    """Where the site's footer starts in the main text (len(lines) when none): the first line holding a
    footer marker in the trailing run of short lines, when at least `min_lines` lines of it hold one and
    one of them a site marker (a table layout's footer row the extractor kept after the article)."""
    cfg = rules()["footer"]
    start = len(lines)
    while start > 0 and len(lines[start - 1]) < cfg["max_line_chars"]:
        start -= 1
    marked = [i for i in range(start, len(lines)) if _footer_markers(lines[i])]
    site = any(_footer_markers(lines[i], ("site_markers",)) for i in marked)
    if len(marked) < cfg["min_lines"] or not site:
        return len(lines)
    return marked[0]


@cache
def _record_labels() -> dict[str, frozenset[str]]:
    cfg = rules()["records"]
    kinds = ("document", "question", "event", "person", "attachment_labels")
    return {kind: frozenset(_words_key(label) for label in cfg[kind]) for kind in kinds}


_ROW_LABELS = etree.XPath("//tr/td[1][following-sibling::td]")  # a label cell, its value beside it


def record_fields(root: etree._Element, named: bool = False) -> tuple[str, list[str]]:
    """The kind of record ('document', 'question', 'event', 'person') whose field labels the page shows (a
    <dt>, <th>, bold, heading or row-leading cell label such as 'Số/Ký hiệu', 'Câu hỏi:', 'Thời gian:', 'Số
    thẻ luật sư'), and those labels;
    ('', []) when fewer than `min_labels` of one kind (`min_labels_named` of a document's, an attachment's
    label aside, when the headline names a document by its type and number, `named`)."""
    cfg = rules()["records"]
    found: set[str] = set()
    for el in itertools.chain(root.iter(*cfg["label_tags"]), _ROW_LABELS(root)):
        text = element_text_within(el, cfg["max_label_chars"])
        if text:
            found.add(_words_key(text))
    labelled = _record_labels()
    for kind in ("document", "question", "event", "person"):
        if len(hits := sorted(found & labelled[kind])) >= cfg["min_labels"]:
            return kind, hits
    if named:
        own = sorted(found & (labelled["document"] - labelled["attachment_labels"]))
        if len(own) >= cfg["min_labels_named"]:
            return "document", own
    return "", []


def _headline_shaped(text: str) -> bool:
    """Of a headline's length, and no section label or footer line."""
    cfg = rules()["title"]
    return (
        cfg["min_chars"] <= len(text) <= cfg["max_chars"]
        and not is_section_label(text)
        and not _footer_markers(text)
    )


def _title_candidates(sel: Selector, meta: Metadata) -> Iterator[tuple[str, list[str]]]:
    """Groups of headline candidates by kind (metadata, h1, headline classes, <title>, other headings),
    most likely group first; within a group in document order, section labels left out."""
    cfg = rules()["title"]
    seen: set[str] = set()
    for kind, group in _title_sources(sel, meta):
        kept = []
        for text in group:
            if cfg["min_chars"] <= len(text) <= cfg["max_chars"] and text not in seen:
                seen.add(text)
                if not is_section_label(text) and not _footer_markers(text):
                    kept.append(text)
        if kept:
            yield kind, kept


def _overlap(title: str, line_syllables: Counter[str], lines_lower: Counter[str]) -> float:
    """Share of the title's syllables found in the main text outside the title's own lines (a box
    heading such as 'TIN ĐỌC NHIỀU' is in the text, but nothing else in the text is about it)."""
    words = _syllables(title)
    if not words:
        return 0.0
    own = lines_lower.get(title.lower(), 0)
    found = sum(1 for w in words if line_syllables[w] > own)
    return found / len(words) if found >= rules()["title"]["min_shared_syllables"] else 0.0


def _heads_a_paragraph(title: str, lines: list[str], line_at: dict[str, int]) -> bool:
    """The title is a line of the main text and a paragraph follows it (a dateline or byline between
    them allowed): a headline whose text need not repeat its words. A box heading is followed by short
    lines (counters, menu items, linked titles)."""
    at = line_at.get(title.lower())
    if at is None:
        return False
    cfg = rules()["title"]
    return any(
        len(ln) >= cfg["paragraph_chars"] and _SENTENCE_END.search(ln)
        for ln in lines[at + 1 : at + 1 + cfg["lines_to_paragraph"]]
    )


def opening_headline(lines: list[str], line_at: dict[str, int], names: list[str]) -> tuple[str, str]:
    """The post's own opening line when it is its headline, and its spelling: one of the main text's
    first `lines_to_paragraph` lines, heading a paragraph, not ending like a sentence, written in capitals
    or naming the page (its <title>, og:title, case aside: that spelling is returned); ('', '') if none."""
    cfg = rules()["title"]
    end = re.compile(cfg["opening_end"])
    named = {n.lower(): n for n in names if n}
    for line in lines[: cfg["lines_to_paragraph"]]:
        if not _headline_shaped(line) or end.search(line) or not _heads_a_paragraph(line, lines, line_at):
            continue
        if (spelled := named.get(line.lower())) or (line == line.upper() and line != line.lower()):
            return line, spelled or line
    return "", ""


_SHOWING_TITLE = (
    "//body//*[not(self::script or self::style)]"
    "[normalize-space(translate(., '\u00a0\u2009\u202f', '   ')) = $title]"
)


_TEXT_WITH = etree.XPath("//body//text()[contains(., $word)]")  # smart strings: they know their element


def _showing_title(root: etree._Element, title: str) -> Iterator[etree._Element]:
    """The body elements whose text is the title, in document order (an element before those inside
    it): found from the text nodes holding its first word, walking up while the text stays the title.
    When that finds none (the first word split by markup), XPath over every element's text."""
    seen: set[etree._Element] = set()
    for node in _TEXT_WITH(root, word=title.split()[0]):
        owner = node.getparent()
        if owner is not None and node.is_tail:
            owner = owner.getparent()
        chain: list[etree._Element] = []
        while owner is not None and owner.tag not in ("body", "html"):
            text = element_text_within(owner, len(title))
            if text is None:  # longer than the title
                break
            if text == title:
                chain.append(owner)
            owner = owner.getparent()
        for el in reversed(chain):
            if el not in seen and el.tag not in ("script", "style"):
                seen.add(el)
                yield el
    if not seen:
        # XPath's normalize-space narrows the elements in C; element_text (any Unicode space) confirms
        yield from (el for el in _xpath(_SHOWING_TITLE)(root, title=title) if element_text(el) == title)


def _chars_before(el: etree._Element, line: str, limit: int = 3000) -> float:
    """How many characters of text come between an element and a line of the main text after it
    (infinite when the line does not follow within `limit` characters)."""
    key = line[:30]
    joined = _norm("".join(_first_chars(_following_texts(el), 300, limit)))
    at = joined.find(key)
    return float(at) if at >= 0 else float("inf")


def _first_paragraph(lines: list[str]) -> str:
    """The main text's first paragraph (a sentence of `paragraph_chars` or more), else its longest line."""
    para = rules()["title"]["paragraph_chars"]
    paragraphs = [ln for ln in lines if len(ln) >= para and _SENTENCE_END.search(ln)]
    return paragraphs[0] if paragraphs else max(lines, key=len, default="")


def nearest_the_text(found: list[tuple[str, etree._Element]], lines: list[str]) -> tuple[str, etree._Element]:
    """Of headline candidates that all match the text, the one just above it: fewest characters
    between its element and the main text's first paragraph (a sidebar box heading before the page's
    columns is farther from it than the headline); document order breaks ties."""
    if len(found) == 1:
        return found[0]
    target = _first_paragraph(lines)
    if not target:
        return found[0]
    distances = [_chars_before(el, target) for _, el in found]
    return found[distances.index(min(distances))]


def _title_element(sel: Selector, title: str, url: str) -> tuple[etree._Element | None, bool]:
    """The first body element showing the headline, and whether it only appears as a link elsewhere."""
    here = normalize_url(url)
    links_away = False
    for el in _showing_title(sel.root, title):
        link = el if el.tag == "a" else next((a for a in el.iterancestors("a")), None)
        if link is None:
            inner = el.find(".//a")
            link = inner if inner is not None and element_text(inner) == title else None
        href = absolute_http_url(url, link.get("href")) if link is not None else None
        if href and normalize_url(href) != here:
            links_away = True
            continue
        return el, False
    return None, links_away


def in_banner(el: etree._Element, url: str) -> bool:
    """The element is in the page's banner, where the site names itself: inside an element whose class or
    id holds a banner word ('logo', 'site-name', 'masthead'), inside the page's <header> (not one of an
    <article>, <section> or main part: that entry's own), or linking to the home page. The elements inside
    it show the same text (it is the outermost one showing it) and count as it."""
    words = set(rules()["title"]["banner_words"])
    home = re.compile(rules()["urls"]["home"])
    links = list(el.iter("a"))
    for node in (*el.iter(), *el.iterancestors()):
        if node.tag in ("body", "html"):
            break
        if node.tag == "header" and not any(
            a.tag in ("article", "section", "main") or a.get("role") == "main" for a in node.iterancestors()
        ):
            return True
        if words.intersection(f"{node.get('class') or ''} {node.get('id') or ''}".lower().split()):
            return True
        if node.tag == "a":
            links.append(node)
    here = urlsplit(url).netloc
    for a in links:
        target = urlsplit(absolute_http_url(url, a.get("href")) or "")
        if target.netloc == here and not target.query and home.match(target.path.lower()):
            return True
    return False


def in_footer(el: etree._Element) -> bool:
    """The element is in the site's footer: inside an element whose class or id holds a footer word, or
    inside the page's <footer> (not one of an <article>, <section> or main part)."""
    words = set(rules()["title"]["footer_words"])
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        if node.tag == "footer" and not any(
            a.tag in ("article", "section", "main") or a.get("role") == "main" for a in node.iterancestors()
        ):
            return True
        if words.intersection(f"{node.get('class') or ''} {node.get('id') or ''}".lower().split()):
            return True
    return False


def _following_texts(el: etree._Element) -> Iterator[str]:
    """The text nodes after an element, in document order (XPath's following::text(), lazily)."""
    node = el
    while node is not None:
        if node.tail:
            yield node.tail
        for sib in node.itersiblings():
            if isinstance(sib.tag, str):
                yield from sib.itertext()
            if sib.tail:
                yield sib.tail
        node = node.getparent()


def _preceding_texts(el: etree._Element) -> Iterator[str]:
    """The text nodes before an element, nearest first (XPath's preceding::text() reversed, lazily)."""
    node = el
    while node is not None:
        for sib in node.itersiblings(preceding=True):
            if sib.tail:
                yield sib.tail
            if isinstance(sib.tag, str):
                yield from reversed(list(sib.itertext()))
        node = node.getparent()
        if node is not None and node.text:
            yield node.text


def _first_chars(texts: Iterator[str], nodes: int, chars: int) -> list[str]:
    found, total = [], 0
    for text in itertools.islice(texts, nodes):
        found.append(text)
        total += len(text)
        if total >= chars:
            break
    return found


def _date_near(el: etree._Element) -> date | None:
    cfg = rules()["date"]
    after = "".join(_first_chars(_following_texts(el), 60, cfg["chars_after_title"]))[
        : cfg["chars_after_title"]
    ]
    before = "".join(reversed(_first_chars(_preceding_texts(el), 20, cfg["chars_before_title"])))
    before = before[-cfg["chars_before_title"] :]
    when = printed_date(_norm(after)) or printed_date(_norm(before))
    if when is None:
        for stamp in el.xpath("following::time[position() <= 3]/@datetime"):
            when = when or parse_structured_date(stamp)
    return when


def attribute_date(el: etree._Element) -> date | None:
    """A date kept in the attribute of a date-looking element next to the headline ('<abbr title="Thứ Tư,
    5 tháng 3, 2025">5 tháng 3</abbr>', '<time datetime>'): its own text short and holding a digit."""
    for stamp in _xpath(rules()["date"]["stamps"])(el):
        shown = element_text_within(stamp, 40)
        if not shown or not any(c.isdigit() for c in shown):
            continue
        for raw in (stamp.get("datetime"), stamp.get("title")):
            if raw and (when := parse_structured_date(raw) or printed_date(_norm(raw))):
                return when
    return None


_TEXTS_AFTER = etree.XPath("following::text()[normalize-space()][position() <= $n]")


def _in_link_or_footer(node: Any) -> bool:
    """A text node inside a link or the page's <footer> (a smart string knows its element)."""
    owner = node.getparent()
    if owner is not None and node.is_tail:
        owner = owner.getparent()
    return owner is not None and any(el.tag in ("a", "footer") for el in (owner, *owner.iterancestors()))


def closing_date(root: etree._Element, lines: list[str]) -> date | None:
    """The date of a closing byline after the main text's last paragraph ('Bài, ảnh: Lò Thị Mai -
    1/4/2025', '(Theo Báo Nhân Dân ngày 12/3/2025)'): a short line among the first text nodes after it,
    before any link (a list of other articles, each dated, may follow) and the site's footer (its licence
    is dated)."""
    cfg = rules()["date"]
    last = next((ln for ln in reversed(lines) if _SENTENCE_END.search(ln)), "")
    if len(last) < 25:
        return None
    nodes = _TEXT_WITH(root, word=last[-25:]) or _TEXT_WITH(root, word=last[:25])
    if not nodes:
        return None
    # from the element holding it (XPath starts at elements): after it, or from its tail's element
    owner = nodes[-1].getparent()
    for node in _TEXTS_AFTER(owner, n=cfg["closing_nodes"] + nodes[-1].is_tail):
        text = _norm(node)
        if _in_link_or_footer(node) or _footer_markers(text):
            return None
        short = len(text) < cfg["byline_chars"] and len(text.split()) < cfg["byline_words"]
        if short and (when := printed_date(text)):
            return when
    return None


def _anchor_texts(sel: Selector) -> set[str]:
    return set(_element_texts(sel.root, "//body//a")) - {""}


_DATE_SHAPE = re.compile(r"\d[/.-]\d")
_TRAILING_DATE = re.compile(r"\s*[(\[]?\s*\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?[^)\]]*[)\]]?\s*$")


def _is_link_line(line: str, anchors: set[str]) -> bool:
    """A line that is the text of a link, give or take a list mark and a date after it."""
    if line in anchors:
        return True
    bare = LIST_MARK.sub("", line)
    if _DATE_SHAPE.search(bare):  # what every _TRAILING_DATE match holds (the pattern is slow to scan)
        bare = _TRAILING_DATE.sub("", bare)
    return bare.strip() in anchors


def _headline_line(lines: list[str], title: str) -> int | None:
    """The index of the main text's line holding the headline (and little else; a photo's caption
    repeating the headline is not it)."""
    caption = re.compile(rules()["title"]["caption_tail"], re.IGNORECASE)
    low = title.lower()  # a headline set in capitals in the text, spelled otherwise in <title>
    return next(
        (
            i
            for i, ln in enumerate(lines)
            if title and low in ln.lower() and len(ln) <= len(title) + 40 and not caption.search(ln)
        ),
        None,
    )


def article_body(lines: list[str], title: str, anchors: set[str]) -> list[str]:
    """The main text without the headline, the date line under it, what precedes the headline when it
    is less than what follows (menus), link lines, and the heading of a link list ('Tin khác')."""
    body = list(lines)
    at = _headline_line(body, title)
    if at is not None:
        before, after = body[:at], body[at + 1 :]
        body = after if sum(map(len, before)) < sum(map(len, after)) else before + after
    # dateline and byline rows ('Cập nhật lúc 08:12 ngày 28/06/2024'), wherever the extractor put them
    body = [ln for ln in body if not (len(ln) < 100 and len(ln.split()) < 15 and printed_date(ln))]
    # a bullet or separator on a line of its own ('•' before a linked title) is no text, and would hide
    # the link list under a heading
    body = [ln for ln in body if _WORDY_CHAR.search(ln)]
    links = [_is_link_line(ln, anchors) for ln in body]
    kept = []
    for i, line in enumerate(body):
        heads_list = i + 1 < len(body) and links[i + 1] and len(line) < 60 and not line.endswith(".")
        if not links[i] and not heads_list:
            kept.append(line)
    while kept and kept[-1].endswith(":") and len(kept[-1]) < 60:
        kept.pop()
    return _before_related_lists(kept)


@cache
def _related_headings() -> frozenset[str]:
    return frozenset(_words_key(h) for h in rules()["body"]["related_headings"])


def _before_related_lists(body: list[str]) -> list[str]:
    """The body up to the heading of a list of other articles set after it ('Những tin cũ hơn', 'Tin cùng
    chuyên mục') that no paragraph follows; such a heading with paragraphs after it (a box inside the
    article) is dropped alone."""
    para = rules()["title"]["paragraph_chars"]
    headings = _related_headings()
    kept: list[str] = []
    for i, line in enumerate(body):
        if len(line) < 60 and _words_key(line) in headings:
            if not any(len(ln) >= para and _SENTENCE_END.search(ln) for ln in body[i + 1 :]):
                return kept
            continue
        kept.append(line)
    return kept


def _lead_before_body(
    title_el: etree._Element, body: list[str], lines: list[str], anchors: set[str]
) -> list[str]:
    """Paragraphs between the headline and the body's first line that the extractor left out (a lead set
    in bold, a 'sapo' box): text nodes of a sentence or more, no link text, not already in the main text."""
    cfg = rules()["lead"]
    if not body:
        return []
    start = body[0][:40]
    known = set(lines)
    found: list[str] = []
    for raw in _xpath(f"following::text()[normalize-space()][position() <= {cfg['max_nodes']}]")(title_el):
        text = _norm(raw)
        if text[:40] == start or text in start or start in text:
            return found
        if (
            len(text) >= cfg["min_chars"]
            and _SENTENCE_END.search(text)
            and text not in known
            and text not in anchors
            and not any(text in ln for ln in lines)
        ):
            found.append(text)
    return []  # the body's first line never came: the text found is not known to precede it


def _link_density(anchors: set[str], lines: list[str]) -> float:
    total = sum(len(ln) for ln in lines)
    linked = sum(len(ln) for ln in lines if ln in anchors or LIST_MARK.sub("", ln) in anchors)
    return linked / total if total else 0.0


def _caption_share(sel: Selector, lines: list[str], title_el: etree._Element | None) -> float:
    """The share of the text in pictures' captions; 0 when a sentence of prose stands outside them (a photo
    report opened by its own paragraph is an article, an album of captions alone is not)."""
    cfg = rules()["gallery"]
    texts = caption_texts(sel.root, cfg["max_texts_over_pictures"], cfg["max_caption_chars"], title_el)
    texts = {t for t in texts if len(t) >= 20}
    total = sum(len(ln) for ln in lines)
    captioned = [any(ln in t for t in texts) for ln in lines]
    if any(
        len(ln) >= cfg["min_prose_chars"] and _SENTENCE_END.search(ln)
        for ln, c in zip(lines, captioned, strict=True)
        if not c
    ):
        return 0.0
    inside = sum(len(ln) for ln, c in zip(lines, captioned, strict=True) if c)
    return inside / total if total else 0.0


_PAGE_TEXTS = "//body//text()[not(ancestor::script)][not(ancestor::style)]"


def _page_text_chars(sel: Selector) -> int:
    return len(_norm(" ".join(_xpath(_PAGE_TEXTS)(sel.root))))


def _without(lines: list[str], drop: list[str]) -> list[str]:
    """The lines but those of `drop`, each taken out once, from the end (a teaser repeating a line of the
    article's own text above it leaves that line)."""
    left = Counter(drop)
    kept = []
    for line in reversed(lines):
        if left[line] > 0:
            left[line] -= 1
        else:
            kept.append(line)
    return kept[::-1]


def _own_container(title_el: etree._Element, lines: list[str]) -> etree._Element | None:
    """The article's own container (the nearest ancestor of the headline holding every paragraph of the main
    text) when the headline heads its own paragraph: the main text's first paragraph follows it within a
    dateline's reach; None otherwise, or when only <body> holds them all."""
    cfg = rules()["container"]
    para = rules()["title"]["paragraph_chars"]
    paragraphs = [ln for ln in lines if len(ln) >= para and _SENTENCE_END.search(ln)]
    reach = cfg["max_chars_to_paragraph"]
    if not paragraphs or _chars_before(title_el, paragraphs[0], reach + 60) > reach:
        return None
    return own_container(title_el, paragraphs, cfg["key_chars"])


def _lines_within(root: etree._Element, el: etree._Element | None, lines: list[str]) -> list[str]:
    """The lines of the main text not printed outside an element (all of them when it is <body> or none)."""
    if el is None or el.tag in ("body", "html"):
        return lines
    away = outside(
        lines, el, lambda: squashed("".join(_xpath(_PAGE_TEXTS)(root))), rules()["container"]["key_chars"]
    )
    return [ln for ln, out in zip(lines, away, strict=True) if not out]


_LINKS_CONTAINING = etree.XPath("//body//a[contains(@href, $part)]")


def _menu_page(root: etree._Element, url: str, title: str) -> str:
    """Why the page is one the site's menu leads to (a section, a static page), or '': an entry of a
    menu on the page links to the page itself, the page's <h1> (not its headline) is the label of a link
    to the page itself, or the headline is the label of a menu entry (a section's page N names its
    section)."""
    cfg = rules()["menu"]
    here = normalize_url(url)
    tail = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    own_names = {
        text.lower(): h1
        for h1 in root.iter("h1")
        if (text := element_text(h1)).lower() != title.lower() and is_label(text, cfg["own_name_max_words"])
    }
    for a in _LINKS_CONTAINING(root, part=tail) if tail else ():
        href = a.get("href") or ""
        target = absolute_http_url(url, href) if "#" not in href else None
        if not target or normalize_url(target) != here:
            continue
        label = element_text(a)
        if is_label(label, cfg["max_words"]) and in_menu(
            a, cfg["min_links"], cfg["max_words"], cfg["min_link_share"]
        ):
            return "menu-page:a-menu-entry-links-here"
        named = own_names.get(label.lower())
        if named is not None and named not in a.iterancestors() and a not in named.iter("a"):
            return "menu-page:its-heading-names-a-link-here"
    if is_label(title, cfg["max_words"]):
        for a in root.iter("a"):
            if element_text(a).lower() == title.lower() and in_menu(
                a, cfg["min_links"], cfg["max_words"], cfg["min_link_share"]
            ):
                return "menu-page:headline-is-a-menu-entry"
    return ""


_IMAGE_FILE = re.compile(r"\.(jpe?g|png|gif|webp|bmp|tiff?)$", re.IGNORECASE)


def _item_key(line: str) -> str:
    """A main-text line as compared with a linked block's text: list mark off, 80 characters, no spaces."""
    return "".join(LIST_MARK.sub("", line)[:80].split())


def _pictures_listed(groups: list[list[ListingItem]], lines: list[str], in_items: list[bool]) -> bool:
    """Whether every linked block holding a line of the main text links to a picture file."""
    texts = [_item_key(ln) for ln, inside in zip(lines, in_items, strict=True) if inside]
    holding = [i for g in groups for i in g if any(t in "".join(i.text.split()) for t in texts)]
    return bool(holding) and all(_IMAGE_FILE.search(urlsplit(i.target).path) for i in holding)


def _prose_outside(lines: list[str], in_items: list[bool]) -> bool:
    """A paragraph (a sentence of `paragraph_chars` or more) of the main text outside the linked blocks."""
    para = rules()["title"]["paragraph_chars"]
    return any(
        len(ln) >= para and _SENTENCE_END.search(ln)
        for ln, inside in zip(lines, in_items, strict=True)
        if not inside
    )


def _installments(items: list[ListingItem], lines: list[str], in_items: list[bool]) -> int:
    """How many distinct numbered parts ('Kỳ 1:', 'Bài 2 -') a list of linked items holds, when one of them
    at least is in the main text (a sidebar's list of a series is not the page's content)."""
    mark = re.compile(rules()["listing"]["installment"])
    texts = [_item_key(ln) for ln, inside in zip(lines, in_items, strict=True) if inside]
    parts = [(m.group(2), item) for item in items if (m := mark.match(item.text.lower()))]
    if not any(t in "".join(item.text.split()) for _, item in parts for t in texts):
        return 0
    return len({number for number, _ in parts})


def _pagination_summary(lines: list[str]) -> str:
    """A line of the main text counting a listing's results ('Hiển thị 4 - 4 trong tổng số 4 kết quả')."""
    patterns = [re.compile(p, re.I) for p in rules()["listing"]["pagination_summaries"]]
    return next((ln for ln in lines if len(ln) < 100 and any(p.search(ln) for p in patterns)), "")


def _headline_over_its_lead(
    sel: Selector,
    url: str,
    candidates: list[str],
    lines: list[str],
    anchors: set[str],
    counts: list[Counter[str]],
) -> tuple[str, etree._Element | None]:
    """The first candidate shown on the page that shares its topic with the main text once the lead under
    it (a sapo the extractor left out, see _lead_before_body) is read with the text; ('', None) if none."""
    if not lines or not counts:
        return "", None
    shown = [(c, el) for c in candidates if (el := _title_element(sel, c, url)[0]) is not None]
    # shown on the page, not as a link to another one; the site's name in the banner last
    for candidate, el in sorted(shown, key=lambda found: in_banner(found[1], url)):
        if not (lead := _lead_before_body(el, lines, lines, anchors)):
            continue
        words = counts[0] + Counter(w for ln in lead for w in _syllables(ln))
        if _overlap(candidate, words, counts[1]) >= rules()["title"]["min_overlap"]:
            return candidate, el
    return "", None


def short_lines_by(el: etree._Element) -> list[str]:
    """The short lines among the text nodes next to a headline: its dateline, place, byline."""
    cfg, most = rules()["schedule"], rules()["date"]
    after = itertools.islice((t for t in _following_texts(el) if t.strip()), cfg["nodes_after"])
    before = itertools.islice((t for t in _preceding_texts(el) if t.strip()), cfg["nodes_before"])
    return lines_by(after, before, most["byline_chars"], most["byline_words"])


def _record_kind(
    root: etree._Element, title_el: etree._Element | None, lines: list[str], at: int | None, title: str
) -> list[str]:
    """Why a page of little prose is a record, not an article: the labelled fields of a document, a
    question or an event (one document label under a headline naming a document by its type and number:
    'Bản án số 45/2024/HS-ST'); a document file beside a sentence; an event's schedule under its name; a
    price table with no dateline by the headline; a list of names and figures making most of the text from
    the headline (line `at`) on. [] when none."""
    named = names_a_document(title, rules()["records"])
    kind, labels = record_fields(root, bool(named))
    if kind:
        return [f"record-page:{kind}({', '.join(labels[:3])})"]
    para = rules()["title"]["paragraph_chars"]
    paragraphs = [ln for ln in lines if len(ln) >= para and _SENTENCE_END.search(ln)]
    if document := document_record(root, _first_paragraph(lines), paragraphs, rules()["records"]):
        return [document]
    by = short_lines_by(title_el) if title_el is not None else []
    if schedule := schedule_line(by, rules()["schedule"]):
        return [f"event-page:schedule-under-its-name({schedule[:40]})"]
    if price_table(root, rules()["price_list"]) and not any(printed_date(ln) for ln in by):
        return ["price-list:priced-table-and-no-dateline"]
    scope = lines[at + 1 :] if at is not None else lines

    def with_headline(table: etree._Element) -> list[str]:
        """The lines printed in the block a table shares with the headline (not another column's)."""
        return _lines_within(root, common_ancestor(title_el, table), scope) if title_el is not None else scope

    if listed := figures_list(scope, root, rules()["figures_list"], with_headline):
        return [listed]
    return []


def detect(sel: Selector, url: str, site: SiteConfig | None, domains: list[str], hint: str = "") -> Verdict:
    """The verdict for one page; content decides, metadata supports, the registry entry overrides."""
    cfg = rules()
    verdict = Verdict(False)
    why = verdict.signals.append
    meta = page_metadata(sel)
    if meta.article_type:
        why(meta.article_type)
    if hint in ("sitemap", "feed", "item"):
        why(f"listed-in-{hint}")
    page_chars = _page_text_chars(sel)
    text = main_text(
        sel.root, cfg["main_text"]["min_chars"], int(cfg["main_text"]["recall_below_share"] * page_chars)
    )
    verdict.main_text = text
    lines = [_norm(ln.strip(" |")) for ln in text.splitlines() if ln.strip(" |")]
    if (footer := footer_start(lines)) < len(lines):
        # the site's footer (owner, licence, address), kept by the extractor after the page's own text
        why(f"footer-dropped={len(lines) - footer}lines")
        lines = lines[:footer]
    chars = sum(len(ln) for ln in lines)
    share = chars / max(page_chars, 1)
    why(f"main-text={chars}ch/{len(lines)}blocks")
    why(f"text-share={share:.2f}")

    line_at: dict[str, int] = {}
    for i, ln in enumerate(lines):
        line_at.setdefault(ln.lower(), i)
    counts: list[Counter[str]] = []  # syllables by lines holding them, lines by repeats: when needed
    names = _page_names(sel, meta)
    # what the markup names the page, no site's name in it: JSON-LD headline, og:title, a <title> unsplit
    own_names = {n.lower() for n in names[:2] if n} | (
        {names[2].lower()} if len(set(names[2:])) == 1 else set()
    )

    def matches(candidate: str, least: float = cfg["title"]["min_overlap"]) -> int:
        """2: the candidate heads a paragraph; 1: it shares its topic with the text; 0: neither."""
        if _heads_a_paragraph(candidate, lines, line_at):
            return 2
        if not counts:
            counts.append(Counter(w for ln in lines for w in _syllables(ln)))
            counts.append(Counter(ln.lower() for ln in lines))
        return int(_overlap(candidate, counts[0], counts[1]) >= least)

    title, title_el, links_away = "", None, False
    heads = False  # the headline taken heads a paragraph of the text (not only shares words with it)
    unmatched: list[str] = []  # headline-source candidates matching nothing: tried again with their lead
    candidates = _title_candidates(sel, meta)
    for kind, group in candidates:
        # in a group, a candidate heading a paragraph is taken at once; else the one nearest the text
        found: list[tuple[str, etree._Element]] = []
        found_heads = False
        for candidate in group:
            if not (level := matches(candidate)) and candidate.lower() in own_names:
                # the markup names the page so and the page shows it outside its banner: less of it need
                # be in the text (a brief's compressed headline)
                level = matches(candidate, cfg["title"]["named_min_overlap"])
                if level and ((el := _title_element(sel, candidate, url)[0]) is None or in_banner(el, url)):
                    level = 0
            if not level:
                if kind != "heading":
                    unmatched.append(candidate)
                continue
            el, away = _title_element(sel, candidate, url)
            links_away = links_away or (el is None and away)
            if el is None:
                if not title:  # metadata only, kept unless the page shows a better one
                    title, heads = candidate, level == 2
                continue
            if level == 2:
                found, found_heads = [(candidate, el)], True
                break
            if in_footer(el):
                continue  # the site's name in its footer, sharing words with every page's text
            found.append((candidate, el))
        if found:
            title, title_el = nearest_the_text(found, lines)
            heads = found_heads
            break
    anchors = _anchor_texts(sel)
    if title_el is not None and not heads and in_banner(title_el, url):
        # the site's name in the page's banner, sharing words with the text: a later candidate outside the
        # banner matching the text, or matching it with its lead, is the headline
        target = _first_paragraph(lines)
        banner = _chars_before(title_el, target)

        def closer(c: str) -> etree._Element | None:
            """The candidate's element when outside the banner and nearer the text's first paragraph."""
            el, _ = _title_element(sel, c, url)
            near = el is not None and not in_banner(el, url) and _chars_before(el, target) < banner
            return el if near else None

        later = [(k, c) for k, group in candidates for c in group]
        direct = next(((c, el) for _, c in later if matches(c) and (el := closer(c)) is not None), None)
        leads = [c for k, c in later if k != "heading" and closer(c) is not None]
        alt, alt_el = direct or _headline_over_its_lead(sel, url, leads, lines, anchors, counts)
        if alt_el is not None:
            title, title_el = alt, alt_el
            why("site-name-in-banner-passed-over")
    if not title and unmatched:
        title, title_el = _headline_over_its_lead(sel, url, unmatched, lines, anchors, counts)
        if title:
            why("title-matches-text-with-its-lead")
    if not heads and not (title and title.lower() in {n.lower() for n in names if n}):
        # a post whose own opening line is its headline, under a heading that only shares words with it
        # (the site's name in <h1>, the same on every page of the site)
        line, spelled = opening_headline(lines, line_at, names)
        if line and spelled.lower() != title.lower():
            el, _ = _title_element(sel, line, url)
            if el is not None:
                title, title_el = spelled, el
                why("headline-is-the-post's-opening-line")
    verdict.title = title
    if title:
        why(f"title-matches-text{'(in page)' if title_el is not None else '(metadata only)'}")
    items = link_items(sel.root, url, domains, cfg["listing"]["min_item_chars"])
    if title_el is not None:
        # the block holding the page's own unlinked headline, its only link a category's: no entry of a
        # listing beside the banner's block
        items = without_own_article(items, title_el, cfg["listing"]["max_region_spread"])
    groups = repeated_groups(items, cfg["listing"]["min_items"])
    repeated = listing_group(groups)
    item_texts = [i.text for i in repeated]
    # trafilatura writes list items as "- text": the mark is not part of the item's text
    # compared without spaces: an item's text joins its link and teaser with none between them
    # every repeated group counts (a home page: lead story, section boxes, most-read list, briefs)
    spread = cfg["listing"]["max_region_spread"]
    squashed = ["".join(t.split()) for g in groups for t in item_regions(g, spread)]
    in_items = [any(_item_key(ln) in t for t in squashed) for ln in lines]
    covered = sum(len(ln) for ln, inside in zip(lines, in_items, strict=True) if inside)
    coverage = covered / chars if chars else 0.0
    first = in_items.index(True) if any(in_items) else len(lines)
    lead = " ".join(lines[:first])  # the text before the first listed item
    after = sum(len(ln) for ln, inside in zip(lines[first:], in_items[first:], strict=True) if not inside)
    verdict.listing_links = sorted({i.target for i in repeated})
    if repeated:
        why(f"repeated-link-blocks={len(repeated)}(covering {coverage:.0%} of main text)")

    near = _date_near(title_el) if title_el is not None else None
    # no date printed near the headline nor in the markup: a stamp's attribute beside it, a closing byline
    stamped = attribute_date(title_el) if title_el is not None and not near and not meta.published else None
    closing = closing_date(sel.root, lines) if title and not (near or stamped or meta.published) else None
    verdict.published = meta.published or near or stamped or closing
    if near:
        why(f"date-near-title={near.isoformat()}")
    elif meta.published:
        why(f"date-in-metadata={meta.published.isoformat()}")
    elif stamped:
        why(f"date-in-stamp-attribute={stamped.isoformat()}")
    elif closing:
        why(f"date-in-closing-byline={closing.isoformat()}")

    negatives: list[str] = []
    main = cfg["main_text"]
    sentences = len(_SENTENCE_END.findall(text))
    if chars < main["min_chars"] or sentences < main["min_sentences"]:
        negatives.append(f"too-little-text({chars}ch,{sentences} sentences)")
    if share < main["min_share"]:
        negatives.append("main-text-share-low")
    # a dated article whose own text comes first and a list of links after it ("Tin liên quan") is no listing
    related_after = (
        near is not None
        and title_el is not None
        and len(lead) >= main["min_chars"]
        and len(_SENTENCE_END.findall(lead)) >= main["min_sentences"]
        and after <= len(lead)
    )
    listing = cfg["listing"]
    listed_after = False  # the listed items after the article's own text: other articles' teasers, no body
    item_chars = sum(len(t) for t in item_texts)
    if len(repeated) >= listing["many_items"] and item_chars >= listing["items_over_text"] * chars:
        # a section page whose intro is all the main text trafilatura keeps, its list left out
        negatives.append(f"listing:{len(repeated)}-linked-items-outweigh-the-text")
    elif repeated and coverage >= listing["min_coverage"]:
        if related_after:
            why("links-listed-after-the-article's-own-text")
            listed_after = True
        elif _pictures_listed(groups, lines, in_items) and _prose_outside(lines, in_items):
            # a photo report: its pictures link to their enlargements, its captions are the text, and a
            # paragraph of its own opens it (an album of captions alone stays a listing)
            why("photo-report:captioned-pictures-after-prose")
        else:
            negatives.append("listing:main-text-in-repeated-link-blocks")
    if (parts := _installments(repeated, lines, in_items)) >= listing["min_installments"] and not re.match(
        listing["installment"], title.lower()
    ):
        negatives.append(f"listing:series-index({parts}-numbered-parts-in-the-text)")
    if summary := _pagination_summary(lines):
        negatives.append(f"listing:pagination-summary({summary[:40]})")
    if menu := _menu_page(sel.root, url, title):
        negatives.append(menu)
    if links_away and title_el is None:
        negatives.append("headline-links-to-another-page")
    if not title:
        negatives.append("no-headline-matching-the-text")
    elif (
        title.lower().split(":")[0].strip() in cfg["title"]["not_article"]
        or title.lower().strip() in cfg["title"]["not_article_alone"]
    ):
        negatives.append(f"headline-names-a-non-article-page({title[:30]})")
    if verdict.published is None:
        # an undated page is still an article when the site lists it as one (a listing's repeated item,
        # a feed, a sitemap) or its markup says so; otherwise a date is required
        if hint in ("item", "feed", "sitemap") or meta.article_type:
            why("undated-but-listed-or-typed")
        else:
            negatives.append("no-date")
    # a dated headline heading its own paragraph: the lines the page prints outside the article's container
    # (a sidebar, a counter) are no body; outside the container and the blocks beside it (another column's
    # weekly schedule, not a table set after the headline's block) they are no calendar evidence either
    own = column = lines
    if near is not None and title_el is not None:
        container = _own_container(title_el, lines)
        own = _lines_within(sel.root, container, lines)
        if len(own) < len(lines):
            why(f"outside-own-container={len(lines) - len(own)}lines")
            column = _lines_within(sel.root, container.getparent(), lines) if container is not None else lines
    dated = sum(1 for ln in column if _DATE_LEAD.match(ln))
    cal = cfg["calendar"]
    if dated >= cal["min_dated_blocks"] and dated >= cal["min_dated_share"] * len(column):
        negatives.append(f"calendar:{dated}-blocks-open-with-a-date")
    density = _link_density({a for a in anchors if len(a) >= 10}, lines)
    if density > main["max_link_density"]:
        negatives.append(f"link-density={density:.2f}")
    # the page's own text starts at its headline (what precedes it in the main text is columns, menus)
    at = _headline_line(lines, title)
    if meta.other_type and not meta.article_type:
        # the markup names another kind of page and nothing in it names an article
        negatives.append(f"typed-as-{meta.other_type}")
    media = cfg["media"]
    if chars < media["max_text_chars"] and _xpath(media["players"])(sel.root):
        negatives.append(f"media-page:player-and-{chars}ch-of-text")
    captions = _caption_share(sel, lines[at + 1 :] if at is not None else lines, title_el)
    if captions > cfg["gallery"]["max_caption_share"]:
        negatives.append(f"gallery:captions={captions:.0%}")
    canonical = absolute_http_url(url, _first(sel, '//link[@rel="canonical"]/@href') or None)
    names_other = bool(canonical) and normalize_url(canonical) != normalize_url(url)
    parts = urlsplit(url)
    if not parts.query and re.match(cfg["urls"]["home"], parts.path.lower()):
        negatives.append("home-page")
    if not names_other and any(re.search(p, url.lower()) for p in cfg["urls"]["copies"]):
        # a copy naming its article as canonical is caught by the spider's canonical check instead
        if any(m in sel.root.attrib for m in cfg["urls"]["amp_markers"]):
            why("standalone-amp-page")
        else:
            negatives.append("print-or-amp-copy-url")
    if foreign := foreign_language(lines, cfg["language"]):
        negatives.append(foreign)
    if document := official_document(lines, at, cfg["official_document"]):
        negatives.append(document)
    if not negatives:
        # looked for last, on pages nothing else rejects: labelled fields of a document or an event, an
        # event's schedule under its name, a price table, beside little prose
        para = cfg["title"]["paragraph_chars"]
        prose = sum(1 for ln in lines if len(ln) >= para and _SENTENCE_END.search(ln))
        if prose < cfg["records"]["max_paragraphs"]:
            negatives.extend(_record_kind(sel.root, title_el, lines, at, title))
    if listed_after:
        own = _without(
            own, [ln for ln, inside in zip(lines[first:], in_items[first:], strict=True) if inside]
        )
    verdict.body = article_body(own, title, anchors)
    if not negatives and title_el is not None:
        lead = _lead_before_body(title_el, verdict.body, lines, anchors)
        if lead:
            why(f"lead-restored={len(lead)}")
            verdict.body = lead + verdict.body
    verdict.signals.extend(f"NOT:{n}" for n in negatives)
    verdict.is_article = not negatives

    if site is not None:
        if site.matches("listing", url):
            verdict.is_article = False
            why("OVERRIDE:site-listing-pattern")
        elif site.matches("article", url):
            verdict.is_article = True
            why("OVERRIDE:site-article-pattern")
    return verdict
