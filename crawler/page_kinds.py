"""Kinds of page told from what they show, not from links: a page in another language, a price list, an
event's page (its schedule under its name), and the short lines by a headline that say which."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

from danvan.crawler.article_container import line_key, squashed
from danvan.crawler.listing_structure import element_text
from danvan.crawler.site_chrome import breadcrumb_steps
from danvan.crawler.text_keys import words_key
from lxml import etree

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_TEXT = re.compile(r"[^\W_]")


def marked_share(lines: Iterable[str], min_words: int) -> float | None:
    """The share of the words of a text holding a letter outside ASCII (Vietnamese marks most of its
    syllables); None when the text has fewer than `min_words` words."""
    return _marked_share(_WORD.findall(unicodedata.normalize("NFC", "\n".join(lines))), min_words)


def _marked_share(words: list[str], min_words: int) -> float | None:
    if len(words) < min_words:
        return None
    return (len(words) - sum(map(str.isascii, words))) / len(words)


@cache
def _function_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(words)


def foreign_language(lines: list[str], cfg: dict[str, Any]) -> str:
    """Why the main text is in another language than Vietnamese, or '': of min_words words or more, too few
    of them hold a letter outside ASCII (Vietnamese marks most of its syllables), or, of
    min_function_text_words or more, too few are among Vietnamese's commonest words (a language written in
    Vietnamese letters)."""
    words = _WORD.findall(unicodedata.normalize("NFC", "\n".join(lines)))
    if (share := _marked_share(words, cfg["min_words"])) is None:
        return ""
    if share < cfg["min_marked_share"]:
        return f"not-vietnamese:{share:.0%}-of-words-marked"
    if len(words) >= cfg["min_function_text_words"]:
        common = _function_words(tuple(cfg["function_words"]))
        found = sum(w.lower() in common for w in words) / len(words)
        if found < cfg["min_function_share"]:
            return f"not-vietnamese:{found:.0%}-of-words-vietnamese-function-words"
    return ""


@cache
def _patterns(headers: tuple[str, ...], amount: str) -> tuple[list[re.Pattern[str]], re.Pattern[str]]:
    return [re.compile(h, re.IGNORECASE) for h in headers], re.compile(amount, re.IGNORECASE)


def price_table(root: etree._Element, cfg: dict[str, Any], text: str = "") -> bool:
    """A table with a column headed by a price word ('Giá/tuần (đồng)', 'Đơn giá', 'Mức phí') and at least
    `min_rows` amounts ('8.000.000', '250.000 đ') in that column's cells below the header; with `text` (the
    main text), one whose header row the text holds (not a sidebar's price box)."""
    headers, amount = _patterns(tuple(cfg["headers"]), cfg["amount"])
    within = squashed(text)
    for table in root.iter("table"):
        rows = [[element_text(c) for c in tr if c.tag in ("td", "th")] for tr in table.iter("tr")]
        rows = [r for r in rows if r]
        if within and rows and squashed(" ".join(rows[0])) not in within:
            continue
        for at, head in enumerate(rows[:-1]):
            priced = [i for i, cell in enumerate(head) if any(h.search(cell) for h in headers)]
            for col in priced:
                amounts = sum(1 for r in rows[at + 1 :] if col < len(r) and amount.match(r[col].strip()))
                if amounts >= cfg["min_rows"]:
                    return True
            if priced:
                break  # the header row: the rows below it are its data
    return False


def _short(text: str, max_chars: int, max_words: int) -> bool:
    return len(text) < max_chars and len(text.split()) < max_words


def lines_by(
    texts_after: Iterable[str], texts_before: Iterable[str], max_chars: int, max_words: int
) -> list[str]:
    """The short lines among the text nodes next to a headline (a dateline, a place, a byline): not the
    sentences of a lead or body."""
    found = [" ".join(t.split()) for t in (*texts_before, *texts_after)]
    return [t for t in found if t and _short(t, max_chars, max_words)]


def schedule_line(lines: Iterable[str], cfg: dict[str, Any]) -> str:
    """A line giving an event's schedule: a year and a time range ('15 thg 6, 2024, 07:00 – 11:00'); ''."""
    time_range, year = re.compile(cfg["time_range"], re.IGNORECASE), re.compile(cfg["year"])
    return next((ln for ln in lines if time_range.search(ln) and year.search(ln)), "")


_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
_FILE_ATTRIBUTES = etree.XPath(
    "//body//a/@href | //body//iframe/@src | //body//embed/@src | //body//object/@data"
)


def _sentences(text: str) -> int:
    """How many sentences a text holds (its last one unended counts)."""
    ends = list(_SENTENCE_END.finditer(text))
    rest = text[ends[-1].end() :] if ends else text
    return len(ends) + (1 if rest.strip() else 0)


def _holds(el: etree._Element, files: list[etree._Element]) -> bool:
    return any(f is el or el in f.iterancestors() for f in files)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def names_a_document(title: str, cfg: dict[str, Any]) -> str:
    """The document type and number a headline opens with ('Bản án số 45/2024/HS-ST', 'Kế hoạch
    215/KH-STTTT'): the headline of a document's own page, not of news about it; '' when none."""
    found = _compiled(cfg["document_title"]).match(title.strip())
    return found.group(0) if found else ""


def document_record(root: etree._Element, first: str, paragraphs: list[str], cfg: dict[str, Any]) -> str:
    """A document's record page ('' when none): the page links to or embeds a document file (a PDF, a Word
    file), and the element holding it and the main text's first paragraph (`first`), every paragraph of
    the main text inside, holds fewer than `max_sentences` + 1 sentences outside the blocks naming the file
    (its title's one-sentence summary, then 'Tệp đính kèm: ….pdf' and the PDF's viewer)."""
    pattern = re.compile(cfg["document_files"], re.IGNORECASE)
    found = [
        (attr.getparent(), m.group(1).lower())
        for attr in _FILE_ATTRIBUTES(root)
        if (m := pattern.search(attr))
    ]
    files = [f for f, _ in found]
    key = squashed(first)[:60]
    if not files or not key:
        return ""
    keys = [squashed(p)[:60] for p in paragraphs]
    for el in files[0].iterancestors():
        if el.tag in ("body", "html"):
            return ""
        text = squashed("".join(t for t in el.itertext() if isinstance(t, str)))
        if key in text:
            break
    else:
        return ""
    if not all(k in text for k in keys):
        return ""
    own = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str) or not _holds(child, files):
            own.append(element_text(child) if isinstance(child.tag, str) else "")
        own.append(child.tail or "")
    sentences = _sentences(" ".join(" ".join(own).split()))
    if sentences > cfg["max_sentences"]:
        return ""
    return f"document-record:{sentences}-sentence-and-a-{found[0][1]}-file"


_PICTURES = etree.XPath("//body//img | //body//picture | //figcaption")


def caption_texts(
    root: etree._Element, max_texts_over_pictures: int, max_chars: int, headline: etree._Element | None = None
) -> set[str]:
    """The texts of a page's captions: <figcaption>s, and the elements or lines beside a picture's block (a
    picture alone or in wrappers holding no text: a link to its enlargement, a thumbnail's box) under their
    parent, unless that parent holds more than `max_texts_over_pictures` text elements more than picture
    blocks (then it is an article's text with a picture set among its paragraphs). Links beside a picture are
    no caption, nor a text longer than `max_chars`, nor one beside the page's headline (a layout's row: a
    spacer's or logo's cell beside the article's)."""
    above = set(headline.iterancestors()) if headline is not None else set()
    found: set[str] = set()
    holders: dict[etree._Element, None] = {}
    for el in _PICTURES(root):
        if el.tag == "figcaption":
            found.add(element_text(el))
            continue
        block = el
        while (parent := block.getparent()) is not None and parent.tag not in ("body", "html"):
            if not _no_text(parent):
                break
            block = parent
        if parent is not None and parent.tag != "html" and parent not in above:
            holders.setdefault(parent, None)
    for holder in holders:
        pictures, texts = 0, []
        for child in holder:
            if not isinstance(child.tag, str):
                continue
            if _no_text(child):
                picture = (
                    child.tag in ("img", "picture") or next(child.iter("img", "picture"), None) is not None
                )
                pictures += picture
                if picture and (tail := " ".join((child.tail or "").split())):
                    texts.append(
                        tail
                    )  # a caption written as the line after the picture ('<div><img></div>Lời…<br>')
            elif child.tag != "a":
                texts.append(element_text(child))
        texts = [t for t in texts if len(t) <= max_chars]
        if texts and len(texts) <= pictures + max_texts_over_pictures:
            found.update(texts)
    return found


def rows_under(block: etree._Element, headline: etree._Element) -> int:
    """The most rows of a table holding no other (its own rows), or items of a list holding no link, in the
    block after the headline: a list's or a schedule's entries (a sidebar's list of linked titles is none)."""
    most = 0
    for el in block.iter("table", "ul", "ol"):
        if (
            el.sourceline is not None
            and headline.sourceline is not None
            and el.sourceline < headline.sourceline
        ):
            continue
        if el.tag == "table":
            layout = next(el.iterdescendants("table"), None) is not None or el in headline.iterancestors()
            if not layout:  # a layout's table holds the others, or the headline
                most = max(most, len(_ROWS(el)))
        else:
            most = max(most, sum(1 for li in el if li.tag == "li" and next(li.iter("a"), None) is None))
    return most


def _no_text(el: etree._Element) -> bool:
    return not any(t.strip() for t in el.itertext() if isinstance(t, str))


_ROWS = etree.XPath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
_CELLS = etree.XPath("./td | ./th")


@cache
def _figure_patterns(figure: str, day: str, rank: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A figure, a date or a prize's or a grade's rank alone in a cell ('5.000.000', '9,5 điểm', '04 -
    05/9/2024', 'Nhì', 'Giải Khuyến khích'); a list item naming a figure after its name ('Ông Nguyễn Văn A:
    500.000 đồng'; not a time's colon: '17/03/2025 08:30')."""
    return (
        re.compile(rf"^(?:{figure}|{day}|{rank})$", re.IGNORECASE),
        re.compile(rf"[^\W\d_].*(?:(?<!\d)[:–—-]|[:–—-](?=\s))\s*(?:{figure})\.?$", re.IGNORECASE),
    )


def _row_groups(root: etree._Element) -> Iterator[tuple[etree._Element, list[list[str]]]]:
    """Each table and list with its rows (a table's own rows, not a nested table's: their cells' texts; a
    list item's text as its one cell)."""
    for el in root.iter("table", "ul", "ol"):
        if el.tag == "table":
            rows = [[element_text(c) for c in _CELLS(tr)] for tr in _ROWS(el)]
        else:
            rows = [[element_text(li)] for li in el if li.tag == "li"]
        yield el, [r for r in rows if any(r)]


_COUNTER = re.compile(r"^(?:\d{1,3}|[IVX]{1,4})\.?$")


def _names_a_figure(row: list[str], figure: re.Pattern[str], item: re.Pattern[str]) -> bool:
    """A row giving a name and a figure or a date: a cell holding a word, and a figure or a date in a cell
    after the first (the first is a counter: 'STT'); a numbered register's row (a counter, then two cells of
    words: a name and its place); or a list item ending in a figure after its name."""
    if len(row) == 1:
        return bool(item.search(row[0]))
    if _COUNTER.match(row[0]) and sum(bool(_WORD.search(c)) for c in row[1:]) >= 2:
        return True  # a numbered register's row: 'TT | Tên tập thể | Địa chỉ'
    return any(_WORD.search(c) and not figure.match(c) for c in row) and any(figure.match(c) for c in row[1:])


def _names_persons(header: list[str], headers: list[str]) -> bool:
    """A table's header row with a column of people's names ('Họ và tên', 'Họ tên học sinh trúng tuyển')."""
    return any(words_key(cell).startswith(tuple(headers)) for cell in header)


def _register_row(row: list[str], figure: re.Pattern[str]) -> bool:
    """A numbered register's row of words only ('1 | Lò Văn Tính | Nà Mòn | Hộ nghèo'): no figure after the
    counter (a league table's points, a donor's amount)."""
    rest = row[1:]
    return (
        len(row) > 2
        and bool(_COUNTER.match(row[0]))
        and all(_WORD.search(c) and not figure.match(c) for c in rest if c)
    )


def figures_list(
    lines: list[str],
    root: etree._Element,
    cfg: dict[str, Any],
    within: Callable[[etree._Element], list[str]] | None = None,
) -> str:
    """A list page's reason ('' when none): a table or list whose rows mostly give a name and a figure or a
    date (a donor list's names and amounts, a results list's names and scores, a schedule's places and
    days), at least `min_rows` of them, its cells making `min_text_share` or more of the main text's
    characters (`lines`, from the headline on; `within(table)`: those of them printed in the block it shares
    with the headline, not another column's), with at most `max_sentences` sentences in the rest of those
    lines (an intro ending in a colon, a note, a signature: no prose)."""
    figure, item = _figure_patterns(cfg["figure"], cfg["date"], cfg["rank"])
    chars = cfg["key_chars"]
    listed: list[tuple[etree._Element, list[list[str]], int]] = []
    rosters: set[etree._Element] = set()
    for el, rows in _row_groups(root):
        named = sum(1 for r in rows if _names_a_figure(r, figure, item))
        # rows naming a figure beyond their counter (a register's '1 | Lò Văn Tính | Nà Mòn' names none)
        figured = sum(1 for r in rows if _names_a_figure(r, figure, item) and not _register_row(r, figure))
        if (
            el.tag == "table"
            and figured < cfg["min_rows"]
            and len(rows) > cfg["min_rows"]
            and _names_persons(rows[0], cfg["roster_headers"])
        ):
            # a roster: its header names people ('Họ và tên', 'Họ tên học sinh'), each row one or more, and no
            # figures beside them (a donor table's amounts are told by the rule for names and figures)
            named = len(rows) - 1
            rosters.add(el)
        if named >= cfg["min_rows"] and named >= cfg["min_row_share"] * len(rows):
            listed.append((el, rows, named))
    # each list alone, then all of them together (a notice's list of units, then its list of persons)
    tries = [[entry] for entry in listed] + ([listed] if len(listed) > 1 else [])
    for lists in tries:
        el = lists[0][0]
        # not the extractor's separator under a table's header row ('---|---')
        own = [ln for ln in (within(el) if within is not None else lines) if _TEXT.search(ln)]
        total = sum(len(ln) for ln in own)
        cells = {line_key(c, chars) for _, rows, _ in lists for r in rows for c in (*r, " ".join(r))}
        inside = [line_key(ln, chars) in cells for ln in own]
        covered = sum(len(ln) for ln, within_rows in zip(own, inside, strict=True) if within_rows)
        named = sum(n for *_, n in lists)
        registered = sum(1 for _, rows, _ in lists for r in rows if _register_row(r, figure))
        if any(el in rosters for el, *_ in lists) and covered >= cfg["roster_min_share"] * total:
            registered = max(registered, cfg["min_register_rows"])
        if not total or (covered < cfg["min_text_share"] * total and registered < cfg["min_register_rows"]):
            continue  # a long register under an intro of short cells' worth of text is a list all the same
        rest = (ln for ln, within_rows in zip(own, inside, strict=True) if not within_rows)
        sentences = sum(len(_SENTENCE_END.findall(ln)) for ln in rest)
        if sentences <= cfg["max_sentences"]:
            rows = sum(len(r) for _, r, _ in lists)
            if any(el in rosters for el, *_ in lists):
                return f"record-list:a-roster-of-{rows - len(lists)}-rows-naming-people"
            return f"record-list:{named}-of-{rows}-rows-name-and-figure({covered / total:.0%}-of-text)"
    return ""


def figures_table(root: etree._Element, lines: list[str], cfg: dict[str, Any]) -> int:
    """The most rows of one table in the main text (`lines`: a sidebar's league table is not) that give a name
    and figures in three cells or more ('Đồng Hới | 16 | 92 | 31'): a statistics table; 0 when none has
    `min_stats_rows`."""
    figure, item = _figure_patterns(cfg["figure"], cfg["date"], cfg["rank"])
    text = "".join("".join(lines).split())
    most = 0
    for el, rows in _row_groups(root):
        if el.tag != "table" or next(el.iterdescendants("table"), None) is not None:
            continue
        stats = sum(
            1
            for r in rows
            if len(r) >= 3
            and _names_a_figure(r, figure, item)
            and sum(bool(figure.match(c)) for c in r) >= 2
            and "".join(r[0].split()) in text
        )
        most = max(most, stats)
    return most if most >= cfg["min_stats_rows"] else 0


@cache
def _document_patterns(
    number: str, place_date: str, recipients: str, signatory: str
) -> list[re.Pattern[str]]:
    return [re.compile(number), re.compile(place_date, re.I), re.compile(recipients), re.compile(signatory)]


def _in_capitals(line: str) -> bool:
    return line == line.upper() and line != line.lower()


def _typed_header(segment: list[str], doc_type: re.Pattern[str]) -> str:
    """A document's header in a run of opening lines: its type in capitals ('DỰ THẢO BÁO CÁO CHÍNH TRỊ',
    'KẾ HOẠCH') right under its issuer's name in capitals ('BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA XXV'); ''."""
    for above, line in itertools.pairwise(segment):
        if _in_capitals(line) and doc_type.match(line) and _in_capitals(above) and len(above.split()) >= 2:
            return line
    return ""


def official_document(
    lines: list[str], at: int | None, cfg: dict[str, Any], title: str = "", own: list[str] | None = None
) -> str:
    """Why the main text is an administrative or Party document's own text ('' when it is not): it opens
    (its first lines, or those after the headline's line `at`) with the document's header, its number beside
    the national or Party motto or a place-and-date line, or its type in capitals under its issuer's name, or
    the line of an appendix issued with a document ('(Ban hành kèm theo Kế hoạch số 05/KH-BTT …)');
    or it closes (the last lines of its own container's text, `own`) with the signature block ('Nơi nhận:',
    'K/T TRƯỞNG BAN'), or with its issuer's name in capitals under a headline naming a document's type
    ('Thông báo tìm chủ sở hữu …' signed 'CƠ QUAN CẢNH SÁT ĐIỀU TRA')."""
    number, place_date, recipients, signatory = _document_patterns(
        cfg["number"], cfg["place_date"], cfg["recipients"], cfg["signatory"]
    )
    heads = cfg["head_lines"]
    # the page's own text starts at its headline: lines before it are columns (a sidebar's list of documents)
    segments = [lines[at + 1 : at + 1 + heads]] if at is not None else [lines[:heads]]
    head = " ".join(ln for segment in segments for ln in segment)
    if (found := number.search(head)) and (
        any(m in head.lower() for m in cfg["mottos"]) or place_date.search(head)
    ):
        return f"official-document:header({found.group(0)[:30]})"
    doc_type = _compiled(cfg["type_line"])
    if typed := next((t for segment in segments if (t := _typed_header(segment, doc_type))), ""):
        return f"official-document:issuer-and-type({typed[:30]})"
    appendix = _compiled(cfg["appendix"])
    if appended := next((m for segment in segments for ln in segment if (m := appendix.search(ln))), None):
        return f"official-document:issued-with({appended.group(0)[:30]})"
    tail = (own if own is not None else lines)[-cfg["tail_lines"] :]
    closing = " ".join(tail)
    if recipients.search(closing) or any(m.group(1).isupper() for m in signatory.finditer(closing)):
        return "official-document:signature-block"
    if _compiled(cfg["typed_title"]).match(title.strip()):
        issuer = _compiled(cfg["issuer"])
        if signed := next((ln for ln in tail if _in_capitals(ln) and issuer.match(ln)), ""):
            return f"official-document:signed-by-its-issuer({signed[:30]})"
    return ""


def _opening(text: str, chars: int = 60) -> str:
    """A text node's first characters, spaces folded, tones composed."""
    return unicodedata.normalize("NFC", " ".join(text[: chars * 2].split())[:chars])


@cache
def _block_patterns(
    recipients: str, signatory: str, askers: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The recipients' label, a signatory's line, an asker's label, and any of them after spaces (a first
    pass over a block's text nodes, most of which open with none)."""
    words = "|".join(r"\s+".join(map(re.escape, label.split())) for label in askers)
    asker = rf"(?i:{words})\s*:"
    return (
        re.compile(recipients),
        re.compile(signatory),
        re.compile(asker),
        re.compile(rf"\s*(?:{recipients}|{signatory}|{asker})"),
    )


def own_block_kind(block: etree._Element, document: dict[str, Any], records: dict[str, Any]) -> str:
    """Why the page's own block (see article_detection.article_block) makes it no article, whatever the
    extractor kept of it ('' when nothing does): an issued document's signature block, a line opening with
    the recipients' label ('Nơi nhận:') or a signatory's ('TM. ỦY BAN NHÂN DÂN', 'K/T CHỦ TỊCH': a word in
    capitals after it), in a layout table under the text; or several citizens' questions, at least
    `min_askers` lines opening with an asker's label ('Người hỏi: Hoàng Văn Sơn, huyện Phú Lương - Ngày gửi:
    02/04/2024'): a Q&A section's page of answered questions."""
    recipients, signatory, asker, any_line = _block_patterns(
        document["recipients"], document["signatory"], tuple(records["askers"])
    )
    asked = 0
    for text in block.itertext():
        if not isinstance(text, str) or not any_line.match(text):
            continue
        line = _opening(text)
        if (found := recipients.match(line)) or (
            (signed := signatory.match(line)) and signed.group(1).isupper()
        ):
            return f"official-document:signature-block-in-its-block({(found or signed).group(0)[:30]})"
        asked += bool(asker.match(line))
    return f"question-list:{asked}-askers" if asked >= records["min_askers"] else ""


_ROMAN = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int:
    """A Roman numeral's value (I to XXXIX: an outline's sections)."""
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# a numbered part's number: '1. ', 'II. ', 'a) '
PART_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,6}|[a-zđ])\s*[.)]\s+")


@cache
def _lesson_headings(headings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(words_key(h) for h in headings)


def outline_text(body: list[str], cfg: dict[str, Any], title: str = "") -> str:
    """Why the body is a reference text laid out as an outline ('' when not): it opens with its first
    section's heading, numbered 'I.' and in capitals ('I. YÊU CẦU VỀ ĐẤT VÀ THỜI VỤ'), or under a headline
    naming an outline's kind (`title`: 'Đề cương tuyên truyền …') after one line introducing it, and at least
    `min_sections` such headings follow in order (I, II, III). News opens with its lead. Or it is a lesson:
    `min_lesson_headings` of its lines head a lesson's parts ('Mục tiêu bài học', 'Câu hỏi ôn tập')."""
    heading = _compiled(cfg["heading"])

    def number(line: str) -> int:
        found = heading.match(line)
        short = len(line) <= cfg["max_heading_chars"] and _in_capitals(line)
        return roman_value(found.group("n")) if found and short else 0

    lesson = _lesson_headings(tuple(cfg["lesson_headings"]))
    short = [ln for ln in body if len(ln) <= cfg["max_heading_chars"]]
    parts = [h for ln in short if (h := words_key(PART_NUMBER.sub("", ln))) in lesson]
    if len(parts) >= cfg["min_lesson_headings"]:
        return f"outline:a-lesson's-parts({', '.join(parts[:2])})"
    named = bool(re.match(cfg["document_title"], title.lower()))
    if not body or (number(body[0]) != 1 and not (named and len(body) > 1 and number(body[1]) == 1)):
        return ""
    numbers = [n for ln in body if (n := number(ln))]
    ordered = list(itertools.takewhile(lambda pair: pair[0] == pair[1], zip(numbers, itertools.count(1))))
    if len(ordered) < cfg["min_sections"]:
        return ""
    return f"outline:{len(ordered)}-numbered-sections-from-its-first-line({body[0][:30]})"


_CONTROLS = etree.XPath(
    ".//form[@action] | .//button | .//input[@type='submit' or @type='button' or @type='image'][@value]"
    " | .//a[@href]"
)


def shop_product(headline: etree._Element, cfg: dict[str, Any]) -> str:
    """Why the page is a shop's product page ('' when not): beside its headline (in one of its `levels`
    nearest ancestors) an add-to-cart control: a form posting to a cart (`cart_actions`) or a button or a link
    to the cart labelled 'Thêm vào giỏ hàng', 'Mua ngay' (`cart_labels`). A comment form's or a search box's
    button is none, nor a listed product card's (a link to another page beside it)."""
    labels = _cart_labels(tuple(cfg["cart_labels"]))
    actions = _compiled(cfg["cart_actions"])
    block = headline
    for _ in range(cfg["levels"]):  # the widest of those ancestors holds the nearer ones' controls
        parent = block.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        block = parent
    if block is not headline:
        for control in _CONTROLS(block):
            if control.tag == "a" and not actions.search(control.get("href", "").lower()):
                continue  # a link is a control when it leads to the cart ('<a href="/gio-hang">Mua</a>')
            if _in_a_card(control, headline, block):
                continue  # a listed product's card ('Sản phẩm gợi ý' beside a news item): another page's
            if control.tag == "form":
                if actions.search(control.get("action", "").lower()):
                    return f"product-page:cart-form({control.get('action', '')[:30]})"
                continue
            label = control.get("value", "") if control.tag == "input" else element_text(control)
            if words_key(label) in labels:
                return f"product-page:cart-button({label[:30]})"
    return ""


def _in_a_card(control: etree._Element, headline: etree._Element, block: etree._Element) -> bool:
    """The control sits in a block linking to another page, below the one holding the headline: a card."""
    for anc in control.iterancestors():
        if anc is block or headline in anc.iter():
            return False
        if any(a is not control and (a.get("href") or "#")[:1] not in ("#", "j") for a in anc.iter("a")):
            return True
    return False


@cache
def _cart_labels(labels: tuple[str, ...]) -> frozenset[str]:
    """Labels compared by their words (a cart's buttons, a trail's section names)."""
    return frozenset(words_key(label) for label in labels)


def literary_work(root: etree._Element, cfg: dict[str, Any]) -> str:
    """Why the page is a literary work ('' when not): a step of its breadcrumb trail is a section for
    creative writing ('Sáng tác', 'Thơ', 'Truyện ngắn': `sections`)."""
    sections = _cart_labels(tuple(cfg["sections"]))
    step = next((s for s in breadcrumb_steps(root) if words_key(s) in sections), "")
    return f"literary-work:section({step[:30]})" if step else ""
