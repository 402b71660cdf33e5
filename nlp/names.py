"""Vietnamese personal-name parts: family names and frequent middle names, for name detection."""

from __future__ import annotations

import re

SURNAMES = frozenset("""
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương
Đinh Lâm Phùng Mai Tô Hà Lưu Tạ Châu Quách Thái Cao Lương La Kiều Triệu Hứa Chu Lại Mạc Tăng Từ
Nghiêm Kim Thạch Sơn Lò Giàng Sùng Vàng Hầu Điểu Y Ksor Rơ Nông Lục Hoàng Tống Khổng Khúc Âu
Đàm Mạnh Lã Thân Trà Ninh Bạch Giáp Lạc Quan Diệp Ma Hà Tôn Viên Doãn Kha Trình Tất Vi Nhữ
Chẩu Sầm Hoàng Phí Ưng Lường Cầm Đèo Bế Hoàng Lèo Tòng Thào Vừ Mùa Chế Nhan Giang Lộc
""".split())
MIDDLE_NAMES = frozenset("""
Văn Thị Hữu Đức Công Quốc Minh Xuân Thành Ngọc Kim Thu Hồng Bá Đình Trọng Tấn Quang Thanh Như Hoài
Duy Anh Tiến Việt Mạnh Trung Phước Phúc Thái Hoàng Huy Thế Khắc Doãn Viết Đăng Chí Sỹ Sĩ
""".split())

_SYLLABLE = r"[A-ZÀ-ỸĐ][a-zà-ỹđ]*"
NAME_RE = re.compile(rf"{_SYLLABLE}(?:\s+{_SYLLABLE}){{1,4}}")


def is_capitalized(word: str) -> bool:
    return bool(word) and word[0].isupper() and (len(word) == 1 or not word[1:].isupper())


def looks_like_person_name(words: list[str]) -> bool:
    """2-5 capitalised syllables beginning with a family name ("Nguyễn Văn Hiếu", "Tô Lâm")."""
    return 2 <= len(words) <= 5 and words[0] in SURNAMES and all(is_capitalized(w) for w in words)
