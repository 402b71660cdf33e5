"""Cleaning of page dumps and HTML pages written for the tests."""

import pytest
from danvan.nlp.cleaning.html import clean_html
from danvan.nlp.cleaning.text import clean_text_dump

from tests.conftest import SAMPLES

DUMP = """29.9 C
Hanoi
Thứ Hai, 14 Tháng 7, 2025
Bạc Liêu: Hội Nông dân tỉnh ra mắt 15 tổ hợp tác trồng lúa sạch
Thứ Bảy, 12/7/2025 10:05'(GMT+7)
Chiều 11/7, Hội Nông dân tỉnh Bạc Liêu tổ chức ra mắt 15 tổ hợp tác trồng lúa theo hướng hữu cơ, thu hút 230 hộ tham gia với tổng diện tích hơn 410 ha tại các huyện Phước Long, Hồng Dân.
anh-1.jpg
Ông Tạ Văn Hòa, Chủ tịch Hội Nông dân tỉnh Bạc Liêu trao quyết định cho các tổ hợp tác.
Ông Tạ Văn Hòa, Chủ tịch Hội Nông dân tỉnh Bạc Liêu trao quyết định cho các tổ hợp tác.
Các tổ hợp tác được hỗ trợ vốn vay ưu đãi từ Quỹ Hỗ trợ nông dân với tổng số tiền 4,2 tỷ đồng, góp phần xây dựng nông thôn mới bền vững trên địa bàn tỉnh trong những năm tới.
MINH KHÔI
Các tin khác
Đồng Tháp đẩy mạnh chuyển đổi số trong nông nghiệp
Đồng Tháp đẩy mạnh chuyển đổi số trong nông nghiệp
Tiền Giang khánh thành 50 căn nhà Đại đoàn kết
Tiền Giang khánh thành 50 căn nhà Đại đoàn kết
"""


def test_dump_title_date_byline_body():
    c = clean_text_dump(DUMP)
    assert c.title == "Bạc Liêu: Hội Nông dân tỉnh ra mắt 15 tổ hợp tác trồng lúa sạch"
    assert c.published == "2025-07-12"  # the dated line with a time, not the site-chrome date
    assert c.author == "MINH KHÔI"
    assert "anh-1.jpg" not in c.body
    assert c.body.count("Ông Tạ Văn Hòa") == 1  # caption printed twice is kept once
    assert "Đồng Tháp" not in c.body and "Tiền Giang" not in c.body
    assert c.body.endswith("trong những năm tới.")


def test_related_list_without_marker():
    body = "\n".join(
        [
            "Tiêu đề bài viết về công tác dân vận ở cơ sở",
            "Thứ Ba, 3/9/2024 07:00",
            "Đoạn thân bài thứ nhất nói về công tác dân vận của chính quyền xã với rất nhiều chi tiết "
            "cụ thể về cách làm, kết quả đạt được và bài học kinh nghiệm rút ra.",
            "Văn Tùng",
            "Long An tổ chức hội nghị tổng kết công tác Mặt trận năm 2024",
            "Long An tổ chức hội nghị tổng kết công tác Mặt trận năm 2024",
            "(BMT) - Sáng 2/9, Ủy ban MTTQ tỉnh tổ chức hội nghị.",
            "Trà Vinh trao 100 suất quà cho hộ nghèo đồng bào Khmer dịp lễ",
            "Trà Vinh trao 100 suất quà cho hộ nghèo đồng bào Khmer dịp lễ",
            "(BMT) - Ngày 1/9, tỉnh trao quà.",
        ]
    )
    c = clean_text_dump(body)
    assert c.author == "Văn Tùng"
    assert "Long An" not in c.body and "Trà Vinh" not in c.body


def test_html_uses_page_metadata():
    page = (SAMPLES / "ca-mau-nong-thon-moi.html").read_text(encoding="utf-8")
    c, meta = clean_html(page)
    assert c.title == "Cà Mau: 18 xã đạt chuẩn nông thôn mới nâng cao"
    assert c.published == "2025-03-14"
    assert c.author == "Hoàng Lan"
    assert meta.canonical.endswith("ca-mau-18-xa-ntm-nang-cao.html")
    assert "Bạc Liêu khánh thành" not in c.body
    assert "Trang chủ" not in c.body
    assert "Phan Quốc Dũng" in c.body


def test_a_brief_reprinted_by_a_second_outlet_keeps_its_body():
    from danvan.nlp.cleaning.html import clean_html

    brief = (
        "Sáng 14/6, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri xã Thạnh Lộc trước kỳ họp. Cử tri kiến nghị sớm nâng "
        "cấp tuyến đê bao và hỗ trợ giống lúa sau hạn mặn. Các đại biểu ghi nhận và chuyển đến các ngành chức năng."
    )
    page = "<html><head><title>Bài {n}</title></head><body><article><p>{b}</p></article></body></html>"
    bodies = [clean_html(page.format(n=n, b=brief))[0].body for n in range(3)]
    assert bodies == [brief] * 3


BODY = (
    "Ủy ban MTTQ Việt Nam xã tổ chức hội nghị sơ kết công tác vận động nhân dân tham gia xây dựng nông thôn mới, "
    "với sự tham dự của đại diện các ban, ngành, đoàn thể và trưởng các ấp trên địa bàn xã.\n"
    "Hội nghị đã thống nhất nhiều giải pháp để huy động nguồn lực của người dân trong thời gian tới."
)


@pytest.mark.parametrize(
    "head,after_title,want",
    [
        (["Trang chủ", "Đăng ngày: 03/05/2024 - Lượt xem: 112"], [], "2024-05-03"),
        (["Thứ Hai, 06/11/2023", "Thời sự"], ["Thu Hà - 08:15 12/04/2023 GMT+7"], "2023-04-12"),
        (["Cổng thông tin"], ["(15/06/2021)"], "2021-06-15"),
        (["Thứ Tư, 15/11/2023", "27°C"], ["Thứ 3, 14/11/2023 | 09:05:12"], "2023-11-14"),
        (["Trang chủ"], ["* * *", "20/06/2021 07:30"], "2021-06-20"),
        (["Hôm nay: Thứ Hai, 07/08/2023 10:00"], ["Thứ Bảy, 05/08/2023 - 09:15"], "2023-08-05"),
        (["31°C", "Cần Thơ", "Chủ Nhật, 14/07/2024"], [], None),
    ],
)
def test_publication_date_forms(head, after_title, want):
    title = "Xã An Bình sơ kết công tác vận động xây dựng nông thôn mới"
    page = "\n".join([*head, title, *after_title, BODY])
    cleaned = clean_text_dump(page)
    assert cleaned.published == want
    assert cleaned.title == title
    assert cleaned.body.startswith("Ủy ban MTTQ")
