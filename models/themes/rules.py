"""Weak-labeling rules: per-theme cue phrases written from THEMES.md, matched on lowercased text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from danvan.models.themes.labels import THEMES
from danvan.models.themes.text import normalize
from danvan.nlp.normalize import normalize_text


@dataclass(frozen=True, slots=True)
class ThemeRule:
    """Cue phrases of one theme and how many hits make the article about it."""

    theme: str
    strong: tuple[str, ...]
    weak: tuple[str, ...] = ()
    min_weak: int = 4
    min_strong: int = 2


RULES: tuple[ThemeRule, ...] = (
    ThemeRule(
        "dan_van_kheo",
        strong=("dân vận khéo",),
        weak=("mô hình dân vận", "công tác dân vận", "ban dân vận"),
        min_weak=4,
    ),
    ThemeRule(
        "dan_van_chinh_quyen",
        strong=(
            "tiếp công dân",
            "tiếp xúc cử tri",
            "đối thoại với nhân dân",
            "đối thoại với người dân",
            "dân vận chính quyền",
            "khiếu nại, tố cáo",
            "khiếu nại tố cáo",
            "giải quyết khiếu nại",
            "kiến nghị của cử tri",
            "chính phủ kiến tạo",
            "phục vụ nhân dân",
        ),
        weak=(
            "cử tri",
            "khiếu nại",
            "tố cáo",
            "đơn thư",
            "cải cách hành chính",
            "một cửa",
            "đối thoại",
            "bức xúc",
            "kiến nghị",
            "thủ tục hành chính",
            "người dân phản ánh",
        ),
        min_weak=4,
    ),
    ThemeRule(
        "dan_chu_co_so",
        strong=(
            "dân chủ ở cơ sở",
            "dân chủ cơ sở",
            "dân biết, dân bàn",
            "dân biết dân bàn",
            "ban thanh tra nhân dân",
            "giám sát đầu tư của cộng đồng",
        ),
    ),
    ThemeRule(
        "mat_tran_doan_the",
        strong=(
            "mặt trận tổ quốc",
            "mttq",
            "ủy ban mttq",
            "uỷ ban mttq",
            "hiệp thương",
            "đại đoàn kết toàn dân tộc",
            "phản biện xã hội",
            "liên đoàn lao động",
            "công đoàn",
            "hội nông dân",
            "hội liên hiệp phụ nữ",
            "hội phụ nữ",
            "đoàn thanh niên",
            "hội cựu chiến binh",
            "tỉnh đoàn",
            "thành đoàn",
            "trung ương đoàn",
        ),
        weak=("đoàn viên", "hội viên", "đoàn thể", "giám sát", "mặt trận"),
        min_weak=4,
    ),
    ThemeRule(
        "nong_thon_moi_do_thi_van_minh",
        strong=(
            "nông thôn mới",
            "đô thị văn minh",
            "xây dựng đời sống văn hóa ở khu dân cư",
            "toàn dân đoàn kết xây dựng",
        ),
    ),
    ThemeRule(
        "hang_viet",
        strong=(
            "ưu tiên dùng hàng việt nam",
            "ưu tiên dùng hàng việt",
            "dùng hàng việt",
            "hàng việt nam chất lượng cao",
            "hàng việt về nông thôn",
            "tự hào hàng việt",
        ),
        weak=("hàng việt", "hàng nội", "người tiêu dùng", "thương hiệu việt"),
        min_weak=3,
    ),
    ThemeRule(
        "hoc_tap_lam_theo_bac",
        strong=(
            "làm theo tư tưởng",
            "học tập và làm theo",
            "tư tưởng, đạo đức, phong cách hồ chí minh",
            "đạo đức, phong cách hồ chí minh",
            "chỉ thị 05",
            "05-ct/tw",
            "làm theo lời bác",
            "bộ đội cụ hồ",
        ),
        weak=("nêu gương", "chủ tịch hồ chí minh", "bác hồ", "tấm gương", "điển hình tiên tiến"),
        min_weak=4,
    ),
    ThemeRule(
        "xay_dung_dang",
        strong=(
            "xây dựng, chỉnh đốn đảng",
            "xây dựng và chỉnh đốn đảng",
            "nghị quyết trung ương 4",
            "ủy ban kiểm tra trung ương",
            "uỷ ban kiểm tra trung ương",
            "ủy ban kiểm tra tỉnh ủy",
            "kỷ luật đảng",
            "thi hành kỷ luật",
            "kết nạp đảng",
            "đảng viên mới",
            "công tác cán bộ",
            "suy thoái về tư tưởng chính trị",
            "tự diễn biến",
            "tự chuyển hóa",
            "phòng, chống tham nhũng",
            "phòng chống tham nhũng",
            "đại hội đảng bộ",
            "kê khai tài sản",
            "quan điểm sai trái",
            "chuẩn y",
            "ban chấp hành trung ương",
        ),
        weak=(
            "đảng viên",
            "cấp ủy",
            "kiểm tra",
            "kỷ luật",
            "tham nhũng",
            "tỉnh ủy",
            "thành ủy",
            "huyện ủy",
            "bí thư",
            "ban thường vụ",
            "bổ nhiệm",
            "khiển trách",
            "cảnh cáo",
            "cách chức",
            "chi bộ",
            "đảng bộ",
        ),
        min_weak=6,
    ),
    ThemeRule(
        "giam_ngheo_an_sinh",
        strong=(
            "vì người nghèo",
            "nhà đại đoàn kết",
            "giảm nghèo bền vững",
            "hộ nghèo",
            "an sinh xã hội",
            "ngân hàng chính sách xã hội",
            "tín dụng chính sách",
            "nhà tình nghĩa",
            "cứu trợ",
        ),
        weak=("hộ cận nghèo", "khó khăn", "hỗ trợ", "tặng quà", "thoát nghèo", "người nghèo"),
        min_weak=4,
    ),
    ThemeRule(
        "dan_toc_ton_giao",
        strong=(
            "đồng bào dân tộc thiểu số",
            "dân tộc thiểu số",
            "người có uy tín",
            "đồng bào khmer",
            "chức sắc",
            "tín đồ",
            "công tác tôn giáo",
            "công tác dân tộc",
            "ủy ban dân tộc",
            "phật giáo hòa hảo",
            "giáo hội phật giáo",
            "công giáo",
            "tin lành",
            "cao đài",
        ),
        weak=("đồng bào", "tôn giáo", "dân tộc", "khmer", "chùa", "giáo xứ"),
        min_weak=4,
    ),
    ThemeRule(
        "dat_dai_giai_phong_mat_bang",
        strong=(
            "giải phóng mặt bằng",
            "gpmb",
            "bồi thường, hỗ trợ, tái định cư",
            "tái định cư",
            "thu hồi đất",
            "đền bù",
            "bàn giao mặt bằng",
            "cưỡng chế",
        ),
        weak=("bồi thường", "mặt bằng", "đất đai", "tranh chấp đất"),
        min_weak=4,
    ),
    ThemeRule(
        "quoc_phong_an_ninh",
        strong=(
            "toàn dân bảo vệ an ninh tổ quốc",
            "an ninh trật tự cơ sở",
            "dân vận của lực lượng vũ trang",
            "công tác dân vận của quân đội",
            "bộ đội biên phòng",
            "công an xã",
            "quân dân",
            "dân quân tự vệ",
            "tổ an ninh",
            "phong trào toàn dân bảo vệ",
        ),
        weak=("quốc phòng", "an ninh", "quân đội", "bộ đội", "quân sự", "biên phòng"),
        min_weak=5,
    ),
)

assert {r.theme for r in RULES} == set(THEMES)


def _pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    phrases = sorted({normalize(normalize_text(c)) for c in cues}, key=len, reverse=True)
    alternation = "|".join(re.escape(c) for c in phrases)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


_COMPILED = [(r, _pattern(r.strong), _pattern(r.weak)) for r in RULES]


def rule_matches(title: str, body: str) -> dict[str, list[str]]:
    """The themes whose rule fires on an article, each with the cue phrases that fired.

    A rule fires on a strong cue in the title, on `min_strong` strong cues in the article, or on
    `min_weak` cues of either kind: a passing mention is not what an article is about.
    """
    head, norm = normalize(normalize_text(title)), normalize(normalize_text(title + "\n" + body))
    out: dict[str, list[str]] = {}
    for rule, strong, weak in _COMPILED:
        hits = strong.findall(norm) if strong else []
        weak_hits = weak.findall(norm) if weak else []
        if (
            (strong and strong.search(head))
            or len(hits) >= rule.min_strong
            or len(hits) + len(weak_hits) >= rule.min_weak
        ):
            out[rule.theme] = sorted(set(hits) | set(weak_hits))
    return out


def rule_themes(title: str, body: str) -> set[str]:
    """Just the themes whose rule fires on the article."""
    return set(rule_matches(title, body))
