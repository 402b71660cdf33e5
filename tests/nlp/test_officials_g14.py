"""Officials on sentences written for the tests: foreign officials named in passing (group 14's kinds)."""

from __future__ import annotations

from danvan.nlp.extractors.officials import extract_officials


def found(extractor, text: str) -> list[tuple[int, int, str, str]]:
    doc = extractor.doc("", text, {"year": None})
    spans = doc.spans["officials"]
    facts = doc.user_data["facts"]["officials"]
    return [(s.start_char, s.end_char, f.name, f.title) for s, f in zip(spans, facts, strict=True)]


def names(extractor, text: str) -> list[tuple[int, int, str]]:
    return [(start, end, name) for start, end, name, _ in found(extractor, text)]


def test_english_office_word_is_no_part_of_the_name(extractor) -> None:
    text = "Thượng nghị sĩ Cộng hòa Whip John Carter phát biểu tại phiên họp."
    assert names(extractor, text) == [(29, 40, "John Carter")]


def test_title_of_the_family_name_goes_to_the_full_name_after_an_honorific(extractor) -> None:
    text = "Bà Susan Miller đến Hà Nội hôm qua. Trong chuyến thăm, Bộ trưởng Miller gặp các doanh nghiệp."
    assert found(extractor, text) == [(3, 15, "Susan Miller", "Bộ trưởng")]


def test_two_full_names_with_that_family_name_leave_the_short_form(extractor) -> None:
    text = "Ông Tom Miller và bà Susan Miller đến. Bộ trưởng Miller phát biểu."
    assert names(extractor, text) == [(49, 55, "Miller")]


def test_a_school_named_after_a_person_of_three_words(extractor) -> None:
    text = "Ông Lê Văn Hòa, Hiệu trưởng Trường Tiểu học Trần Quốc Toản, cho biết nhà trường đã sẵn sàng."
    assert names(extractor, text) == [(4, 14, "Lê Văn Hòa")]
    assert found(extractor, "Năm ngoái bà làm Phó hiệu trưởng Trường THCS Nguyễn Văn Trỗi (quận 3).") == []


def test_o_before_a_body_inside_a_title(extractor) -> None:
    text = "Cựu đại sứ Canada ở Liên Hợp Quốc Peter Walsh đã đến thăm trường."
    # the extractor's own offsets: the tokenizer joins "Liên Hợp Quốc Peter Walsh" into one token, so the
    # Doc's span (aligned to tokens) starts at "Liên"
    got = [(start, end, f.name, f.title) for start, end, f in extract_officials(extractor.doc("", text, {}))]
    assert got == [(34, 45, "Peter Walsh", "đại sứ Canada ở Liên Hợp Quốc")]


def test_czech_is_a_country(extractor) -> None:
    assert found(extractor, "Chủ tịch Hiệp hội Doanh nghiệp Czech chia sẻ về thị trường.") == []


def test_general_capitalised_and_not_inside_a_rank(extractor) -> None:
    text = "Tướng David Morgan, chỉ huy lực lượng liên quân, cho biết tình hình đã ổn định."
    assert names(extractor, text) == [(6, 18, "David Morgan")]
    text = "Người phát ngôn quân đội, Chuẩn tướng Carlos Reyes nói rằng các tướng sĩ đã sẵn sàng."
    assert found(extractor, text) == [(38, 50, "Carlos Reyes", "Người phát ngôn quân đội, Chuẩn tướng")]


def test_a_bare_general_before_a_vietnamese_name_is_historical(extractor) -> None:
    assert found(extractor, "Đền thờ Tướng Trần Văn Thành nằm bên sông.") == []


def test_leader_of_a_country(extractor) -> None:
    text = "Ông cho biết sẽ gặp nhà lãnh đạo Triều Tiên Kim Jong-un vào tháng tới."
    assert found(extractor, text) == [(44, 55, "Kim Jong-un", "nhà lãnh đạo Triều Tiên")]


def test_leaders_in_the_plural_title_nobody(extractor) -> None:
    assert found(extractor, "Hội nghị các nhà lãnh đạo Tổ chức Hiệp ước Đông Nam Á diễn ra tại Manila.") == []


def test_cua_before_a_country_opening_the_names_run(extractor) -> None:
    text = "Đặc phái viên của Nhật Bản Kenji Sato đã tới Hà Nội."
    assert found(extractor, text) == [(27, 37, "Kenji Sato", "Đặc phái viên của Nhật Bản")]


def test_cua_before_a_club_titles_the_next_person(extractor) -> None:
    text = "Cầu thủ này đã gặp giám đốc của Barca, ông Jordi Puig trong tuần."
    assert names(extractor, text) == [(43, 53, "Jordi Puig")]
