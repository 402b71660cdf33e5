"""Officials on sentences written for the tests: the kinds of errors met in groups 24-25."""

from __future__ import annotations

import pytest


def test_a_sentence_start_after_a_caption_is_no_name(people) -> None:
    text = "Clip: biệt thự của phó giám đốc sở ở Thái Bình Riêng về khoản tiền gửi, ông Lâm chưa kê khai."
    assert people(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn do Bí thư Ban Chấp hành Trung ương Đoàn Trần Minh Khoa dẫn đầu sang thăm Lào.",
            {"Trần Minh Khoa": "Bí thư Ban Chấp hành Trung ương Đoàn"},
        ),
        (
            "Ông Lê Hữu Tài, đại biểu Quốc hội Đoàn Quảng Nam, đề nghị sửa luật.",
            {"Lê Hữu Tài": "đại biểu Quốc hội"},
        ),
        (
            "Giám đốc Sở Xây dựng Đoàn Văn Thành cho biết dự án sắp xong.",
            {"Đoàn Văn Thành": "Giám đốc Sở Xây dựng"},
        ),
    ],
)
def test_doan_is_the_union_or_a_delegation_not_a_family_name(people, text: str, expected: dict) -> None:
    assert people(text) == expected


def test_a_court_word_is_no_name(people) -> None:
    text = "Đoàn sẽ gặp Chủ tịch Tòa Công lý châu Âu và Tổng Thư ký Tòa Trọng tài thường trực."
    assert people(text) == {}


def test_china_abbreviated_before_the_name(people) -> None:
    text = "Phát ngôn viên Bộ Quốc phòng TQ Ngô Khiêm nói rằng cuộc tập trận là bình thường."
    assert people(text) == {"Ngô Khiêm": "Phát ngôn viên Bộ Quốc phòng TQ"}


def test_a_congressman_lowercase_before_the_name_not_a_protest(people) -> None:
    assert people("Theo dân biểu Adam Schiff, phiên điều trần sẽ kéo dài.") == {"Adam Schiff": "dân biểu"}
    assert people("Người dân biểu tình phản đối ông Emmanuel Macron ở Paris.") == {}


def test_a_participle_qualifying_the_position(people) -> None:
    text = "Ông nhắc tới cựu Tổng thống bị lật đổ Mohamed Morsi trong bài phát biểu."
    assert people(text) == {"Mohamed Morsi": "Tổng thống bị lật đổ"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tổng thống Emmanuel Macron đã chỉ trích người tiền nhiệm Francois Hollande về thuế.",
            {"Emmanuel Macron": "Tổng thống", "Francois Hollande": "người tiền nhiệm"},
        ),
        ("HLV Zinedine Zidane đã vượt qua người tiền nhiệm Carlo Ancelotti về số cúp.", {}),
        ("Mourinho giỏi hơn những người tiền nhiệm David Moyes và Louis van Gaal.", {}),
    ],
)
def test_a_successor_is_titled_only_beside_an_official(people, text: str, expected: dict) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Cựu Thống đốc bang Ohio và cựu Đại sứ Mỹ tại Nhật Bản, ông John Kasich vừa lên tiếng.",
            "John Kasich",
            "Thống đốc bang Ohio và cựu Đại sứ Mỹ tại Nhật Bản",
        ),
        (
            "Lãnh đạo phe Dân chủ tại Hạ viện Mỹ, bà Nancy Pelosi, phản đối dự luật.",
            "Nancy Pelosi",
            "Lãnh đạo phe Dân chủ tại Hạ viện Mỹ",
        ),
    ],
)
def test_a_title_opening_the_sentence_then_an_honorific(people, text: str, name: str, title: str) -> None:
    assert people(text) == {name: title}


def test_a_name_between_commas_after_a_title_inside_the_sentence(people) -> None:
    text = "Tổng thống Hàn Quốc đã chọn Thị trưởng thành phố Busan, Oh Keo-don, làm Bộ trưởng Nội vụ."
    assert people(text) == {"Oh Keo-don": "Thị trưởng thành phố Busan"}


def test_a_district_between_commas_is_no_name(people) -> None:
    text = "Hiện nay, cô Hoa đang là Hiệu trưởng Trường Tiểu học Kim Đồng, Bạch Thông, Bắc Kạn."
    assert people(text) == {}


def test_a_dash_before_the_body_the_unit_belongs_to(people) -> None:
    text = "Phóng viên trao đổi với Vụ trưởng Vụ Pháp chế - Bộ Ngoại giao Ba Lan Jan Kowalski về hợp tác."
    assert people(text) == {"Jan Kowalski": "Vụ trưởng Vụ Pháp chế - Bộ Ngoại giao Ba Lan"}


def test_a_football_club_president_is_no_official(people) -> None:
    text = "Cầu thủ đã gặp Chủ tịch đội bóng thành Milan, Paolo Scaroni, tại sân tập."
    assert people(text) == {}
