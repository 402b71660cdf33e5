"""The article's date as the page prints it: by the headline, in a stamp's attribute, in a closing byline."""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from danvan.crawler.detection_rules import rules
from danvan.crawler.listing_structure import element_text_within
from danvan.crawler.page_text import compiled_xpath
from danvan.crawler.printed_dates import printed_date
from danvan.crawler.site_chrome import footer_markers, is_site_footer
from danvan.crawler.structured_dates import parse_structured_date
from danvan.crawler.text_around import first_chars, following_texts, preceding_texts
from danvan.crawler.text_keys import SENTENCE_END, norm
from lxml import etree

TEXT_WITH = etree.XPath("//body//text()[contains(., $word)]")  # smart strings: they know their element


def _dateline(texts: list[str], chars: int) -> tuple[date, int, str] | None:
    """The date of the first short line (a dateline, not a sentence of the body) among text nodes that
    start within `chars` characters, how many characters come before it, and the line."""
    cfg = rules()["date"]
    seen = 0
    for text in texts:
        if seen >= chars:
            break
        line = norm(text)
        if "{" in line and '":' in line:
            seen += len(text)
            continue  # a script's JSON in the body (the markup's own date): no dateline printed
        short = len(line) < cfg["byline_chars"] and len(line.split()) < cfg["byline_words"]
        if short and (when := printed_date(line)):
            return when, seen, line
        seen += len(text)
    return None


_TEXTS_BEFORE_WITH = etree.XPath("preceding::text()[contains(., $line)]")
_ITEM = etree.XPath("ancestor-or-self::*[self::li or self::tr][1]")


def _in_linked_item(el: etree._Element, line: str) -> bool:
    """The line before the headline is a listed item's date: in a list item or a table row holding a link and
    not the headline (a sidebar's latest news, set before the article's column: 'Phụ nữ xã … thoát nghèo
    (18/02/2025)'; a table layout's row holding the whole page is no item)."""
    nodes = _TEXTS_BEFORE_WITH(el, line=line)
    if not nodes:
        return False
    owner = nodes[-1].getparent()
    if nodes[-1].is_tail:
        owner = owner.getparent()
    item = next(iter(_ITEM(owner)), None) if owner is not None else None
    return item is not None and el not in item.iter() and any(a.get("href") for a in item.iter("a"))


def _not_edited(texts: list[str], reading_order: bool = True) -> list[str]:
    """The text nodes without a stamp of the page's last edit ('Cập nhật lần cuối', and the date in the node
    after the label's, in reading order: `texts` run backwards when not `reading_order`) nor a deadline ('Hạn
    đăng ký: …'), blanked."""
    cfg = rules()["date"]
    last_edit = re.compile(f"(?:{cfg['last_edit']})|(?:{cfg['deadline']})", re.IGNORECASE)
    marked = [bool(last_edit.match(t.lstrip())) for t in texts]
    if not any(marked):
        return texts
    order = range(len(texts)) if reading_order else range(len(texts) - 1, -1, -1)
    out, label = list(texts), False
    for i in order:
        if marked[i]:
            out[i], label = "", True
        elif label and texts[i].strip():
            out[i], label = "", False  # the stamp's date, in the first node holding text after its label
    return out


def _datelines(
    el: etree._Element,
) -> tuple[list[str], list[str], tuple[date, int, str] | None, tuple[date, int, str] | None]:
    """The text nodes after and before the headline, and the datelines among them (see `_dateline`)."""
    cfg = rules()["date"]
    # the site's footer ends the text after it: its licence's date ('Giấy phép số 85/GP-BTTTT ngày 10/3/2022')
    # dates no page
    following = _not_edited(first_chars(following_texts(el, is_site_footer), 60, cfg["chars_after_title"]))
    preceding = _not_edited(first_chars(preceding_texts(el), 20, cfg["chars_before_title"]), False)
    after_line = _dateline(following, cfg["chars_after_title"])
    before_line = _dateline(preceding, cfg["chars_before_title"])
    if before_line and _in_linked_item(el, before_line[2]):
        before_line = None
    return following, preceding, after_line, before_line


_CLOCK = re.compile(r"(?<!\d)\d{1,2}\s*(?::|h|giờ)\s*\d{2}(?!\d)", re.IGNORECASE)


def stamped_dateline(el: etree._Element) -> date | None:
    """The date of the nearest dateline by the headline when it prints the time of day too ('Thứ hai -
    14/07/2025 08:15'): the page's own publication stamp, not a date in a sentence."""
    _, _, after_line, before_line = _datelines(el)
    lines = sorted((line for line in (after_line, before_line) if line), key=lambda line: line[1])
    return next((line[0] for line in lines[:1] if _CLOCK.search(line[2])), None)


def date_near(el: etree._Element, url: str = "", markup: date | None = None) -> date | None:
    """The date printed by the headline: a dateline after it or before it (a date alone on a short line;
    when both, the one the address's date or else the markup's (`markup`) agrees with, else the nearer one,
    so that an item of a list set after a short text does not date it; the address's full date over a
    dateline before it only), else a full date in the page's address (`url`: '/2025/03/18/…', a print
    edition's or a blog's), else the first date printed after it, else before it (a date inside a sentence
    of the lead: the event's, often the day before the paper's)."""
    cfg = rules()["date"]
    following, preceding, after_line, before_line = _datelines(el)
    if after_line and before_line:
        for witness in (date_in_url(url) if url else None, markup):
            if witness in (after_line[0], before_line[0]) and after_line[0] != before_line[0]:
                # two witnesses (the address's date first): the other is a date set around the headline's
                # column (the site's 'today' in its top bar, a subtitle between the headline and its dateline
                # making that the farther)
                return witness
        return after_line[0] if after_line[1] <= before_line[1] else before_line[0]
    if after_line:
        return after_line[0]
    if before_line:
        # a date over the headline only, the address holding another: the address's (the one over it can be a
        # sidebar's listed item, set before the article's column)
        return (date_in_url(url) if url else None) or before_line[0]
    if relative := _relative_stamp_date(el):
        return relative
    if url and (in_url := date_in_url(url)):
        return in_url
    after = "".join(following)[: cfg["chars_after_title"]]
    before = "".join(reversed(preceding))[-cfg["chars_before_title"] :]
    when = printed_date(norm(after)) or printed_date(norm(before))
    if when is None:
        for stamp in el.xpath("following::time[position() <= 3]/@datetime"):
            when = when or parse_structured_date(stamp)
    return when


def _relative_stamp_date(el: etree._Element) -> date | None:
    """The date in the attribute of a stamp next to the headline showing a relative time ('<span
    title="12/05/2025 09:14">3 tuần trước</span>')."""
    relative = re.compile(rules()["date"]["relative_time"], re.IGNORECASE)
    for stamp in compiled_xpath(rules()["date"]["stamps"])(el):
        if not relative.match(element_text_within(stamp, 40) or "") or _under_an_item_s_title(stamp, el):
            continue
        if when := _stamp_attribute_date(stamp):
            return when
    return None


def _stamp_attribute_date(stamp: etree._Element) -> date | None:
    """The date a stamp keeps in its datetime or title attribute."""
    for raw in (stamp.get("datetime"), stamp.get("title")):
        if raw and (when := parse_structured_date(raw) or printed_date(norm(raw))):
            return when
    return None


def attribute_date(el: etree._Element) -> date | None:
    """A date kept in the attribute of a date-looking element next to the headline ('<abbr title="Thứ Tư,
    5 tháng 3, 2025">5 tháng 3</abbr>', '<time datetime>'): its own text short and holding a digit."""
    for stamp in compiled_xpath(rules()["date"]["stamps"])(el):
        shown = element_text_within(stamp, 40)
        if not shown or not any(c.isdigit() for c in shown) or _under_an_item_s_title(stamp, el):
            continue
        if when := _stamp_attribute_date(stamp):
            return when
    return None


_LINKED_HEADING_BEFORE = etree.XPath(
    "preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][.//a[@href]][1]"
)
_AFTER = etree.XPath("boolean(preceding::*[count(. | $t) = 1])")


def _under_an_item_s_title(stamp: etree._Element, headline: etree._Element) -> bool:
    """The stamp lies in an <article> entry not holding the headline, or after a linked heading that comes
    after the headline: the date of an item listed under the page's own text (a team's page and its
    posts), not the page's."""
    if any(headline not in entry.iter() for entry in stamp.iterancestors("article")):
        return True  # inside an entry of its own, the headline outside it
    heading = next(iter(_LINKED_HEADING_BEFORE(stamp)), None)
    return heading is not None and heading is not headline and bool(_AFTER(heading, t=headline))


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
    last = next((ln for ln in reversed(lines) if SENTENCE_END.search(ln)), "")
    if len(last) < 25:
        return None
    nodes = TEXT_WITH(root, word=last[-25:]) or TEXT_WITH(root, word=last[:25])
    if not nodes:
        return None
    # from the element holding it (XPath starts at elements): after it, or from its tail's element
    owner = nodes[-1].getparent()
    for node in _TEXTS_AFTER(owner, n=cfg["closing_nodes"] + nodes[-1].is_tail):
        text = norm(node)
        if _in_link_or_footer(node) or footer_markers(text):
            return None
        short = len(text) < cfg["byline_chars"] and len(text.split()) < cfg["byline_words"]
        if short and (when := printed_date(text)):
            return None if re.match(cfg["last_edit"], text, re.IGNORECASE) else when
    return None


# a full date in an address's path: '/2025/11/14/slug', '/tin/2025-11-14-slug.html', '-20240530194508.htm'
_URL_DATES = (
    re.compile(r"(?<![\d])(20\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?![\d])"),
    re.compile(r"(?<![\d])(20\d{2})(\d{2})(\d{2})\d{4,6}(?![\d])"),  # a timestamp: yyyymmddHHMM(SS)
)


def date_in_url(url: str) -> date | None:
    """A full date written in the page's address (its path: a query's is a filter's), the last resort of an
    undated page: many blogs and some portals print the date only in their listings and the address."""
    path = urlsplit(url).path
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None
