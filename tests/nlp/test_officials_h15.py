"""Officials on sentences written for the tests: titles holding bodies' names, chained deputies, businesses."""

from __future__ import annotations

from danvan.nlp.extractors.officials.edges import after_place_preposition, place_words_across_dash


def found(extractor, text: str) -> list[tuple[int, int, str, str]]:
    doc = extractor.doc("", text, {"year": None})
    spans = doc.spans["officials"]
    facts = doc.user_data["facts"]["officials"]
    return [(s.start_char, s.end_char, f.name, f.title) for s, f in zip(spans, facts, strict=True)]


def test_capitalised_clause_word_inside_a_body_name(extractor) -> None:
    text = "Tham dự có Chủ tịch Hội đồng Nghị viện Châu Á (HNV) Peter Malcolm Gray và nhiều khách mời."
    assert found(extractor, text) == [(52, 70, "Peter Malcolm Gray", "Chủ tịch Hội đồng Nghị viện Châu Á")]


def test_capitalised_clause_word_still_ends_a_run_on_title(extractor) -> None:
    text = "Chức vụ Bộ trưởng Theo hãng tin Reuters, ông Hans Berger cho biết như vậy."
    assert all(name != "Reuters" for _, _, name, _ in found(extractor, text))


def test_title_of_a_committee_of_the_assembly(extractor) -> None:
    text = "Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội Trần Văn Khải trình bày báo cáo."
    assert found(extractor, text) == [
        (44, 57, "Trần Văn Khải", "Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội")
    ]


def test_ambassador_to_vietnam_and_plenipotentiary(extractor) -> None:
    text = (
        "Đón đoàn có Đại sứ Thụy Điển tại Việt Nam Anna Lindqvist và Đại sứ Đặc mệnh toàn quyền "
        "Việt Nam tại Pháp Đỗ Minh Hùng."
    )
    assert found(extractor, text) == [
        (42, 56, "Anna Lindqvist", "Đại sứ Thụy Điển tại Việt Nam"),
        (105, 117, "Đỗ Minh Hùng", "Đại sứ Đặc mệnh toàn quyền Việt Nam tại Pháp"),
    ]


def test_emergency_ministry_title_is_no_hamlet(extractor) -> None:
    text = "Ông Ivan Petrov, Thứ trưởng Bộ Tình trạng khẩn cấp, đã nghỉ; thay ông là Thứ trưởng Bộ Tình trạng khẩn cấp Oleg Sorokin."
    got = found(extractor, text)
    assert (107, 119, "Oleg Sorokin", "Thứ trưởng Bộ Tình trạng khẩn cấp") in got


def test_deputies_with_their_provinces_share_the_title(extractor) -> None:
    text = "Các đại biểu Lê Văn Tâm (Nghệ An); Hoàng Thị Thu (Lạng Sơn); Đinh Quốc Bảo (Ninh Bình) chất vấn Bộ trưởng."
    assert [(s, e, n) for s, e, n, _ in found(extractor, text)] == [
        (13, 23, "Lê Văn Tâm"),
        (35, 48, "Hoàng Thị Thu"),
        (61, 74, "Đinh Quốc Bảo"),
    ]


def test_semicolon_without_place_does_not_chain(extractor) -> None:
    text = "Phát biểu có Đại biểu Lê Văn Tâm; Hoàng Thị Thu cho rằng giá điện tăng nhanh."
    assert [n for _, _, n, _ in found(extractor, text)] == ["Lê Văn Tâm"]


def test_private_limited_company_director_is_no_official(extractor) -> None:
    text = (
        "Bị cáo Trần Văn Lực (nguyên Giám đốc Công ty TNHH Thương mại Sao Mai) bị phạt 9 năm tù; "
        "bị cáo Vũ Thị Hạnh (nguyên Giám đốc Công ty TNHH MTV Xổ số kiến thiết tỉnh) bị phạt 5 năm tù."
    )
    assert [n for _, _, n, _ in found(extractor, text)] == ["Vũ Thị Hạnh"]


def test_country_read_as_a_name_does_not_cut_the_next_title(extractor) -> None:
    text = "Đón đoàn có Bộ trưởng Quốc phòng Hà Lan Jan de Vries, Đại sứ Hà Lan tại Việt Nam Pieter Jansen."
    assert found(extractor, text) == [
        (40, 52, "Jan de Vries", "Bộ trưởng Quốc phòng Hà Lan"),
        (81, 94, "Pieter Jansen", "Đại sứ Hà Lan tại Việt Nam"),
    ]


def test_comma_inside_a_committee_name(extractor) -> None:
    text = "Quốc hội nghe Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội Đào Minh Tú trình bày báo cáo."
    assert found(extractor, text) == [
        (62, 73, "Đào Minh Tú", "Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội")
    ]


def test_private_company_later_in_the_clause_keeps_the_official(extractor) -> None:
    text = "Ông Lưu Văn Hòa, Phó Chủ tịch UBND tỉnh, yêu cầu khởi kiện Công ty TNHH Hải Long ngay."
    assert found(extractor, text) == [(4, 15, "Lưu Văn Hòa", "Phó Chủ tịch UBND tỉnh")]


def test_province_written_across_a_dash_before_the_name(extractor) -> None:
    text = "Phát biểu có Phó Chủ tịch UBND tỉnh Thừa Thiên-Huế Ngạc Văn Tùng và nhiều đại biểu."
    got = [(n, t) for _, _, n, t in found(extractor, text)]
    assert got == [("Ngạc Văn Tùng", "Phó Chủ tịch UBND tỉnh Thừa Thiên - Huế")]


def test_place_words_across_dash_counts_the_run_words() -> None:
    text = "Chủ tịch UBND tỉnh Thừa Thiên - Huế Ngạc Văn Tùng"
    assert place_words_across_dash(text, 32, ["Huế", "Ngạc", "Văn", "Tùng"]) == 1
    assert place_words_across_dash(text, 36, ["Ngạc", "Văn", "Tùng"]) == 0


def test_foreign_name_after_a_country_inside_a_ministry_name(extractor) -> None:
    text = "Thứ trưởng Bộ Nông Lâm Lào Sổmphết Vilạvông trình bày tham luận."
    assert found(extractor, text) == [(27, 43, "Sổmphết Vilạvông", "Thứ trưởng Bộ Nông Lâm Lào")]


def test_run_right_after_tai() -> None:
    text = "Chiều 2/9, tại Mộc Châu, Sơn La, Bộ trưởng Lê Văn An chủ trì."
    assert after_place_preposition(text, 15)
    assert not after_place_preposition(text, 43)


def test_foreign_name_after_tai_and_a_country_stays(extractor) -> None:
    text = "Ông gặp Đại sứ Nga tại Mỹ Anatoly Petrov hôm qua."
    assert found(extractor, text) == [(26, 40, "Anatoly Petrov", "Đại sứ Nga tại Mỹ")]


def test_country_spelt_without_its_hyphen_before_a_name(extractor) -> None:
    text = "Chủ tịch Quốc hội Timor Leste Mário Lopes Da Silva phát biểu."
    assert found(extractor, text) == [(30, 50, "Mário Lopes Da Silva", "Chủ tịch Quốc hội Timor Leste")]


def test_place_after_a_unit_and_its_description_is_no_name(extractor) -> None:
    text = (
        "Ông Lê Văn Hải ký bổ nhiệm ông Đỗ Minh Quang lên chức Phó giám đốc Xí nghiệp thoát nước Hà Mỹ; "
        "ký bổ nhiệm Hồ Văn Lực từ Tổ trưởng kỹ thuật lên chức Trưởng Trạm Bơm tiêu Cái Sắn."
    )
    assert [n for _, _, n, _ in found(extractor, text)] == ["Đỗ Minh Quang", "Hồ Văn Lực"]


def test_full_name_after_a_unit_and_its_description_is_a_person(extractor) -> None:
    text = "Phát biểu tại lễ có Giám đốc Bệnh viện đa khoa Trần Văn Lâm."
    assert [n for _, _, n, _ in found(extractor, text)] == ["Trần Văn Lâm"]


def test_promotion_from_one_post_to_another(extractor) -> None:
    text = "Năm 2015, bà Đinh Thị Hoa từ Phó trưởng phòng lên chức Trưởng phòng Tài chính huyện."
    assert [(n, t) for _, _, n, t in found(extractor, text)] == [
        ("Đinh Thị Hoa", "Trưởng phòng Tài chính huyện")
    ]


def test_former_role_after_a_birth_year_in_brackets(extractor) -> None:
    text = "Tòa xét xử bị cáo Trịnh Văn Lộc (SN 1980, nguyên cán bộ Công an huyện Mê Linh) và Đào Văn Nam (SN 1985)."
    assert [(n, t) for _, _, n, t in found(extractor, text)] == [
        ("Trịnh Văn Lộc", "cán bộ Công an huyện Mê Linh")
    ]


def test_lawyer_is_an_office_only_in_a_state_body(extractor) -> None:
    text = "Luật sư Nguyễn Văn Bình cho biết như vậy. Ông Peter Howard, cựu luật sư Bộ Tư pháp Mỹ, nói thêm."
    assert [(n, t) for _, _, n, t in found(extractor, text)] == [("Peter Howard", "luật sư Bộ Tư pháp Mỹ")]


def test_director_of_a_non_governmental_group_is_no_official(extractor) -> None:
    text = (
        "Tổ chức phi chính phủ Open Water Watch đã kiện Bộ Năng lượng. Ông Kevin Marsh, Giám đốc pháp lý "
        "của Open Water Watch, nói vậy; Bộ trưởng Năng lượng Mỹ Rick Perry chưa trả lời."
    )
    assert [n for _, _, n, _ in found(extractor, text)] == ["Rick Perry"]


def test_position_made_of_a_unit_head_still_titles_a_short_name(extractor) -> None:
    text = "Đội trưởng Lê Hùng và Trạm phó Hà Minh cùng kiểm tra."
    assert [n for _, _, n, _ in found(extractor, text)] == ["Lê Hùng", "Hà Minh"]


def test_title_keeps_the_place_that_ends_a_unit_and_a_joint_post(extractor) -> None:
    text = (
        "Ông Lê Văn Hải - nguyên Chủ tịch kiêm Giám đốc Công ty TNHH MTV Cấp thoát nước Cà Mau đã ký bổ nhiệm "
        "ông Đỗ Minh Quang lên chức Phó giám đốc Xí nghiệp cấp nước Hà Mỹ."
    )
    assert [(n, t) for _, _, n, t in found(extractor, text)] == [
        ("Lê Văn Hải", "Chủ tịch kiêm Giám đốc Công ty TNHH MTV Cấp thoát nước Cà Mau"),
        ("Đỗ Minh Quang", "Phó giám đốc Xí nghiệp cấp nước Hà Mỹ"),
    ]
