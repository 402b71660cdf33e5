"""Officials (and documents) on sentences written for the tests: the kinds of errors met in groups 22-23."""

from __future__ import annotations

import pytest
from danvan.nlp.normalize import normalize_text


def documents(extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extractor.doc("", text, {"year": None})
    return [(d.type, d.number, d.issuer) for d in doc.user_data["facts"]["documents"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tại buổi làm việc, ông Cấn Quốc Huy, Phó Giám đốc Sở Xây dựng, báo cáo tình hình.", "Cấn Quốc Huy"),
        ("Theo bà Chử Thành Lan, Trưởng phòng Y tế huyện, số ca bệnh đã giảm.", "Chử Thành Lan"),
        ("Ông Đậu Việt Cường, Chánh Văn phòng UBND tỉnh, cho biết thêm.", "Đậu Việt Cường"),
    ],
)
def test_unlisted_family_name_with_an_organisation_word_as_middle_name(people, text: str, name: str) -> None:
    assert list(people(text)) == [name]


def test_family_name_dong_is_no_honorific(people) -> None:
    text = "Ông Đồng Minh Khải, Chánh Văn phòng UBND huyện, cho biết thêm về dự án."
    assert list(people(text)) == ["Đồng Minh Khải"]


def test_degree_glued_to_the_name(people) -> None:
    text = "Theo TS.Lê Hoài Nam, Viện trưởng Viện Kinh tế, mức tăng là hợp lý; PGS.TS.Vũ Thị Hạnh đồng ý."
    assert people(text) == {"Lê Hoài Nam": "Viện trưởng Viện Kinh tế"}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Tổng thư kí Liên minh châu Phi Ahmed Salim phát biểu khai mạc.",
            "Ahmed Salim",
            "Tổng thư kí Liên minh châu Phi",
        ),
        ("Chánh biện lý Mark Keller cho rằng vụ án cần điều tra thêm.", "Mark Keller", "Chánh biện lý"),
        (
            "Dự họp có Vụ trưởng Vụ Đông Nam Á, Trưởng SOM ASEAN của Philippines, ông Mark Santos.",
            "Mark Santos",
            "Trưởng SOM ASEAN của Philippines",
        ),
    ],
)
def test_positions_spelt_otherwise_or_of_diplomacy(people, text: str, name: str, title: str) -> None:
    assert people(text) == {name: title}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Truyền thông cho biết lãnh đạo Cuba Raul Castro đã tiếp đoàn.", "Raul Castro", "lãnh đạo Cuba"),
        ("Lãnh đạo Triều Tiên Kim Jong Un thị sát một nhà máy.", "Kim Jong Un", "Lãnh đạo Triều Tiên"),
        ("Ông Robert Lowe, lãnh đạo Ireland, đến Hà Nội.", "Robert Lowe", "lãnh đạo Ireland"),
    ],
)
def test_leader_of_a_foreign_country(people, text: str, name: str, title: str) -> None:
    assert people(text) == {name: title}


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn lãnh đạo Lào Cai Nguyễn Văn Vịnh đã tới thăm.",  # a province, not the country Lào
        "Lãnh đạo Sở Y tế Trần Văn Minh cho biết.",
    ],
)
def test_leader_of_no_country_is_no_title(people, text: str) -> None:
    assert people(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch HĐQT Sabeco cho biết sẽ tăng vốn.",
        "Phó Tổng thư ký Liên đoàn Caribe đã tới dự.",
        "Giám đốc Công ty cổ phần Hanel 3 đã ký hợp đồng.",
        "Giám đốc Công ty công ích Q.3 nhận trách nhiệm.",
        "Bà Lê Thu Hà, Hiệu trưởng trường Mầm non tư thục Hoa Mai, phát biểu.",
    ],
)
def test_one_word_of_a_body_is_no_person(people, text: str) -> None:
    assert "Sabeco" not in people(text)
    assert all(len(name.split()) > 1 for name in people(text))


def test_region_glued_by_a_hyphen_is_split_and_no_name(people) -> None:
    assert normalize_text("châu Á-Thái Bình Dương") == "châu Á - Thái Bình Dương"
    assert normalize_text("A-Z và Su-đạ-phon") == "A-Z và Su-đạ-phon"
    text = "Ông Peter Hall, Vụ trưởng Vụ Châu Á-Thái Bình Dương, phát biểu."
    assert list(people(text)) == ["Peter Hall"]


def test_king_of_a_hyphenated_country_spelling(people) -> None:
    assert people("Quốc vương A-rập Xê-út Salman thăm châu Á.") == {"Salman": "Quốc vương A-rập Xê-út"}


def test_a_king_titled_across_another_kings_name_is_historical(people) -> None:
    assert people("Đoàn tham quan lăng vua Tự Đức- lăng vua Khải Định ở phường Thủy Xuân.") == {}


def test_place_between_the_name_and_the_appointment(people) -> None:
    text = "Từ khi Michael Brown ở Texas trở thành thẩm phán liên bang, ông đã xử nhiều vụ."
    assert list(people(text)) == ["Michael Brown"]


def test_document_number_with_its_year(extractor) -> None:
    assert documents(extractor, "Theo Nghị định 45 năm 2015 của Chính phủ, doanh nghiệp phải báo cáo.") == [
        ("Nghị định", "45", "Chính phủ")
    ]
    assert documents(extractor, "Thực hiện chỉ thị 12 năm 2014 của UBND tỉnh, huyện đã ra quân.")[0][:2] == (
        "Chỉ thị",
        "12",
    )
    assert documents(extractor, "Hoàn thành Kế hoạch 5 năm 2016-2020 là nhiệm vụ quan trọng.") == []


def test_foreign_city_between_the_title_and_the_name(people) -> None:
    assert people("Thị trưởng Chicago Mark Evans phát biểu tại lễ khai mạc.") == {
        "Mark Evans": "Thị trưởng Chicago"
    }


def test_princess_of_a_show_is_no_official(people) -> None:
    assert people("Anh vào vai chàng hoàng tử si tình bên cô công chúa Thu Lan trong vở kịch.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cố vấn an ninh quốc gia J.D. Palmer cho biết như vậy.", "J.D. Palmer"),
        ("Cựu Tổng thống George H.W. Walker nhập viện.", "George H.W. Walker"),
    ],
)
def test_two_dotted_initials_in_a_foreign_name(people, text: str, name: str) -> None:
    assert list(people(text)) == [name]
