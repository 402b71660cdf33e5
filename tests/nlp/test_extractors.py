"""Unit tests for each extractor on sentences written for the tests."""

import pytest
from danvan.nlp.gazetteer import expand_query, resolve


def names(items):
    return [i.name for i in items]


# ---- provinces ---------------------------------------------------------------------------------


def test_provinces_canonical_and_merged(facts):
    got = facts("Tỉnh ủy Hậu Giang phối hợp UBND tỉnh Thanh Hoá và Công an TP.HCM.", "provinces")
    by = {p.name: p for p in got}
    assert set(by) == {"Hậu Giang", "Thanh Hóa", "Hồ Chí Minh"}
    assert by["Hậu Giang"].merged_into == "Cần Thơ"


@pytest.mark.parametrize(
    "alias,name",
    [
        ("TPHCM", "Hồ Chí Minh"),
        ("Tp.HCM", "Hồ Chí Minh"),
        ("Tp. Hồ Chí Minh", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("BR-VT", "Bà Rịa - Vũng Tàu"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
        ("TP. Cần Thơ", "Cần Thơ"),
    ],
)
def test_province_aliases(facts, alias, name):
    assert names(facts(f"Đoàn công tác đến làm việc tại {alias} hôm qua.", "provinces")) == [name]


def test_provinces_not_in_person_or_street_names(facts):
    text = (
        "Ông Nguyễn Thái Bình sống trên đường Võ Văn Kiệt, phường Long An; "
        "tàu vượt Thái Bình Dương. Đoàn viên Đoàn Thanh niên Cộng sản Hồ Chí Minh học tập."
    )
    assert facts(text, "provinces") == []


def test_province_counts(facts):
    got = facts("Cà Mau và Bạc Liêu hợp nhất; Cà Mau là tên tỉnh mới.", "provinces")
    assert [(p.name, p.count) for p in got] == [("Cà Mau", 2), ("Bạc Liêu", 1)]


def test_merged_query_expansion():
    assert set(expand_query("Cần Thơ")) == {"Cần Thơ", "Sóc Trăng", "Hậu Giang"}
    assert set(expand_query("Vĩnh Long")) == {"Vĩnh Long", "Bến Tre", "Trà Vinh"}
    assert resolve("Hau Giang").name == "Hậu Giang"


# ---- officials ---------------------------------------------------------------------------------


def test_official_title_before_name(facts):
    got = facts("Bí thư Tỉnh ủy Kiên Giang Đỗ Thanh Bình tặng quà cho các hộ nghèo.", "officials")
    assert [(o.name, o.title, o.province) for o in got] == [
        ("Đỗ Thanh Bình", "Bí thư Tỉnh ủy Kiên Giang", "Kiên Giang")
    ]


def test_official_name_then_titles(facts):
    got = facts(
        "Phát biểu tại hội nghị, bà Lê Thị Mai Hoa, Thành ủy viên, Trưởng Ban Dân vận "
        "Thành ủy cho biết, phong trào đạt kết quả tốt.",
        "officials",
    )
    assert names(got) == ["Lê Thị Mai Hoa"]
    assert got[0].title == "Thành ủy viên, Trưởng Ban Dân vận Thành ủy"


def test_official_paren_and_comrade(facts):
    got = facts(
        "Đồng chí Trương Văn Sáu, Phó Chủ tịch UBND huyện, chủ trì. Có mặt ông Hồ Văn Tư "
        "(Chủ tịch UBND xã An Bình).",
        "officials",
    )
    assert names(got) == ["Trương Văn Sáu", "Hồ Văn Tư"]


def test_official_province_name_before_person(facts):
    got = facts("Bí thư Thành ủy Cần Thơ Lê Quang Mạnh dự lễ.", "officials")
    assert names(got) == ["Lê Quang Mạnh"] and got[0].province == "Cần Thơ"


def test_repeated_mentions_merge(facts):
    got = facts(
        "Chủ tịch UBND tỉnh Sóc Trăng Trần Văn Lâu phát biểu. Ông Lâu nhấn mạnh vai trò "
        "Mặt trận. Chủ tịch UBND tỉnh Trần Văn Lâu cũng trao quà.",
        "officials",
    )
    assert names(got) == ["Trần Văn Lâu"] and got[0].mentions >= 3


def test_not_officials(facts):
    text = (
        "Anh Nguyễn Văn Tèo, nông dân xã Tân Thới, hiến 500 m2 đất. Ảnh: Trần Minh Quân. "
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
    )
    assert facts(text, "officials") == []


def test_foreign_leader(facts):
    got = facts("Tổng thống Mỹ Donald Trump gặp Thủ tướng Nhật Bản Shinzo Abe.", "officials")
    assert names(got) == ["Donald Trump", "Shinzo Abe"]


# ---- documents ---------------------------------------------------------------------------------


def test_documents_numbered(facts):
    text = (
        'Ngày 7.12.2021, Thành ủy ban hành Nghị quyết số 08-NQ/TU "Về tăng cường sự lãnh đạo '
        'của Đảng". Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Quy định '
        "số 11-QĐi/TW, Công văn số 232-CV/BDVTW và Nghị định 20/2017/NĐ-CP."
    )
    got = {d.number: d for d in facts(text, "documents")}
    assert set(got) == {"08-NQ/TU", "05-CT/TW", "11-QĐi/TW", "232-CV/BDVTW", "20/2017/NĐ-CP"}
    assert got["08-NQ/TU"].type == "Nghị quyết"
    assert got["08-NQ/TU"].title == "Về tăng cường sự lãnh đạo của Đảng"
    assert got["05-CT/TW"].date == "2016-05-15" and got["05-CT/TW"].issuer == "Bộ Chính trị"
    assert got["232-CV/BDVTW"].issuer == "Ban Dân vận Trung ương"
    assert got["20/2017/NĐ-CP"].type == "Nghị định" and got["20/2017/NĐ-CP"].issuer == "Chính phủ"


def test_documents_lists_and_plain_numbers(facts):
    got = facts("Theo Quyết định số 217, Quyết định số 218 của Bộ Chính trị và Chỉ thị 05.", "documents")
    assert [(d.type, d.number) for d in got] == [
        ("Quyết định", "217"),
        ("Quyết định", "218"),
        ("Chỉ thị", "05"),
    ]


def test_documents_unnumbered(facts):
    got = facts(
        "Thực hiện Nghị quyết Trung ương 4 (khóa XII) và Luật Thực hiện dân chủ ở cơ sở "
        "theo phương châm mới.",
        "documents",
    )
    assert [(d.type, d.number, d.title) for d in got] == [
        ("Nghị quyết", None, "Trung ương 4 (khóa XII)"),
        ("Luật", None, "Thực hiện dân chủ ở cơ sở"),
    ]


def test_documents_code_with_the_type_before_the_issuer(facts):
    text = "Theo bản Kết luận Thanh tra số 12/KL-TT ngày 3/4/2018 và Đề án 07/ĐA-UBND, huyện đã thu hồi."
    got = facts(text, "documents")
    assert [(d.type, d.number, d.date) for d in got] == [
        ("Kết luận", "12/KL-TT", "2018-04-03"),
        ("Đề án", "07/ĐA-UBND", None),
    ]


def test_documents_named_before_their_number(facts):
    text = (
        "Căn cứ Luật Bảo vệ rừng số 12/2009/QH12, Nghị quyết số 7-2016/NQ-CP, Thông tư Liên tịch số "
        "03/2010/TTLT-BTP-BNV và Kế hoạch 2016-2020 của xã; Bộ luật Dân sự số 91/2015/QH13 chưa áp dụng."
    )
    got = facts(text, "documents")
    assert [(d.type, d.number) for d in got] == [
        ("Luật", "12/2009/QH12"),
        ("Nghị quyết", "7-2016/NQ-CP"),
        ("Thông tư liên tịch", "03/2010/TTLT-BTP-BNV"),
    ]


def test_documents_short_mention_and_lowercase_type_with_its_issuer(facts):
    text = (
        "Theo nghị định 31/2019/NĐ-CP của Chính phủ, Nghị định 31 nêu rõ thời hạn; thực hiện nghị quyết 27 "
        "của Ban Bí thư."
    )
    got = facts(text, "documents")
    assert [(d.type, d.number, d.mentions) for d in got] == [
        ("Nghị định", "31/2019/NĐ-CP", 2),
        ("Nghị quyết", "27", 1),
    ]


def test_not_documents(facts):
    assert facts("Luật 2013 quy định rõ; theo quy định 3 ngày là đủ.", "documents") == []


# ---- figures -----------------------------------------------------------------------------------


def test_figures_vietnamese_formats(facts):
    text = (
        "Đảng bộ có 52.828 đảng viên; tăng trưởng đạt 12,27%. Quỹ vận động hơn 21,9 tỉ đồng, "
        "trao 1,9 triệu câu hỏi và trồng 800 nghìn cây; hoàn thành 18/18 chỉ tiêu."
    )
    got = [(f.value, f.unit, f.approx) for f in facts(text, "figures")]
    assert got == [
        (52828, "đảng viên", None),
        (12.27, "%", None),
        (21900000000, "đồng", "hơn"),
        (1900000, "câu", None),
        (800000, "cây", None),
        (18, "chỉ tiêu", None),
    ]


def test_figures_exclusions(facts):
    text = (
        "Ngày 25/9/2020, Đại hội lần thứ XIV nhiệm kỳ 2020 - 2025 khai mạc; Cụm Thi đua số 8 "
        'thực hiện phương châm "4 xin" và 3 khâu đột phá theo Nghị quyết số 08-NQ/TU. '
        "Sau 9 tháng, trong năm 2024, gọi 0292 3821 123 lúc 16:41."
    )
    assert facts(text, "figures") == []


def test_day_and_month_after_a_time_of_day_are_a_date(facts):
    text = "Nhóm này nộp đơn hôm 12-3 nêu rõ yêu cầu; sáng 9-3 khiến 40 hộ dân phải di dời, đêm 2.4 vừa qua."
    assert [(f.value, f.unit) for f in facts(text, "figures")] == [(40, "hộ")]


def test_figure_sentence_and_range(facts):
    got = facts("Mỗi hộ được hỗ trợ từ 5 đến 7 ha đất. Câu khác.", "figures")
    assert [(f.value, f.unit) for f in got] == [(5, "ha"), (7, "ha")]
    assert got[0].sentence == "Mỗi hộ được hỗ trợ từ 5 đến 7 ha đất."


def test_figures_units_of_several_words(facts):
    got = facts(
        "Viện kiểm sát phê chuẩn khởi tố 6 bị can, trong đó có 2 phó giám đốc sở; 3 người bị bắt.", "figures"
    )
    assert [(f.value, f.unit) for f in got] == [(6, "bị can"), (2, "phó giám đốc sở"), (3, "người")]
    got = facts("Đoàn có 4 đồng chí, mang theo 2 triệu đồng.", "figures")
    assert [(f.value, f.unit) for f in got] == [(4, "đồng chí"), (2000000, "đồng")]


# ---- campaigns ---------------------------------------------------------------------------------


def test_campaigns_normalised_and_counted(facts):
    text = (
        'Phong trào thi đua "Dân vận khéo" gắn với Cuộc vận động "Người Việt Nam ưu tiên '
        'dùng hàng Việt Nam"; mô hình dân vận khéo được nhân rộng. Cuộc vận động "Toàn dân '
        'đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Ngày Chủ nhật xanh".'
    )
    got = {c.name: c.count for c in facts(text, "campaigns")}
    assert got == {
        "Dân vận khéo": 2,
        "Người Việt Nam ưu tiên dùng hàng Việt Nam": 1,
        "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh": 1,
        "Ngày Chủ nhật xanh": 1,
    }


def test_campaign_names_that_name_something_else(facts):
    # our own sentences: people held up as examples, an award, a fund, a foreign election campaign
    text = (
        "Huyện biểu dương các tấm gương người tốt, việc tốt trong năm. Hội Nông dân vận động hội viên "
        'phấn đấu đạt danh hiệu nông dân sản xuất, kinh doanh giỏi và đóng góp Quỹ "Đền ơn đáp nghĩa". '
        'Trong bối cảnh đó, Thủ tướng theo dõi chính sách Mỹ theo chiến dịch "Nước Mỹ trên hết".'
    )
    assert facts(text, "campaigns") == []


def test_quoted_campaign_after_exemplar_word_is_the_movement(facts):
    text = 'Tỉnh ủy biểu dương điển hình "Dân vận khéo", gương "Người tốt, việc tốt" trên các lĩnh vực.'
    got = {c.name for c in facts(text, "campaigns")}
    assert got == {"Dân vận khéo", "Người tốt, việc tốt"}


def test_campaign_spellings_pass_the_word_prefilter(facts):
    # the words-present test before each pattern works on folded text: case, accents, punctuation and
    # aliases must still reach the pattern
    text = (
        "Cuoc van dong TOÀN DÂN ĐOÀN KẾT XÂY DỰNG ĐỜI SỐNG VĂN HOÁ Ở KHU DÂN CƯ đạt kết quả tốt; "
        "tổ dân phố tiếp tục thực hiện mô hình Dân-vận-khéo. Một câu không nêu phong trào nào."
    )
    got = {c.name: c.count for c in facts(text, "campaigns")}
    assert got == {"Toàn dân đoàn kết xây dựng đời sống văn hóa": 1, "Dân vận khéo": 1}


def test_joint_document_with_long_code(facts):
    got = facts(
        "Thực hiện Nghị quyết liên tịch số 01/2016/NQLT-CP-UBTƯMTTQVN ngày 28/4/2016 của Chính phủ "
        "và Ủy ban Trung ương MTTQ Việt Nam về phối hợp.",
        "documents",
    )
    assert [(d.type, d.number, d.date, d.issuer) for d in got] == [
        (
            "Nghị quyết liên tịch",
            "01/2016/NQLT-CP-UBTƯMTTQVN",
            "2016-04-28",
            "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam",
        )
    ]


def test_documents_a_second_mention_keeps_the_written_type(facts):
    text = (
        "Căn cứ Quy định số 102-QĐ/TW của Bộ Chính trị, Ủy ban Kiểm tra quyết định kỷ luật. "
        "Hội nghị cũng cho ý kiến về dự thảo sửa đổi Quy định số 102-QĐ/TW."
    )
    got = facts(text, "documents")
    assert [(d.type, d.number, d.mentions) for d in got] == [("Quy định", "102-QĐ/TW", 2)]


def test_documents_a_space_typed_for_the_slash_before_the_code(facts):
    got = facts("Theo Nghị định 67/2014 NĐ-CP của Chính phủ, ngư dân được vay vốn đóng tàu.", "documents")
    assert [(d.type, d.number) for d in got] == [("Nghị định", "67/2014NĐ-CP")]
