"""Headline choice on portal pages: section labels, the candidate nearest the text, menus with dashes."""

from __future__ import annotations

from danvan.crawler import page_analysis as pa
from danvan.crawler.article_detection import is_section_label, nearest_the_text
from danvan.crawler.listing_structure import is_label
from lxml import html as lxml_html
from parsel import Selector

BASE = "http://127.0.0.1:8000"
HEADLINE = "Xã Tân Hòa ra mắt mô hình dân vận khéo trong xây dựng đường giao thông"
BODY = (
    "<p>Sáng 14/5, Ủy ban nhân dân xã Tân Hòa tổ chức ra mắt mô hình dân vận khéo trong xây dựng "
    "đường giao thông nông thôn, với sự tham gia của hơn 200 hộ dân trên địa bàn các ấp.</p>"
    "<p>Theo kế hoạch, Nhân dân đóng góp ngày công và hiến đất để mở rộng 3,5 km đường liên ấp; "
    "dịch vụ vận chuyển vật liệu do các doanh nghiệp trên địa bàn hỗ trợ, công trình hoàn thành trong năm.</p>"
)
MENU = (
    "<div class='menu'><a href='/'>TRANG CHỦ</a> | <a href='/gioi-thieu.html'>GIỚI THIỆU</a> | "
    "<a href='/tin-tuc.html'>TIN TỨC - SỰ KIỆN</a> | <a href='/van-ban.html'>VĂN BẢN</a> | "
    "<a href='/lien-he.html'>LIÊN HỆ</a></div>"
)
SIDEBAR = (
    "<div class='box'><div class='box-title'>DỊCH VỤ CÔNG TRỰC TUYẾN XÃ</div>"
    "<a href='#'><img src='/dvc.png' alt=''></a></div>"
)


def portal_page(box_heading: str, dated: bool = True) -> str:
    date = "<div class='ngay-dang'>15-05-2024 08:10:00</div>" if dated else ""
    return (
        f"<html><head><title>Chi tiết tin - Cổng thông tin xã</title></head><body>{MENU}"
        f"<table><tr><td>{SIDEBAR}</td><td><div class='box-title'><span>{box_heading}</span></div>"
        f"<div class='tieude'>{HEADLINE}</div>{date}<div class='noidung'>{BODY}</div></td></tr></table>"
        "</body></html>"
    )


def classify(html: str, path: str) -> pa.Verdict:
    url = BASE + path
    return pa.classify(Selector(text=html, type="html", base_url=url), url, None, ["127.0.0.1"])


def test_section_labels_are_told_by_their_words():
    assert is_section_label("CHI TIẾT TIN")
    assert is_section_label("Tin tức – Sự kiện:")
    assert is_section_label("  tin   đọc nhiều ")
    assert not is_section_label(HEADLINE)
    assert not is_section_label("Chi tiết tin về lễ ra mắt mô hình dân vận khéo")


def test_a_box_heading_over_the_headline_is_not_the_headline():
    verdict = classify(portal_page("CHI TIẾT TIN TỨC"), "/tin/chi-tiet.php?id=12")
    assert verdict.is_article, verdict.signals
    assert verdict.title == HEADLINE
    assert str(verdict.published) == "2024-05-15"


def test_of_matching_candidates_the_one_just_above_the_text_is_the_headline():
    doc = lxml_html.fromstring(portal_page("TIN HOẠT ĐỘNG"))
    sidebar = doc.xpath("//div[@class='box-title']")[0]
    headline = doc.xpath("//div[@class='tieude']")[0]
    paragraph = doc.xpath("//p")[0].text_content()
    found = [("DỊCH VỤ CÔNG TRỰC TUYẾN XÃ", sidebar), (HEADLINE, headline)]
    assert nearest_the_text(found, ["Cổng thông tin xã", paragraph])[0] == HEADLINE
    # one candidate: taken as it is; no paragraph after either: the first
    assert nearest_the_text(found[:1], [paragraph])[0] == found[0][0]
    assert nearest_the_text(found, ["Không có trong trang này, một đoạn văn khác hẳn."])[0] == found[0][0]


def test_a_dash_between_words_is_no_word_of_a_menu_label():
    assert is_label("TIN TỨC - SỰ KIỆN", 4)
    assert is_label("Văn bản / Chỉ đạo", 4)
    assert not is_label("Văn bản chỉ đạo, điều hành", 4)


def test_the_page_a_menu_entry_with_a_dashed_label_leads_to_is_no_article():
    page = portal_page("TIN TỨC - SỰ KIỆN")
    verdict = classify(page, "/tin-tuc.html")
    assert not verdict.is_article
    assert "NOT:menu-page:a-menu-entry-links-here" in verdict.signals, verdict.signals
    assert classify(page, "/tin/chi-tiet.php?id=12").is_article
