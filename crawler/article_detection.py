"""Is this page an article? Decided from its content (main text, headline, date, link blocks), with
metadata as support and the site's registry entry as override; every verdict lists its signals."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from danvan.crawler.article_body import (
    after_related_list,
    article_body,
    box_after_closing_line,
    headline_line,
    lead_and_place,
    link_density,
    lists_left_out,
    opens_with_a_list,
    tail_after_body,
    text_above,
    without,
    without_overline,
    without_text_above,
)
from danvan.crawler.article_container import LIST_MARK, block_holding, lines_within, own_container_of
from danvan.crawler.detection_rules import rules
from danvan.crawler.headline_choice import choose_headline, first_paragraph
from danvan.crawler.headline_dates import (
    attribute_date,
    closing_date,
    date_in_url,
    date_near,
    stamped_dateline,
)
from danvan.crawler.listing_signals import (
    installments,
    item_key,
    menu_page,
    pagination_summary,
    pictures_listed,
    prose_outside,
    search_results,
)
from danvan.crawler.listing_structure import (
    is_copy_url,
    is_label,
    is_post,
    item_regions,
    link_items,
    listing_group,
    repeated_groups,
    without_own_article,
)
from danvan.crawler.main_text import main_text
from danvan.crawler.page_kinds import (
    caption_texts,
    foreign_language,
    literary_work,
    official_document,
    outline_text,
    own_block_kind,
    rows_under,
    shop_product,
)
from danvan.crawler.page_metadata import page_metadata
from danvan.crawler.page_text import anchor_texts, compiled_xpath, first_string, page_text_chars
from danvan.crawler.record_pages import (
    a_reader_s_question,
    answers_compiled,
    asked_and_answered,
    contents_table,
    document_articles,
    guide_steps,
    labelled_record,
    named_table,
    person_fields_opening,
    record_kind,
)
from danvan.crawler.site_chrome import footer_start, in_banner, is_section_label, site_names
from danvan.crawler.sites import SiteConfig
from danvan.crawler.text_around import chars_before, following_texts
from danvan.crawler.text_keys import SENTENCE_END, norm, words_key
from danvan.crawler.urls import absolute_http_url, normalize_url
from lxml import etree
from parsel import Selector

# the elements a section's heading is set in ('Bản ghi nội dung' over a transcript)
_HEADING_LIKE = etree.XPath(
    "//body//*[self::h2 or self::h3 or self::h4 or self::h5 or self::p or self::strong or self::b]"
)
# A block opening with a date not followed by a comma ("Thứ Hai 01/7 | 8 giờ", "25/7/2024 – Hội nghị"): a
# calendar row, a digest's dated item ("- Ngày 05/11: ..."); news paragraphs open "Ngày 11/5, ..." with a
# comma.
_DATE_LEAD = re.compile(
    r"^[|\s•*+–-]*(?:(?:thứ\s+\w+|chủ\s+nhật)[,\s]*)?(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b(?!\s*,)",
    re.I,
)


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


def _captions(sel: Selector, title_el: etree._Element | None) -> set[str]:
    cfg = rules()["gallery"]
    return caption_texts(sel.root, cfg["max_texts_over_pictures"], cfg["max_caption_chars"], title_el)


def _caption_share(captions: set[str], lines: list[str]) -> float:
    """The share of the text in pictures' `captions` (gallery.min_pictures of them or more, else 0); 0 when a
    sentence of prose stands outside them (a photo report opened by its own paragraph is an article, an album
    of captions alone is not; nor is one under a line introducing its pictures: 'Sáng 26/10, … ra quân tại 68
    tổ dân phố. Dưới đây là một số ảnh:')."""
    cfg = rules()["gallery"]
    # the captions the text holds: a banner's emblem beside the site's name is no picture of the page's
    texts = {t for t in captions if len(t) >= 20 and any(ln in t for ln in lines)}
    if len(texts) < cfg["min_pictures"]:
        return 0.0  # one picture over the text beside it: a brief's photo and its text
    total = sum(len(ln) for ln in lines)
    captioned = [any(ln in t for t in texts) for ln in lines]
    if any(
        len(ln) >= cfg["min_prose_chars"] and SENTENCE_END.search(ln) and not ln.endswith(":")
        for ln, c in zip(lines, captioned, strict=True)
        if not c
    ):
        return 0.0
    inside = sum(len(ln) for ln, c in zip(lines, captioned, strict=True) if c)
    return inside / total if total else 0.0


_PAGE_REF = re.compile(r"\((?:trang|tr\.)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\)\s*$", re.IGNORECASE)
# ... or opening it: 'Trang 1 - Thời sự: Xóa nhà tạm …', 'Trang 6 - 7: Chuyên đề …', a table's row read as a
# line ('Trang 3 | Phóng sự: … | …')
_PAGE_LEAD = re.compile(r"^(?:[-•*]\s*)?trang\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*[-–:.|]\s", re.IGNORECASE)
_WEB_STORY = etree.XPath("boolean(//body//amp-story)")
_RADIO_GROUPS = etree.XPath("//body//form//input[@type='radio']/@name")


def _later_page_param(query: list[tuple[str, str]], pages: set[str]) -> str:
    """The query's paging parameter naming a page after the first ('Trang=2'), or ''."""
    return next((f"{k}={v}" for k, v in query if k.lower() in pages and _later_page(k.lower(), v)), "")


def _later_page_path(path: str, pattern: str) -> str:
    """The path's last part naming a page after the first ('page-2'), or ''."""
    found = re.search(pattern, path)
    return found.group(0).strip("/") if found and int(found.group(2)) > 1 else ""


def _later_page(param: str, value: str) -> bool:
    """A paging parameter naming a page after the first: a number over 1 ('page=2', 'start=3'), a cursor."""
    if param in ("after", "before", "cursor"):
        return bool(value)
    return value.isdigit() and int(value) > 1


@cache
def _album_intro(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(p) for p in phrases), re.IGNORECASE)


def album_kind(captions: set[str], lines: list[str]) -> str:
    """Why the page is an album ('' when not): gallery.album_min_captions or more pictures' `captions` that
    are a sentence, beside under gallery.album_max_prose_chars of prose of the page's own (`lines` after the
    headline; a line introducing the pictures, ending with a colon or in an album's words: 'Mời bạn đọc cùng
    ngắm …', 'qua ống kính phóng viên', is none), whatever the extractor kept of the captions."""
    cfg = rules()["gallery"]
    told = [c for c in captions if len(c) >= cfg["album_caption_chars"] and SENTENCE_END.search(c + " ")]
    if len(told) < cfg["album_min_captions"]:
        return ""
    own = [ln for ln in lines if not any(ln in c or c in ln for c in told)]  # the text outside the captions
    intro = _album_intro(tuple(cfg["album_intro_phrases"]))
    # a paragraph closing with the album's intro ('… trao 120 suất quà. Dưới đây là một số hình ảnh.') is
    # prose but for that sentence
    prose = sum(
        len(ln) - sum(len(m) for m in _SENTENCES.findall(ln) if intro.search(m))
        for ln in own
        if SENTENCE_END.search(ln) and not ln.endswith(":")
    )
    if prose < cfg["album_max_prose_chars"]:
        return f"gallery:album-of-{len(told)}-captioned-pictures-and-{prose}ch-of-prose"
    return ""


def _outweighs(other_type: str, article_type: str) -> bool:
    """A JSON-LD type naming another kind of page outweighs og:type 'article' (an SEO plugin's, on all)."""
    return other_type.startswith("jsonld:") and article_type == "og:article"


def _prose_paragraphs(lines: list[str], min_chars: int) -> int:
    return sum(1 for ln in lines if len(ln) >= min_chars and SENTENCE_END.search(ln))


def in_page_order(lines: list[str], title: str, title_el: etree._Element, teasers: set[str]) -> list[str]:
    """The lines with those the extractor set before the headline's line that the page prints after the
    headline (a brief's one paragraph under its sapo) moved back under it, each before the first line of the
    text the page prints after it (at the end when none); not a listed item's teaser (`teasers`)."""
    at = headline_line(lines, title)
    if not at:
        return lines
    # sentences only: a kicker or a section's label over the headline is printed again further down
    later = {
        ln: d
        for ln in lines[:at]
        if len(ln) >= 40
        and ln not in teasers
        and SENTENCE_END.search(ln)
        and (d := chars_before(title_el, ln)) < math.inf
    }
    if not later:
        return lines
    text = lines[at + 1 :]
    distance = {ln: chars_before(title_el, ln) for ln in text}
    for line, where in sorted(later.items(), key=lambda found: found[1]):
        place = next(
            (k for k, ln in enumerate(text) if where < distance.get(ln, math.inf) < math.inf), len(text)
        )
        text.insert(place, line)
    return [*(ln for ln in lines[:at] if ln not in later), lines[at], *text]


_NOTICE = re.compile(r"^thông\s+báo\s*:?\s*")
_SENTENCES = re.compile(r"[^.!?…]+[.!?…]*")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")  # a numbered list's item ('1. Tin hoạt động của huyện.')


def _prose_chars(lines: list[str], min_chars: int) -> int:
    """The characters of the text's paragraphs of prose: lines this long or longer ending a sentence, not a
    list's items (marked or numbered)."""
    prose = (ln for ln in lines if len(ln) >= min_chars and SENTENCE_END.search(ln))
    return sum(len(ln) for ln in prose if not LIST_MARK.match(ln) and not _NUMBERED.match(ln))


def _prose_sentences(lines: list[str], cfg: dict[str, Any], para: int | None = None) -> int:
    """The sentences of media.sentence_chars or more in the text's paragraphs of prose (of `para` characters,
    title.paragraph_chars by default; a caption's credit, 'Video: Quang Huy.', is none)."""
    para = cfg["title"]["paragraph_chars"] if para is None else para
    size = cfg["media"]["sentence_chars"]
    prose = (ln for ln in lines if len(ln) >= para and SENTENCE_END.search(ln) and not LIST_MARK.match(ln))
    return sum(len(s) >= size for ln in prose for s in _SENTENCE_BREAK.split(ln))


_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")


def article_block(title_el: etree._Element | None, lines: list[str], at: int | None) -> etree._Element | None:
    """The block of the page's own content: the nearest ancestor of the headline holding the main text's
    first paragraph after it (or its longest line); None when there is no headline on the page or only
    <body> holds both."""
    if title_el is None:
        return None
    target = first_paragraph(lines[at + 1 :] if at is not None else lines)
    return block_holding(title_el, target, rules()["container"]["key_chars"]) if target else None


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
    elif hint == "undated-item":
        why("listed-in-item-undated-there")
    page_chars = page_text_chars(sel)
    text = main_text(
        sel.root, cfg["main_text"]["min_chars"], int(cfg["main_text"]["recall_below_share"] * page_chars)
    )
    verdict.main_text = text
    lines = [norm(ln.strip(" |")) for ln in text.splitlines() if ln.strip(" |")]
    if (footer := footer_start(lines)) < len(lines):
        # the site's footer (owner, licence, address), kept by the extractor after the page's own text
        why(f"footer-dropped={len(lines) - footer}lines")
        lines = lines[:footer]
    chars = sum(len(ln) for ln in lines)
    share = chars / max(page_chars, 1)
    why(f"main-text={chars}ch/{len(lines)}blocks")
    why(f"text-share={share:.2f}")

    anchors = anchor_texts(sel)
    own_names = site_names(sel.root, url)  # what the site calls itself: its links home
    headline = choose_headline(sel, url, meta, lines, anchors, why, own_names)
    title, title_el, links_away = headline.title, headline.element, headline.links_away
    verdict.title = title
    if title:
        why(f"title-matches-text{'(in page)' if title_el is not None else '(metadata only)'}")
    items = link_items(sel.root, url, domains, cfg["listing"]["min_item_chars"])
    if title_el is not None:
        # the block holding the page's own unlinked headline, its only link a category's: no entry of a
        # listing beside the banner's block
        items = without_own_article(items, title_el, cfg["listing"]["max_region_spread"])
    post_shape = cfg["listing"]["post_min_chars"], cfg["listing"]["post_max_link_share"]
    posts = [i for i in items if is_post(i, *post_shape)]
    items = [i for i in items if i not in posts]
    groups = repeated_groups(items, cfg["listing"]["min_items"])
    repeated = listing_group(groups)
    item_texts = [i.text for i in repeated]
    # trafilatura writes list items as "- text": the mark is not part of the item's text
    # compared without spaces: an item's text joins its link and teaser with none between them
    # every repeated group counts (a home page: lead story, section boxes, most-read list, briefs)
    spread = cfg["listing"]["max_region_spread"]
    squashed = ["".join(t.split()) for g in groups for t in item_regions(g, spread)]
    in_items = [any(item_key(ln) in t for t in squashed) for ln in lines]
    covered = sum(len(ln) for ln, inside in zip(lines, in_items, strict=True) if inside)
    coverage = covered / chars if chars else 0.0
    # the first listed item after the headline's line (a box of teasers above the headline sets no end to
    # the article's text), and the text before it outside the items
    at = headline_line(lines, title)  # the page's own text starts at its headline
    start = at + 1 if at is not None else 0
    first = next((i for i in range(start, len(lines)) if in_items[i]), len(lines))
    lead = " ".join(ln for ln, inside in zip(lines[:first], in_items[:first], strict=True) if not inside)
    after = sum(len(ln) for ln, inside in zip(lines[first:], in_items[first:], strict=True) if not inside)
    # a menu's labels ('Giới thiệu khái quát', an old site's menu frame) name pages, not listed articles
    menu_words = cfg["menu"]["max_words"]
    verdict.listing_links = sorted({i.target for i in repeated if not is_label(i.text, menu_words)})
    if repeated:
        why(f"repeated-link-blocks={len(repeated)}(covering {coverage:.0%} of main text)")

    near = date_near(title_el, url, meta.published) if title_el is not None else None
    # no date printed near the headline nor in the markup: a stamp's attribute beside it, a closing byline
    stamped = attribute_date(title_el) if title_el is not None and not near and not meta.published else None
    closing = None
    undated = title and not (near or stamped or meta.published)
    # the article's own container, wanted for a dated headline's body and for an undated one's closing line
    container = (
        own_container_of(title_el, lines, in_items) if title_el is not None and (near or undated) else None
    )
    if undated:
        # the byline closing the article's own text, not a line the extractor took from another column
        # after it (a weather box's forecast)
        closing = closing_date(sel.root, lines_within(sel.root, container, lines))
    in_url = date_in_url(url) if title and not (meta.published or near or stamped or closing) else None
    if meta.published and near and near == meta.published_other_zone:
        # the markup's stamp is in another zone than it says (a zone-less one in UTC, a UTC one in Vietnam's
        # hours): the page prints the day it names read that way
        meta.published = near
        why("metadata-stamp-read-in-the-other-zone")
    elif meta.published and near and (near - meta.published).days > 1:
        # the markup dates the draft, or holds a default: the page prints the day it came out, later
        meta.published = near
        why("printed-date-after-the-metadata-s-draft-date")
    elif meta.published and near and (meta.published - near).days >= 1 and stamped_dateline(title_el) == near:
        # the markup's 'published' time is a later edit's: the page stamps the day and hour it came out by its
        # headline
        meta.published = near
        why("printed-stamp-before-the-metadata-s-edit-date")
    elif meta.published and near and near != meta.published and date_in_url(url) == near:
        # the page prints the date its address holds: two witnesses against the markup's (a build's file date)
        meta.published = near
        why("printed-date-and-address-over-the-metadata")
    verdict.published = meta.published or near or stamped or closing or in_url
    if near:
        why(f"date-near-title={near.isoformat()}")
    elif meta.published:
        why(f"date-in-metadata={meta.published.isoformat()}")
    elif stamped:
        why(f"date-in-stamp-attribute={stamped.isoformat()}")
    elif closing:
        why(f"date-in-closing-byline={closing.isoformat()}")
    elif in_url:
        why(f"date-in-url={in_url.isoformat()}")

    negatives: list[str] = []
    main = cfg["main_text"]
    sentences = len(SENTENCE_END.findall(text))
    if chars < main["min_chars"] or sentences < main["min_sentences"]:
        negatives.append(f"too-little-text({chars}ch,{sentences} sentences)")
    if share < main["min_share"]:
        negatives.append("main-text-share-low")
    # a dated article whose own text comes first and a list of links after it ("Tin liên quan") is no listing
    related_after = (
        near is not None
        and title_el is not None
        and len(lead) >= main["min_chars"]
        and len(SENTENCE_END.findall(lead)) >= main["min_sentences"]
        and after <= len(lead)
    )
    listing = cfg["listing"]
    listed_after = False  # the listed items after the article's own text: other articles' teasers, no body
    item_chars = sum(len(t) for t in item_texts)
    if len(repeated) >= listing["many_items"] and item_chars >= listing["items_over_text"] * chars:
        # a section page whose intro is all the main text trafilatura keeps, its list left out
        negatives.append(f"listing:{len(repeated)}-linked-items-outweigh-the-text")
    elif (
        related_after
        and coverage >= listing["min_intro_items_coverage"]
        and is_label(title, cfg["menu"]["max_words"])
        and len(repeated) >= listing["min_intro_items"]
    ):
        # under a name, not a headline ('Ban Tuyên giáo Hội', a section's or an author's): its intro, then its
        # items, a good part of the main text (an article's trailing related box is mostly left out of it)
        negatives.append(f"listing:{len(repeated)}-items-under-a-name-and-its-intro")
    elif repeated and coverage >= listing["min_coverage"]:
        if related_after:
            why("links-listed-after-the-article's-own-text")
            listed_after = True
        elif pictures_listed(groups, lines, in_items) and prose_outside(lines, in_items):
            # a photo report: its pictures link to their enlargements, its captions are the text, and a
            # paragraph of its own opens it (an album of captions alone stays a listing)
            why("photo-report:captioned-pictures-after-prose")
        else:
            negatives.append("listing:main-text-in-repeated-link-blocks")
    if (parts := installments(repeated, lines, in_items)) >= listing["min_installments"] and not re.match(
        listing["installment"], title.lower()
    ):
        negatives.append(f"listing:series-index({parts}-numbered-parts-in-the-text)")
    if summary := pagination_summary(lines):
        negatives.append(f"listing:pagination-summary({summary[:40]})")
    signed = [i for i in (*posts, *items) if is_post(i, cfg["listing"]["reply_min_chars"], post_shape[1])]
    if len(signed) >= cfg["listing"]["min_posts"]:
        # the main text spread over several members' posts: a forum's discussion, no article and its comments
        bodies = ["".join(p.text.split()) for p in signed]
        holding = {k for ln in lines if len(ln) >= 40 for k, b in enumerate(bodies) if item_key(ln) in b}
        if len(holding) >= cfg["listing"]["min_posts"]:
            negatives.append(f"discussion:main-text-in-{len(holding)}-posts")
    contents = {words_key(h) for h in cfg["records"]["contents_headings"]}
    # (not when the extractor set the page's own paragraph before its headline: it follows it on the page)
    before = first_paragraph(lines[:at]) if at else ""
    reach = cfg["container"]["max_chars_to_paragraph"]
    own_first = bool(before) and title_el is not None and chars_before(title_el, before) <= reach
    if not own_first and (listed := opens_with_a_list(lines[at + 1 :] if at is not None else [])):
        negatives.append(f"listing:text-opens-with-a-list-heading({listed[:30]})")
    # 'Kỳ họp thứ 10: … (trang 1)', 'Trang 3 - Xây dựng Đảng: …': a contents list
    paged = sum(1 for ln in lines if _PAGE_REF.search(ln) or _PAGE_LEAD.match(ln))
    if (
        any(len(ln) < 30 and words_key(ln) in contents for ln in lines)
        or contents_table(sel.root)
        or paged >= 3
    ):
        negatives.append("record-page:a-table-of-contents")  # a booklet's, a document's or an issue's parts
    if articles := document_articles(lines):
        negatives.append(f"record-page:a-regulation-s-text(articles 1-{articles})")
    if answers := answers_compiled(lines):
        negatives.append(f"record-page:{answers}-answers-compiled")
    if a_reader_s_question(lines[at + 1 :] if at is not None else lines):
        negatives.append("record-page:a-reader-s-question-and-its-answer")
    if steps := guide_steps(lines, title, sel.root):
        negatives.append(f"record-page:a-guide-s-steps(1-{steps})")
    if schedule := named_table(sel.root, title, lines):
        negatives.append(schedule)
    continued = re.compile(cfg["continued"]["mark"], re.IGNORECASE)
    if teaser := next((ln for ln in lines[at + 1 if at is not None else 0 :] if continued.search(ln)), ""):
        negatives.append(f"teaser:continued-on-another-page({teaser[-20:]})")
    if menu := menu_page(sel.root, url, title):
        dated = near is not None or closing is not None
        if menu.endswith("submenu-entry-links-here") and dated and not is_label(title, menu_words):
            # a story under its printed date (or signed and dated at its end) that a site builder's menu names
            # under its news section's entry (Google Sites nests each post under its section)
            why("a-news-section-s-menu-entry-links-to-this-dated-story")
        else:
            negatives.append(menu)
    if found := search_results(sel.root, url):
        negatives.append(f"listing:{found}")
    if links_away and title_el is None:
        negatives.append("headline-links-to-another-page")
    if not title:
        negatives.append("no-headline-matching-the-text")
    elif (
        title_el is not None
        and not headline.heads
        and (in_banner(title_el, url) or title.lower() in own_names)
    ):
        # the site's name (in its banner, or a later part of <title>: '<page> | <site>'), sharing words with
        # the text, and no headline of the page's own
        negatives.append("headline-is-the-site's-name-in-its-banner")
    elif (
        title.lower().split(":")[0].strip() in cfg["title"]["not_article"]
        or title.lower().strip() in cfg["title"]["not_article_alone"]
        or re.match(cfg["title"]["not_article_opening"], title.lower())
    ):
        negatives.append(f"headline-names-a-non-article-page({title[:30]})")
    elif (
        period := re.sub(cfg["title"]["archive_period"], "", title.lower())
    ) != title.lower() and is_section_label(period):
        # a section's name over a period ('Tin hoạt động năm 2024', 'Tin tức tháng 5/2025'): its archive
        negatives.append(f"listing:headline-names-a-section-s-archive({title[:30]})")
    elif re.match(cfg["title"]["notice_title"], title.lower()):
        negatives.append(f"notice:headline-names-a-notice({title[:30]})")
    elif re.search(cfg["title"]["not_found"], title.lower()):
        negatives.append(f"headline-says-the-page-is-missing({title[:30]})")
    elif re.search(cfg["title"]["seeking_title"], title.lower()) and any(
        re.search(cfg["title"]["contact_line"], ln.lower()) for ln in lines[-3:]
    ):
        negatives.append(f"notice-seeking-a-person({title[:30]})")
    if verdict.published is None:
        # an undated page is still an article when the site lists it as one (a listing's repeated item,
        # a feed, a sitemap) or its markup says so; otherwise a date is required
        full = chars >= cfg["main_text"]["undated_item_min_chars"]
        # ... under a headline: a short text under a label ('Diễn đàn trao đổi', a course's activity listed
        # under its section's dates) names a page, not a news brief
        headed = full or not is_label(title, cfg["menu"]["max_words"])
        listed = (hint in ("item", "feed", "sitemap") and headed) or (hint == "undated-item" and full)
        # typed an article by JSON-LD, or by og:type with a full article's text: a WordPress SEO plugin writes
        # og:type "article" on every post and page (a staff profile's, a form's)
        typed = meta.article_type.startswith("jsonld") or (bool(meta.article_type) and full)
        if (listed or typed) and asked_and_answered(lines):
            # a newspaper's legal column dates its readers' questions; a Q&A record dated nowhere is no news
            negatives.append("no-date:question-and-answer-record")
        elif listed or typed:
            why("undated-but-listed-or-typed")
        else:
            negatives.append("no-date")
    # a headline dated by it or by a closing byline, heading its own paragraph: the lines the page prints
    # outside the article's container (a sidebar, a counter, a weather box) are no body; outside the
    # container and the blocks beside it (another column's weekly schedule, not a table set after the
    # headline's block) they are no calendar evidence either
    own = column = lines
    if (near is not None or closing is not None) and title_el is not None:
        own = lines_within(sel.root, container, lines)
        if len(own) < len(lines):
            why(f"outside-own-container={len(lines) - len(own)}lines")
            column = lines_within(sel.root, container.getparent(), lines) if container is not None else lines
    if listed_after or related_after:
        # the dates of the other articles listed after this one's text are their items', not a calendar's
        listed = {ln for ln, inside in zip(lines, in_items, strict=True) if inside}
        column = [ln for ln in column if ln not in listed]
    dated = sum(1 for ln in column if _DATE_LEAD.match(ln))
    cal = cfg["calendar"]
    if dated >= cal["min_dated_blocks"] and dated >= cal["min_dated_share"] * len(column):
        negatives.append(f"calendar:{dated}-blocks-open-with-a-date")
    # over the article's own lines when its container is known: the columns beside it are link lists
    # ... and without the other articles listed after its text (their titles are links by nature)
    if related_after:
        after_text = {ln for ln, inside in zip(lines[first:], in_items[first:], strict=True) if inside}
        own_unlisted = [ln for ln in own if ln not in after_text]
    else:
        own_unlisted = own
    density = link_density({a for a in anchors if len(a) >= 10}, own_unlisted)
    if density > main["max_link_density"]:
        negatives.append(f"link-density={density:.2f}")
    recording_told = transcribed = False
    if meta.other_type and not (meta.article_type and not _outweighs(meta.other_type, meta.article_type)):
        # the markup names another kind of page and nothing in it names an article
        kind, data = meta.other_type.split(":")[-1], cfg["metadata"]
        transcript = sum(
            1
            for ln in lines
            if len(ln) >= cfg["title"]["paragraph_chars"] and re.match(data["transcript_line"], ln)
        )
        headings = {words_key(h) for h in data["transcript_headings"]}
        pending = re.compile(data["transcript_pending"], re.IGNORECASE)
        transcribed = (
            kind in data["episode_types"]
            and any(
                words_key(el_text) in headings
                and SENTENCE_END.search(next((t for t in following_texts(el) if t.strip()), ""))
                for el in _HEADING_LIKE(sel.root)
                if len(el_text := "".join(el.itertext()).strip()) < 40
            )
            and not any(pending.search(ln) for ln in lines)
        )
        recording = kind in data["recording_types"] or (
            kind in data["episode_types"] and (transcript >= data["min_transcript_lines"] or transcribed)
        )
        prose = _prose_chars(lines, cfg["title"]["paragraph_chars"])
        media = cfg["media"]
        told = prose >= media["max_text_chars"] or _prose_sentences(lines, cfg) >= media["min_sentences"]
        if recording and (told or transcribed):
            # a report under its video, or a brief of its own sentences: its text is the article
            why(f"typed-as-{meta.other_type}-with-its-text")
            recording_told = True
        else:
            negatives.append(f"typed-as-{meta.other_type}")
    blocks: list[etree._Element | None] = []

    def own_block() -> etree._Element | None:
        """The block of the page's own content: the article's own container when known, else the one
        article_block finds (once)."""
        if not blocks:
            blocks.append(container if container is not None else article_block(title_el, lines, at))
        return blocks[0]

    media = cfg["media"]
    if (players := compiled_xpath(media["players"])(sel.root)) and re.match(
        media["bulletin_title"], title.lower()
    ):
        negatives.append(f"media-page:a-newscast-s-page({title[:30]})")
    elif players:
        # a player with little text, or with no paragraph of prose at all (a broadcast's page: its player and
        # the list of its items); the page's own player, in the block holding its headline and text, not a
        # sidebar's video box beside a brief (anywhere when that block is not told apart: little text)
        # a brief of its own sentences its markup names a news article, the player its audio version, is
        # not little
        # ... nor one under a recording's type that a broadcaster's CMS writes on every story (og:type
        # 'video.other'): its sentences are the story
        little = (
            chars < media["max_text_chars"]
            and not transcribed  # a bulletin's transcript under its heading: its few sentences are the story
            and not (
                (meta.article_type.startswith("jsonld") or recording_told)
                and _prose_sentences(lines, cfg, media["sentence_chars"]) >= media["min_sentences"]
            )
        )
        prose = _prose_chars(lines, cfg["title"]["paragraph_chars"])
        # its items: chapters by time code, a programme's numbered items, an issue's listed contents
        # (a mark alone on its line is none, nor the other articles listed after the text: 'Các tin khác')
        chapters = sum(
            1
            for ln in own_unlisted
            if re.match(media["chapter"], ln)
            or _NUMBERED.match(ln)
            or (LIST_MARK.match(ln) and LIST_MARK.sub("", ln).strip())
        )
        if little or not prose or (chapters >= media["min_chapters"] and prose < media["max_text_chars"]):
            block = own_block()
            if any(block in p.iterancestors() for p in players) or (block is None and little):
                negatives.append(
                    f"media-page:player-and-{chars}ch-of-text"
                    if little
                    else f"media-page:player-and-{chapters}-chapters"
                    if chapters >= media["min_chapters"]
                    else "media-page:player-and-no-prose"
                )
    after_title = lines[at + 1 :] if at is not None else lines
    above = text_above(title_el) if title_el is not None else ""
    if title_el is not None:
        after_title = without_text_above(after_title, title_el, above)
    named = _NOTICE.sub("", title.lower())
    if (
        title_el is not None
        and named.startswith(tuple(cfg["title"]["record_openings"]))
        and (
            named.startswith(tuple(cfg["title"]["list_openings"]))
            or _prose_paragraphs(after_title, cfg["title"]["paragraph_chars"])
            <= cfg["title"]["record_max_paragraphs"]
        )
        and (block := own_block()) is not None
    ):
        # its entries: a table's rows, a list's items, or lines marked as items ('- Ngày 05/12/2025: …');
        # under a schedule's headline, only beside a record's little prose (a news brief on a schedule has its
        # paragraphs first)
        marked = sum(1 for ln in after_title if LIST_MARK.match(ln) or _NUMBERED.match(ln))
        if (rows := max(rows_under(block, title_el), marked)) >= cfg["title"]["record_min_rows"]:
            negatives.append(f"record-page:{rows}-rows-under-a-list-s-headline({title[:30]})")
    if _WEB_STORY(sel.root):
        negatives.append("media-page:web-story")  # an AMP web story: a slide show of pictures and lines
    if len(questions := set(_RADIO_GROUPS(sel.root))) >= cfg["forms"]["min_quiz_questions"]:
        # a form of several questions to tick (a law quiz's week, a survey): the page is the form
        negatives.append(f"form-page:quiz-of-{len(questions)}-questions")
    captions = _captions(sel, title_el)
    if (share := _caption_share(captions, after_title)) > cfg["gallery"]["max_caption_share"]:
        negatives.append(f"gallery:captions={share:.0%}")
    elif album := album_kind(captions, after_title):
        negatives.append(album)
    canonical = absolute_http_url(url, first_string(sel, '//link[@rel="canonical"]/@href') or None)
    names_other = bool(canonical) and normalize_url(canonical) != normalize_url(url)
    parts = urlsplit(url)
    query = parse_qsl(parts.query)
    pages = set(cfg["urls"]["paging_params"])
    paging = {k.lower() for k, _ in query} <= pages
    if paging and re.match(cfg["urls"]["home"], parts.path.lower()):
        negatives.append("home-page")
    elif later := _later_page_param(query, pages) or _later_page_path(
        parts.path.lower(), cfg["urls"]["paging_path"]
    ):
        # an address naming a page after the first ('/zalo/?page=2', 'tin-tuc.html?start=3',
        # 'DanhSach.aspx?MenuID=12&Trang=2'): a listing's next page (an article's second page is part of its
        # first, its comments' next page no text of its own)
        negatives.append(f"listing:next-page-url({later[:20]})")
    if not names_other and is_copy_url(url):
        # a copy naming its article as canonical is caught by the spider's canonical check instead
        if any(m in sel.root.attrib for m in cfg["urls"]["amp_markers"]):
            why("standalone-amp-page")
        else:
            negatives.append("print-or-amp-copy-url")
    if title_el is not None and (product := shop_product(title_el, cfg["product"])):
        negatives.append(product)
    # over the page's own text (from its headline, in its container when known): not a language switcher's
    # or a menu's Vietnamese around a page in another language
    if foreign := foreign_language(own if title_el is not None else lines, cfg["language"]):
        negatives.append(foreign)
    if document := official_document(lines, at, cfg["official_document"], title, own):
        negatives.append(document)
    if not negatives and (literary := literary_work(sel.root, cfg["literary"])):
        # looked for on pages nothing else rejects: a work filed under a section for creative writing
        negatives.append(literary)
    if (
        not negatives
        and (block := own_block()) is not None
        and (kind := own_block_kind(block, cfg["official_document"], cfg["records"]))
    ):
        # looked for on pages nothing else rejects, in the block of the page's own content (whatever the
        # extractor kept of it): a document's signature block, several citizens' questions
        negatives.append(kind)
    if not negatives and (person := person_fields_opening(first_paragraph(lines[at + 1 :] if at else lines))):
        negatives.append(person)
    if not negatives:
        # looked for last, on pages nothing else rejects: labelled fields of a document or an event, an
        # event's schedule under its name, a price table, beside little prose
        para = cfg["title"]["paragraph_chars"]
        prose = _prose_paragraphs(lines, para)
        if prose < cfg["records"]["max_paragraphs"]:
            # without the other pages' items listed beside or after it ('Các tin khác'): no part of the record
            unlisted = [ln for ln, inside in zip(lines, in_items, strict=True) if not inside]
            negatives.extend(record_kind(sel.root, title_el, unlisted, headline_line(unlisted, title), title))
        if not negatives:
            long = prose >= cfg["records"]["max_paragraphs_with_file"]
            negatives.extend(filter(None, [labelled_record(sel.root, lines, title_el, long, prose)]))
    if listed_after or (first < len(lines) and lead and not pictures_listed(groups, lines, in_items)):
        # the items listed after the article's own text (a related box's teasers, however little of the main
        # text they are) are no part of it; a photo report's captioned pictures are
        own = without(own, [ln for ln, inside in zip(lines[first:], in_items[first:], strict=True) if inside])
    if title_el is not None:
        teasers = {ln for ln, inside in zip(lines, in_items, strict=True) if inside}
        own = in_page_order(own, title, title_el, teasers)
    verdict.body = article_body(own, title, anchors)
    if title_el is not None:
        verdict.body = without_overline(verdict.body, title_el)
    if not negatives and title_el is not None:
        lead, place = lead_and_place(title_el, verdict.body, lines, anchors)
        if lead:
            why(f"lead-restored={len(lead)}")
            verdict.body = verdict.body[:place] + lead + verdict.body[place:]
    if not negatives:
        verdict.body = box_after_closing_line(sel.root, lists_left_out(sel.root, verdict.body))
        verdict.body = after_related_list(sel.root, verdict.body)
    # the text's last paragraph, above a closing byline ('Nông Thị Vân'), the short lines after it kept last
    end = len(verdict.body)
    while end > 1 and len(verdict.body[end - 1]) < 40 and not SENTENCE_END.search(verdict.body[end - 1]):
        end -= 1
    if not negatives and (tail := tail_after_body(sel.root, verdict.body[:end], lines, anchors)):
        why(f"tail-restored={len(tail)}")
        verdict.body = article_body(verdict.body[:end] + tail + verdict.body[end:], title, anchors)
    if title_el is not None:
        # after the lead is put back: a line from above the headline opening the body is a lead printed first
        verdict.body = without_text_above(verdict.body, title_el, above)
    if not negatives and (outline := outline_text(verdict.body, cfg["outline"], title)):
        # on the body as stored (its lead put back): a text opening with its outline's first section
        negatives.append(outline)
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
