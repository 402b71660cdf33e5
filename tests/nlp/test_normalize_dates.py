"""Normalisation and Vietnamese date parsing."""

from datetime import date

import pytest
from danvan.nlp.dates import is_dateline, parse_date
from danvan.nlp.normalize import fold_diacritics, normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Thanh Hoá", "Thanh Hóa"),
        ("hoà bình", "hòa bình"),
        ("Thành uỷ", "Thành ủy"),
        ("quý", "quý"),
        ("khoẻ", "khỏe"),
        ("“Dân vận khéo” – mô hình", '"Dân vận khéo" - mô hình'),
        ("''Người tốt''", '"Người tốt"'),
        ("Ðảng", "Đảng"),
        ("a\u00a0 b", "a b"),
    ],
)
def test_normalize(raw, expected):
    assert normalize_text(raw) == expected


def test_nfc():
    decomposed = "Ha\u0323u Giang"  # combining dot below
    assert normalize_text(decomposed) == "Hạu Giang"


def test_fold():
    assert fold_diacritics("Dân vận khéo, Đắk Lắk") == "Dan van kheo, Dak Lak"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ Hai, 14 Tháng 7, 2025", date(2025, 7, 14)),
        ("Thứ Tư, 19/6/2024", date(2024, 6, 19)),
        ("Chủ Nhật, 25/8/2019 10:13'(GMT+7)", date(2019, 8, 25)),
        ("Thứ ba, 15/10/2024, 16:41 PM", date(2024, 10, 15)),
        ("Ngày 7.12.2021, Thành ủy ban hành", date(2021, 12, 7)),
        ("15-10-2024", date(2024, 10, 15)),
        ("ngày 15 tháng 5 năm 2016", date(2016, 5, 15)),
        ("18 Thg 06 2024", date(2024, 6, 18)),
        ("17 thg 3, 2024", date(2024, 3, 17)),
        ("Thứ Ba, 20/8/24 - 09:15", date(2024, 8, 20)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_year_from_context():
    assert parse_date("ngày 14/10, Ban Dân vận", default_year=2024) == date(2024, 10, 14)
    assert parse_date("ngày 14/10, Ban Dân vận") is None


def test_not_dates():
    assert parse_date("tăng 12,27% với 1.177 cá nhân") is None
    assert parse_date("hoàn thành 18/18 chỉ tiêu") is None


def test_dateline():
    assert is_dateline("Thứ Tư, 19/6/2024")
    assert is_dateline("14 Tháng 6, 2024")
    assert is_dateline("17 thg 3, 2024")
    assert not is_dateline("Ngày 7.12.2021, Thành ủy Cần Thơ đã ban hành nghị quyết")
