"""Officials on sentences written for the tests: organisation openings, royals, diplomats, spokespeople,
names in Vietnamese syllables, a case's name after an investigator."""

from __future__ import annotations

import pytest


def names(extractor, text: str) -> dict[str, str]:
    doc = extractor.doc("", text, {"year": None})
    return {f.name: f.title for f in doc.user_data["facts"]["officials"]}


def test_youth_union_of_a_university_is_no_name(extractor) -> None:
    text = "Anh Trần Văn Khoa, Bí thư Đoàn Trường Đại học Kinh tế cho biết như vậy."
    assert names(extractor, text) == {"Trần Văn Khoa": "Bí thư Đoàn Trường Đại học Kinh tế"}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Ông Peter Brown, Chỉ huy Hạm đội Thái Bình Dương khẳng định.",
            "Peter Brown",
            "Chỉ huy Hạm đội Thái Bình Dương",
        ),
        ("Lãnh đạo Công đảng Keir Starmer chỉ trích chính phủ.", "Keir Starmer", "Lãnh đạo Công đảng"),
        (
            "Trưởng phái đoàn Việt Nam tại Liên Hợp Quốc Nguyễn Phương Nga phát biểu.",
            "Nguyễn Phương Nga",
            "Trưởng phái đoàn Việt Nam tại Liên Hợp Quốc",
        ),
        (
            "Trưởng đại diện UNICEF tại Việt Nam Rana Flowers cho biết.",
            "Rana Flowers",
            "Trưởng đại diện UNICEF tại Việt Nam",
        ),
        ("Tham tán Alexander Ivanov đã tham dự.", "Alexander Ivanov", "Tham tán"),
        (
            "Ông Lê Văn Nam, Tham tán Thương mại Việt Nam tại Pháp cho biết.",
            "Lê Văn Nam",
            "Tham tán Thương mại Việt Nam",
        ),
        ("Tùy viên quân sự Nga Ivan Petrov có mặt.", "Ivan Petrov", "Tùy viên quân sự Nga"),
        ("Công sứ Nhật Bản Takeshi Ito dự lễ.", "Takeshi Ito", "Công sứ Nhật Bản"),
        (
            "Bí thư thứ nhất Đại sứ quán Pháp Louis Martin phát biểu.",
            "Louis Martin",
            "Bí thư thứ nhất Đại sứ quán Pháp",
        ),
        ("Thư ký báo chí Nhà Trắng Sean Spicer nói.", "Sean Spicer", "Thư ký báo chí Nhà Trắng"),
        ("Thượng nghị sĩ John McCain phản đối.", "John McCain", "Thượng nghị sĩ"),
        ("Hạ nghị sĩ Adam Schiff lên tiếng.", "Adam Schiff", "Hạ nghị sĩ"),
        ("Đại diện Thương mại Mỹ Robert Lighthizer tuyên bố.", "Robert Lighthizer", "Đại diện Thương mại Mỹ"),
        ("Tổng công tố Brazil Rodrigo Janot đã buộc tội.", "Rodrigo Janot", "Tổng công tố Brazil"),
        ("Phát ngôn viên cảnh sát Rina Ginting cho biết.", "Rina Ginting", "Phát ngôn viên cảnh sát"),
        ("Nữ hoàng Anh Elizabeth II đã gửi lời chia buồn.", "Elizabeth II", "Nữ hoàng Anh"),
        ("Vua Felipe VI và Hoàng hậu Letizia đã tới.", "Felipe VI", "Vua"),
    ],
)
def test_positions(extractor, text: str, name: str, title: str) -> None:
    assert names(extractor, text).get(name) == title


@pytest.mark.parametrize(
    "text",
    [
        "Ông ta chỉ huy Lực lượng đặc nhiệm suốt 5 năm.",
        "Lãnh đạo Bộ Công an cho biết vụ việc đang được điều tra.",
        "Cô được gọi là Nữ hoàng phim hài Hồng Kông hay Châu Tình Trì phiên bản nữ.",
        "Ngô Quân Như, nữ hoàng phòng vé, đã đến.",
        "Hoàng hậu Letizia và Công nương Kate đã đến.",
        "Ông là Ủy viên Trung ương Đảng các khóa X; XI; XII.",
    ],
)
def test_no_official(extractor, text: str) -> None:
    assert names(extractor, text) == {}


def test_king_is_the_crown_prince_father(extractor) -> None:
    text = "Thái tử Mohammed bin Salman, con của vua Salman, đã tới. Thái tử Salman là người quyền lực."
    assert names(extractor, text) == {"Mohammed bin Salman": "Thái tử", "Salman": "vua"}


def test_names_in_vietnamese_syllables(extractor) -> None:
    text = (
        "Tổng thống Nga Vla-đi-mia Pu-tin (Vladimir Putin) đã gặp người đồng cấp Mỹ Đô-nan Trăm (Donald "
        "Trump). Phát ngôn viên Bộ Ngoại giao Nga Ma-ri-a Gia-kha-rô-va (Maria Zakharova) cho biết. Thủ "
        "tướng Ma-lai-xi-a Na-gíp Ra-dắc đã tới Hà Nội."
    )
    assert names(extractor, text) == {
        "Vla-đi-mia Pu-tin": "Tổng thống Nga",
        "Đô-nan Trăm": "người đồng cấp Mỹ",
        "Ma-ri-a Gia-kha-rô-va": "Phát ngôn viên Bộ Ngoại giao Nga",
        "Na-gíp Ra-dắc": "Thủ tướng Ma-lai-xi-a",
    }


def test_title_after_who_once_held(extractor) -> None:
    text = "Ông Richard Miller, người từng giữ chức cố vấn pháp lý của Nhà Trắng, nói như vậy."
    assert names(extractor, text)["Richard Miller"].startswith("cố vấn pháp lý")


def test_name_of_a_case_after_an_investigator(extractor) -> None:
    text = "Ông Phạm Văn Lâm, điều tra viên chuyên án Năm Cam kể lại."
    assert list(names(extractor, text)) == ["Phạm Văn Lâm"]


def test_private_corporation_head(extractor) -> None:
    assert names(extractor, "Tổng giám đốc VCCORP Nguyễn Thế Tân cho biết.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Vợ chồng Nữ hoàng ảnh lịch Diễm Hương sống ở Mỹ.",
        "Nữ hoàng Cleopatra là người đẹp.",
        "Phát ngôn viên cảnh sát Nagoya cho biết như vậy.",
        "Lãnh đạo phe đối lập gọi Maduro là độc tài.",
        "Trưởng đại diện Mercedes-Benz Việt Nam Vũ Đô Thành cho biết.",
    ],
)
def test_no_queen_spokesperson_or_company_representative(extractor, text: str) -> None:
    assert names(extractor, text) == {}


def test_korean_family_name_that_is_also_a_word_of_places(extractor) -> None:
    text = "Tỉnh trưởng tỉnh Gyeonggi ông Nam Kyung-pil nói với báo chí."
    assert names(extractor, text) == {"Nam Kyung-pil": "Tỉnh trưởng tỉnh Gyeonggi"}
