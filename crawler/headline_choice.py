"""Which of the page's headline candidates (metadata, h1, headline classes, <title>, headings) is the
article's: the one sharing its topic with the main text, shown on the page and nearest the text."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from danvan.crawler.article_body import lead_before_body
from danvan.crawler.detection_rules import rules
from danvan.crawler.listing_structure import element_text, element_text_within, is_label
from danvan.crawler.page_metadata import Metadata
from danvan.crawler.page_text import compiled_xpath, element_texts, first_string
from danvan.crawler.printed_dates import printed_date
from danvan.crawler.site_chrome import (
    footer_markers,
    in_banner,
    in_breadcrumb,
    in_footer,
    is_section_label,
    site_names,
)
from danvan.crawler.text_around import chars_before
from danvan.crawler.text_keys import SENTENCE_END, norm, syllables
from danvan.crawler.urls import absolute_http_url, normalize_url
from lxml import etree
from parsel import Selector


def page_names(sel: Selector, meta: Metadata) -> list[str]:
    """What the page's markup names it: its JSON-LD headline and og:title, its <title> whole and cut at
    the separators between a headline and the site's name."""
    root = sel.root
    names = [
        meta.headline,
        norm(next(iter(compiled_xpath('//meta[@property="og:title"]/@content')(root)), "")),
    ]
    page_title = norm(next(iter(compiled_xpath("//title/text()")(root)), ""))
    parts = [page_title]
    for sep in rules()["title"]["separators"]:
        parts = [p.strip() for part in parts for p in part.split(sep)]
    return [*names, page_title, *parts]


def _title_sources(
    sel: Selector, meta: Metadata, url: str, names: list[str] | None, own: set[str] | None
) -> Iterator[tuple[str, list[str]]]:
    """Headline candidates by kind, most likely first, each group found only when the ones before it
    failed: metadata, h1, headline classes, <title>, other headings."""
    cfg = rules()["title"]
    root = sel.root
    names = page_names(sel, meta) if names is None else names
    # a metadata name that is the site's own (the text of its links home: a social page's og:title)
    own = site_names(root, url) if own is None else own
    h1s = element_texts(root, _SHOWN_H1)
    site_parts = {n for n in names[:2] if _site_part(n, names, h1s, sel, url)}
    # an og:title the <title> does not hold, under og:type 'website': the site's card, on every page alike
    if (
        names[1]
        and names[2]
        and names[1].lower() not in {n.lower() for n in names[2:]}
        and first_string(sel, '//meta[@property="og:type"]/@content').strip().lower() == "website"
    ):
        site_parts.add(names[1])
    yield "metadata", [n for n in names[:2] if n.lower() not in own and n not in site_parts]
    yield "h1", h1s
    hints = " or ".join(
        f"contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'),'{h}')"
        for h in cfg["class_hints"]
    )
    lower = "translate(normalize-space(@class),'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')"
    hints += "".join(f" or contains(concat(' ', {lower}, ' '), ' {w} ')" for w in cfg["class_words"])
    yield "class", element_texts(root, f"//body//*[{hints}]")
    yield "title", names[2:]
    yield "heading", element_texts(root, "//body//h2 | //body//h3 | //body//b | //body//strong")
    # last, text set large by its own style outside the banner (a site builder's text box: '<span
    # style="font-size:28pt">'; an old site's '<font size="5">'), no heading element around it
    yield "styled", [element_text(el) for el in _STYLED(root) if _set_large(el) and not in_banner(el, url)]


# the page's <h1> as shown: not one hidden by its style or attribute, nor one for screen readers only (a
# banner's site name kept for search engines: '<h1 style="display:none">', class 'sr-only')
_HIDDEN = (
    "ancestor-or-self::*[contains(translate(@style, ' ', ''), 'display:none') or @hidden"
    " or contains(@class, 'sr-only') or contains(@class, 'visually-hidden')"
    " or contains(@class, 'screen-reader-text')]"
)
_SHOWN_H1 = f"//body//h1[not({_HIDDEN})] | //body//*[@role='heading'][@aria-level='1'][not({_HIDDEN})]"


def _site_part(name: str, names: list[str], h1s: list[str], sel: Selector, url: str) -> bool:
    """The metadata's name is the site's part of a <title> of two ('<site> - <headline>'), the other part,
    longer, shown in an <h1> outside the banner: a site builder's og:title, the site's name on every page."""
    if len(names) != 5 or name.lower() not in (names[3].lower(), names[4].lower()):
        return False
    other = names[4] if name.lower() == names[3].lower() else names[3]
    if len(other) <= len(name):
        return False
    if other in h1s:
        el = title_element(sel, other, url)[0]
        return el is not None and not in_banner(el, url)
    return _shown_with_a_symbol(sel, other, url)


def _shown_with_a_symbol(sel: Selector, text: str, url: str) -> bool:
    """The page shows the text whole in an element of its own outside the banner, after a symbol or an emoji
    at most (a social page's post: '💡 Đội hình …' as its bold opening line)."""
    for node in TEXT_WITH(sel.root, word=text[:20]):
        owner = node.getparent()
        for el in (owner, *itertools.islice(owner.iterancestors(), 2)) if owner is not None else ():
            shown = element_text_within(el, len(text) + 4)
            if shown is not None and strip_symbols(shown) == text:
                return not in_banner(el, url)
    return False


_WORD_ENDS = "\"'”“»«)(][…?!.%"


def strip_symbols(title: str) -> str:
    """The headline without the emoji and symbols around it ('🔥 Ra quân …' → 'Ra quân …'); quotes, brackets
    and a closing mark are the headline's own."""
    start, end = 0, len(title)
    while start < end and not title[start].isalnum() and title[start] not in _WORD_ENDS:
        start += 1
    while end > start and not title[end - 1].isalnum() and title[end - 1] not in _WORD_ENDS:
        end -= 1
    return title[start:end].strip()


_STYLED = etree.XPath("//body//*[contains(@style, 'font-size')] | //body//font[@size]")
_FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(pt|px|em|rem)")


def _set_large(el: etree._Element) -> bool:
    """The element's own style sets its text large: 16pt, 20px, 1.4em or more, or a <font> of size 5 or more
    (or '+2')."""
    least = rules()["title"]["large_text"]
    if el.tag == "font" and (size := (el.get("size") or "").strip()):
        return (size.startswith("+") and size[1:].isdigit() and int(size[1:]) >= 2) or (
            size.isdigit() and int(size) >= least["font"]
        )
    found = _FONT_SIZE.search((el.get("style") or "").lower())
    return bool(found) and float(found.group(1)) >= least[found.group(2)]


def _headline_shaped(text: str) -> bool:
    """Of a headline's length, and no section label or footer line."""
    cfg = rules()["title"]
    return (
        cfg["min_chars"] <= len(text) <= cfg["max_chars"]
        and not is_section_label(text)
        and not footer_markers(text)
    )


def title_candidates(
    sel: Selector, meta: Metadata, url: str, names: list[str] | None = None, own: set[str] | None = None
) -> Iterator[tuple[str, list[str]]]:
    """Groups of headline candidates by kind (metadata, h1, headline classes, <title>, other headings),
    most likely group first; within a group in document order, section labels left out. `names` (page_names)
    and `own` (site_names) when the caller has them."""
    cfg = rules()["title"]
    seen: set[str] = set()
    for kind, group in _title_sources(sel, meta, url, names, own):
        kept = []
        for text in group:
            if cfg["min_chars"] <= len(text) <= cfg["max_chars"] and text not in seen:
                seen.add(text)
                if not is_section_label(text) and not footer_markers(text):
                    kept.append(text)
        if kept:
            yield kind, kept


def overlap(title: str, line_syllables: Counter[str], lines_lower: Counter[str]) -> float:
    """Share of the title's syllables found in the main text outside the title's own lines (a box
    heading such as 'TIN ĐỌC NHIỀU' is in the text, but nothing else in the text is about it)."""
    words = syllables(title)
    if not words:
        return 0.0
    own = lines_lower.get(title.lower(), 0)
    found = sum(1 for w in words if line_syllables[w] > own)
    return found / len(words) if found >= rules()["title"]["min_shared_syllables"] else 0.0


def heads_a_paragraph(title: str, lines: list[str], line_at: dict[str, int]) -> bool:
    """The title is a line of the main text and a paragraph follows it (a dateline or byline between
    them allowed): a headline whose text need not repeat its words. A box heading is followed by short
    lines (counters, menu items, linked titles)."""
    at = line_at.get(title.lower())
    if at is None:
        return False
    cfg = rules()["title"]
    return any(
        len(ln) >= cfg["paragraph_chars"] and SENTENCE_END.search(ln)
        for ln in lines[at + 1 : at + 1 + cfg["lines_to_paragraph"]]
    )


_PULL_QUOTE = etree.XPath(
    "boolean(ancestor-or-self::*[self::blockquote or contains(@class, 'quote') or contains(@class, 'trich')])"
)


def opening_headline(
    lines: list[str], line_at: dict[str, int], names: list[str], short_name: str = ""
) -> tuple[str, str]:
    """The post's own opening line when it is its headline, and its spelling: one of the main text's
    first `lines_to_paragraph` lines, heading a paragraph, not ending like a sentence, written in capitals
    or naming the page (its <title>, og:title, case aside: that spelling is returned); ('', '') if none.
    With `short_name` (the page's name, not heading the text): only a longer line holding most of its
    syllables ('Bắc Mê tặng quà hội viên' over 'Hội CCB huyện Bắc Mê tặng 50 suất quà cho hội viên …')."""
    cfg = rules()["title"]
    end = re.compile(cfg["opening_end"])
    named = {n.lower(): n for n in names if n}
    short = syllables(short_name)
    start = line_at.get(short_name.lower(), -1) + 1  # under the name's own line when the text holds it
    for line in lines[start : start + cfg["lines_to_paragraph"]]:
        if not _headline_shaped(line) or end.search(line) or not heads_a_paragraph(line, lines, line_at):
            continue
        if _ASKS.match(line):
            continue  # a reader's question under its label ('Câu hỏi: Vợ chồng tôi …'), answered below it
        if printed_date(line) and len(line.split()) < 15 and _DATELINE_SHAPE.search(line):
            continue  # the post's dateline ('Đăng ngày: 08.06.2025 · Đội TNTN huyện'), printed over its text
        if short:
            if re.match(cfg["news_opening"], line.lower()) or re.search(cfg["caption_tail"], line.lower()):
                continue  # a news paragraph's opening ('Sáng 11/9, ...'), a photo's caption: no headline
            if line.lower() in named:
                continue  # the page's <title> whole, the site's name after the headline
            words = syllables(line)
            # the name's date ('Hội trại 26/3') the headline need not repeat: its words are what it names
            named_words = {w for w in short if not w.isdigit()} or short
            shared = sum(w in words for w in named_words)
            # more words than the name, not only its date; a statement, not a question put to a guest
            extra = sum(1 for w in words - short if not w.isdigit())
            more = extra >= cfg["short_name_more_words"] and line[-1] not in "?!"
            if more and shared >= cfg["short_name_share"] * len(named_words):
                return line, line
            continue
        if (spelled := named.get(line.lower())) or (line == line.upper() and line != line.lower()):
            return line, spelled or line
    return "", ""


_SHOWING_TITLE = (
    "//body//*[not(self::script or self::style)]"
    "[normalize-space(translate(., '\u00a0\u2009\u202f', '   ')) = $title]"
)


TEXT_WITH = etree.XPath("//body//text()[contains(., $word)]")  # smart strings: they know their element


def _showing_title(root: etree._Element, title: str) -> Iterator[etree._Element]:
    """The body elements whose text is the title, in document order (an element before those inside
    it): found from the text nodes holding its first word, walking up while the text stays the title.
    When that finds none (the first word split by markup), XPath over every element's text."""
    seen: set[etree._Element] = set()
    for node in TEXT_WITH(root, word=title.split()[0]):
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
        yield from (
            el for el in compiled_xpath(_SHOWING_TITLE)(root, title=title) if element_text(el) == title
        )


def first_paragraph(lines: list[str]) -> str:
    """The main text's first paragraph (a sentence of `paragraph_chars` or more), else its longest line."""
    para = rules()["title"]["paragraph_chars"]
    paragraphs = [ln for ln in lines if len(ln) >= para and SENTENCE_END.search(ln)]
    return paragraphs[0] if paragraphs else max(lines, key=len, default="")


def nearest_the_text(found: list[tuple[str, etree._Element]], lines: list[str]) -> tuple[str, etree._Element]:
    """Of headline candidates that all match the text, the one just above it: fewest characters
    between its element and the main text's first paragraph (a sidebar box heading before the page's
    columns is farther from it than the headline); document order breaks ties."""
    if len(found) == 1:
        return found[0]
    target = first_paragraph(lines)
    if not target:
        return found[0]
    distances = [chars_before(el, target) for _, el in found]
    return found[distances.index(min(distances))]


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _in_heading(el: etree._Element) -> bool:
    return any(node.tag in _HEADINGS for node in (el, *el.iterancestors()))


def title_element(sel: Selector, title: str, url: str) -> tuple[etree._Element | None, bool]:
    """The first body element showing the headline (unlinked before a link to this page), and whether it only
    appears as a link elsewhere. The
    last step of a breadcrumb trail repeating the headline ('Trang chủ / Sáng tác / <title>') is taken only
    when nothing else shows it: the headline's own element is the one whose dateline and text follow."""
    here = normalize_url(url)
    links_away = False
    trail: etree._Element | None = None
    linked: etree._Element | None = None
    for el in _showing_title(sel.root, title):
        link = el if el.tag == "a" else next((a for a in el.iterancestors("a")), None)
        if link is None:
            inner = el.find(".//a")
            link = inner if inner is not None and element_text(inner) == title else None
        href = absolute_http_url(url, link.get("href")) if link is not None else None
        if href and normalize_url(href) != here:
            links_away = True
            continue
        if in_breadcrumb(el):
            trail = trail if trail is not None else el
            continue
        if href:
            # a link to this page (the banner's ticker or a sidebar's list of latest posts): its own element,
            # unlinked, later; a blog's post title links to its own page, and is its headline when alone, or
            # the one set as a heading when a sidebar's list links to the page too
            if linked is None or (not _in_heading(linked) and _in_heading(el)):
                linked = el
            continue
        return el, False
    if linked is not None:
        return linked, False
    return (trail, False) if trail is not None else (None, links_away)


def headline_over_its_lead(
    sel: Selector,
    url: str,
    candidates: list[str],
    lines: list[str],
    anchors: set[str],
    counts: list[Counter[str]],
) -> tuple[str, etree._Element | None]:
    """The first candidate shown on the page that shares its topic with the main text once the lead under
    it (a sapo the extractor left out, see lead_before_body) is read with the text; ('', None) if none."""
    if not lines or not counts:
        return "", None
    shown = [(c, el) for c in candidates if (el := title_element(sel, c, url)[0]) is not None]
    # shown on the page, not as a link to another one; the site's name in the banner last
    for candidate, el in sorted(shown, key=lambda found: in_banner(found[1], url)):
        if not (lead := lead_before_body(el, lines, lines, anchors)):
            continue
        words = counts[0] + Counter(w for ln in lead for w in syllables(ln))
        if overlap(candidate, words, counts[1]) >= rules()["title"]["min_overlap"]:
            return candidate, el
    return "", None


@dataclass(slots=True)
class Headline:
    """The headline taken, its element on the page (None when only the metadata shows it), whether it heads a
    paragraph of the text (not only shares words with it), and whether it only appears as a link away."""

    title: str = ""
    element: etree._Element | None = None
    heads: bool = False
    links_away: bool = False


# a dateline's shape: a figure within its first four words ('Đăng ngày: 08.06.2025 · …', 'Thứ Hai, 13/5/2024')
# or a time; a headline naming its event's date ends with it ('… trao Huy hiệu Đảng đợt 3/2/2025')
_DATELINE_SHAPE = re.compile(r"^\W*(?:\S+\s+){0,3}\S*\d|\d{1,2}\s*[:h]\s*\d{2}(?!\d)")


def _names_last(title: str, names: list[str]) -> bool:
    """og:title or <title> ends with the title after a separator ('Đảng bộ xã Xuân Lâm - Dân vận khéo - Đồng
    Tâm' for a page named 'Dân vận khéo - Đồng Tâm'): the page's name, whatever separators it holds itself."""
    for name in names:
        if name and len(name) > len(title) and name.lower().endswith(title.lower()):
            rest = name[: -len(title)].rstrip()
            if any(rest.endswith(sep.strip()) for sep in rules()["title"]["separators"]):
                return True
    return False


_ASKS = re.compile(r"(?i)^(?:pv|phóng\s+viên|hỏi|câu\s+hỏi)\s*:")  # an interview's or a reader's question
# a long text's numbered part ('I. Những bước chân trong sương', '2. Giải pháp'): a chapter's heading
# the page's <h1>, or the element its microdata marks as the headline (or a wrapper showing only it)
_HEADLINE_ELEMENT = etree.XPath("boolean(descendant-or-self::*[self::h1 or @itemprop='headline'])")
_PART = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})[.)]\s")


def _heads_the_text(sel: Selector, title: str, url: str, lines: list[str]) -> bool:
    """The page shows the title in its <h1> just above the main text's first paragraph (a lead, a byline
    between them): a long-form story's figurative headline that shares next to no words with its text."""
    el = title_element(sel, title, url)[0]
    reach = rules()["container"]["max_chars_to_paragraph"]
    target = first_paragraph(lines)
    return (
        el is not None and bool(target) and bool(_HEADLINE_ELEMENT(el)) and chars_before(el, target) <= reach
    )


def _box_label(text: str) -> bool:
    """A few words in capitals: a box's or a section's label, no headline."""
    return text.isupper() and is_label(text, rules()["menu"]["max_words"])


def choose_headline(
    sel: Selector,
    url: str,
    meta: Metadata,
    lines: list[str],
    anchors: set[str],
    why: Callable[[str], None],
    own: set[str] | None = None,
) -> Headline:
    """The article's headline among the page's candidates, most likely group first: in a group, a candidate
    heading a paragraph of the main text at once, else the one sharing its topic nearest the text; the
    site's name in a banner passed over; a candidate matching with the lead under it; a post's own opening
    line. The reasons for the unusual choices go to `why`; `own`: site_names, when the caller has them."""
    cfg = rules()
    line_at: dict[str, int] = {}
    for i, ln in enumerate(lines):
        line_at.setdefault(ln.lower(), i)
    counts: list[Counter[str]] = []  # syllables by lines holding them, lines by repeats: when needed
    names = page_names(sel, meta)
    # what the markup names the page, no site's name in it: JSON-LD headline, og:title, a <title> unsplit
    own_names = {n.lower() for n in names[:2] if n} | (
        {names[2].lower()} if len(set(names[2:])) == 1 else set()
    )
    if len(names) == 5 and names[3]:
        # the <title>'s headline before the site's name ('Cựu chiến binh với … - Cựu chiến binh Hòa Bình'),
        # cut in two parts only: an old site with no other markup names its page so
        own_names.add(names[3].lower())
    if any(": " in n for n in names[:3]):
        # a blog's '<site>: <post>' (Blogger's og:title and <title>): the post's name after the site's
        own = site_names(sel.root, url) if own is None else own
        for name in names[:3]:
            site, colon, rest = name.partition(": ")
            if colon and rest and site.lower() in own:
                own_names.add(rest.lower())

    def matches(candidate: str, least: float = cfg["title"]["min_overlap"]) -> int:
        """2: the candidate heads a paragraph; 1: it shares its topic with the text; 0: neither."""
        if heads_a_paragraph(candidate, lines, line_at):
            return 2
        if not counts:
            counts.append(Counter(w for ln in lines for w in syllables(ln)))
            counts.append(Counter(ln.lower() for ln in lines))
        return int(overlap(candidate, counts[0], counts[1]) >= least)

    # the name the JSON-LD (or microdata) headline, og:title and the <title>'s first part all give; an
    # og:title naming the site (on every page alike) or none does not disagree, and without a JSON-LD
    # headline og:title and the <title> agreeing are enough
    named = names[0] or names[1]
    agreed = named.lower() if len(names) > 3 and named and named.lower() == names[3].lower() else ""
    if agreed and names[1] and names[1].lower() != agreed:
        own = site_names(sel.root, url) if own is None else own
        agreed = agreed if names[1].lower() in own else ""
    title, title_el, links_away = "", None, False
    heads = False  # the headline taken heads a paragraph of the text (not only shares words with it)
    unmatched: list[str] = []  # headline-source candidates matching nothing: tried again with their lead
    candidates = title_candidates(sel, meta, url, names, own)
    for kind, group in candidates:
        # in a group, a candidate heading a paragraph is taken at once; else the one nearest the text
        found: list[tuple[str, etree._Element]] = []
        found_heads = False
        for candidate in group:
            if kind == "heading" and (candidate.endswith(":") or _ASKS.match(candidate)):
                continue  # a field's or a part's label ('Tóm tắt quá trình công tác:'), a question ('PV:')
            if kind in ("class", "heading") and (_PART.match(candidate) or _box_label(candidate)):
                # a chapter's heading, its class a headline's ('chapter-title'); a box's label in capitals
                # ('NGHE ĐÀI TRỰC TUYẾN' over a player, its class a title's: 'tieudebox')
                continue
            if not (level := matches(candidate)) and candidate.lower() in own_names:
                # the markup names the page so and the page shows it outside its banner: less of it need
                # be in the text (a brief's compressed headline); still less when every source agrees
                # (shown in the page's <h1>)
                level = matches(candidate, cfg["title"]["named_min_overlap"])
                h1 = not level and candidate.lower() == agreed
                if h1:
                    level = matches(candidate, cfg["title"]["agreed_min_overlap"]) or int(
                        _heads_the_text(sel, candidate, url, lines)
                    )
                el = title_element(sel, candidate, url)[0] if level else None
                if el is None or in_banner(el, url) or (h1 and not _HEADLINE_ELEMENT(el)):
                    level = 0
            if not level:
                if kind != "heading":
                    unmatched.append(candidate)
                continue
            el, away = title_element(sel, candidate, url)
            links_away = links_away or (el is None and away)
            if el is None:
                if not title:  # metadata only, kept unless the page shows a better one
                    title, heads = candidate, level == 2
                continue
            if level == 2 and not in_banner(el, url):
                found, found_heads = [(candidate, el)], True
                break
            if in_footer(el):
                continue  # the site's name in its footer, sharing words with every page's text
            found.append((candidate, el))
        if found:
            title, title_el = nearest_the_text(found, lines)
            heads = found_heads
            break
    own = site_names(sel.root, url) if own is None else own
    if title_el is not None and not heads and (in_banner(title_el, url) or title.lower() in own):
        # the site's name in the page's banner (or as its logo names it), sharing words with the text: a later
        # candidate outside the banner matching the text, or matching it with its lead, is the headline
        target = first_paragraph(lines)
        banner = chars_before(title_el, target)

        def closer(c: str) -> etree._Element | None:
            """The candidate's element when outside the banner and nearer the text's first paragraph."""
            el, _ = title_element(sel, c, url)
            near = el is not None and not in_banner(el, url) and chars_before(el, target) < banner
            near = near and c.lower() not in own
            return el if near else None

        later = [(k, c) for k, group in candidates for c in group]
        # the one nearest the text: a box's heading set before the page's column ('Văn bản mới' over a
        # sidebar's list) can share its few words with the text too; not a lead under the headline, a
        # sentence ending with a full stop
        near = [(c, el) for _, c in later if matches(c) and (el := closer(c)) is not None]
        near = [(c, el) for c, el in near if not c.endswith((".", ":")) and not _PART.match(c)] or near
        direct = nearest_the_text(near, lines) if near else None
        leads = [c for k, c in later if k != "heading" and closer(c) is not None]
        alt, alt_el = direct or headline_over_its_lead(sel, url, leads, lines, anchors, counts)
        if alt_el is not None:
            title, title_el = alt, alt_el
            why("site-name-in-banner-passed-over")
    if not title and unmatched:
        title, title_el = headline_over_its_lead(sel, url, unmatched, lines, anchors, counts)
        if title:
            why("title-matches-text-with-its-lead")
    # a post whose own opening line is its headline: under a heading that only shares words with it (the
    # site's name in <h1>, the same on every page of the site), or under the page's own short name (a site
    # builder's page name, in <title> and over the text, heading it or not)
    named = bool(title) and (
        title.lower() in {n.lower() for n in names if n} or _names_last(title, names[1:3])
    )
    line, spelled = (
        ("", "") if heads and not named else opening_headline(lines, line_at, names, title if named else "")
    )
    # a kicker in capitals over the headline ('BÌNH LUẬN - ĐỐI THOẠI') is a section's label, no headline
    kicker = bool(title) and line == spelled and is_label(line, cfg["menu"]["max_words"])
    if line and spelled.lower() != title.lower() and not kicker:
        el, _ = title_element(sel, line, url)
        # not the site's name in capitals over the page, nor a pull quote set between the paragraphs
        if el is not None and not in_banner(el, url) and not _PULL_QUOTE(el):
            title, title_el = spelled, el
            why("headline-is-the-post's-opening-line")
    return Headline(strip_symbols(title), title_el, heads, links_away)
