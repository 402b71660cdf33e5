"""Officials on sentences written for the tests: the kinds of errors met in groups 19-21."""

from __future__ import annotations

from danvan.nlp.extractors.officials.fields import field_dash, field_dashes_masked


def people(extractor, text: str) -> list[tuple[str, str]]:
    doc = extractor.doc("", text, {"year": None})
    return [(f.name, f.title) for f in doc.user_data["facts"]["officials"]]


def test_dash_between_fields_of_a_body_name() -> None:
    assert field_dash("Bộ trưởng Bộ Lao động", "Thương binh và Xã hội")
    assert not field_dash("Ủy viên Bộ Chính trị", "Bí thư Thành ủy")  # a second office
    assert not field_dash("ông Trần Văn Minh", "Giám đốc Sở")  # a name before the dash
    assert not field_dash("tỉnh Thừa Thiên", "Huế")
    window = "Ủy ban Kinh tế - Ngân sách và ông A - Giám đốc"
    assert field_dashes_masked(window) == "Ủy ban Kinh tế ~ Ngân sách và ông A - Giám đốc"


def test_title_with_a_dashed_body_before_the_name(extractor) -> None:
    text = "Báo cáo do Chủ nhiệm Ủy ban Kinh tế - Ngân sách Lê Văn Khoa trình bày sáng nay."
    assert people(extractor, text) == [("Lê Văn Khoa", "Chủ nhiệm Ủy ban Kinh tế - Ngân sách")]


def test_title_with_a_dashed_body_after_the_name(extractor) -> None:
    text = "Bà Trần Thị Hoa, Phó Giám đốc Sở Giáo dục - Đào tạo tỉnh Nam Định, cho biết như vậy."
    assert people(extractor, text) == [("Trần Thị Hoa", "Phó Giám đốc Sở Giáo dục - Đào tạo tỉnh Nam Định")]


def test_field_after_the_dash_kept_whole(extractor) -> None:
    text = "Ông Vũ Đình Lâm, Phó Viện trưởng Viện Huyết học - Truyền máu Trung ương, phát biểu."
    assert people(extractor, text) == [
        ("Vũ Đình Lâm", "Phó Viện trưởng Viện Huyết học - Truyền máu Trung ương")
    ]


def test_one_word_after_vu_names_a_case(extractor) -> None:
    text = (
        "Nhiều người như Lý Văn Sơn, nguyên Bộ trưởng Công nghiệp - Thương mại vụ Vinaline; đều bị kỷ luật."
    )
    assert [name for name, _ in people(extractor, text)] == ["Lý Văn Sơn"]


def test_korean_given_name_with_a_capital_after_the_hyphen(extractor) -> None:
    text = "Hai cựu Tổng thống Lee Myung-Bak và Roh Moo-Hyun đã được nhắc tới."
    assert [name for name, _ in people(extractor, text)] == ["Lee Myung-Bak", "Roh Moo-Hyun"]


def test_glued_dash_between_vietnamese_words_still_a_dash() -> None:
    from danvan.nlp.normalize import normalize_text

    assert normalize_text("tỉnh Bà Rịa-Vũng Tàu") == "tỉnh Bà Rịa - Vũng Tàu"
    assert normalize_text("Ông Lê Văn Tám-Phó chủ tịch") == "Ông Lê Văn Tám - Phó chủ tịch"
    assert normalize_text("ông Roh Tae-Woo") == "ông Roh Tae-Woo"


def test_foreign_name_ending_in_a_word_glued_to_the_next(extractor) -> None:
    text = "Tổng giám đốc Quỹ Tiền tệ Quốc tế Paul Yong Kim chính thức khai mạc hội nghị."
    assert people(extractor, text) == [("Paul Yong Kim", "Tổng giám đốc Quỹ Tiền tệ Quốc tế")]


def test_long_arab_name_with_particles(extractor) -> None:
    text = "Thái tử Sheikh Mohammed bin Zayed Al Nahyan tiếp đoàn."
    assert [name for name, _ in people(extractor, text)] == ["Sheikh Mohammed bin Zayed Al Nahyan"]


def test_ocean_in_a_body_name_is_no_person(extractor) -> None:
    text = "Các Bộ trưởng Quốc phòng Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) họp tại Brussels."
    assert people(extractor, text) == []


def test_foreign_parliament_is_no_person(extractor) -> None:
    text = "Chủ tịch Duma quốc gia Nga V.Ivanov tiếp đoàn đại biểu."
    assert [name for name, _ in people(extractor, text)] == ["V.Ivanov"]


def test_honorary_ambassador_is_no_office(extractor) -> None:
    text = "Đại sứ du lịch Việt Nam Lê Thị Mai và Đại sứ Việt Nam tại Nhật Bản Vũ Hồng Nam cùng dự."
    assert [name for name, _ in people(extractor, text)] == ["Vũ Hồng Nam"]


def test_title_opening_the_sentence_then_a_comma_and_the_name(extractor) -> None:
    text = "Trời mưa to. Người phát ngôn Bộ Ngoại giao Pháp, Agnes Romatet cho biết như vậy."
    assert people(extractor, text) == [("Agnes Romatet", "Người phát ngôn Bộ Ngoại giao Pháp")]
    text = "Cảnh sát trưởng hạt Fairfax, Edwin Roessler, xác nhận tin này."
    assert people(extractor, text) == [("Edwin Roessler", "Cảnh sát trưởng hạt Fairfax")]


def test_title_inside_a_sentence_before_a_comma_is_not_the_next_name(extractor) -> None:
    text = "Trời mưa to. Theo Bộ trưởng, Trần Văn Lâm là người có trách nhiệm."
    assert people(extractor, text) == []


def test_document_code_with_a_space_after_the_issuers_dash(facts) -> None:
    found = facts(
        "Theo Quyết định thành lập hội đồng số 412/QĐ- UBND, hội đồng có 7 thành viên.", "documents"
    )
    assert [(d.type, d.number) for d in found] == [("Quyết định", "412/QĐ-UBND")]
