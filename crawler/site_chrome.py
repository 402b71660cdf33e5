"""The site's own furniture around a page's text: its banner, its footer, its section labels."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from urllib.parse import urlsplit

from danvan.crawler.detection_rules import rules
from danvan.crawler.text_keys import SENTENCE_END, words_key
from danvan.crawler.urls import absolute_http_url
from lxml import etree


@cache
def _section_labels() -> frozenset[str]:
    return frozenset(words_key(label) for label in rules()["title"]["section_labels"])


_PAGE_NUMBER = re.compile(r"\s(?:trang|page)\s\d{1,4}$")


def is_section_label(text: str) -> bool:
    """A box or section heading ('CHI TIẾT TIN', 'Tin tức - Sự kiện', 'Tin hoạt động (trang 2)' on a
    listing's next page): never an article's headline."""
    return _PAGE_NUMBER.sub("", words_key(text)) in _section_labels()


def footer_markers(text: str, kinds: tuple[str, ...] = ("site_markers", "contact_markers")) -> int:
    """How many footer markers ('Cơ quan chủ quản', 'Giấy phép số', 'Điện thoại:') a text holds."""
    low = unicodedata.normalize("NFC", text.lower())
    cfg = rules()["footer"]
    return sum(1 for kind in kinds for m in cfg[kind] if m in low and _marker(m).search(low))


@cache
def _marker(marker: str) -> re.Pattern[str]:
    """A marker as a label of its own: 'đt:' opening a word, not the end of 'GD&ĐT:' ('Giám đốc Sở GD&ĐT:
    Không để …', a headline quoting its speaker)."""
    return re.compile(r"(?<![\w&])" + re.escape(marker))


def footer_start(lines: list[str]) -> int:
    """Where the site's footer starts in the main text (len(lines) when none): the first line holding a
    footer marker in the trailing run of short lines, when at least `min_lines` lines of it hold one and
    one of them a site marker (a table layout's footer row the extractor kept after the article)."""
    cfg = rules()["footer"]
    start = len(lines)
    # the run ends at a paragraph of the text (a sentence or more, prose_chars or longer, no marker): a short
    # article's paragraphs are short lines too, a sidebar's hotline box above them no footer
    while (
        start > 0
        and len(line := lines[start - 1]) < cfg["max_line_chars"]
        and not (len(line) >= cfg["prose_chars"] and SENTENCE_END.search(line) and not footer_markers(line))
    ):
        start -= 1
    marked = [i for i in range(start, len(lines)) if footer_markers(lines[i])]
    site = any(footer_markers(lines[i], ("site_markers",)) for i in marked)
    # a contact box closing the text: its heading, then at most contact_box_lines lines, one holding a marker
    headings = {words_key(h) for h in cfg["contact_headings"]}
    box = max(start, len(lines) - 1 - cfg["contact_box_lines"])
    headed = next((i for i in range(box, len(lines) - 1) if words_key(lines[i]) in headings), None)
    if headed is not None and any(i > headed for i in marked):
        return headed
    # ... or its heading as the label of its one line ('Liên hệ BCH: Nhà văn hóa phường … - Email: …')
    last = lines[-1] if lines else ""
    label, colon, _ = last.partition(":")
    labelled = colon and len(label.split()) <= 4 and any(words_key(label).startswith(h) for h in headings)
    if labelled and len(lines) - 1 in marked:
        return len(lines) - 1
    if len(marked) < cfg["min_lines"] or not site:
        return len(lines)
    return marked[0]


_CAMEL = re.compile(r"[a-z0-9]+|[A-Z][a-z0-9]+|[A-Z]+(?![a-z])")


def _camel_words(node: etree._Element) -> list[str]:
    """The words of the node's class and id names written in camel case ('tblBanner', 'BannerTitle': an old
    ASP.NET skin's), lower case."""
    names = f"{node.get('class') or ''} {node.get('id') or ''}".split()
    return [w.lower() for n in names if n != n.lower() and n != n.upper() for w in _CAMEL.findall(n)]


def in_banner(el: etree._Element, url: str) -> bool:
    """The element is in the page's banner, where the site names itself: inside an element whose class or
    id holds a banner word ('logo', 'site-name', 'masthead'), inside the page's <header> (its first) or its
    element of class or id 'header' (not one of an <article>, <section> or main part: that entry's own), or
    linking to the home page. The elements inside it show the same text (it is the outermost one showing it)
    and count as it."""
    words = set(rules()["title"]["banner_words"])
    links = list(el.iter("a"))
    for node in (*el.iter(), *el.iterancestors()):
        if node.tag in ("body", "html"):
            break
        classes = f"{node.get('class') or ''} {node.get('id') or ''}".lower().split()
        # the page's <header> is its first one: a later one heads an entry ('entry-header' outside <article>),
        # and so does one under the site's navigation bar holding neither a logo nor a link home (a post's)
        page_header = (
            node.tag == "header"
            and node is next(node.getroottree().getroot().iter("header"), None)
            and _names_the_site(node, url)
        )
        if (page_header or "header" in classes) and not any(
            a.tag in ("article", "section", "main") or a.get("role") == "main" for a in node.iterancestors()
        ):
            return True
        if words.intersection(classes) or words.intersection(_camel_words(node)):
            return True
        if node.tag == "a":
            links.append(node)
    return any(links_home(a, url) for a in links)


def links_home(a: etree._Element, url: str) -> bool:
    """The link leads to the site's home page (its root or index page, no query)."""
    target = urlsplit(absolute_http_url(url, a.get("href")) or "")
    if target.netloc != urlsplit(url).netloc or target.query:
        return False
    return bool(_home_path(rules()["urls"]["home"]).match(target.path.lower()))


@cache
def _home_path(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _names_the_site(header: etree._Element, url: str) -> bool:
    """The header is the site's: it holds a picture (a logo) or a link to the home page, or neither a
    navigation bar linking home nor the site's logo linking home comes before it (a post's header under the
    site's bar names the post)."""
    if next(header.iter("img", "svg", "picture"), None) is not None:
        return True
    if any(links_home(a, url) for a in header.iter("a")):
        return True
    return not any(links_home(a, url) for a in _HOME_LINKS_BEFORE(header))


# the links of a navigation bar before it, and the logos linking somewhere before it
_HOME_LINKS_BEFORE = etree.XPath("preceding::nav//a[@href] | preceding::a[@href][.//img or .//svg]")


def in_footer(el: etree._Element) -> bool:
    """The element is in the site's footer: inside an element whose class or id holds a footer word, or
    inside the page's <footer> (not one of an <article>, <section> or main part)."""
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        if is_site_footer(node):
            return True
    return False


def is_site_footer(node: etree._Element) -> bool:
    """The element is the site's footer itself: one whose class or id holds a footer word, or the page's
    <footer> (not one of an <article>, <section> or main part)."""
    if node.tag == "footer" and not any(
        a.tag in ("article", "section", "main") or a.get("role") == "main" for a in node.iterancestors()
    ):
        return True
    return bool(
        _footer_words().intersection(f"{node.get('class') or ''} {node.get('id') or ''}".lower().split())
    )


@cache
def _footer_words() -> frozenset[str]:
    return frozenset(rules()["title"]["footer_words"])


@cache
def _breadcrumb_words() -> tuple[str, ...]:
    return tuple(rules()["title"]["breadcrumb_words"])


def _names_a_trail(node: etree._Element, words: tuple[str, ...]) -> bool:
    marks = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('aria-label') or ''}".lower()
    return any(w in marks for w in words) or "BreadcrumbList" in (node.get("itemtype") or "")


def breadcrumb_of(el: etree._Element) -> etree._Element | None:
    """The breadcrumb trail holding an element ('Trang chủ » Tin tức » …'), None when it is in none: an
    ancestor whose class, id or aria-label holds a trail's word (`title.breadcrumb_words`), or typed
    schema.org BreadcrumbList."""
    words = _breadcrumb_words()
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            return None
        if _names_a_trail(node, words):
            return node
    return None


def in_breadcrumb(el: etree._Element) -> bool:
    """The element is part of a breadcrumb trail, whose last step repeats the page's headline."""
    return breadcrumb_of(el) is not None


_MARKS = etree.XPath("//body//@class | //body//@id | //body//@aria-label")
_TYPED_TRAILS = etree.XPath("//body//*[contains(@itemtype, 'BreadcrumbList')]")


@cache
def _trail_words() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _breadcrumb_words())), re.IGNORECASE)


def breadcrumb_steps(root: etree._Element) -> list[str]:
    """The linked steps of the page's breadcrumb trails ('Trang chủ', 'Sáng tác', 'Thơ'), in order."""
    words = _trail_words()
    # the attributes' values read in one XPath, their elements taken only when one names a trail
    found = [mark.getparent() for mark in _MARKS(root) if words.search(mark)] + _TYPED_TRAILS(root)
    steps: list[str] = []
    trails: set[etree._Element] = set()
    for trail in found:
        if trail in trails or any(a in trails for a in trail.iterancestors()):
            continue  # a trail's inner part: its outermost element gives its steps
        trails.add(trail)
        steps.extend(" ".join("".join(a.itertext()).split()) for a in trail.iter("a"))
    return [s for s in steps if s]


_HOME_LINKS = etree.XPath("//body//a[@href]")


def site_names(root: etree._Element, url: str) -> set[str]:
    """What the site calls itself on the page, lower case: the texts of its links to its home page (the
    banner's, a logo's caption or, for a link holding only the logo, its alt text, a social page's name
    beside its avatar)."""
    names = set()
    for a in _HOME_LINKS(root):
        text = " ".join("".join(a.itertext()).split())
        if not text and (logo := next(a.iter("img"), None)) is not None:
            text = " ".join((logo.get("alt") or "").split())
        if text and links_home(a, url):
            names.add(text.lower())
    return names
