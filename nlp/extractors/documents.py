"""Document extractor: numbered party and state documents with type, number, date, issuer and title."""

from __future__ import annotations

import re

from danvan.nlp.dates import find_dates
from danvan.nlp.extractors.document_issuers import clean_issuer
from danvan.nlp.extractors.registry import doc_context, doc_text, register
from danvan.nlp.record import DocumentFact
from spacy.tokens import Doc

_TYPES = [
    "Nghị quyết liên tịch",
    "Thông tư liên tịch",
    "Nghị quyết",
    "Chỉ thị",
    "Quyết định",
    "Quy định",
    "Kết luận",
    "Công văn",
    "Quy chế",
    "Đề án",
    "Thông tư",
    "Nghị định",
    "Luật",
    "Thông báo",
    "Kế hoạch",
    "Hướng dẫn",
    "Pháp lệnh",
    "Văn bản",
    "Chương trình hành động",
    "Chương trình",
]
_TYPE_ALT = "|".join(
    sorted(
        {t for t in _TYPES}
        | {t[0].lower() + t[1:] for t in _TYPES}
        | {t.replace("liên tịch", "Liên tịch") for t in _TYPES}  # "Thông tư Liên tịch số ..."
        | {t[0].lower() + t[1:].replace("liên tịch", "Liên tịch") for t in _TYPES},
        key=len,
        reverse=True,
    )
)
# ("19-2017/NQ-CP": a year after a dash only before the slash of the code)
# ("67/2014 NĐ-CP": a space typed for the slash between the year and the type's code)
_CODE = (
    r"\d+[A-Za-z]?(?:\s?[/-]\s?[A-Za-zĐđƯư0-9.]*[A-Za-zĐđƯư][A-Za-zĐđƯư0-9.]*|/\d{4}"
    r"(?:\s(?:NĐ|QĐ|TT|NQ|CT|TTLT|NQLT)(?=-))?|-\d{4}(?=/))+"
)
_NUMBER = rf"(?:{_CODE}|\d+)"
_DOC = re.compile(
    rf"(?P<type>{_TYPE_ALT})(?P<so>\s+(?:mang số|có số|số|Số|số hiệu)\s*:?)?\s*(?P<num>{_NUMBER})(?![\w/-])"
)
# "Luật Thanh tra số 56/2010/QH12", "Kết luận Thanh tra số 05/KL-TTr": the law's name or the issuer between
# the type and "số"; only a code is read there, not a plain number
_NAMED_DOC = re.compile(
    rf"(?<![Bb]ộ\s)(?P<type>{_TYPE_ALT})\s+[A-ZĐ][\wà-ỹđĐ&-]*(?:\s+[\wà-ỹđĐ&-]+){{0,7}}?\s+(?:số|Số)\s*:?\s*"
    rf"(?P<num>{_CODE})(?![\w/-])"
)
# the year a plain number was issued in: "Nghị định 86 năm 2014" (not a plan's years: "kế hoạch 5 năm
# 2016-2020", nor a duration: "Luật 10 năm")
_ISSUE_YEAR = re.compile(r"\s+năm\s+(?:19|20)\d\d(?![\d/.-]|\s*[-–]\s*\d)")
# the issuer right after a plain number (or its year): "nghị quyết 39 của Bộ Chính trị"
_ISSUED_BY = re.compile(r"(?:\s+năm\s+(?:19|20)\d\d)?\s+của\s+(?:[A-ZĐ]|Ủy|UB)")
_MORE = re.compile(rf"^\s*(?:,|và|;|,\s*và)\s*(?:(?:số|Số)\s*)?(?P<num>{_CODE})(?![\w/-])")
# "Quyết định số 2356, 2357 và 2358": plain numbers continue a list opened with "số"
_MORE_PLAIN = re.compile(r"^\s*(?:,|và|;|,\s*và)\s*(?:(?:số|Số)\s*)?(?P<num>\d+)(?![\w/.,-]\d|[\w/-])")
_BARE_CODE = re.compile(
    r"(?<![\w/-])(?P<num>\d+[A-Za-z]?-(?:NQ|CT|QĐ|QĐi|KL|CV|QC|ĐA|TB|KH|HD|QyĐ)"
    r"(?:[A-Za-zĐđ]*)/[A-ZĐ][A-Za-zĐđƯư0-9]*"
    # (a space after the issuer's dash is a typing slip: "858/QĐ- BVHTTDL")
    r"|\d+/\d{4}/(?:NĐ|QĐ|TT|NQ|CT|TTLT|NQLT)-\s?[A-ZĐa-zđ0-9-]+"
    r"|\d+/(?:NĐ|QĐ|NQ|CT|KL|ĐA|QC|TB|KH|HD|CV)-\s?[A-ZĐ][A-Za-zĐđ0-9-]*)(?![\w/-])"
)
_UNNUMBERED = re.compile(
    r"(?P<type>Nghị quyết|Luật|Quy chế|Chỉ thị|Kết luận|Nghị định)\s+"
    r"(?P<name>(?:Trung ương|Đại hội)[^,.;:()\n]{0,60}?(?:\s*\(khóa [IVXLC]+\))?"
    r"(?=[,.;:\n]|\s+(?:của|và|về|đã|được|là)\b)"
    r"|[A-ZĐ][a-zà-ỹđ]+(?:\s+(?!(?:và|của|được|đã|theo|là|có|trong|với|cho|để|nhằm|gắn|năm|này|"
    r"tại|khi|thì|vào|từ|đến|sẽ|cũng|đều|về|như|mà|do|bởi|qua)\b)[\wà-ỹđĐ-]+){0,7})"
)

_CODE_TYPES = [
    ("NQLT", "Nghị quyết liên tịch"),
    ("TTLT", "Thông tư liên tịch"),
    ("QĐi", "Quy định"),
    ("QyĐ", "Quy định"),
    ("NQ", "Nghị quyết"),
    ("CT", "Chỉ thị"),
    ("QĐ", "Quyết định"),
    ("KL", "Kết luận"),
    ("CV", "Công văn"),
    ("QC", "Quy chế"),
    ("ĐA", "Đề án"),
    ("TB", "Thông báo"),
    ("KH", "Kế hoạch"),
    ("HD", "Hướng dẫn"),
    ("NĐ", "Nghị định"),
    ("TT", "Thông tư"),
]
_TYPE_OF_CODE = dict(_CODE_TYPES)
_ISSUERS = [
    (r"/BDVTW\b", "Ban Dân vận Trung ương"),
    (r"/BTGTW\b", "Ban Tuyên giáo Trung ương"),
    (r"/BTCTW\b", "Ban Tổ chức Trung ương"),
    (r"/UBKTTW\b", "Ủy ban Kiểm tra Trung ương"),
    (r"/VPTW\b", "Văn phòng Trung ương Đảng"),
    (r"/TW\b", "Trung ương Đảng"),
    (r"/BDVTU\b", "Ban Dân vận Tỉnh ủy"),
    (r"/TU\b", "Tỉnh ủy"),
    (r"/HU\b", "Huyện ủy"),
    (r"/QU\b", "Quận ủy"),
    (r"/ĐU\b", "Đảng ủy"),
    (r"-TTg\b", "Thủ tướng Chính phủ"),
    (r"-CP\b", "Chính phủ"),
    (r"/QH\d*\b", "Quốc hội"),
    (r"UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    (r"-UBND\b", "Ủy ban nhân dân"),
    (r"-HĐND\b", "Hội đồng nhân dân"),
    (r"-MTTQ|UBTƯMTTQ", "Ủy ban Trung ương MTTQ Việt Nam"),
]
_OF_ISSUER = re.compile(
    r"^\s*(?:,\s*)?(?:(?:ban hành\s+)?ngày\s+[\d/.\-]+\s*|năm\s+(?:19|20)\d\d\s+)?(?:,\s*)?"
    r"của\s+(?P<who>[^,;.:()\n\"]+)"
)
_ISSUER_STOP = re.compile(
    r"\s+(?:về|và|khóa|nhiệm kỳ|ngày|năm|số|đã|được|nhằm|với|trong|cho|tại|theo|là|và các|đối với|"
    r"quy định|hướng dẫn|thực hiện|trên|gắn|để|mà)(?:\s|$).*$"
)
_TITLE_QUOTED = re.compile(r'^[^"\n]{0,80}?"(?P<t>[^"\n]{3,250})"')
_TITLE_VE = re.compile(r"^(?:[^,.;\n]{0,80}?\s)?(?P<t>[Vv]ề\s+[^;.\n()\"]{5,200}?)(?=[;.\n(\"]|,\s|$)")


# "05/KL-TTr", "20/2017/NĐ-CP": the type's code between the (year's) slash and the issuer's dash
_SLASH_TYPE = re.compile(r"^\d+[A-Za-z]?/(?:\d{4}/)?([^/-]+)-")


def _type_from_code(number: str) -> str | None:
    slashed = _SLASH_TYPE.match(number)
    if slashed and slashed.group(1) in _TYPE_OF_CODE:
        return _TYPE_OF_CODE[slashed.group(1)]  # (not the issuer's "TT" in "05/KL-TT")
    suffix = number.split("-", 1)[1] if "-" in number else number.split("/", 1)[-1]
    for code, full in _CODE_TYPES:
        if re.match(rf"{code}\b|{code}[/-]", suffix):
            return full
    for code, full in _CODE_TYPES:
        if f"/{code}-" in number or f"/{code}/" in number:
            return full
    return None


def _issuer_from_code(number: str) -> str | None:
    for pattern, issuer in _ISSUERS:
        if re.search(pattern, number):
            return issuer
    return None


def _normal_type(written: str, number: str | None) -> str:
    written = written[0].upper() + written[1:].replace("Liên tịch", "liên tịch")
    if written in {"Văn bản", "Chương trình"} and number:
        return _type_from_code(number) or written
    if written == "Chương trình hành động":
        return "Chương trình"
    return written


def _details(
    text: str, end: int, number: str, year: int | None, joint: bool = False
) -> tuple[str | None, str | None, str | None]:
    after = text[end : end + 320]
    date = None
    head = after[:40]
    for match in find_dates(head, year):
        if match.value and re.match(r"^\s*,?\s*(?:ban hành\s+)?(?:ngày\s+)?$", head[: match.start]):
            date = match.value.isoformat()
        break
    issuer = None
    m = _OF_ISSUER.match(after)
    if m:
        who = m.group("who").strip()
        if joint:  # "của Chính phủ và Ủy ban Trung ương MTTQ Việt Nam": both issued it
            who = who.replace(" và ", " \x00 ")
        issuer = _ISSUER_STOP.sub("", " " + who).strip().replace("\x00", "và")
        issuer = re.sub(r"\s+(?:khóa\s+)?[IVXLC]+$", "", issuer).strip()
        if len(issuer.split()) > (16 if joint else 9) or not issuer[:1].isupper():
            issuer = None
        issuer = clean_issuer(issuer) if issuer else None
    issuer = issuer or _issuer_from_code(number)
    title = None
    q = _TITLE_QUOTED.match(after)
    if q and '"' not in after[: q.start("t") - 1].replace('"', "", 1):
        title = q.group("t").strip()
    else:
        v = _TITLE_VE.match(after)
        if v:
            title = v.group("t").strip()
    return date, issuer, title


@register("documents")
def extract_documents(doc: Doc) -> list[tuple[int, int, DocumentFact]]:
    text = doc_text(doc)
    year = doc_context(doc).get("year")
    found: dict[tuple[str, str | None], tuple[int, int, DocumentFact]] = {}
    covered: list[tuple[int, int]] = []

    def add(start: int, end: int, dtype: str, number: str | None, details_end: int) -> None:
        number = re.sub(r"\s+", "", number).rstrip(".") if number else None
        key = (dtype, number.casefold() if number else None)
        covered.append((start, end))  # a repeated mention too: its code is not read again as a bare one
        if key in found:
            found[key][2].mentions += 1
            return
        date, issuer, title = _details(text, details_end, number or "", year, "liên tịch" in dtype)
        found[key] = (start, end, DocumentFact(dtype, number, date, issuer, title))

    for m in _DOC.finditer(text):
        number = m.group("num")
        has_code = not number.isdigit()
        if not has_code and not m.group("so"):
            # "Chỉ thị 05" is numbered; "Nghị quyết 2017" or "Luật 2013" is a year
            if len(number) == 4 and number.startswith(("19", "20")):
                continue
            if re.match(
                r"\s*(?:%|người|năm|tháng|ngày)", text[m.end() : m.end() + 8]
            ) and not _ISSUE_YEAR.match(text, m.end()):
                continue
        written = m.group("type")
        if written[0].islower() and not (m.group("so") or has_code or _ISSUED_BY.match(text, m.end())):
            continue  # "theo quy định 3 ..." is prose; "nghị quyết 39 của Bộ Chính trị" is a document
        dtype = _normal_type(written, number)
        if dtype == "Luật" and not has_code and not m.group("so"):
            continue
        add(m.start(), m.end(), dtype, number, m.end())
        pos = m.end()
        while True:
            more = _MORE.match(text[pos : pos + 60]) or (
                _MORE_PLAIN.match(text[pos : pos + 60]) if m.group("so") and not has_code else None
            )
            if not more:
                break
            num2 = more.group("num")
            add(
                pos + more.start("num"),
                pos + more.end("num"),
                _type_from_code(num2) or dtype,
                num2,
                pos + more.end(),
            )
            pos += more.end()

    for m in _NAMED_DOC.finditer(text):
        if not any(s <= m.start("num") < e for s, e in covered):
            add(m.start(), m.end(), _normal_type(m.group("type"), m.group("num")), m.group("num"), m.end())

    for m in _BARE_CODE.finditer(text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        number = m.group("num")
        dtype = _type_from_code(number)
        if dtype:
            add(m.start(), m.end(), dtype, number, m.end())

    for m in _UNNUMBERED.finditer(text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        name = m.group("name").strip()
        if re.match(r"^[Ss]ố\b|^\d", name) or re.search(r"\s[Ss]ố\s*\d", name):
            # "Kết luận Thanh tra số 05/KL-TTr": numbered after its issuer, read from the code
            continue
        dtype = m.group("type")
        key = (dtype, None, name.casefold())
        if any(f[2].number is None and f[2].title == name for f in found.values()):
            continue
        fact = DocumentFact(dtype, None, None, None, name)
        found[(dtype + " " + name, None)] = (m.start(), m.end(), fact)
        del key
    _short_forms_merged(found)
    return sorted(found.values(), key=lambda x: x[0])


def _short_forms_merged(found: dict[tuple[str, str | None], tuple[int, int, DocumentFact]]) -> None:
    """ "Nghị định 24" after "Nghị định 24/2014/NĐ-CP": a plain number that opens a code found with the same
    type is a short mention of that document, not another one."""
    coded = {
        (key[0], re.split(r"[/-]", key[1], maxsplit=1)[0]): key
        for key in found
        if key[1] and not key[1].isdigit()
    }
    for key in [k for k in found if k[1] and k[1].isdigit()]:
        full = coded.get((key[0], key[1]))
        if full is not None:
            found[full][2].mentions += found.pop(key)[2].mentions
