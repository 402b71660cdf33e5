"""Pages of records, not articles: labelled fields of a document, a question, an event or a person; a
document file; an event's schedule; a price table; a list of names and figures."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import cache

from danvan.crawler.article_container import LIST_MARK, common_ancestor, lines_within, squashed
from danvan.crawler.detection_rules import rules
from danvan.crawler.headline_choice import first_paragraph
from danvan.crawler.listing_structure import element_text_within
from danvan.crawler.page_kinds import (
    PART_NUMBER,
    document_record,
    figures_list,
    figures_table,
    lines_by,
    names_a_document,
    price_table,
    roman_value,
    schedule_line,
)
from danvan.crawler.printed_dates import printed_date
from danvan.crawler.text_around import following_texts, preceding_texts
from danvan.crawler.text_keys import SENTENCE_END, words_key
from lxml import etree

_NUMBER = re.compile(r"^\d{1,3}\s*[.)]\s+")  # a numbered item's number ('1. ', '12) ')


@cache
def _record_labels() -> dict[str, frozenset[str]]:
    cfg = rules()["records"]
    kinds = (*_KINDS, "attachment_labels", "asker_labels")
    return {kind: frozenset(words_key(label) for label in cfg[kind]) for kind in kinds}


_KINDS = (
    "document",
    "question",
    "event",
    "procedure",
    "person",
    "product",
    "project",
    "guide",
    "unit",
    "paper",
    "place",
    "recording",
    "vacancy",
    "book",
    "wanted",
)
# the kinds a record is on a page of little prose only (a long text under a document's or a person's fields is
# news about them); the others are records whatever their description's length
_SHORT_ONLY = ("document", "question", "event", "person", "book")
_WHATEVER_LENGTH = tuple(kind for kind in _KINDS if kind not in _SHORT_ONLY)
_BY_NODES = 8  # the text nodes under a headline read for its dateline's fields
_STEP = re.compile(r"^bước \d{1,2}$")  # a guide's 'Bước 1:', 'Bước 2:', counted as one label
_ROW_LABELS = etree.XPath("//tr/td[1][following-sibling::td]")  # a label cell, its value beside it
# a CMS's field label by its class ('field__label', 'itemExtraFieldsLabel', 'views-label')
_CLASS_LABELS = etree.XPath("//body//*[contains(translate(@class, 'LABEL', 'label'), 'label')]")


def _label_key(label: str) -> str:
    """A field label compared by its words, its part number off and a guide's 'Bước 2' counted as 'bước'."""
    return _STEP.sub("bước", words_key(PART_NUMBER.sub("", LIST_MARK.sub("", label))))


def record_fields(
    root: etree._Element, named: bool = False, lines: Sequence[str] = ()
) -> tuple[str, list[str]]:
    """The kind of record (`_KINDS`: 'document', 'question', 'event', 'procedure', 'person', ...) whose field
    labels the page shows (a <dt>, <th>, bold, heading, row-leading cell or 'label'-class label
    such as 'Số/Ký hiệu', 'Câu hỏi:', 'Thời gian:', 'Thành phần hồ sơ', 'Số thẻ luật sư'), and those labels;
    with `lines`, the labels opening the text's lines or their parts between '|' too ('Ngày ban hành:
    20/7/2020 | Loại văn bản: …', 'Tệp đính kèm: bao-cao.pdf'), written in the text, not marked up;
    ('', []) when fewer than `min_labels` of one kind (`min_labels_named` of a document's, an attachment's
    label aside, when the headline names a document by its type and number, `named`)."""
    cfg = rules()["records"]
    found: set[str] = set()
    for el in itertools.chain(root.iter(*cfg["label_tags"]), _ROW_LABELS(root), _CLASS_LABELS(root)):
        text = element_text_within(el, cfg["max_label_chars"])
        if text:
            found.add(_label_key(text))
    found.update(
        _label_key(m.group(1)) for ln in lines for part in ln.split("|") if (m := _LINE_LABEL.match(part))
    )
    # ... and a field after another's sentence on its line ('Hồ sơ: đơn, sơ yếu lý lịch. Hạn nộp hồ sơ: …')
    found.update(_label_key(label) for ln in lines for label in _INLINE_LABEL.findall(ln))
    labelled = _record_labels()
    for kind in _KINDS:
        if len(hits := sorted(found & labelled[kind])) >= cfg["min_labels"]:
            return kind, hits
    if named:
        own = sorted(found & (labelled["document"] - labelled["attachment_labels"]))
        if len(own) >= cfg["min_labels_named"]:
            return "document", own
    return "", []


# a question and its answer, each under its label on a line of its own ('Hỏi: Tôi là …', 'Trả lời:'); an
# interview's questions are the reporter's ('PV:')
# ... or a voters' petition and the authority's answer ('Kiến nghị:' / 'Trả lời (Phòng Kinh tế và Hạ tầng):')
# ... or the asker and the answering body named before their verbs ('Bạn đọc Hoàng Văn L. (huyện Na Rì) hỏi:',
# 'Ban Tổ chức Tỉnh ủy trả lời:')
_ASKED = re.compile(
    r"^(?:(?:câu\s+)?hỏi|(?:nội\s+dung\s+)?kiến\s+nghị|(?:bạn\s+đọc|độc\s+giả|ông|bà|anh|chị|cử\s+tri)\b[^:]{0,60}\shỏi)"
    r"\s*:",
    re.IGNORECASE,
)
_ANSWERED = re.compile(
    r"^(?:(?:trả\s+lời|đáp|giải\s+đáp)(?:\s*\([^)]{0,80}\))?|[^:.]{2,60}\strả\s+lời)\s*:", re.IGNORECASE
)
# a label opening its line, its value after it or on the lines below ('Hồ sơ gồm:' over a list)
_LINE_LABEL = re.compile(r"\s*([^.;:|]{2,40}):(?:\s*\S|\s*$)")
_INLINE_LABEL = re.compile(r"(?:^|[.;]\s+)([^.;:]{2,40}):\s*\S")


def labelled_record(
    root: etree._Element,
    lines: Sequence[str] = (),
    title_el: etree._Element | None = None,
    long: bool = False,
    prose: int = 0,
) -> str:
    """Why a page is a record whatever its text's length, or '': it shows a document's fields ('Số ký hiệu',
    'Ngày ban hành', ...) and the file attached to it ('Tệp đính kèm') or records.min_labels_full_record of
    them (its number, date, issuer and type: a register's entry over its summary), or a citizen's question
    under its asker's fields ('Người hỏi', 'Ngày gửi') with the authority's answer (not on a `long` page: of
    records.max_paragraphs_with_file paragraphs or more); or, however long, an administrative procedure's
    fields ('Trình tự thực hiện', 'Thành phần hồ sơ'), a product's ('Chủ thể', 'Quy cách', 'Giá bán'), a
    research project's ('Chủ nhiệm đề tài', 'Ngày nghiệm thu'), a guide's parts ('Chuẩn bị', 'Các bước thực
    hiện', 'Lưu ý'), a unit's ('Quyết định thành lập', 'Số thành viên'), a journal paper's ('Ngày nhận bài',
    'Tài liệu tham khảo'; its abstract page: fewer than records.max_paragraphs paragraphs of `prose`, the full
    text in a file) a place's ('Loại hình di tích', 'Cấp xếp hạng', 'Giờ mở cửa') or a wanted person's ('Đặc
    điểm nhận dạng', 'Tội danh').
    Labels opening the text's `lines` and the short lines by the headline count too ('Ngày ban hành: …')."""
    # the text under the headline too: a document's dateline of fields ('Ngày ban hành: … | Loại văn bản: …')
    by = list(itertools.islice(following_texts(title_el), _BY_NODES)) if title_el is not None else []
    kind, labels = record_fields(root, lines=[*lines, *by])
    if kind == "paper" and prose >= rules()["records"]["max_paragraphs"]:
        return ""  # the paper's full text under its abstract: an essay to read on the page
    if kind in _WHATEVER_LENGTH:  # however long its steps, its description or its summary
        return f"record-page:{kind}({', '.join(labels[:3])})"
    if long:
        return ""
    if kind == "document" and set(labels) & _record_labels()["attachment_labels"]:
        return f"record-page:document-with-its-file({', '.join(labels[:3])})"
    if kind == "document" and len(labels) >= rules()["records"]["min_labels_full_record"]:
        return f"record-page:document-s-fields({', '.join(labels[:3])})"  # its number, date, issuer, type
    if kind == "question" and set(labels) & _record_labels()["asker_labels"]:
        return f"record-page:question-from-its-asker({', '.join(labels[:3])})"
    return ""


def _numbered_in_order(lines: Sequence[str], opening: str) -> int:
    """How many lines open with `opening`'s numbers in order from 1 ('Điều 1.', 'Điều 2.', …)."""
    pattern = re.compile(opening, re.IGNORECASE)
    expected = 1
    for line in lines:
        if (m := pattern.match(line)) and int(m.group(1)) == expected:
            expected += 1
    return expected - 1


def numbered_entries(lines: Sequence[str]) -> int:
    """How many short entries numbered in order from '1.' the text lists, no sentence each ('1. Nước mắm Sa
    Huỳnh - Công ty TNHH …'), when records.min_numbered_entries or more and they make most of the text's
    characters (a list of products, units or people under its intro); else 0. A story's numbered points are
    sentences."""
    cfg = rules()["records"]
    short = [
        ln
        for ln in lines
        if len(ln) <= cfg["max_entry_chars"] and not SENTENCE_END.search(_NUMBER.sub("", ln))
    ]
    found = _numbered_in_order(short, cfg["guide_heading"])
    if found < cfg["min_numbered_entries"]:
        return 0
    listed = sum(len(ln) for ln in short if _NUMBER.match(ln))
    return found if 2 * listed >= sum(map(len, lines)) else 0


def document_articles(lines: Sequence[str]) -> int:
    """How many articles of a regulation open the text's lines in order from 'Điều 1.' (its own text: a
    contest's rules, a charter); 0 when fewer than records.min_document_articles."""
    cfg = rules()["records"]
    found = _numbered_in_order(lines, cfg["document_article"])
    return found if found >= cfg["min_document_articles"] else 0


_STEP_LISTS = etree.XPath("//body//ol[not(.//a)]")


_ROMAN_POINT = re.compile(r"^([IVX]{1,6})\s*[.)]\s+\S")


def guide_steps(lines: Sequence[str], title: str, root: etree._Element | None = None) -> int:
    """How many steps of a how-to open the text's lines in order from 'Bước 1.' (or number its short
    headings: '1. Chọn đất và thời vụ', or make the items of an ordered list with no link in the page `root`)
    under a headline naming a guide ('Quy trình kỹ thuật bón phân …', 'Hướng dẫn …'), or how many points a
    board's guidance numbers in order ('1. Tuyên truyền …', 'I. ĐỊNH HƯỚNG THẢO LUẬN', sentences or not) under
    a headline naming it ('Định hướng tuyên truyền tháng 5', 'Tài liệu sinh hoạt chi bộ tháng 12'); 0 when
    fewer than records.min_guide_steps or another headline (a news story may tell a procedure's steps)."""
    cfg = rules()["records"]
    if re.match(cfg["guidance_title"], title.lower()):
        found = _numbered_in_order(lines, cfg["guide_heading"]) + _numbered_in_order(
            [f"{roman_value(m.group(1))}. {ln}" for ln in lines if (m := _ROMAN_POINT.match(ln))],
            cfg["guide_heading"],
        )
        return found if found >= cfg["min_guide_steps"] else 0
    if not re.match(cfg["guide_title"], title.lower()):
        return 0
    short = cfg["guide_heading_words"]
    headings = [ln for ln in lines if len(ln.split()) <= short and ln.rstrip()[-1:] not in ".!?…"]
    steps = _numbered_in_order(lines, cfg["guide_step"])
    listed = max((len(ol.findall("li")) for ol in _STEP_LISTS(root)), default=0) if root is not None else 0
    found = max(steps, _numbered_in_order(headings, cfg["guide_heading"]), listed)
    return found if found >= cfg["min_guide_steps"] else 0


def answers_compiled(lines: Sequence[str]) -> int:
    """How many lines open with an authority's answer ('UBND huyện trả lời: …'), when records.min_answers or
    more (a compilation of answers to petitions or questions); else 0."""
    cfg = rules()["records"]
    answers = sum(1 for line in lines if re.match(cfg["answer_line"], line, re.IGNORECASE))
    return answers if answers >= cfg["min_answers"] else 0


def a_reader_s_question(lines: Sequence[str]) -> bool:
    """One question under its label and its answer under its own ('Hỏi: Em trai tôi …' then 'Trả lời: Theo
    quy định …'): a reader's question answered by the site (a legal advice column's item), not news. An
    interview asks several questions ('PV:' or 'Hỏi:' before each)."""
    return sum(1 for ln in lines if _ASKED.match(ln)) == 1 and any(_ANSWERED.match(ln) for ln in lines)


def asked_and_answered(lines: Sequence[str]) -> bool:
    """A question and its answer, each under its label on a line of its own ('Hỏi: Tôi là …', 'Trả lời:')."""
    return any(_ASKED.match(ln) for ln in lines) and any(_ANSWERED.match(ln) for ln in lines)


def person_fields_opening(first: str) -> str:
    """Why a page is a person's record ('' when not): the text's first paragraph runs through min_labels or
    more of a person's fields, each under its label ('Quê quán: …. Dân tộc: Kinh. Ngày vào Đảng: …'), as a
    leader's biography opens. A news story about a person opens with what happened, and tells where they
    were born in its sentences."""
    found = {words_key(label) for label in _INLINE_LABEL.findall(first)} & _record_labels()["person"]
    if len(found) >= rules()["records"]["min_labels"]:
        return f"record-page:person-fields-opening-its-text({', '.join(sorted(found)[:3])})"
    return ""


_PAGES = re.compile(r"^\d{1,3}(?:\s*[-–]\s*\d{1,3})?$")  # a page or a span of pages: '18', '18 - 24'
_PAGES_HEADED = etree.XPath("//table[.//th[normalize-space()='Trang' or normalize-space()='trang']]")


def contents_table(root: etree._Element) -> bool:
    """A periodical's or a booklet's table of contents: a table headed 'Trang' whose rows (three or more)
    end or open with a page or a span of pages ('18 - 24', 'Trang 6'), each row a part's title and its author
    or summary."""
    for table in _PAGES_HEADED(root):
        rows = [row for row in table.iter("tr") if len(row)]
        for at in (-1, 0):
            cells = (" ".join(row[at].text_content().split()) for row in rows)
            if sum(bool(_PAGES.match(_PAGE_WORD.sub("", cell))) for cell in cells) >= 3:
                return True
    return False


_PAGE_WORD = re.compile(r"^trang\s+", re.IGNORECASE)


def short_lines_by(el: etree._Element, joined: bool = False) -> list[str]:
    """The short lines among the text nodes next to a headline: its dateline, place, byline; `joined`: with
    each three nodes after it read as one line too (a schedule set in spans: '07/05/2025 @ 08:00', ' - ',
    '11:30')."""
    cfg, most = rules()["schedule"], rules()["date"]
    after = list(itertools.islice((t for t in following_texts(el) if t.strip()), cfg["nodes_after"]))
    before = itertools.islice((t for t in preceding_texts(el) if t.strip()), cfg["nodes_before"])
    if joined:
        after += [" ".join(" ".join(after[i : i + 3]).split()) for i in range(max(len(after) - 2, 0))]
    return lines_by(after, before, most["byline_chars"], most["byline_words"])


def named_table(root: etree._Element, title: str, lines: list[str]) -> str:
    """Why a page is a schedule or a disclosure under its name ('' when not): a headline naming one ('Lịch
    tiêm chủng …', 'Công khai thu, chi Quỹ …') over a table of schedule.min_rows rows or more (none inside it:
    no layout table) that the main text (`lines`) holds, in rows or squashed, or set beside one of its
    paragraphs; whatever the paragraphs above it."""
    cfg = rules()["schedule"]
    if re.match(rules()["records"]["disclosure_title"], title.lower()):
        kind = "record-page:a-disclosure-under-its-name"
    elif re.match(cfg["title"], title.lower()):
        kind = "event-page:a-schedule-under-its-name"
    else:
        return ""
    items = sum(1 for ln in lines if _NUMBER.match(ln) or LIST_MARK.match(ln))
    if kind.startswith("record-page") and items >= cfg["min_rows"]:
        return f"{kind}({items}-items)"  # a disclosure's list of names ('1. Hộ ông Lò Văn Páo, thôn Khe Cát')
    text = squashed("".join(lines))
    keys = [squashed(ln)[:40] for ln in lines if len(ln) >= 60]
    for table in root.iter("table"):
        rows = [tr for tr in table.iter("tr") if "".join(tr.itertext()).strip()]
        if len(rows) < cfg["min_rows"] or table.find(".//table") is not None:
            continue
        # the main text holds its rows, or the block holding it holds a paragraph of the main text (a table
        # the extractor left out of the text it took around it)
        around = squashed("".join(table.getparent().itertext())) if table.getparent() is not None else ""
        if squashed("".join(rows[-1].itertext()))[:40] in text or any(k in around for k in keys):
            return f"{kind}({len(rows)}-rows)"
    return ""


_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "b", "strong", "p", "div", "span", "td", "dt")
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|zip|rar)(?:$|[?#])", re.IGNORECASE)


def _part_links(els: Sequence[etree._Element]) -> int:
    """The links among (and inside) elements to a page of the site's: not an anchor, a script, a mail or a
    file."""
    found = 0
    for el in els:
        for a in el.iter("a") if isinstance(el.tag, str) else ():
            href = (a.get("href") or "").strip().lower()
            if href and not href.startswith(("#", "javascript:", "mailto:")) and not _FILE_LINK.search(href):
                found += 1
    return found


def collection_contents(root: etree._Element, title_el: etree._Element | None) -> int:
    """How many parts a collection's landing page lists under a heading naming them ('Nội dung chính:', 'Các
    kỳ đã đăng') or a line announcing them ('Chương trình hôm nay gồm những nội dung sau:') after its
    headline: an issue of a bulletin, a series' page, a newscast's running order; 0 when none (see
    records.collection_headings)."""
    cfg = rules()["records"]
    headings = {words_key(h) for h in cfg["collection_headings"]}
    announces = re.compile(cfg["collection_lead"], re.IGNORECASE)

    def named(text: str) -> bool:
        return len(text) <= 80 and (words_key(text) in headings or bool(announces.match(text.rstrip(": "))))

    least = cfg["min_collection_items"]
    starts = [(el, least) for el in root.iter(*_HEADING_TAGS) if named(element_text_within(el, 80) or "")]
    # a line of bare text announcing them, between <br>s: the element it follows starts the list (two linked
    # parts are enough under a line saying it lists them)
    starts += [
        (el, cfg["min_collection_links"])
        for el in root.iter()
        if isinstance(el.tag, str) and el.tail and el.tail.strip() and named(" ".join(el.tail.split()))
    ]
    order = {el: i for i, el in enumerate(root.iter())} if starts and title_el is not None else {}
    for el, fewest in starts:
        if title_el is not None and order[el] <= order[title_el]:
            continue
        if next(el.iterancestors("aside"), None) is not None:
            continue  # a sidebar's list of the other parts, beside one of them
        for holder in (el, el.getparent()):
            if holder is None:
                break
            numbered, links = _parts_after(holder, cfg)
            if max(numbered, links) >= fewest and links >= cfg["min_collection_links"]:
                return max(numbered, links)
            if numbered or links:
                break
    return 0


def _parts_after(holder: etree._Element, cfg: dict) -> tuple[int, int]:
    """The parts listed after an element among its later siblings: how many numbered, how many linked."""
    item = re.compile(cfg["collection_item"], re.IGNORECASE)
    siblings = list(holder.itersiblings())
    runs = [holder.tail or "", *(t for s in siblings for t in (*s.itertext(), s.tail or ""))]
    return sum(1 for t in runs if item.match(t)), _part_links(siblings)


def members_listed(lines: Sequence[str]) -> int:
    """How many persons a list under a members' heading names ('Thành viên', then '- Nguyễn Đức Thịnh - Đội
    trưởng', '- Trần Văn Bình', …), when records.min_members or more: a team's or a committee's profile;
    else 0."""
    cfg = rules()["records"]
    headings = {words_key(h) for h in cfg["member_headings"]}
    for at, line in enumerate(lines):
        if len(line) > 40 or words_key(line.rstrip(":")) not in headings:
            continue
        names = 0
        for item in lines[at + 1 :]:
            name = LIST_MARK.sub("", item).split(" - ")[0].split(",")[0].strip()
            words = name.split()
            if not 2 <= len(words) <= 5 or not all(w[:1].isupper() and w.isalpha() for w in words):
                break
            names += 1
        if names >= cfg["min_members"]:
            return names
    return 0


def record_kind(
    root: etree._Element, title_el: etree._Element | None, lines: list[str], at: int | None, title: str
) -> list[str]:
    """Why a page of little prose is a record, not an article: the labelled fields of a document, a question
    or an event (one document label under a headline naming a document by its type and number: 'Bản án số
    45/2024/HS-ST'); a document file beside a sentence; an event's schedule under its name; a price table with
    no dateline by the headline or under one paragraph; a list of names and figures making most of the text
    from the headline (line `at`) on. [] when none."""
    named = names_a_document(title, rules()["records"])
    # the labels marked up, or opening the text's lines ('- Thời gian: 8 giờ 00, ngày 08/01/2026')
    kind, labels = record_fields(root, bool(named), lines)
    if kind:
        return [f"record-page:{kind}({', '.join(labels[:3])})"]
    para = rules()["title"]["paragraph_chars"]
    paragraphs = [ln for ln in lines if len(ln) >= para and SENTENCE_END.search(ln)]
    if document := document_record(root, first_paragraph(lines), paragraphs, rules()["records"]):
        return [document]
    by = short_lines_by(title_el) if title_el is not None else []
    if schedule := schedule_line(
        short_lines_by(title_el, True) if title_el is not None else [], rules()["schedule"]
    ):
        return [f"event-page:schedule-under-its-name({schedule[:40]})"]
    if price_table(root, rules()["price_list"]) and not any(printed_date(ln) for ln in by):
        return ["price-list:priced-table-and-no-dateline"]
    if len(paragraphs) <= 1 and price_table(root, rules()["price_list"], "\n".join(lines)):
        return ["price-list:priced-table-under-one-paragraph"]  # a dated bulletin: the week's prices
    scope = lines[at + 1 :] if at is not None else lines

    def with_headline(table: etree._Element) -> list[str]:
        """The lines printed in the block a table shares with the headline (not another column's)."""
        return lines_within(root, common_ancestor(title_el, table), scope) if title_el is not None else scope

    if listed := figures_list(scope, root, rules()["figures_list"], with_headline):
        return [listed]
    if members := members_listed(scope):
        return [f"record-list:{members}-members-under-their-heading"]
    if entries := numbered_entries(scope):
        return [f"record-list:{entries}-numbered-entries"]
    if parts := collection_contents(root, title_el):
        return [f"listing:a-collection-s-contents({parts}-parts)"]
    if len(paragraphs) <= 1 and (stats := figures_table(root, scope, rules()["figures_list"])):
        # a table of figures under an intro at most: a statistics page ('Kết quả hoạt động … năm 2024')
        return [f"record-list:a-table-of-figures({stats}-rows)-under-one-paragraph"]
    return []
