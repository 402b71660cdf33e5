"""The page's main text as trafilatura extracts it, with layout tables, text sections and hidden tab panels
made readable first."""

from __future__ import annotations

import copy
import re
from functools import cache

import lxml.html
import trafilatura
from danvan.crawler.page_text import text_holding
from danvan.crawler.site_chrome import footer_markers
from danvan.crawler.tab_panels import hidden_panels, show
from lxml import etree
from trafilatura.settings import Extractor
from trafilatura.xpaths import OVERALL_DISCARD_XPATH


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
    The hidden panels of an article split into in-page tabs are shown; scrolling tickers (<marquee>: a
    slogan, hotlines) left out; forms with no field to fill in (a framework's wrappers) read as blocks. The
    page itself when it has none of these."""
    if (
        not _LAYOUT_TABLES(root)
        and not _TEXT_SECTIONS(root)
        and not hidden_panels(root)
        and not _TICKERS(root)
        and not _LAYOUT_FORMS(root)
        and not _bordered_prose(root)
    ):
        return root
    root = copy.deepcopy(root)
    for box in _bordered_prose(root):
        del box.attrib["style"]
    for form in _LAYOUT_FORMS(root):
        form.tag = "div"
    for ticker in _TICKERS(root):
        ticker.drop_tree()
    for panel in hidden_panels(root):
        show(panel)
    for table in _LAYOUT_TABLES(root):
        for el in table.iter(*_TABLE_PARTS):
            el.tag = "div"
    for section in _TEXT_SECTIONS(root):
        section.tag = "p"
    return root


_TICKERS = etree.XPath("//body//marquee")
# a paragraph set in a bordered box (a pull quote, an editor's highlighted lead): trafilatura's precise pass
# drops every block styled with a border, the text's own with the page's boxes
_BORDERED = etree.XPath("//body//*[self::div or self::p or self::section][contains(@style, 'border')]")
_LIST_OR_TABLE = etree.XPath("boolean(.//ul or .//ol or .//table or .//h1 or .//h2 or .//h3 or .//h4)")


def _bordered_prose(root: etree._Element) -> list[etree._Element]:
    """The bordered boxes holding a paragraph of prose and no list, table or heading, little of it linked, no
    footer's marker."""
    boxes = []
    for box in _BORDERED(root):
        text = " ".join(box.text_content().split())
        if len(text) < PROSE_DIV_CHARS or not _SENTENCE.search(text) or _LIST_OR_TABLE(box):
            continue
        if footer_markers(text):  # the site's address, its licence: a footer's box
            continue
        linked = sum(len(" ".join(a.text_content().split())) for a in box.iter("a"))
        if linked < 0.2 * len(text):
            boxes.append(box)
    return boxes


# a form with no field to fill in (hidden state only: JSF's and ASP.NET's forms around a page's panels): a
# wrapper of the page's blocks, which trafilatura drops with the real forms unless it holds most of the page
_LAYOUT_FORMS = etree.XPath("//body//form[not(.//input[not(@type='hidden')] or .//textarea or .//select)]")
# a <div> (or a <font>/<span> wrapper) holding bare text, and no block: a body of text runs between <br>s
_TEXT_HOLDERS = etree.XPath("//body//*[self::div or self::font or self::span][text()[normalize-space()]]")
_HOLDS_BLOCK = etree.XPath(f"boolean(.//*[{' or '.join(f'self::{t}' for t in _BLOCKS)}])")
PROSE_DIV_CHARS = 120
SANDWICHED_DIV_CHARS = 40
_SENTENCE_END = re.compile(r"\w[.!?…][”\"»)]?$")
SQUASHED_CHARS = 600
_SENTENCE = re.compile(r"\w[.!?…][”\"»)]?(\s|$)")


def _own_text(div: etree._Element) -> str:
    return " ".join(" ".join(t for t in (div.text, *(c.tail for c in div)) if t).split())


def _line_owner(root: etree._Element, text: str, last: bool = True) -> etree._Element | None:
    """The element holding the last (or first) line of `text` on the page."""
    lines = [ln.strip() for ln in text.splitlines() if len(ln.strip()) >= 12]
    line = (lines[-1] if last else lines[0]).lstrip("- ") if lines else ""
    node = text_holding(root, line, (20, 8))
    return node.getparent() if node is not None else None


# class and id words of a picture's caption, a reader's comment or a pull quote: no paragraph of the text
_CAPTION_NAMES = re.compile(
    r"caption|chu-?thich|comment|binh-?luan|y-?kien|photo|image|img|figure|\banh\b|quote|trich"
)


def _a_short_paragraph(div: etree._Element, own: str) -> bool:
    """A short div of bare text that is a paragraph: a <div> ending a sentence, holding no element, named
    neither a caption nor a comment (itself or its parent), not beside a picture."""
    if div.tag != "div" or len(div) or not _SENTENCE_END.search(own):
        return False
    parent = div.getparent()
    for el in (div, parent):
        if el is not None and _CAPTION_NAMES.search(f"{el.get('class') or ''} {el.get('id') or ''}".lower()):
            return False
    before = [div.getprevious(), parent.getprevious() if parent is not None else None]
    return not any(el is not None and (el.tag == "img" or el.find(".//img") is not None) for el in before)


_SHORT_NODES = etree.XPath("following::text()[normalize-space() = $line]")


def _closing_owner(root: etree._Element, text: str, owner: etree._Element) -> etree._Element | None:
    """The element of the text's last line when it is short (a byline: 'PV'), the first one holding just it
    after `owner` (the last long line's element); None when the last line is long or not found."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines or len(lines[-1]) >= 12:
        return None
    node = next(iter(_SHORT_NODES(owner, line=lines[-1])), None)
    return node.getparent() if node is not None else None


def missed_prose(root: etree._Element, text: str) -> etree._Element:
    """The page with the divs of prose that `text` (an extraction) left out read as paragraphs; the page
    itself when it left none out. Such a div holds a sentence of bare text, PROSE_DIV_CHARS or more, outside
    any child element (a body of text runs between <br>s), and comes before the last line taken:
    trafilatura's precise extraction can read it as no text and take the columns after it (other items, a
    sidebar's boxes). One after all the text taken is another column's (a blog's 'about' box). Between the
    first line taken and the last, a shorter div ending a sentence (SANDWICHED_DIV_CHARS or more) is a
    paragraph of the text too: a brief's second sentence, which trafilatura drops as too short."""
    flat = " ".join(text.split())
    candidates = _TEXT_HOLDERS(root)
    missed = [
        i
        for i, div in enumerate(candidates)
        if len(own := _own_text(div)) >= SANDWICHED_DIV_CHARS
        and own[:60] not in flat
        and _SENTENCE.search(own)
        and not _HOLDS_BLOCK(div)
    ]
    if not missed or (owner := _line_owner(root, text)) is None:
        return root
    order = {el: i for i, el in enumerate(root.iter())}  # document order
    first = _line_owner(root, text, last=False)
    after = order[first] if first is not None else len(order)
    if (closing := _closing_owner(root, text, owner)) is not None:
        owner = closing  # a short byline closing the text ('PV'), after the last long line's element

    def read(i: int) -> bool:
        at, own = order[candidates[i]], _own_text(candidates[i])
        if len(own) >= PROSE_DIV_CHARS:
            return at < order[owner]
        return after < at < order[owner] and _a_short_paragraph(candidates[i], own)

    missed = [i for i in missed if read(i)]
    if not missed:
        return root
    root = copy.deepcopy(root)
    divs = _TEXT_HOLDERS(root)
    for i in missed:
        divs[i].tag = "p"
    return root


def dropped_opening_run(root: etree._Element, text: str) -> etree._Element:
    """The page with the opening run of bare text of a div set in a <p> of its own, when `text` (an
    extraction) left that run out but took the runs after it (the div's text between <br>s, a picture's
    table after its first paragraph: trafilatura drops a run before a child block); the page itself when
    none."""
    flat = " ".join(text.split())
    found = []
    for i, div in enumerate(_TEXT_HOLDERS(root)):
        opening = " ".join((div.text or "").split())
        if len(opening) < PROSE_DIV_CHARS or opening[:60] in flat or not _SENTENCE.search(opening):
            continue
        later = (" ".join((c.tail or "").split()) for c in div)
        if any(len(run) >= 60 and run[:60] in flat for run in later):
            found.append(i)
    if not found:
        return root
    root = copy.deepcopy(root)
    divs = _TEXT_HOLDERS(root)
    for i in found:
        div = divs[i]
        para = etree.Element("p")
        para.text, div.text = div.text, None
        div.insert(0, para)
    return root


# a paragraph: a <p>, or a <div> holding no block (an editor's '<div><span>…</span></div>' paragraphs)
_LONG_PARAGRAPHS = etree.XPath(
    "//body//*[self::p or self::div][not(.//p or .//div or .//li or .//table)]"
    f"[string-length(normalize-space()) >= {PROSE_DIV_CHARS}]"
)


# class and id words that do name a page's chrome: trafilatura is right to leave such a block out
_CHROME_NAMES = re.compile(
    r"footer|nav|menu|sidebar|banner|comment|related|share|social|bread-?crumb|tags|cookie|newsletter|"
    r"author|byline|advert|sponsor|popular|most-read"
)


def discarded_prose(root: etree._Element, text: str) -> etree._Element:
    """The page with the class and id taken off the blocks holding most of its paragraphs of prose that
    `text` (an extraction) left out because trafilatura's boilerplate rules discard them by a class or id
    word (Liferay's blog entry in 'widget-mode-detail', a theme's 'post-meta-content'), not one naming the
    page's chrome (a footer, a menu, a sidebar: `_CHROME_NAMES`), when the extraction took no paragraph of
    prose at all (a list of links instead); the page itself when none. Such a block holds missed paragraphs
    (PROSE_DIV_CHARS or longer) and at least half of all the page's: a sidebar widget's teasers are not the
    page's prose."""
    if any(len(ln) >= PROSE_DIV_CHARS and _SENTENCE.search(ln) for ln in text.splitlines()):
        return root  # the extraction took a paragraph of prose: the page's own, as a rule
    flat = " ".join(text.split())
    paragraphs = _LONG_PARAGRAPHS(root)
    missed = [p for p in paragraphs if " ".join(p.text_content().split())[:60] not in flat]
    if not missed:
        return root
    dropped = {el for xpath in OVERALL_DISCARD_XPATH for el in xpath(root)}
    holders = {
        a
        for p in missed
        for a in (p, *p.iterancestors())
        if a in dropped and not _CHROME_NAMES.search(f"{a.get('class') or ''} {a.get('id') or ''}".lower())
    }

    def holds(block: etree._Element, among: list[etree._Element]) -> int:
        return sum(block is p or block in p.iterancestors() for p in among)

    held = [h for h in holders if 2 * holds(h, paragraphs) >= len(paragraphs)]
    if not held:
        return root
    order = {el: i for i, el in enumerate(root.iter())}
    at = {order[h] for h in held}
    root = copy.deepcopy(root)
    for i, el in enumerate(root.iter()):
        if i in at:
            el.attrib.pop("class", None)
            el.attrib.pop("id", None)
    return root


def main_text(root: etree._Element, min_chars: int, min_chars_if_more: int = 0) -> str:
    """The page's main text as trafilatura extracts it (fast mode, no comments): precision first,
    then recall when that finds too little (bodies of bare text between <br> tags): under `min_chars`,
    or under `min_chars_if_more` when recall finds more. Layout tables are read as blocks, text-only
    sections as paragraphs."""
    root = for_extraction(root)
    enough = max(min_chars, min_chars_if_more)
    precise = trafilatura.extract(root, options=_extractor(True)) or ""
    if (shown := discarded_prose(root, precise)) is not root:
        root, precise = shown, trafilatura.extract(shown, options=_extractor(True)) or ""
    if len(precise) >= min_chars and (read := dropped_opening_run(root, precise)) is not root:
        root, precise = read, trafilatura.extract(read, options=_extractor(True)) or ""
    # text found, but not the page's prose: it took the columns around a body of bare text
    if len(precise) >= enough and (read := missed_prose(root, precise)) is not root:
        root, precise = read, trafilatura.extract(read, options=_extractor(True)) or ""
    if len(precise) >= enough:
        return precise
    recalled = trafilatura.extract(root, options=_extractor(False)) or ""
    if len(precise) >= min_chars and len(recalled) <= len(precise):
        return precise
    if len(recalled) < enough and (read := missed_prose(root, recalled)) is not root:
        # neither pass read a body of bare text (a brief's one run, a byline after it): read as a paragraph
        reread = trafilatura.extract(read, options=_extractor(True)) or ""
        if len(reread) > len(recalled):
            return reread
    if len(precise) >= min_chars and "\n" not in recalled.strip() and " ".join(precise.split()) in recalled:
        # recall read the precise text again, squashed into one run with the furniture around it (a brief's
        # headline, byline and share buttons, a related list after it): the precise reading
        return precise
    if precise.count("\n") >= 1 and "\n" not in recalled.strip() and len(recalled) > SQUASHED_CHARS:
        # recall fell back to the whole page's text in one run (a gallery's nested figures): no reading of it
        return precise
    if not precise and "\n" not in recalled.strip() and (own := _sole_article(root)) is not None:
        # recall squashed the page into one run, precision found nothing around a short text (a brief): the
        # page's one <article> read alone
        alone = trafilatura.extract(own, options=_extractor(True)) or ""
        if len(alone) >= min_chars:
            return alone
    return recalled


_ARTICLES = etree.XPath("//body//article")


def _sole_article(root: etree._Element) -> etree._Element | None:
    """The page's one <article> element in a page of its own, or None when it has none or several."""
    found = _ARTICLES(root)
    if len(found) != 1:
        return None
    own = etree.tostring(found[0], encoding="unicode", with_tail=False)
    return lxml.html.document_fromstring(f"<html><body>{own}</body></html>")
