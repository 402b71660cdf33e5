"""Officials extractor: people named with a position, in the shapes Vietnamese news writes them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from danvan.nlp.extractors.registry import doc_context, doc_text, register, token_starts, token_texts
from danvan.nlp.gazetteer import surface_pattern, surface_to_name
from danvan.nlp.names import SURNAMES, is_capitalized
from danvan.nlp.record import OfficialFact
from spacy.tokens import Doc

_POSITIONS = [
    "Tổng Bí thư",
    "Chủ tịch nước",
    "Phó Chủ tịch nước",
    "Chủ tịch Quốc hội",
    "Phó Chủ tịch Quốc hội",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Bộ trưởng",
    "Thứ trưởng",
    "Bí thư",
    "Phó Bí thư",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Trưởng ban",
    "Phó Trưởng ban",
    "Trưởng Ban",
    "Phó Trưởng Ban",
    "Giám đốc",
    "Phó Giám đốc",
    "Tổng Giám đốc",
    "Phó Tổng Giám đốc",
    "Tổng giám đốc",
    "Phó tổng giám đốc",
    "Chánh án",
    "Phó Chánh án",
    "Viện trưởng",
    "Phó Viện trưởng",
    "Chánh Văn phòng",
    "Phó Chánh Văn phòng",
    "Chánh văn phòng",
    "Chánh Thanh tra",
    "Chánh thanh tra",
    "Phó Chánh Thanh tra",
    "Tổng Thanh tra",
    "Phó Tổng Thanh tra",
    "Cục trưởng",
    "Phó Cục trưởng",
    "Vụ trưởng",
    "Phó Vụ trưởng",
    "Tổng cục trưởng",
    "Phó Tổng cục trưởng",
    "Tư lệnh",
    "Phó Tư lệnh",
    "Chính ủy",
    "Phó Chính ủy",
    "Chỉ huy trưởng",
    "Chỉ huy phó",
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Thượng úy",
    "Trung úy",
    "Thiếu úy",
    "Tổng Thư ký",
    "Tổng thư ký",
    "Ủy viên",
    "Thành ủy viên",
    "Tỉnh ủy viên",
    "Huyện ủy viên",
    "Đại biểu Quốc hội",
    "đại biểu Quốc hội",
    "ĐBQH",
    "Trưởng đoàn",
    "Phó Trưởng đoàn",
    "Trưởng Đoàn",
    "Phó Trưởng Đoàn",
    "Chủ nhiệm",
    "Phó Chủ nhiệm",
    "Hiệu trưởng",
    "Phó Hiệu trưởng",
    "Tổng thống",
    "Phó Tổng thống",
    "Ngoại trưởng",
    "Đại sứ",
    "Tổng Lãnh sự",
    "Lãnh sự",
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Trưởng Phòng",
    "Phó Trưởng Phòng",
    "Trưởng Công an",
    "Phó Trưởng Công an",
    "Người phát ngôn",
    "Thủ trưởng",
    "Trưởng ấp",
    "Trưởng thôn",
    "Trưởng khu phố",
    "Trưởng bản",
    "Tổng Biên tập",
    "Tổng biên tập",
    "Phó Tổng Biên tập",
    "Phó Tổng biên tập",
    "Thẩm phán",
    "Kiểm sát viên",
    "Điều tra viên",
    "Quốc vương",
    "Nhà vua",
    "Thống đốc",
    "Phó Thống đốc",
    "Tổng Kiểm toán Nhà nước",
    "Tổng Kiểm toán",
    "Đồn trưởng",
    "Chính trị viên",
    "Trạm trưởng",
    "Đội trưởng",
    "Phó Đội trưởng",
    "Tiểu đoàn trưởng",
    "Trung đoàn trưởng",
    "Sư đoàn trưởng",
    "Đại đội trưởng",
    "Tổng Tham mưu trưởng",
    "Tham mưu trưởng",
    "Thường trực",
    "Trưởng khoa",
    "Phó Trưởng khoa",
    "Trưởng Khoa",
    "Chủ tịch HĐND",
    "Chủ tịch UBND",
    "Phó Chủ tịch UBND",
    "Phó Chủ tịch HĐND",
    "Trưởng BQL",
    "Trưởng Ban quản lý",
    "Chánh Thanh tra Bộ",
    "Hoàng tử",
    "Công chúa",
    "Tổng Lãnh sự quán",
    "Ủy viên Bộ Chính trị",
    "Ủy viên Trung ương Đảng",
    "Phó Trưởng ban Thường trực",
    "Trưởng trạm",
    "Phó Bí thư Thường trực",
    "Phó Chủ nhiệm Thường trực",
    "Chủ tịch Hội",
    "Chủ tịch Ủy ban",
    "Phó Thủ trưởng",
    "GĐ",
    "PGĐ",
    "TGĐ",
    "Cục phó",
    "Vụ phó",
    "Đại biểu",
    "ĐB",
    "Trưởng Ban Dân vận",
    "Giám đốc Công an",
    "Phó Giám đốc Công an",
    "Trưởng Công an xã",
    "Chủ tịch Hội đồng quản trị",
    "Phó Trưởng Ban Thường trực",
    "Thư ký",
    "Phó Chủ tịch Thường trực",
    "Phó TGĐ",
    "Phó GĐ",
    "Phó phòng",
    "Chi cục trưởng",
    "Phó Chi cục trưởng",
    "Hạt trưởng",
    "Đảng ủy viên",
    "Chủ tịch HĐTV",
    "Chủ tịch HĐQT",
    "Phó Chủ tịch HĐND",
    "Trưởng Ban chỉ đạo",
    "Phó Trưởng Ban chỉ đạo",
    "Bí thư Chi bộ",
    "Tổng Cục trưởng",
    "Phó Chánh án",
    "Trưởng Ban Tổ chức",
]
_POSITION_RE = re.compile(
    r"(?<![\wà-ỹđ])(?:"
    + "|".join(re.escape(p) for p in sorted(set(_POSITIONS), key=len, reverse=True))
    + r")(?![\wà-ỹđ])",
    re.IGNORECASE,
)
_HONORIFIC_WORDS = frozenset(
    {"Ông", "Bà", "Anh", "Chị", "Cô", "Chú", "Bác", "Cụ", "Em", "Đồng", "Ngài", "Đại", "Thầy"}
)
_VN_FINAL = re.compile(
    r"(?:[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụ"
    r"ưừứửữựỳýỷỹỵ]|c|ch|m|n|ng|nh|p|t)$",
    re.IGNORECASE,
)
_NON_VN = re.compile(
    r"[fjwz]|st|sh|pr|br|cr|dr|fr|gr|pl|cl|bl|sl|sk|sp|sc|ck|ll|ss|tt|rr|mm|ff", re.IGNORECASE
)
# Lowercase words that can sit inside a title ("Phó Chủ tịch UBND tỉnh Thanh Hóa").
_TITLE_LOWER = frozenset(
    [
        "tỉnh",
        "thành",
        "phố",
        "huyện",
        "quận",
        "xã",
        "phường",
        "thị",
        "trấn",
        "ủy",
        "viên",
        "nhân",
        "dân",
        "ban",
        "thường",
        "trực",
        "vụ",
        "chấp",
        "hành",
        "trung",
        "ương",
        "đảng",
        "bộ",
        "sở",
        "phòng",
        "đoàn",
        "hội",
        "đồng",
        "chính",
        "trị",
        "quốc",
        "an",
        "ninh",
        "kiểm",
        "tra",
        "tuyên",
        "giáo",
        "vận",
        "tổ",
        "chức",
        "nội",
        "mặt",
        "trận",
        "liên",
        "hiệp",
        "phụ",
        "nữ",
        "nông",
        "thanh",
        "niên",
        "cựu",
        "chiến",
        "binh",
        "công",
        "lao",
        "động",
        "thương",
        "văn",
        "hóa",
        "thể",
        "thao",
        "du",
        "lịch",
        "dục",
        "đào",
        "tạo",
        "y",
        "tế",
        "tài",
        "kế",
        "hoạch",
        "đầu",
        "tư",
        "nguyên",
        "môi",
        "trường",
        "giao",
        "thông",
        "tải",
        "xây",
        "dựng",
        "nghiệp",
        "phát",
        "triển",
        "thôn",
        "khoa",
        "học",
        "nghệ",
        "tin",
        "truyền",
        "pháp",
        "ngoại",
        "ngân",
        "hàng",
        "kho",
        "bạc",
        "thuế",
        "hải",
        "quan",
        "quân",
        "sự",
        "biên",
        "chỉ",
        "huy",
        "cảnh",
        "sát",
        "điều",
        "viện",
        "tòa",
        "án",
        "khóa",
        "nhiệm",
        "kỳ",
        "và",
        "các",
        "cấp",
        "phó",
        "trưởng",
        "thư",
        "ký",
        "tịch",
        "chủ",
        "giám",
        "đốc",
        "đại",
        "biểu",
        "lãnh",
        "đạo",
        "cơ",
        "văn",
        "gia",
        "đình",
        "trẻ",
        "em",
        "nhà",
        "nước",
        "phủ",
        "tướng",
        "lâm",
        "thủy",
        "sản",
        "lực",
        "lượng",
        "vũ",
        "trang",
        "dân",
        "vận",
        "tư",
        "lệnh",
        "quân",
        "khu",
        "hành",
        "chính",
        "thủ",
        "đô",
        "mặt",
        "trận",
        "tổ",
        "quốc",
        "việt",
        "nam",
        "kinh",
        "tế",
        "xã",
        "hội",
        "quản",
        "lý",
        "dự",
        "án",
        "chương",
        "trình",
        "mục",
        "tiêu",
        "dân",
        "tộc",
        "tôn",
        "giáo",
        "thi",
        "đua",
        "khen",
        "thưởng",
        "ủy",
        "ban",
        "cộng",
        "sản",
        "hồ",
        "chí",
        "minh",
        "thường",
        "vụ",
        "trực",
        "tiếp",
        "cấp",
        "ủy",
        "đảng",
        "ủy",
        "huyện",
        "ủy",
        "tỉnh",
        "ủy",
        "thành",
        "ủy",
        "điều",
        "tra",
        "hình",
        "sự",
        "giám",
        "sát",
        "phòng",
        "chống",
        "tham",
        "nhũng",
        "tiếp",
        "công",
        "dân",
        "khối",
        "doanh",
        "nghiệp",
        "tập",
        "đoàn",
        "tổng",
        "công",
        "ty",
        "ty",
        "trưởng",
        "phó",
        "bộ",
        "môn",
        "khu",
        "vực",
        "đồng",
        "bằng",
        "sông",
        "cửu",
        "long",
        "tây",
        "nguyên",
        "miền",
        "nam",
        "bắc",
        "trung",
        "đặc",
        "biệt",
        "quốc",
        "hội",
        "hội",
        "đồng",
        "nhân",
        "dân",
        "chính",
        "phủ",
        "nước",
        "ngoài",
        "giao",
        "mậu",
        "dịch",
        "dầu",
        "khí",
        "điện",
        "lực",
        "bưu",
        "chính",
        "viễn",
        "thông",
        "đài",
        "phát",
        "truyền",
        "hình",
        "báo",
        "tạp",
        "chí",
        "xuất",
        "bản",
        "thông",
        "tấn",
        "xã",
        "tuyên",
        "truyền",
        "cục",
        "vụ",
        "viện",
        "trường",
        "đại",
        "học",
        "quốc",
        "gia",
        "học",
        "viện",
        "cao",
        "đẳng",
        "bệnh",
        "viện",
        "đa",
        "khoa",
        "trung",
        "tâm",
        "y",
        "tế",
        "hộ",
        "quỹ",
        "người",
        "nghèo",
        "tín",
        "dụng",
        "chính",
        "sách",
        "cứu",
        "trợ",
        "thường",
        "trực",
        "hội",
        "đồng",
        "bầu",
        "cử",
        "kiểm",
        "sát",
        "nhân",
        "dân",
        "tối",
        "cao",
        "nông",
        "thôn",
        "mới",
        "mới",
        "người",
        "phát",
        "ngôn",
    ]
)
# Words that end a title and start a clause ("... đến thăm ông X" is not a title of X).
_CLAUSE_WORDS = frozenset(
    """
đã đang sẽ được bị cho với cùng là có tại đến thăm gặp làm nói biết theo khi thì mà nhưng rằng
tiếp trao tặng dự chủ trì phát biểu yêu cầu đề nghị chỉ đạo kiểm tra nhận gửi đón tiễn chúc mời
khẳng định nhấn mạnh cho rằng chia sẻ trả lời hỏi về từ của trong ngoài sau trước nay đây
""".split()
)
_ORG_WORDS = frozenset(
    "Đảng Cộng Hội Ban Bộ Sở Nhà Nước Ủy Quốc Trung Việt Nam Tổ Mặt Trận Chính Phủ Công Ty Tập Viện "
    "Trường Cục Vụ Phòng Đoàn Liên Hiệp Tổng Thành Tỉnh Huyện Xã Phường Quận Đại Học".split()
)
_TIME_WORDS = frozenset(
    {
        "Sáng",
        "Chiều",
        "Tối",
        "Trưa",
        "Đêm",
        "Hôm",
        "Ngày",
        "Sau",
        "Trước",
        "Theo",
        "Tại",
        "Trong",
        "Khi",
        "Dù",
        "Nhưng",
        "Tuy",
        "Còn",
        "Với",
        "Từ",
    }
)
_HONORIFICS = re.compile(r"(?:^|\s)(?:ông|bà|Ông|Bà|đồng chí|Đồng chí|đ/c|Đ/c|ngài|Ngài)\s*$")
_SHORT_REF = re.compile(r"(?:ông|bà|Ông|Bà|đồng chí|Đồng chí)\s+([A-ZÀ-ỸĐ][a-zà-ỹđ]+)(?![\wà-ỹđ])")
_CLAUSE_BREAK = re.compile(r"[,;:!?()\"\n]|(?<!TP)(?<!Tp)\.(?=\s)|\s-\s")
_COUNTRIES = frozenset(
    [
        "Mỹ",
        "Hoa Kỳ",
        "Nga",
        "Trung Quốc",
        "Pháp",
        "Anh",
        "Đức",
        "Nhật Bản",
        "Nhật",
        "Hàn Quốc",
        "Lào",
        "Campuchia",
        "Thái Lan",
        "Ấn Độ",
        "Úc",
        "Ukraine",
        "Triều Tiên",
        "Philippines",
        "Indonesia",
        "Malaysia",
        "Singapore",
        "Myanmar",
        "Cuba",
        "Italy",
        "Canada",
        "Israel",
        "Iran",
        "Syria",
        "Séc",
        "Australia",
        "New Zealand",
        "Brazil",
        "Venezuela",
        "Mexico",
        "Argentina",
        "Chile",
        "Ai Cập",
        "Thổ Nhĩ Kỳ",
        "Hy Lạp",
        "Tây Ban Nha",
        "Bồ Đào Nha",
        "Hà Lan",
        "Bỉ",
        "Thụy Sĩ",
        "Thụy Điển",
        "Na Uy",
        "Đan Mạch",
        "Phần Lan",
        "Ba Lan",
        "Hungary",
        "Mông Cổ",
        "Kazakhstan",
        "Belarus",
        "EU",
        "LHQ",
        "Liên hợp quốc",
        "Palestine",
        "Iraq",
        "Afghanistan",
        "Pakistan",
        "Bangladesh",
        "Sri Lanka",
        "Nepal",
        "Brunei",
        "Đông Timor",
        "Nam Phi",
        "Nigeria",
        "Kenya",
        "Ethiopia",
    ]
)
_LATIN_ORG_WORDS = frozenset(
    "Capital Group Bank Corp Corporation Holdings Software Company Ltd JSC Vina Tech Media Airlines "
    "Airways Motors Land Invest Resort Hotel Fund Securities Partners Foods Pharma Telecom Energy Power "
    "Global International Vietnam Viet Center Centre Mall Plaza Tower City Park Club United".split()
)
_ADMIN_BEFORE = re.compile(
    r"(?:huyện|xã|phường|quận|thị xã|thị trấn|ấp|thôn|bản|tỉnh|đường|phố|Huyện|Xã|Phường|Quận)\s+$"
)
_LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?$")
_PHOTO_CREDIT = re.compile(r"(?:Ảnh|ảnh|Nguồn|Video|Clip|Bài và ảnh|Bài, ảnh)\s*:?\s*$")


@dataclass(slots=True)
class _Person:
    name: str
    titles: list[str] = field(default_factory=list)
    first: int = 0
    end: int = 0
    mentions: int = 0


def _name_runs(doc: Doc) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised underthesea tokens: (start_char, end_char, token texts)."""
    text = doc_text(doc)
    runs: list[tuple[int, int, list[str]]] = []
    current: list[tuple[int, str]] = []  # (start char, token text)

    def flush() -> None:
        if current:
            runs.append((current[0][0], current[-1][0] + len(current[-1][1]), [t for _, t in current]))
            current.clear()

    for idx, tok_text in zip(token_starts(doc), token_texts(doc), strict=True):
        if not tok_text[:1].isupper():
            flush()
            continue
        # a token opening with a capital letter is never punctuation
        words = tok_text.split(" ")
        lead = 0
        while lead < len(words) - 2 and words[lead] in _HONORIFIC_WORDS:
            lead += 1
        caps = 0
        while caps < len(words) and is_capitalized(words[caps]) and words[caps].isalpha():
            caps += 1
        proper = caps == len(words)
        if (not proper and caps - lead >= 2) or (proper and lead):
            # "Ông Trần Văn A" or "Trần Quốc Trung thăm": an honorific or a verb glued to the name
            flush()
            offset = len(" ".join(words[:lead])) + (1 if lead else 0)
            part = " ".join(words[lead:caps])
            runs.append((idx + offset, idx + offset + len(part), [part]))
            continue
        if proper and current and text[current[-1][0] + len(current[-1][1]) : idx] == " ":
            current.append((idx, tok_text))
            continue
        flush()
        if proper:
            current.append((idx, tok_text))
    flush()
    return [_drop_honorific(run) for run in runs]


def _drop_honorific(run: tuple[int, int, list[str]]) -> tuple[int, int, list[str]]:
    """ "Ông Nguyễn Văn Minh" at a sentence start: the honorific is not part of the name."""
    start, end, tokens = run
    while tokens and tokens[-1].split(" ")[-1] in _TIME_WORDS and len(" ".join(tokens).split()) > 2:
        # "... Kim Tiến Chiều 14.6": the next sentence's first word glued to the name
        last = tokens[-1].rsplit(" ", 1)
        end -= len(last[-1]) + 1
        tokens = tokens[:-1] + ([last[0]] if len(last) > 1 else [])
    words = " ".join(tokens).split(" ")
    if len(words) > 2 and words[0] in _HONORIFIC_WORDS:
        first = tokens[0].split(" ", 1)
        tokens = ([first[1]] if len(first) > 1 else []) + tokens[1:]
        start += len(words[0]) + 1
    return start, end, tokens


def _person_in_run(tokens: list[str]) -> tuple[int, str] | None:
    """Index of the token where the person's name starts, and the name."""
    provinces = surface_to_name()
    best = None
    for i in range(len(tokens) - 1, -1, -1):
        first = tokens[i].split(" ")[0]
        if first in SURNAMES and tokens[i] not in provinces:
            syllables = sum(len(t.split(" ")) for t in tokens[i:])
            if 2 <= syllables <= 5:
                best = i
            elif syllables > 5:
                break
    if best is None:
        return None
    return best, " ".join(tokens[best:])


def _fallback_name(text: str, run_start: int, tokens: list[str]) -> tuple[tuple[int, str] | None, bool]:
    """A name with an unlisted family name, accepted only right after an honorific or a title."""
    provinces = surface_to_name()
    names = [t for t in tokens if t not in _COUNTRIES and t not in provinces]
    if not names or len(names) != len([t for t in tokens[len(tokens) - len(names) :]]):
        return None, False
    words = [w for t in names for w in t.split(" ")]
    if not 2 <= len(words) <= 4 or any(w in _ORG_WORDS for w in words):
        return None, False
    index = len(tokens) - len(names)
    after_country = index > 0 and tokens[index - 1] in _COUNTRIES
    latin = all(_LATIN_NAME.match(w) for w in words) and not any(w in _LATIN_ORG_WORDS for w in words)
    if latin and (after_country or any(_NON_VN.search(w) or not _VN_FINAL.search(w) for w in words)):
        return (index, " ".join(names)), True
    before = text[max(0, run_start - 40) : run_start]
    if index == 0 and (_HONORIFICS.search(before) or re.search(r"(?:[Đđ]ại biểu|ĐB|ĐBQH)\s*$", before)):
        return (index, " ".join(names)), False
    return None, False


def _title_words_ok(span: str) -> bool:
    words = re.findall(r"[\wà-ỹđĐ.]+", span)
    if len(words) <= 9 and not any(w.casefold() in _CLAUSE_WORDS for w in words):
        return True
    for word in words:
        if word[0].isupper() or word[0].isdigit() or word.casefold() in _TITLE_LOWER:
            continue
        if re.fullmatch(r"[IVXLC]+", word):
            continue
        return False
    return True


def _trim_title(segment: str) -> str:
    """The title at the start of `segment`, cut before the first word that cannot be in a title."""
    out = []
    words = segment.split()
    for i, word in enumerate(words):
        bare = word.strip(".,")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (
            bare in SURNAMES
            and is_capitalized(nxt)
            and f"{bare} {nxt}" not in surface_to_name()
            and f"{bare} {nxt}" not in _COUNTRIES
            and bare not in _COUNTRIES
        ):
            break  # another person's name begins
        if bare and (
            bare[0].isupper()
            or bare[0].isdigit()
            or bare.casefold() in _TITLE_LOWER
            or re.fullmatch(r"[IVXLC]+", bare)
            or bare in {"TP.", "TP"}
        ):
            out.append(word)
            continue
        break
    return " ".join(out).strip(" ,.")


def _left_title(text: str, start: int) -> str | None:
    window = re.sub(r"\s*\([A-ZĐ][A-Za-zĐ-]{1,12}\)", "", text[max(0, start - 160) : start])
    breaks = list(_CLAUSE_BREAK.finditer(window))
    clause = window[breaks[-1].end() :] if breaks else window
    matches = list(_POSITION_RE.finditer(clause))
    for m in matches:
        span = _HONORIFICS.sub("", clause[m.start() :].strip()).strip()
        if _title_words_ok(_HONORIFICS.sub("", clause[m.end() :])):
            return span.strip(" ,")
    if (
        _HONORIFICS.search(clause)
        and breaks
        and clause.strip() in {"ông", "bà", "Ông", "Bà", "đồng chí", "Đồng chí"}
    ):
        prev_end = breaks[-1].start()
        earlier = list(_CLAUSE_BREAK.finditer(window, 0, prev_end))
        prev = window[earlier[-1].end() if earlier else 0 : prev_end].strip()
        pm = _POSITION_RE.search(prev)
        if pm and _title_words_ok(prev[pm.end() :]):
            return prev[pm.start() :]
    return None


_FORMER = re.compile(r"^(?:nguyên|Nguyên|cựu|Cựu|nay là|hiện là)\s+")
_COPULA = re.compile(r"^\s+(?:là|làm|giữ chức|hiện là|đang là|nguyên là|được bầu làm|được bổ nhiệm làm)\s+")


def _right_title(text: str, end: int) -> str | None:
    after = text[end : end + 240]
    cop = _COPULA.match(after)
    if cop:
        rest = _FORMER.sub("", after[cop.end() :])
        if _POSITION_RE.match(rest):
            trimmed = _trim_title(re.split(r"(?<!TP)\.\s|[,:;(]", rest, maxsplit=1)[0])
            return trimmed or None
    m = re.match(r"^\s*(?:\((?P<paren>[^)\n]{3,150})\)|[,-]\s*(?P<list>[^\n]{3,240}))", after)
    if not m:
        return None
    if m.group("paren"):
        inner = _FORMER.sub("", m.group("paren").strip())
        return inner if _POSITION_RE.match(inner) else None
    parts = []
    listed = re.split(r"(?<!TP)\.\s|:|;", m.group("list"), maxsplit=1)[0]
    for segment in re.split(r",\s*", listed):
        segment = _FORMER.sub("", segment.strip())
        if not _POSITION_RE.match(segment):
            break
        trimmed = _trim_title(segment)
        if not trimmed:
            break
        parts.append(trimmed)
        if trimmed != segment.strip(" ,."):
            break
    return ", ".join(parts) if parts else None


def _merge_short_forms(people: dict[str, _Person]) -> None:
    """ "bà Kim Thoa" after "bà Hồ Thị Kim Thoa": the shorter name is the same person."""
    for key in list(people):
        person = people[key]
        words = key.split(" ")
        if len(words) > 2:
            continue
        full = next(
            (
                p
                for k, p in people.items()
                if k != key and len(k.split(" ")) > len(words) and k.split(" ")[-len(words) :] == words
            ),
            None,
        )
        if full is not None:
            full.mentions += person.mentions
            full.titles.extend(t for t in person.titles if t not in full.titles)
            del people[key]


def _province_of(title: str) -> str | None:
    names = surface_to_name()
    for m in surface_pattern().finditer(title):
        return names[m.group(0)]
    return None


@register("officials")
def extract_officials(doc: Doc) -> list[tuple[int, int, OfficialFact]]:
    text = doc_text(doc)
    people: dict[str, _Person] = {}
    for run_start, _run_end, tokens in _name_runs(doc):
        if _ADMIN_BEFORE.search(text[max(0, run_start - 12) : run_start]) and (
            len(tokens[0].split(" ")) <= 2
        ):
            # "huyện Triệu Phong" is a place; "UBND tỉnh Trần Văn Lâu" is a person
            if len(tokens) == 1:
                continue
            run_start += len(tokens[0]) + 1
            tokens = tokens[1:]
        found = _person_in_run(tokens)
        foreign = False
        if found is None:
            found, foreign = _fallback_name(text, run_start, tokens)
            if found is None:
                continue
        index, name = found
        start = run_start + len(" ".join(tokens[:index])) + (1 if index else 0)
        end = start + len(name)
        prefix = " ".join(tokens[:index])
        left = _left_title(text, run_start)
        if left and prefix:
            left = f"{left} {prefix}".strip()
        elif prefix and _POSITION_RE.search(prefix):
            left = prefix
        right = _right_title(text, end)
        if foreign and not left:
            continue
        if _PHOTO_CREDIT.search(text[max(0, start - 12) : start]):
            continue
        titles = [t for t in (left, right) if t]
        if not titles:
            key = name.casefold()
            if key in people:
                people[key].mentions += 1
            continue
        person = people.setdefault(name.casefold(), _Person(name=name, first=start, end=end))
        person.mentions += 1
        for t in titles:
            if t not in person.titles:
                person.titles.append(t)

    byline = doc_context(doc).get("byline_title")
    author = doc_context(doc).get("author")
    if byline and author:
        key = author.casefold()
        person = people.get(key) or people.setdefault(key, _Person(name=author.title()))
        if byline not in person.titles:
            person.titles.append(byline)

    for m in _SHORT_REF.finditer(text):
        given = m.group(1)
        for person in people.values():
            if person.name.split(" ")[-1] == given and person.titles:
                person.mentions += 1
                break

    _merge_short_forms(people)
    out = []
    for person in people.values():
        if not person.titles:
            continue
        title = max(person.titles, key=len)
        out.append(
            (
                person.first,
                person.end,
                OfficialFact(
                    name=person.name,
                    title=title,
                    province=_province_of(title),
                    titles=person.titles,
                    mentions=person.mentions,
                ),
            )
        )
    return sorted(out, key=lambda x: x[0])
