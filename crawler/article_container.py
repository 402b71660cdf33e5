"""The article's own container: the element holding its headline and every paragraph of the main text.

For a short article the extractor's main text also takes in the page's other columns (a sidebar's weekly
work schedule, a counter, a menu); the lines of the main text printed elsewhere on the page than in that
container are not the article's own: no body of it, and no calendar evidence when they lie in another
column."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from danvan.crawler.detection_rules import rules
from danvan.crawler.page_text import PAGE_TEXTS, compiled_xpath
from danvan.crawler.text_around import chars_before
from danvan.crawler.text_keys import SENTENCE_END
from lxml import etree

LIST_MARK = re.compile(r"^[-•*·»>]\s*")  # trafilatura writes list items as "- text"


def squashed(text: str) -> str:
    """A text without spaces or table bars: the extractor writes a row's cells as 'a | b', the page has none
    of the bars, and it joins or splits words at inline tags otherwise than the page's text does."""
    return "".join(text.replace("|", " ").split())


def line_key(line: str, chars: int) -> str:
    """A main-text line as found in the page's text: its list mark off, squashed, its first `chars`."""
    return squashed(LIST_MARK.sub("", line))[:chars]


def own_container(
    headline: etree._Element,
    paragraphs: Iterable[str],
    key_chars: int,
    texts: dict[etree._Element, str] | None = None,
) -> etree._Element | None:
    """The nearest ancestor of the headline whose text holds every paragraph (None when only the page's
    <body> does: a paragraph in another column, the article's container is not told apart). `texts` keeps
    the ancestors' squashed texts between calls."""
    return _holding(headline, [k for p in paragraphs if (k := line_key(p, key_chars))], texts)


def _holding(
    headline: etree._Element, keys: list[str], texts: dict[etree._Element, str] | None = None
) -> etree._Element | None:
    """The nearest ancestor of the headline whose squashed text holds every key (None: only <body> does)."""
    if not keys:
        return None
    texts = {} if texts is None else texts
    for el in headline.iterancestors():
        if el.tag in ("body", "html"):
            return None
        if (text := texts.get(el)) is None:
            text = texts[el] = squashed("".join(t for t in el.itertext() if isinstance(t, str)))
        if all(k in text for k in keys):
            return el
    return None


def block_holding(headline: etree._Element, line: str, key_chars: int) -> etree._Element | None:
    """The nearest ancestor of the headline whose text holds a line of the main text (its first paragraph
    after the headline: the block of the page's own content, not a sidebar's); None when only <body> does,
    or the line is not found."""
    key = line_key(line, key_chars)
    if not key:
        return None
    for el in headline.iterancestors():
        if el.tag in ("body", "html"):
            return None
        if key in squashed("".join(t for t in el.itertext() if isinstance(t, str))):
            return el
    return None


def common_ancestor(a: etree._Element, b: etree._Element) -> etree._Element | None:
    """The nearest element holding both (None when they are in different trees)."""
    above = {a, *a.iterancestors()}
    return next((el for el in (b, *b.iterancestors()) if el in above), None)


def outside(
    lines: list[str], container: etree._Element, page_text: Callable[[], str], key_chars: int
) -> list[bool]:
    """For each line of the main text, whether it is printed on the page outside the container: a line the
    container prints n times is inside at its first n lines (the headline again in a sidebar's list is
    not); a line found in neither, rewritten by the extractor, is not known to be outside. `page_text`
    gives the page's text squashed, read only for a line not inside."""
    inside = squashed("".join(t for t in container.itertext() if isinstance(t, str)))
    left: dict[str, int] = {}
    found = []
    page = ""
    for line in lines:
        key = line_key(line, key_chars)
        if key and key not in left:
            left[key] = inside.count(key)
        if key and left[key] <= 0:
            page = page or page_text()
            found.append(key in page)
            continue
        if key:
            left[key] -= 1
        found.append(False)
    return found


def own_container_of(
    title_el: etree._Element, lines: list[str], listed: list[bool] | None = None
) -> etree._Element | None:
    """The article's own container (the nearest ancestor of the headline holding every paragraph of the main
    text) when the headline heads its own paragraph: the main text's first paragraph follows it within a
    dateline's reach; None otherwise, or when only <body> holds them all. The paragraphs inside a listing's
    entries (`listed`: a sidebar box's teaser beside its link, a document's one-line summary under its
    number) are another page's text and set no bounds, unless every paragraph is one of them."""
    cfg = rules()["container"]
    para = rules()["title"]["paragraph_chars"]
    paragraphs = [ln for ln in lines if len(ln) >= para and SENTENCE_END.search(ln)]
    if listed is not None:
        unlisted = {ln for ln, inside in zip(lines, listed, strict=True) if not inside}
        paragraphs = [ln for ln in paragraphs if ln in unlisted] or paragraphs
        if True in listed:
            # the article's own text ends where a list of other pages' items begins ('Các tin khác') after its
            # first paragraph (a menu's entries above it list other pages too): the paragraphs the extractor
            # took after it are another column's (a sidebar box's note)
            opening = next((i for i, ln in enumerate(lines) if paragraphs and ln == paragraphs[0]), 0)
            first = next((i for i in range(opening, len(lines)) if listed[i]), len(lines))
            before = {ln for ln in lines[:first]}
            paragraphs = [ln for ln in paragraphs if ln in before] or paragraphs
    reach = cfg["max_chars_to_paragraph"]
    if not paragraphs or chars_before(title_el, paragraphs[0], reach + 60) > reach:
        return None
    texts: dict[etree._Element, str] = {}
    keys = [line_key(p, cfg["key_chars"]) for p in paragraphs]
    container = _holding(title_el, [k for k in keys if k], texts)
    # the last paragraphs the extractor took from another column (a sidebar box's note after the article):
    # a nearer ancestor holds all the others, and they are a small share of the text
    total, tail = sum(map(len, paragraphs)), 0
    for k in range(len(paragraphs) - 1, 0, -1):
        tail += len(paragraphs[k])
        if tail > cfg["max_other_column_share"] * total:
            break
        nearer = _holding(title_el, [key for key in keys[:k] if key], texts)
        if (
            nearer is not None
            and nearer is not container
            and (container is None or container in nearer.iterancestors())
        ):
            return nearer
    return container


def lines_within(root: etree._Element, el: etree._Element | None, lines: list[str]) -> list[str]:
    """The lines of the main text not printed outside an element (all of them when it is <body> or none)."""
    if el is None or el.tag in ("body", "html"):
        return lines
    away = outside(
        lines,
        el,
        lambda: squashed("".join(compiled_xpath(PAGE_TEXTS)(root))),
        rules()["container"]["key_chars"],
    )
    return [ln for ln, out in zip(lines, away, strict=True) if not out]
