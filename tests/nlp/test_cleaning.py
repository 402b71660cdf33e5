"""Cleaning of page dumps and HTML pages written for the tests."""

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
