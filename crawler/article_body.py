"""The article's body from the main text: headline, datelines, link lines and related-article lists off; a
lead the extractor left out put back."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from danvan.crawler.article_container import LIST_MARK, squashed
from danvan.crawler.detection_rules import rules
from danvan.crawler.page_text import TEXTS_CONTAINING, compiled_xpath, text_holding
from danvan.crawler.printed_dates import printed_date
from danvan.crawler.text_around import following_texts, preceding_texts
from danvan.crawler.text_keys import SENTENCE_END, norm, words_key
from lxml import etree

_WORDY_CHAR = re.compile(r"\w")

_DATE_SHAPE = re.compile(r"\d[/.-]\d")
_TRAILING_DATE = re.compile(r"\s*[(\[]?\s*\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?[^()\[\]]*[)\]]?\s*$")


def _is_link_line(line: str, anchors: set[str]) -> bool:
    """A line that is the text of a link, give or take a list mark, a date after it and a related-list
    label before it ("Đọc thêm: <linked title>", set inside the article's text)."""
    if line in anchors:
        return True
    bare = LIST_MARK.sub("", line)
    label, colon, rest = bare.partition(":")
    if colon and len(label) < 30 and words_key(label) in _related_headings():
        bare = rest
    if _DATE_SHAPE.search(bare):  # what every _TRAILING_DATE match holds (the pattern is slow to scan)
        bare = _TRAILING_DATE.sub("", bare)
    return bare.strip() in anchors


def headline_line(lines: list[str], title: str) -> int | None:
    """The index of the main text's line holding the headline (and little else; a photo's caption
    repeating the headline is not it)."""
    caption = re.compile(rules()["title"]["caption_tail"], re.IGNORECASE)
    low = title.lower()  # a headline set in capitals in the text, spelled otherwise in <title>
    # the line that is the headline alone first: a sidebar's list of latest items above it holds the same
    # title as a linked item, with its mark and date
    exact = next((i for i, ln in enumerate(lines) if title and ln.lower() == low), None)
    if exact is not None:
        return exact
    return next(
        (
            i
            for i, ln in enumerate(lines)
            if title and low in ln.lower() and len(ln) <= len(title) + 40 and not caption.search(ln)
        ),
        None,
    )


@cache
def _credit_roles() -> frozenset[str]:
    return frozenset(words_key(r) for r in rules()["body"]["credit_roles"])


def _credit(line: str) -> bool:
    """A long-form story's credit line: a role and a name ('Thiết kế: Hoàng Nam')."""
    role, colon, name = line.partition(":")
    words = name.split()
    return (
        bool(colon)
        and len(role) < 30
        and words_key(role) in _credit_roles()
        and 1 <= len(words) <= 5
        and words[0][:1].isupper()
        and not SENTENCE_END.search(name)
    )


def _name_line(line: str) -> bool:
    """A closing byline's name alone ('Minh Châu', 'Nguyễn Văn Hùng'): two to four capitalised words."""
    words = line.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)


def _without_box_after_byline(body: list[str]) -> list[str]:
    """The body without a box set after the closing byline: a short label ('Kêu gọi ủng hộ') and at most two
    lines under it (a site builder's appeal box in the page's one column); the byline ends the text."""
    for at in range(max(len(body) - 4, 0), len(body) - 1):
        label = body[at + 1]
        box = len(label.split()) <= 4 and not SENTENCE_END.search(label) and ":" not in label
        if _name_line(body[at]) and box and 1 <= len(body) - (at + 2) <= 2 and not _name_line(label):
            return body[: at + 1]
    return body


_BOX_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _owner(root: etree._Element, line: str) -> etree._Element | None:
    """The element whose text node holds the line's first words (the first one on the page; fewer words when
    markup splits them: '<b>Tài khoản:</b> …')."""
    node = text_holding(root, line, (30, 12))
    if node is None:
        return None
    owner = node.getparent()
    return owner.getparent() if node.is_tail and owner is not None else owner


def box_after_closing_line(root: etree._Element, body: list[str]) -> list[str]:
    """The body without another block's box set after its closing line (a byline naming a person or a unit:
    'Văn phòng Hội'): a heading (<h2>-<h6>) of a few words with at most two lines under it, in a block apart
    from the one holding the closing line and the paragraphs above it (a site builder's appeal box in the
    column after the text's)."""
    for at in range(max(len(body) - 4, 1), len(body) - 1):
        closing, label = body[at], body[at + 1]
        if len(closing.split()) > 6 or SENTENCE_END.search(closing) or ":" in closing:
            continue
        if len(label.split()) > 4 or SENTENCE_END.search(label) or not 1 <= len(body) - (at + 2) <= 2:
            continue
        heading, closed, above = _owner(root, label), _owner(root, closing), _owner(root, body[at - 1])
        if heading is None or closed is None or above is None:
            continue
        heading = (
            next(heading.iterancestors(*_BOX_HEADINGS), heading)
            if heading.tag not in _BOX_HEADINGS
            else heading
        )
        if heading.tag not in _BOX_HEADINGS:
            continue
        # the block holding the closing line and the paragraph above it does not hold the heading
        block = next((a for a in closed.iterancestors() if above in a.iter()), None)
        if block is not None and heading not in block.iter():
            return body[: at + 1]
    return body


_SHORT_TEXTS = etree.XPath(
    "//body//text()[string-length(normalize-space()) > 2][string-length(normalize-space()) < 40]"
)


def after_related_list(root: etree._Element, body: list[str]) -> list[str]:
    """The body without its last lines (three at most) when a related list's heading ('Tin khác', 'Bài viết
    liên quan') stands on the page between them and the line before, and they end no sentence: a box after
    the list the extractor left out (a fund's account, a phone number set in the next section), no part of
    the text."""
    if len(body) < 2:
        return body
    headings, body_marks = _related_headings(), _body_marks()
    marks = [
        t.getparent()
        for t in _SHORT_TEXTS(root)
        if not t.is_tail and _related_heading(" ".join(t.split()), headings, body_marks)
    ]
    if not marks:
        return body
    order: dict[etree._Element, int] = {}
    for at in range(max(len(body) - 3, 1), len(body)):
        if any(ln.rstrip().endswith((".", "!", "?", "…", ".”", '."')) for ln in body[at:]):
            continue  # a paragraph after an inline box of related links ends the text's own
        before, line = _owner(root, body[at - 1]), _owner(root, body[at])
        if before is None or line is None:
            continue
        order = order or {el: i for i, el in enumerate(root.iter())}  # document order, once
        if any(order[before] < order[m] < order[line] for m in marks):
            return body[:at]
    return body


def _without_credits(body: list[str]) -> list[str]:
    """The body without a long-form story's credits block: two or more credit lines in a row (a closing
    byline alone, 'Bài, ảnh: Hồng Duyên', stays: the app reads the author from it)."""
    credits = [_credit(ln) for ln in body]
    drop = {
        i
        for i in range(len(body))
        if credits[i] and ((i > 0 and credits[i - 1]) or (i + 1 < len(body) and credits[i + 1]))
    }
    return [ln for i, ln in enumerate(body) if i not in drop] if drop else body


_HASHTAGS = re.compile(r"^(?:#\w+[\s,.;·|]*)+$")


def article_body(lines: list[str], title: str, anchors: set[str]) -> list[str]:
    """The main text without the headline, the date line under it, what precedes the headline when it
    is less than what follows (menus), link lines, and the heading of a link list ('Tin khác')."""
    body = list(lines)
    at = headline_line(body, title)
    if at is not None:
        before, after = body[:at], body[at + 1 :]
        body = after if sum(map(len, before)) < sum(map(len, after)) else before + after
    # dateline and byline rows ('Cập nhật lúc 08:12 ngày 28/06/2024'), wherever the extractor put them
    body = [ln for ln in body if not (len(ln) < 100 and len(ln.split()) < 15 and printed_date(ln))]
    # a bullet or separator on a line of its own ('•' before a linked title) is no text, and would hide
    # the link list under a heading; a view counter is the page's tools, no text either
    marks = _body_marks()
    body = [ln for ln in body if _WORDY_CHAR.search(ln) and not marks.tools.match(LIST_MARK.sub("", ln))]
    # a line of hashtags only ('#PhuNuQuangPhu #DanVanKheo'): a social post's tags, no text
    body = [ln for ln in body if not _HASHTAGS.match(ln)]
    body = _without_box_after_byline(_without_credits(body))
    # the comments' heading ends the body: the comments and the form's instructions follow it

    def before_comments(line: str) -> bool:
        if line[:40].lower().startswith(marks.empty_comments):
            return False
        if len(line) >= 60:
            return True
        # the heading with its counts or not: 'Bình luận (2)', 'Ý kiến bạn đọc (0)', '❤️ 17 · 2 bình luận'
        return " ".join(w for w in words_key(line).split() if not w.isdigit()) not in marks.comment_headings

    body = list(itertools.takewhile(before_comments, body))
    # the fields closing the page's record of the article (author, category, tags), label and value lines
    field = next(
        (i for i, ln in enumerate(body) if len(ln) < 30 and words_key(ln.rstrip(":")) in marks.field_labels),
        None,
    )
    if field is not None and all(len(ln) < 60 or _is_link_line(ln, anchors) for ln in body[field:]):
        body = body[:field]  # a list of linked titles may follow the fields ('Tin cùng chuyên mục')
    # a field's label and its value, a link, or the label alone when the link is gone ('Chuyên mục: Tin tức')
    body = [ln for ln in body if not _linked_field(ln, anchors, marks.field_labels)]
    # a related list's heading ends the body while it is there: what follows its links (a site builder's
    # contact block) is no more the text's than they are
    body = _before_related_lists(body, anchors)
    links = [_is_link_line(ln, anchors) for ln in body]
    kept = []
    for i, line in enumerate(body):
        heads_list = i + 1 < len(body) and links[i + 1] and len(line) < 60 and not line.endswith(".")
        if not links[i] and not heads_list:
            kept.append(line)
    while kept and kept[-1].endswith(":") and len(kept[-1]) < 60:
        kept.pop()
    return _before_related_lists([_without_trailing_call(ln, anchors, marks) for ln in kept])


def _linked_field(line: str, anchors: set[str], labels: frozenset[str]) -> bool:
    if len(line) >= 60 or ":" not in line:
        return False
    label, _, value = LIST_MARK.sub("", line).partition(":")
    if words_key(label) not in labels:
        return False
    # its value: none, a link, or a list of tags one of them linked ('Từ khóa: gia đình văn hóa, đời sống …')
    tags = [t.strip() for t in re.split(r"[,;|]", value) if t.strip()]
    return not tags or value.strip() in anchors or (len(tags) > 1 and any(t in anchors for t in tags))


_AFTER_MARK = re.compile(r"[^\w\s]\s*$")


def _without_trailing_call(line: str, anchors: set[str], marks: _BodyMarks) -> str:
    """The line without a short link closing it after a mark that sends the reader elsewhere
    ('… số 59) - Xem số bản tin')."""
    words = line.rsplit(None, 6)  # the last six words, and what precedes them
    for n in range(1, len(words)):
        if words[-n].lower() not in marks.link_call_words:
            continue
        tail = " ".join(words[-n:])
        if tail in anchors and f"{words_key(tail)} ".startswith(marks.link_calls):
            rest = line[: line.rindex(tail)].rstrip()
            if _AFTER_MARK.search(rest):
                return rest.rstrip(" -|»›>/").rstrip()
    return line


@dataclass(frozen=True)
class _BodyMarks:
    """The [body] word lists, compiled once."""

    tools: re.Pattern[str]  # a view counter or a CMS's byline line
    empty_comments: tuple[str, ...]
    comment_headings: frozenset[str]
    field_labels: frozenset[str]
    related_starts: tuple[str, ...]
    link_calls: tuple[str, ...]
    link_call_words: frozenset[str]  # the first words of link_calls


@cache
def _body_marks() -> _BodyMarks:
    cfg = rules()["body"]
    return _BodyMarks(
        re.compile(f"(?:{cfg['counter_line']})|(?:{cfg['byline_line']})", re.IGNORECASE),
        tuple(h.lower() for h in cfg["comment_starts"]),
        frozenset(words_key(h) for h in cfg["comment_headings"]),
        frozenset(words_key(h) for h in cfg["field_labels"]),
        tuple(words_key(h) for h in cfg["related_heading_starts"]),
        tuple(f"{words_key(h)} " for h in cfg["trailing_link_starts"]),
        frozenset(h.split()[0] for h in cfg["trailing_link_starts"]),
    )


@cache
def _related_headings() -> frozenset[str]:
    return frozenset(words_key(h) for h in rules()["body"]["related_headings"])


def opens_with_a_list(lines: list[str]) -> str:
    """The heading of a list of articles opening the page's own text (the lines after its headline: 'Bài
    trên trang này' on a print edition's page view, 'Các tin khác'), or '': a page of entries, no article."""
    first = next((ln for ln in lines if ln.strip()), "")
    key = words_key(first) if len(first) < 60 else ""
    return first if key and key in _related_headings() else ""


def _related_heading(line: str, headings: frozenset[str], marks: _BodyMarks) -> bool:
    """The line heads a list of other articles ('Tin cùng chuyên mục', 'Bài viết mới nhất từ …', 'Video
    khác')."""
    cfg = rules()["body"]
    key = words_key(line) if len(line) < 60 else ""
    short = len(key.split()) <= cfg["related_heading_words"]
    other = short and key.endswith(" " + cfg["related_heading_end"])
    return bool(key) and (key in headings or key.startswith(marks.related_starts) or other)


def _before_related_lists(body: list[str], anchors: set[str] | None = None) -> list[str]:
    """The body up to the heading of a list of other articles set after it ('Những tin cũ hơn', 'Tin cùng
    chuyên mục') that no paragraph follows, but the teasers under its linked titles (`anchors`: the page's
    link texts); such a heading with paragraphs after it (a box inside the article) is dropped alone."""
    para = rules()["title"]["paragraph_chars"]
    headings = _related_headings()
    kept: list[str] = []
    marks = _body_marks()
    links = [bool(anchors) and _is_link_line(ln, anchors) for ln in body]

    def teaser(at: int) -> bool:
        """A paragraph under a linked title (its date line between them or not)."""
        return any(links[j] for j in range(max(at - 2, 0), at))

    for i, line in enumerate(body):
        if _related_heading(line, headings, marks):
            own = (j for j in range(i + 1, len(body)) if not teaser(j))
            if not any(len(body[j]) >= para and SENTENCE_END.search(body[j]) for j in own):
                return kept
            continue
        kept.append(line)
    return kept


def first_paragraph_at(body: list[str]) -> int:
    """The index of the body's first line of a lead's length (`lead.min_chars`): what precedes it is
    short lines (a photo's caption, a subheading); 0 when none is that long."""
    least = rules()["lead"]["min_chars"]
    return next((i for i, ln in enumerate(body) if len(ln) >= least), 0)


def lead_before_body(
    title_el: etree._Element, body: list[str], lines: list[str], anchors: set[str]
) -> list[str]:
    """Paragraphs between the headline and the body's first paragraph that the extractor left out (a lead set
    in bold, a 'sapo' box, the text beside a photo in a layout's cell): text nodes of a sentence or more, no
    link text, not already in the main text. The short lines the extractor kept over that paragraph (a
    photo's caption) are passed over."""
    return lead_and_place(title_el, body, lines, anchors)[0]


def lead_and_place(
    title_el: etree._Element, body: list[str], lines: list[str], anchors: set[str]
) -> tuple[list[str], int]:
    """The lead the extractor left out (see lead_before_body) and where it goes in the body: after the short
    lines over the first paragraph that the page prints before it (a caption above the text beside it),
    before those it prints after it (a photo under a sapo)."""
    cfg = rules()["lead"]
    if not body:
        return [], 0
    first = first_paragraph_at(body)
    start = body[first][:40]
    opening = set(body[:first])
    known = set(lines)
    found: list[str] = []
    place = 0
    for raw in compiled_xpath(f"following::text()[normalize-space()][position() <= {cfg['max_nodes']}]")(
        title_el
    ):
        text = norm(raw)
        if text[:40] == start or text in start or start in text:
            return found, place
        if not found and text in opening:
            place = body.index(text) + 1
        if (
            len(text) >= cfg["min_chars"]
            and SENTENCE_END.search(text)
            and text not in known
            and text not in anchors
            and not any(text in ln for ln in lines)
        ):
            found.append(text)
    return [], 0  # the body's first line never came: the text found is not known to precede it


_ENDS_SENTENCE = re.compile(r"\w[.!?…][”\"»)]?$")


def _paragraph_of(node: etree._Element) -> etree._Element | None:
    """The <p> or <div> holding a text node (the node's own element, or up to two inline wrappers above)."""
    el = node.getparent()
    if el is not None and node.is_tail:
        el = el.getparent()
    for _ in range(3):
        if el is None or el.tag in ("p", "div"):
            return el
        el = el.getparent()
    return None


_HOLDS_A_BLOCK = etree.XPath("boolean(.//p or .//div or .//ul or .//ol or .//table)")


def tail_after_body(root: etree._Element, body: list[str], lines: list[str], anchors: set[str]) -> list[str]:
    """Paragraphs after the body's last one that the extractor left out (a short closing paragraph): the
    following siblings of the last paragraph's element written the same way (same tag, same attributes),
    each a sentence or more of text with no link, up to the first that is written otherwise. A sibling the
    extractor did keep, and the body then left out (a source line, a related link), ends them."""
    if not body or len(body[-1]) < 20:
        return []
    nodes = TEXTS_CONTAINING(root, part=body[-1][:40])
    if len(nodes) != 1 or (last := _paragraph_of(nodes[0])) is None:
        return []
    found: list[str] = []
    for sib in last.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        text = norm("".join(sib.itertext()))
        if not text:
            continue
        quote = sib.tag == "figure" and sib.find(".//blockquote") is not None and sib.find(".//img") is None
        if quote and _ENDS_SENTENCE.search(text.rstrip('”"» ')) and not any(text in ln for ln in body):
            # a pull quote closing the text (a figure holding a blockquote, WordPress's block): the extractor
            # drops figures; one quoting a sentence of the text repeats it
            found.append(text)
            continue
        # the same tag, or a <p> and a <div> of no block written alike (an editor's mixed paragraphs, their
        # style the same: 'text-align:justify')
        alike = sib.tag == last.tag or (
            {sib.tag, last.tag} == {"p", "div"} and bool(sib.attrib) and not _HOLDS_A_BLOCK(sib)
        )
        if not alike or dict(sib.attrib) != dict(last.attrib) or sib.find(".//a") is not None:
            break
        if not _ENDS_SENTENCE.search(text) or text in anchors:
            break
        if any(text in ln for ln in lines):
            if text in body:
                continue
            break
        found.append(text)
    return found


def lists_left_out(root: etree._Element, body: list[str]) -> list[str]:
    """The body with the lists the extractor left out between two of its paragraphs put back, an item a line
    ('- Đậy kín các dụng cụ chứa nước'): trafilatura drops a short list set between two paragraphs of a short
    text. Such a list has two items or more, no link, and the paragraphs just before and after it in the page
    are consecutive lines of the body."""
    out = list(body)
    for lst in root.iter("ul", "ol"):
        if lst.find(".//a") is not None:
            continue
        items = [norm("".join(li.itertext())) for li in lst.iterchildren("li")]
        if len(items) < 2 or not all(items):
            continue
        before, after = lst.getprevious(), lst.getnext()
        if before is None or after is None:
            continue
        first, last = norm("".join(before.itertext()))[:40], norm("".join(after.itertext()))[:40]
        if not first or not last or any(items[0][:40] in ln for ln in out):
            continue
        at = next(
            (i for i in range(len(out) - 1) if out[i].startswith(first) and out[i + 1].startswith(last)), None
        )
        if at is not None:
            out[at + 1 : at + 1] = [f"- {item}" for item in items]
    return out


def without_overline(body: list[str], title_el: etree._Element) -> list[str]:
    """The body without its opening short lines, no sentence, that the page prints just above the headline (an
    overline or kicker over it: 'Bảo đảm an toàn giao thông dịp Tết' in a 'sur-titre' <p>, a category label)
    or between it and its dateline (a slogan under a site builder's page title): the extractor keeps them as
    the text's first line when it leaves the headline out."""
    para = rules()["title"]["paragraph_chars"]

    def short(line: str) -> bool:
        return len(line) < para and not SENTENCE_END.search(line)

    if not body or not short(body[0]):
        return body  # the text opens with a sentence: nothing to look for above the headline
    nodes = (t for t in preceding_texts(title_el) if t.strip())
    above = {norm(t) for t in itertools.islice(nodes, rules()["body"]["overline_nodes"])}
    # ... or between the headline and its dateline (a site builder's slogan under the page's title)
    between = []
    for text in itertools.islice(
        (t for t in following_texts(title_el) if t.strip()), rules()["body"]["overline_nodes"]
    ):
        if printed_date(text):
            above.update(between)
            break
        between.append(norm(text))
    at = 0
    while at < len(body) and body[at] in above and short(body[at]):
        at += 1
    return body[at:]


_TEXT_AFTER = etree.XPath("following::text()[normalize-space()]")


def text_above(title_el: etree._Element) -> str:
    """The text nodes just above the headline, squashed: a note over the post, not the menus far above."""
    nearest = itertools.islice(preceding_texts(title_el), rules()["body"]["above_headline_nodes"])
    return squashed("".join(reversed(list(nearest))))


def without_text_above(body: list[str], title_el: etree._Element, before: str) -> list[str]:
    """The body without the lines the page prints above its headline (`before`: text_above) and nowhere
    after it (a mirror's or a syndication note over a post: 'Bài viết được đồng bộ tự động từ …') when the
    extractor set them after the text's first line: the article's own text starts at its headline. Such lines
    opening the body are its lead, printed over the headline ('<p class="sapo">' first)."""
    if len(before) < 20:
        return body
    keys = [squashed(ln[:60])[:40] for ln in body]
    if not any(k in before for k in keys):
        return body
    after = squashed("".join(_TEXT_AFTER(title_el)))
    above = [k in before and k not in after for k in keys]
    lead = next((i for i, a in enumerate(above) if not a), len(body))  # a lead printed first opens the text
    return body[:lead] + [ln for ln, a in zip(body[lead:], above[lead:], strict=True) if not a]


def link_density(anchors: set[str], lines: list[str]) -> float:
    total = sum(len(ln) for ln in lines)
    linked = sum(len(ln) for ln in lines if ln in anchors or LIST_MARK.sub("", ln) in anchors)
    return linked / total if total else 0.0


def without(lines: list[str], drop: list[str]) -> list[str]:
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
