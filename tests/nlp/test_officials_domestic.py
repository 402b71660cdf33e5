"""Officials on sentences written for the tests: the kinds of errors met on domestic articles (groups d1-d2)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trả lời chất vấn, Giám đốc Sở Nội vụ tỉnh Lê Thanh Viện cho hay sẽ rà soát lại biên chế.",
            {"Lê Thanh Viện": "Giám đốc Sở Nội vụ tỉnh"},
        ),
        (
            "Phó Chủ tịch UBND huyện Đỗ Minh Hội cho biết kế hoạch đã được phê duyệt.",
            {"Đỗ Minh Hội": "Phó Chủ tịch UBND huyện"},
        ),
    ],
)
def test_a_bodys_first_word_ending_a_three_word_name_is_a_given_name(people, text, expected) -> None:
    assert people(text) == expected


def test_a_bodys_word_inside_a_run_still_ends_the_name(people) -> None:
    text = "Ông Lê Ban Tổ chức Tỉnh ủy cho biết đã nhận hồ sơ."
    assert "Lê Ban" not in people(text)


def test_a_sentence_start_word_before_a_bracket_ends_the_name(people) -> None:
    text = "Còn ĐB Trần Quang Được (Thạch Thất) đề nghị làm rõ trách nhiệm của chủ đầu tư."
    assert people(text) == {"Trần Quang Được": "ĐB"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bí thư Trà Vinh - Lâm Văn Tâm nhấn mạnh yêu cầu giải ngân đúng tiến độ.",
            {"Lâm Văn Tâm": "Bí thư Trà Vinh"},
        ),
        (
            "Ông Nguyễn Văn Hòa - Chủ tịch UBND xã Tân Lộc - Phạm Thị Lan và bà con cùng dự.",
            {"Nguyễn Văn Hòa": "Chủ tịch UBND xã Tân Lộc"},
        ),
    ],
)
def test_a_title_then_a_dash_then_the_name(people, text, expected) -> None:
    assert people(text) == expected


def test_a_hyphen_spaced_by_the_normaliser_is_no_dash_before_a_name(people) -> None:
    text = "Giám đốc ILO tại Việt Nam Chang-Hee Lee nhấn mạnh yêu cầu an sinh."
    assert "Hee Lee" not in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Phó Chủ tịch Quốc hội Uông Chu Lưu dự lễ kỷ niệm.", "Uông Chu Lưu"),
        ("Giám đốc Sở Lao động Khuất Văn Thành cho biết thêm.", "Khuất Văn Thành"),
        ("Bí thư Huyện ủy Đới Văn Nam phát biểu tại hội nghị.", "Đới Văn Nam"),
    ],
)
def test_less_common_family_names(people, text, name) -> None:
    assert name in people(text)


def test_a_name_glued_to_a_lowercase_word_by_the_tokenizer(people) -> None:
    text = "Nhiều người thân của Bí thư huyện ủy Hồ Xuân Trăng được bổ nhiệm giữ chức vụ."
    assert people(text) == {"Hồ Xuân Trăng": "Bí thư huyện ủy"}


@pytest.mark.parametrize(
    "text",
    [
        "Ông từng giữ chức Bí thư Tỉnh ủy Sơn Tây, Hà Đông, rồi Bí thư Tỉnh ủy Hà Tây.",
        "Ông từng là Bí thư tỉnh ủy Giang Tây, Bí thư tỉnh ủy Liêu Ninh.",
    ],
)
def test_former_and_foreign_provinces_are_places(people, text) -> None:
    assert people(text) == {}


def test_a_city_after_tp_stays_in_the_title(people) -> None:
    text = "Đại tá Trần Văn Lộc - Trưởng Công an TP Uông Bí - xác nhận thông tin."
    assert people(text) == {"Trần Văn Lộc": "Trưởng Công an TP Uông Bí"}


def test_a_joint_stock_companys_director_is_no_official(people) -> None:
    text = "Tại hội nghị, ông Phạm Văn Lực, Giám đốc Cty CP Giống cây trồng Hậu Giang, cho rằng giá thấp."
    assert people(text) == {}


# ---- groups d3-d4 -------------------------------------------------------------------------------------


def test_a_joint_stock_company_in_the_title_after_the_name(people) -> None:
    text = "Trả lời phóng viên, ông Đặng Văn Lợi – Giám đốc Công ty cổ phần Sông Hồng Xanh xác nhận sự việc."
    assert people(text) == {}


def test_a_title_then_a_comma_then_the_name_and_its_verb(people) -> None:
    text = "Quyết định số 215/QĐ-UBND do Chủ tịch UBND tỉnh Nam Định, Trần Văn Khôi ký ngày 10/3/2017."
    assert people(text) == {"Trần Văn Khôi": "Chủ tịch UBND tỉnh Nam Định"}


def test_a_bare_position_before_a_comma_is_no_title_of_the_next_name(people) -> None:
    text = "Trong buổi tiếp xúc lãnh sự, Trần Thị Hoa nói mình không biết gì về vụ việc."
    assert people(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bà Maria Lopez – Trưởng Đại diện UNICEF tại Việt Nam cho biết sẽ hỗ trợ thêm.",
            {"Maria Lopez": "Trưởng Đại diện UNICEF"},
        ),
        (
            "Ông John Miller – Điều phối viên thường trú LHQ tại Việt Nam phát biểu khai mạc.",
            {"John Miller": "Điều phối viên thường trú LHQ"},
        ),
    ],
)
def test_heads_of_united_nations_bodies(people, text, expected) -> None:
    assert people(text) == expected


def test_an_honorary_ambassador_cut_inside_the_role_is_no_official(people) -> None:
    text = "Ca sĩ Lê Minh Hà là Đại sứ hình ảnh về phòng chống bạo lực gia đình."
    assert people(text) == {}


def test_a_chinese_leader_after_the_countrys_long_name(people) -> None:
    text = "Theo lời mời của Chủ tịch nước CHND Trung Hoa Tập Cận Bình, đoàn lên đường sáng 11/5."
    assert people(text) == {"Tập Cận Bình": "Chủ tịch nước CHND Trung Hoa"}


def test_a_clubs_president_is_no_official(people) -> None:
    text = "Chủ tịch CLB Than Quảng Ninh, ông Phạm Văn Hòa, cho biết sân đã được nâng cấp."
    assert people(text) == {}


# ---- groups d5-d6 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông Lê Văn Trung (gọi ông Hải bằng cậu) đang là Chủ tịch UBND xã.",
            {"Lê Văn Trung": "Chủ tịch UBND xã"},
        ),
        (
            "Bà Phan Thị Hoa (em dâu ông Hải) là Chánh văn phòng Đảng ủy xã.",
            {"Phan Thị Hoa": "Chánh văn phòng Đảng ủy xã"},
        ),
    ],
)
def test_an_aside_in_brackets_before_the_copula(people, text, expected) -> None:
    assert people(text) == expected


def test_a_monks_dharma_name_glued_to_his_rank(people) -> None:
    text = "Tại phiên thảo luận, Hòa thượng Thích Minh Quang, ĐB tỉnh Bình Định, nêu ý kiến."
    assert people(text) == {"Thích Minh Quang": "ĐB tỉnh Bình Định"}


def test_a_chinese_city_is_a_place(people) -> None:
    text = "Tại thành phố Phúc Châu (thủ phủ tỉnh Phúc Kiến), Chủ tịch nước Trần Văn An đã có buổi tiếp."
    assert people(text) == {"Trần Văn An": "Chủ tịch nước"}


# ---- groups d7-d10 ------------------------------------------------------------------------------------


def test_a_plural_title_with_a_colon_inside_a_list_of_guests(people) -> None:
    text = (
        "Dự có Bí thư Thành ủy Hà Nội Lê Văn Hải; các Phó Thủ tướng: Trần Văn Nam, Phạm Thị Bình, Vũ Văn "
        "Đông; Phó Chủ tịch nước Nguyễn Thị Lan."
    )
    assert people(text) == {
        "Lê Văn Hải": "Bí thư Thành ủy Hà Nội",
        "Trần Văn Nam": "Phó Thủ tướng",
        "Phạm Thị Bình": "Phó Thủ tướng",
        "Vũ Văn Đông": "Phó Thủ tướng",
        "Nguyễn Thị Lan": "Phó Chủ tịch nước",
    }


def test_two_untitled_names_in_a_semicolon_list_share_its_title(people) -> None:
    text = (
        "Dự có các đồng chí Phó Bí thư Tỉnh ủy: Lê Văn Đường – Chủ tịch UBND tỉnh; Hà Quang Huy, Nguyễn Văn "
        "Thông cùng các đồng chí trong Ban Thường vụ Tỉnh ủy."
    )
    assert people(text) == {
        "Lê Văn Đường": "Chủ tịch UBND tỉnh",
        "Hà Quang Huy": "Phó Bí thư Tỉnh ủy",
        "Nguyễn Văn Thông": "Phó Bí thư Tỉnh ủy",
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bác sĩ Trần Văn Bình, Trưởng khoa Cấp cứu, BV Bạch Mai, cho biết bệnh nhân đã ổn định.",
            "Trần Văn Bình",
        ),
        (
            "Ông Lê Văn Quang, Chi cục trưởng Chi cục Hải quan Sân bay Tân Sơn Nhất, đã bị kỷ luật.",
            "Lê Văn Quang",
        ),
    ],
)
def test_a_hospitals_or_an_airports_name_is_no_person(people, text, name) -> None:
    assert list(people(text)) == [name]


def test_a_region_is_no_person(people) -> None:
    text = "Chương trình do Thường trực Ban Chỉ đạo Tây Nguyên phối hợp với UBND tỉnh thực hiện."
    assert people(text) == {}


def test_an_ellipsis_ends_the_clause_before_a_title(people) -> None:
    text = "Nhiều nơi như huyện Cẩm Xuyên, TP Hà Tĩnh… Giám đốc Bệnh viện huyện Hương Sơn - Nguyễn Quang Hòe cho biết."
    assert people(text) == {"Nguyễn Quang Hòe": "Giám đốc Bệnh viện huyện Hương Sơn"}


def test_a_cooperatives_director_is_no_official_but_the_alliances_head_is(people) -> None:
    assert people("Chị Lê Thị Cảnh - Giám đốc HTX Nông sản Thắng Lợi cho biết giá ổn định.") == {}
    got = people("Ông Võ Văn Hòa, Chủ tịch Liên minh Hợp tác xã Việt Nam, phát biểu.")
    assert got == {"Võ Văn Hòa": "Chủ tịch Liên minh Hợp tác xã Việt Nam"}


# ---- groups d11-d12 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Theo Phó Bí thư Thường trực Huyện ủy Tân Yên Dương Văn Thảo, các trường hợp này phải xử lý.",
            {"Dương Văn Thảo": "Phó Bí thư Thường trực Huyện ủy Tân Yên"},
        ),
        (
            "Chủ tịch UBND quận Nam Từ Liêm Nguyễn Văn Hòa cho biết quận đã hoàn thành kế hoạch.",
            {"Nguyễn Văn Hòa": "Chủ tịch UBND quận Nam Từ Liêm"},
        ),
    ],
)
def test_a_district_before_the_name(people, text, expected) -> None:
    assert people(text) == expected


def test_a_district_alone_after_a_title_is_no_person(people) -> None:
    text = "Ông Trần Văn Nam, Bí thư Huyện ủy Chư Prông, cho biết huyện đã kiểm điểm."
    assert people(text) == {"Trần Văn Nam": "Bí thư Huyện ủy Chư Prông"}


def test_a_persons_name_opening_like_a_district_stays_whole(people) -> None:
    text = "Ông Vũ Quang Hải, Vụ trưởng Vụ Tổ chức, cho biết kết quả."
    assert people(text) == {"Vũ Quang Hải": "Vụ trưởng Vụ Tổ chức"}
