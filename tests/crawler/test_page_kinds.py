"""Unit cases for site footers, home pages, record pages and articles' related lists (handwritten HTML)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import run_crawl
from danvan.crawler import page_analysis as pa
from danvan.crawler.detection_rules import rules
from danvan.crawler.fixtures_server import serve
from danvan.crawler.listing_structure import link_items, without_own_article
from danvan.crawler.page_kinds import (
    document_record,
    figures_list,
    marked_share,
    names_a_document,
    official_document,
    outline_text,
    own_block_kind,
    price_table,
    schedule_line,
)
from danvan.crawler.printed_dates import printed_date
from danvan.crawler.record_pages import labelled_record, record_fields
from danvan.crawler.site_chrome import footer_start
from parsel import Selector

BASE = "http://127.0.0.1:8000"
HEADLINE = "Xã Tân Phước tổ chức ngày hội đại đoàn kết toàn dân tộc năm 2023"
BODY = (
    "<p>Sáng 15/11, Ban công tác Mặt trận ấp Tân Phước tổ chức ngày hội đại đoàn kết toàn dân tộc với sự "
    "tham gia của hơn 200 hộ dân trong ấp và đại diện lãnh đạo xã.</p>"
    "<p>Dịp này, Ban tổ chức trao 20 phần quà cho hộ nghèo, mỗi phần trị giá 500 nghìn đồng, do các nhà "
    "hảo tâm trên địa bàn đóng góp.</p>"
    "<p>Năm nay, ấp có 95% hộ đạt danh hiệu gia đình văn hóa, tăng 3% so với năm trước.</p>"
)
# the same text as an old ASP site writes it: <FONT>, paragraphs split by <BR><BR>, no <p>
BR_BODY = "<font>" + BODY[3:-4].replace("</p><p>", "<br><br>") + "<br><br>Thanh Hà</font>"
# a footer row as a provincial portal writes it: owner, address and phone, licence
FOOTER = (
    "<b>Trang thông tin điện tử xã Tân Phước. Cơ quan chủ quản: Ủy ban nhân dân xã Tân Phước</b><br>"
    "Địa chỉ: ấp Tân Phước, huyện Tân Hồng - Điện thoại: 0277 3830 xxx<br>"
    "Giấy phép số 12/GP-STTTT ngày 3/4/2020. Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
)
SIDEBAR = (
    "<div class='box'><b>DANH MỤC</b><br><a href='/gioi-thieu.asp'>Giới thiệu</a><br>"
    "<a href='/tin-tuc.asp'>Tin tức</a><br><a href='/lien-he.asp'>Liên hệ</a></div>"
)


def table_page(content: str, title: str = "Tin tức - Xã Tân Phước") -> str:
    """An old table layout: a sidebar cell, the content cell, a footer row."""
    return (
        f"<html><head><title>{title}</title></head><body><table width='100%'><tr><td>{SIDEBAR}</td>"
        f"<td><div class='noidung'>{content}</div></td></tr><tr><td colspan='2'><div>{FOOTER}</div></td></tr>"
        "</table></body></html>"
    )


def classify(html: str, path: str) -> pa.Verdict:
    url = BASE + path
    return pa.classify(Selector(text=html, type="html", base_url=url), url, None, ["127.0.0.1"])


def test_the_footer_is_the_marked_tail_of_short_lines():
    body = ["Đoạn thứ nhất của bài báo, kể lại buổi lễ ra mắt mô hình mới ở xã. " * 3, "Thanh Hà"]
    footer = ["Cơ quan chủ quản: UBND xã", ", tỉnh Đồng Tháp", "Điện thoại: 0277 xxx - Email: a@b.vn"]
    assert footer_start(body + footer) == len(body)
    # one line holding a marker is no footer (a contact line closing a notice), nor a marker line
    # followed by a paragraph
    assert footer_start([*body, "Mọi chi tiết xin liên hệ điện thoại: 0277 3830 xxx"]) == len(body) + 1
    assert footer_start([footer[0], footer[2], body[0]]) == 3
    # contact lines alone (a staff list, a notice's contacts) are no footer: it names the site's owner,
    # licence, editor or designer
    staff = [
        "Ông Thạch Phol - Chủ tịch. Điện thoại: 0294 3834 xxx",
        "Bà Lê Thị Ba - Phó Chủ tịch. Email: a@b.vn",
    ]
    assert footer_start(body + staff) == len(body) + 2


def test_a_table_layout_footer_is_neither_body_nor_headline():
    content = f"<font size=3><b>{HEADLINE}</b></font><br><font>(Cập nhật: 15/11/2023 9:41:25 AM)</font><br>{BR_BODY}"
    verdict = classify(table_page(content, f"{HEADLINE} - Xã Tân Phước"), "/tintuc/chitiet.asp?id=12")
    assert verdict.is_article, verdict.signals
    assert any(s.startswith("footer-dropped=") for s in verdict.signals)
    assert verdict.title == HEADLINE and str(verdict.published) == "2023-11-15"
    assert verdict.body[-1] == "Thanh Hà", verdict.body  # the byline kept, the footer's 3 lines not
    # a listing's last page: one teaser; the footer's bold owner line and licence date are no headline
    # and no date of an "article"
    teaser = (
        "<div class='item'><a href='/tintuc/chitiet.asp?id=7'>Hội Nông dân xã sơ kết công tác 6 tháng đầu "
        "năm</a> (12/07/2023)<br>Các cơ sở Hội phát triển thêm 41 hội viên mới trong 6 tháng.</div>"
    )
    listing = classify(table_page(teaser), "/tintuc/danhsach.asp?cat=3&page=2")
    assert not listing.is_article, listing.signals
    assert "Cơ quan chủ quản" not in listing.title


@pytest.mark.parametrize("path", ["/", "/index.php", "/Default.aspx", "/trang-chu/"])
def test_a_home_page_is_no_article(path):
    html = table_page(f"<h1>{HEADLINE}</h1><div>15/11/2023</div>{BODY}")
    verdict = classify(html, path)
    assert not verdict.is_article and "NOT:home-page" in verdict.signals, verdict.signals
    # the same page at an article's address (an index script with a query is no home page)
    for article_path in ("/index.php?option=com_content&id=12", "/tin-tuc/ngay-hoi-dai-doan-ket.html"):
        assert classify(html, article_path).is_article


DOCUMENT = (
    "<h2>CHI TIẾT VĂN BẢN</h2><table border='1'>"
    "<tr><td><b>Số/Ký hiệu</b></td><td>215/KH-UBND</td></tr>"
    "<tr><td><b>Ngày ban hành</b></td><td>02/10/2023</td></tr>"
    "<tr><td><b>Cơ quan ban hành</b></td><td>Ủy ban nhân dân xã Tân Phước</td></tr>"
    "<tr><td><b>Người ký</b></td><td>Phó Chủ tịch</td></tr>"
    "<tr><td><b>Trích yếu</b></td><td>Kế hoạch tổ chức ngày hội đại đoàn kết toàn dân tộc năm 2023 trên địa "
    "bàn xã. Các ấp xây dựng kế hoạch và báo cáo kết quả về Ủy ban.</td></tr></table>"
)


def test_an_official_document_record_is_no_article():
    verdict = classify(table_page(DOCUMENT, "215/KH-UBND - Xã Tân Phước"), "/vanban/chitiet.asp?id=215")
    assert not verdict.is_article
    assert any(s.startswith("NOT:record-page:document(") for s in verdict.signals), verdict.signals
    assert record_fields(Selector(text=DOCUMENT).root)[0] == "document"
    # an article that names a document in its prose shows no labelled fields
    prose = f"<h1>{HEADLINE}</h1><div>15/11/2023</div>{BODY}<p>Kế hoạch số 215, ngày ban hành 02/10.</p>"
    assert classify(table_page(prose), "/tintuc/chitiet.asp?id=12").is_article


EVENT = (
    "<h1>Hội thi tìm hiểu pháp luật năm 2024</h1><h2>20/06/2024 07:30 - 11:30</h2>"
    "<p>Hội thi dành cho các đội thi đến từ 11 xã, thị trấn. Nội dung thi gồm phần chào hỏi, kiến thức "
    "pháp luật và tiểu phẩm tuyên truyền.</p>"
    "<dl><dt>Ngày:</dt><dd>20/06/2024</dd><dt>Thời gian:</dt><dd>07:30 - 11:30</dd></dl>"
    "<h3>Địa điểm</h3><p>Hội trường Ủy ban nhân dân huyện</p>"
)


def test_an_event_page_is_no_article_but_an_article_about_the_event_is():
    page = f"<html><head><title>Sự kiện</title></head><body><main>{EVENT}</main></body></html>"
    verdict = classify(page, "/su-kien/hoi-thi-tim-hieu-phap-luat-nam-2024/")
    assert not verdict.is_article
    assert any(s.startswith("NOT:record-page:event(") for s in verdict.signals), verdict.signals
    # a report of the event with paragraphs of prose: labels in a box beside it do not make it a record
    report = EVENT.replace("<dl>", BODY + BODY.replace("Sáng 15/11", "Chiều 15/11") + "<dl>")
    assert classify(page.replace(EVENT, report), "/tin-tuc/hoi-thi-tim-hieu-phap-luat.html").is_article


def _headline(n: int) -> str:
    return f"Ấp Tân Phước {n} tổ chức ngày hội đại đoàn kết toàn dân tộc"


def _article(n: int, related: list[int]) -> str:
    items = "".join(
        f"<li><a href='/tin/bai-{i}.html'>{_headline(i)}</a> (0{i}/05/2024)</li>" for i in related
    )
    return (
        f"<html><head><title>Bài {n}</title></head><body><div class='menu'><a href='/'>Trang chủ</a> "
        f"<a href='/tin/'>Tin tức</a></div><h1>{_headline(n)}</h1>"
        f"<div>0{n}/05/2024</div>{BODY.replace('200', str(200 + n))}<h3>Các tin khác</h3><ul>{items}</ul>"
        "</body></html>"
    )


def test_an_article_s_related_list_leads_to_articles_no_listing_reaches(tmp_path: Path):
    site = tmp_path / "site"
    (site / "tin").mkdir(parents=True)
    listing = "".join(
        f"<div class='item'><a href='/tin/bai-{i}.html'>{_headline(i)}</a><p>Tóm tắt tin số {i}.</p></div>"
        for i in (1, 2, 3)
    )
    (site / "index.html").write_text(f"<html><body><h2>Tin mới</h2>{listing}</body></html>", encoding="utf-8")
    for n in (1, 2, 3):
        (site / "tin" / f"bai-{n}.html").write_text(
            _article(n, [i for i in (1, 2, 3, 4) if i != n]), encoding="utf-8"
        )
    (site / "tin" / "bai-4.html").write_text(_article(4, [1, 2]), encoding="utf-8")  # in no listing
    server = serve(site)
    try:
        result = run_crawl(tmp_path, "--url", server.base_url + "/")
    finally:
        server.stop()
    stored = {row["canonical_url"].rsplit("/", 1)[-1] for row in result.pages}
    assert stored == {"bai-1.html", "bai-2.html", "bai-3.html", "bai-4.html"}


QUESTION = (
    "<h2>CHI TIẾT HỎI ĐÁP</h2><h1>Thủ tục cấp lại sổ hộ nghèo bị mất</h1><div>04/03/2024</div>"
    "<table class='hoidap'>"
    "<tr><td>Người hỏi:</td><td>Trần Thị Mai - ấp Tân Phước</td></tr>"
    "<tr><td>Ngày gửi:</td><td>04/03/2024</td></tr>"
    "<tr><td>Nội dung câu hỏi:</td><td>Gia đình tôi muốn xin cấp lại sổ hộ nghèo bị mất. Xin hỏi cần những giấy tờ "
    "gì và nộp ở đâu?</td></tr>"
    "<tr><td>Trả lời:</td><td>Bà mang căn cước công dân đến bộ phận một cửa của xã. Cán bộ sẽ hướng dẫn viết "
    "đơn đề nghị cấp lại.</td></tr></table>"
)


def test_a_citizen_question_and_its_answer_is_a_record_not_an_article():
    verdict = classify(table_page(QUESTION, "Hỏi đáp - Xã Tân Phước"), "/hoidap/chitiet.asp?id=31")
    assert not verdict.is_article
    assert any(s.startswith("NOT:record-page:question(") for s in verdict.signals), verdict.signals
    # a row's first cell is a label only with a value beside it: a one-column table of names is none
    lone = "<table><tr><td>Câu hỏi</td></tr><tr><td>Trả lời</td></tr><tr><td>Người hỏi</td></tr></table>"
    assert record_fields(Selector(text=lone).root) == ("", [])


INTRO = (
    "<p>Thực hiện Nghị quyết của Tỉnh ủy về công tác dân vận trong tình hình mới, những năm qua các cấp ủy "
    "ở cơ sở đã có nhiều cách làm sáng tạo. Loạt bài ghi lại những câu chuyện ở các ấp, khóm của xã.</p>"
)


TEASERS = [
    "Ở những ấp vùng sâu, cán bộ cùng ăn, cùng ở, cùng làm với dân là cách để người dân tin theo.",
    "Các cấp ủy lắng nghe ý kiến người dân trước khi quyết định những việc lớn của ấp, xã.",
    "Mỗi cán bộ, đảng viên phải là một cán bộ dân vận ở nơi cư trú, gương mẫu trước Nhân dân.",
]


def _series(headline: str, parts: list[str]) -> str:
    items = "".join(
        f"<div class='item'><a href='/tin/ky-{i}-{i}00.html'>{p}</a><span>0{i}/05/2024</span><p>{t}</p></div>"
        for i, (p, t) in enumerate(zip(parts, TEASERS, strict=False), 1)
    )
    return (
        f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1><div>10/05/2024</div>"
        f"{INTRO}{items}</body></html>"
    )


def test_a_series_index_lists_numbered_parts_after_its_intro():
    parts = [
        "Kỳ 1: Cán bộ ba cùng với dân",
        "Kỳ 2: Nghe dân nói, nói dân hiểu",
        "Kỳ 3: Mỗi đảng viên một tấm gương",
    ]
    verdict = classify(_series("Công tác dân vận ở cơ sở", parts), "/chuyen-de/cong-tac-dan-van.html")
    assert not verdict.is_article
    assert any(s.startswith("NOT:listing:series-index(3") for s in verdict.signals), verdict.signals
    # an installment listing the others is an article, and so is a page whose linked items are not parts
    assert "NOT:listing:series-index(3" not in " ".join(
        classify(_series("Kỳ 2: Nghe dân nói, nói dân hiểu", parts), "/tin/ky-2-200.html").signals
    )
    plain = [p.split(": ")[1] for p in parts]
    assert not any("series-index" in s for s in classify(_series("Dân vận", plain), "/a/b.html").signals)


def _photos(intro: str) -> str:
    pictures = "".join(
        f"<table class='caption'><tr><td><a href='/img/s1600/anh{i}.jpg'><img src='/img/s400/anh{i}.jpg'></a>"
        f"</td></tr><tr><td>{c}</td></tr></table>"
        for i, c in enumerate(
            [
                "Các hội viên lớn tuổi vẫn hăng hái trộn bê tông cùng con cháu trong thôn.",
                "Chi hội góp 40 ngày công và 12 triệu đồng tiền mặt cho công trình.",
                "Đoạn đường dài 650 m hoàn thành sau hai ngày thi công, đúng kế hoạch.",
            ]
        )
    )
    return (
        "<html><head><title>Hội viên ra quân làm đường</title></head><body>"
        "<h1>Hội viên Cựu chiến binh xã Tân Phước ra quân làm đường bê tông</h1><div>27/08/2023</div>"
        f"{intro}{pictures}</body></html>"
    )


def test_a_photo_report_opened_by_a_paragraph_is_an_article_an_album_is_not():
    intro = (
        "<p>Hưởng ứng phong trào thi đua, sáng 27/8, gần 80 hội viên Cựu chiến binh xã Tân Phước ra quân "
        "làm đường bê tông ở ấp Tân Phước, dài 650 m.</p>"
    )
    verdict = classify(_photos(intro), "/2023/08/hoi-vien-ra-quan-lam-duong.html")
    assert verdict.is_article, verdict.signals
    assert "photo-report:captioned-pictures-after-prose" in verdict.signals
    assert not classify(_photos(""), "/2023/08/hoi-vien-ra-quan-lam-duong.html").is_article


def test_a_caption_repeating_the_headline_does_not_cut_the_paragraph_above_it():
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1><div>15/11/2023</div>"
        f"{BODY[: BODY.index('</p>') + 4]}<figure><img src='/a.jpg'><figcaption>{HEADLINE} (ảnh minh họa)"
        f"</figcaption></figure>{BODY[BODY.index('</p>') + 4 :]}</body></html>"
    )
    verdict = classify(page, "/tin-tuc/ngay-hoi-dai-doan-ket-ap-tan-phuoc.html")
    assert verdict.is_article
    assert verdict.body[0].startswith("Sáng 15/11"), verdict.body


def test_an_article_dated_only_in_its_closing_byline_is_an_article_a_licence_date_dates_nothing():
    more = (
        "<p>Phát biểu tại ngày hội, đại diện Ủy ban Mặt trận Tổ quốc xã ghi nhận những kết quả ấp đạt được "
        "trong cuộc vận động toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh, đề nghị Ban công tác "
        "Mặt trận ấp tiếp tục phát huy vai trò nòng cốt, vận động Nhân dân giữ gìn vệ sinh môi trường.</p>"
    )
    page = table_page(f"<h2>{HEADLINE}</h2>{BODY}{more}<p>Thanh Hà - 16/11/2023</p>")
    dated = classify(page, "/tin.asp?id=7")
    assert dated.is_article, dated.signals
    assert "date-in-closing-byline=2023-11-16" in dated.signals
    # undated, the footer's licence ('Giấy phép số 12/GP-STTTT ngày 3/4/2020') after the text: no date
    undated = classify(table_page(f"<h2>{HEADLINE}</h2>{BODY}{more}"), "/tin.asp?id=7")
    assert not undated.is_article
    assert undated.published is None and "NOT:no-date" in undated.signals, undated.signals


def _sitemap_listed(html: str, path: str) -> pa.Verdict:
    url = BASE + path
    return pa.classify(Selector(text=html, type="html", base_url=url), url, None, ["127.0.0.1"], "sitemap")


def test_a_page_in_another_language_is_no_article_even_listed_undated():
    english = (
        "<p>The Viet Nam Fatherland Front Committee of the province gathers and promotes the strength of great "
        "national unity and represents the legitimate rights and interests of the people.</p>"
        "<p>Its Standing Board consists of a President, three Vice Presidents and a standing member.</p>"
    )
    page = f"<html><head><title>About us - Provincial Front</title></head><body><main><h1>About us</h1>{english}</main></body></html>"
    verdict = _sitemap_listed(page, "/en/about")
    assert not verdict.is_article
    assert any(s.startswith("NOT:not-vietnamese:") for s in verdict.signals), verdict.signals
    # the same page in Vietnamese, listed in the sitemap without a date, is judged on everything else
    viet = page.replace(english, BODY).replace("About us", HEADLINE)
    assert not any(s.startswith("NOT:not-vietnamese") for s in _sitemap_listed(viet, "/tin/12").signals)
    # a Vietnamese text quoting English terms is still Vietnamese; too few words judge nothing
    assert marked_share([BODY + " Smart city, e-government, digital transformation."], 20) > 0.3
    assert marked_share(["Contact us"], 20) is None


PRICES = (
    "<h1 class='cate-title'>Bảng giá quảng cáo năm 2024</h1><p>Áp dụng từ ngày 01/01/2024 đến hết ngày "
    "31/12/2024. Giá chưa bao gồm thuế giá trị gia tăng.</p><table><tr><th>Vị trí</th><th>Kích thước</th>"
    "<th>Đơn giá (đồng/tuần)</th></tr><tr><td>Đầu trang chủ</td><td>1200 x 120</td><td>8.000.000</td></tr>"
    "<tr><td>Cột phải</td><td>300 x 250</td><td>5.000.000</td></tr><tr><td>Trong bài</td><td>640 x 200</td>"
    "<td>4.000.000 đ</td></tr></table><p>Mọi chi tiết xin liên hệ Phòng Trị sự - Quảng cáo của báo, điện "
    "thoại 0237.385xxxx, email quangcao@baotinh.vn để được tư vấn.</p>"
)


def test_a_price_list_is_no_article_but_a_dated_market_report_with_prices_is():
    page = f"<html><head><title>Quảng cáo</title></head><body><main>{PRICES}</main></body></html>"
    verdict = _sitemap_listed(page, "/bang-gia-quang-cao.html")
    assert not verdict.is_article
    # its headline names a price list over the rows, or its priced table has no dateline
    kinds = ("NOT:price-list:priced-table-and-no-dateline", "NOT:record-page:4-rows-under-a-list-s-headline")
    assert any(s.startswith(kinds) for s in verdict.signals), verdict.signals
    assert price_table(Selector(text=PRICES).root, rules()["price_list"])
    # a table of values that are no prices ("Giá trị sản xuất") is no price list
    values = PRICES.replace("Đơn giá (đồng/tuần)", "Giá trị sản xuất (tỷ đồng)")
    assert not price_table(Selector(text=values).root, rules()["price_list"])
    # a market report: its dateline by a news headline, the same table, told in paragraphs
    told = (
        "<p>Năm 2024, giá quảng cáo trên báo điện tử của tỉnh tăng nhẹ so với năm trước, do lượng bạn đọc trên "
        "thiết bị di động tăng mạnh và nhiều doanh nghiệp chuyển sang quảng cáo trực tuyến.</p>"
    )
    report = PRICES.replace("</h1>", "</h1><div class='date'>Thứ Hai, 06/05/2024 - 08:15</div>" + told, 1)
    report = report.replace(
        "Bảng giá quảng cáo năm 2024", "Giá quảng cáo trên báo điện tử tăng nhẹ trong năm 2024"
    )
    verdict = classify(page.replace(PRICES, report), "/kinh-te/gia-quang-cao-tang-1234.html")
    assert verdict.is_article, verdict.signals
    # ... not the table under one dated paragraph: the week's or the year's price bulletin
    bulletin = report.replace(told, "")
    verdict = classify(page.replace(PRICES, bulletin), "/kinh-te/gia-quang-cao-tang-1234.html")
    assert "NOT:price-list:priced-table-under-one-paragraph" in verdict.signals, verdict.signals


EVENT_PAGE = (
    "<div data-hook='event-title'><h1><span>Ngày hội Thanh niên tình nguyện hè 2024</span></h1></div>"
    "<div data-hook='event-full-date'>Th 7, 15 thg 6, 2024, 07:00 – 11:00 GMT+7</div>"
    "<div data-hook='event-full-location'>Sân vận động xã Phước Hòa, huyện Tuy Phước</div>"
    "<a href='#dang-ky'>Đăng ký</a><h2>Giới thiệu</h2><div>Ngày hội là dịp ra quân Chiến dịch Thanh niên tình "
    "nguyện hè năm 2024 của tuổi trẻ xã, với các đội hình vì môi trường và chăm lo thiếu nhi.</div>"
    "<div>Các chi đoàn đăng ký số lượng đoàn viên tham gia trước ngày 10/6/2024 qua biểu mẫu trên trang "
    "này hoặc liên hệ trực tiếp Văn phòng Đoàn xã.</div>"
)


def test_an_event_plugin_s_schedule_set_in_spans_is_read_as_one_line():
    event = (
        "<h1>Hội nghị kết nối doanh nhân kiều bào năm 2025</h1><div class='schedule'><span>07/05/2025 @ 08:00</span>"
        " - <span>11:30</span></div><div><p>Hội nghị do Sở Ngoại vụ chủ trì, giới thiệu tiềm năng và sản phẩm chủ lực "
        "của tỉnh tới các doanh nhân kiều bào. Khách mời gồm khoảng 80 doanh nhân và 60 doanh nghiệp, hợp tác xã có "
        "sản phẩm OCOP.</p></div>"
    )
    page = f"<html><head><title>Sự kiện</title></head><body><main>{event}</main></body></html>"
    verdict = _sitemap_listed(page, "/su-kien/hoi-nghi-kieu-bao-2025/")
    assert any(s.startswith("NOT:event-page:schedule-under-its-name(") for s in verdict.signals), (
        verdict.signals
    )


def test_an_event_page_shows_its_schedule_under_its_name_without_labels():
    page = f"<html><head><title>Sự kiện</title></head><body><main>{EVENT_PAGE}</main></body></html>"
    verdict = _sitemap_listed(page, "/event-details/ngay-hoi-thanh-nien-tinh-nguyen-he-2024")
    assert not verdict.is_article
    assert any(s.startswith("NOT:event-page:schedule-under-its-name(") for s in verdict.signals)
    assert schedule_line(["15/6/2024 | 7h00 - 11h00"], rules()["schedule"])
    # a news dateline gives one time, not a range; a time range in a sentence is no schedule
    assert not schedule_line(["Thứ bảy, 15/06/2024 - 07:15 GMT+7"], rules()["schedule"])
    report = EVENT_PAGE.replace(
        "Th 7, 15 thg 6, 2024, 07:00 – 11:00 GMT+7", "Thứ bảy, 15/06/2024 - 14:20 GMT+7"
    )
    verdict = classify(page.replace(EVENT_PAGE, report), "/tin-tuc/ngay-hoi-thanh-nien-1234.html")
    assert verdict.is_article, verdict.signals


def _nukeviet(main: str, path: str) -> str:
    menu = (
        "<ul class='nav'><li><a href='/vi/'>Trang nhất</a></li><li><a href='/vi/about/'>Giới thiệu</a></li>"
        "<li><a href='/vi/news/tin-tuc-su-kien/'>Tin tức - Sự kiện</a></li>"
        "<li><a href='/vi/news/cong-tac-dang-doan-the/'>Công tác Đảng - Đoàn thể của ngành</a></li>"
        "<li><a href='/vi/contact/'>Liên hệ</a></li></ul>"
    )
    return f"<html><head><title>Phòng GD&amp;ĐT</title></head><body><nav>{menu}</nav><section>{main}</section></body></html>"


def test_a_section_page_whose_heading_names_its_own_menu_link_is_no_article():
    # one entry on the section's first page: no repeated blocks; the menu holds a long label (no menu rule)
    entry = (
        "<h1 class='hidden'>Tin tức - Sự kiện</h1><div class='news_column'><h3><a href='/vi/news/tin-tuc-su-"
        f"kien/hoi-thi-412.html'>{HEADLINE}</a></h3><div>Thứ hai - 20/05/2024 08:30</div>Ban công tác Mặt "
        "trận ấp tổ chức ngày hội với hơn 200 hộ dân tham gia. Năm nay ấp có 95% hộ đạt gia đình văn hóa.</div>"
        "<ul class='pagination'><li><a href='/vi/news/tin-tuc-su-kien/page-2.html'>2</a></li></ul>"
    )
    verdict = _sitemap_listed(_nukeviet(entry, ""), "/vi/news/tin-tuc-su-kien/")
    assert not verdict.is_article
    assert "NOT:menu-page:its-heading-names-a-link-here" in verdict.signals, verdict.signals
    # an article whose breadcrumb's last step links to itself with its headline is an article
    article = (
        f"<div class='crumbs'><a href='/vi/news/tin-tuc-su-kien/'>Tin tức - Sự kiện</a> » <a href='/vi/news/"
        f"tin-tuc-su-kien/hoi-thi-412.html'>{HEADLINE}</a></div><h1>{HEADLINE}</h1>"
        f"<div>Thứ hai - 20/05/2024 08:30</div>{BODY}"
    )
    verdict = classify(_nukeviet(article, ""), "/vi/news/tin-tuc-su-kien/hoi-thi-412.html")
    assert verdict.is_article, verdict.signals


# a district office's weekly work schedule, one row a session, as a portal's sidebar or own page shows it
WEEK_ROWS = [
    ("Thứ Hai 14/10", "Sáng", "Họp giao ban Thường trực Huyện ủy (Bí thư Huyện ủy)"),
    ("Thứ Hai 14/10", "Chiều", "Làm việc với Đảng ủy xã Tân Lập về công tác cán bộ (Phó Bí thư)"),
    ("Thứ Ba 15/10", "Sáng", "Dự hội nghị sơ kết phong trào Dân vận khéo (Trưởng ban Dân vận)"),
    ("Thứ Tư 16/10", "Cả ngày", "Kiểm tra công tác giảm nghèo tại xã Phú Mỹ (Chủ tịch UBND huyện)"),
    ("Thứ Năm 17/10", "Sáng", "Tiếp công dân định kỳ tại Trụ sở tiếp công dân huyện (Bí thư)"),
    ("Thứ Sáu 18/10", "Chiều", "Họp Ban Thường vụ Huyện ủy (Thường trực Huyện ủy)"),
]
WEEK_TABLE = (
    "<table class='schedule'><tr><th>Thời gian</th><th>Nội dung</th></tr>"
    + "".join(f"<tr><td>{day}<br>{part}</td><td>{what}</td></tr>" for day, part, what in WEEK_ROWS)
    + "</table>"
)
BRIEF_TITLE = "Huyện đoàn trao 80 chiếc xe đạp cho học sinh vượt khó"
BRIEF = (
    "Sáng 15/10, Huyện đoàn phối hợp với doanh nghiệp trên địa bàn trao 80 chiếc xe đạp cho học sinh có hoàn "
    "cảnh khó khăn ở các xã vùng sâu. Mỗi chiếc xe trị giá 2 triệu đồng. Các em hứa sẽ cố gắng học tốt."
)


def _portal(center: str, right: str) -> str:
    """An old portal's three columns: a menu, the page's own content, a sidebar."""
    menu = "".join(
        f"<li><a href='/portal/{slug}.do'>{label}</a></li>"
        for slug, label in [("gioithieu", "Giới thiệu"), ("tintuc", "Tin tức"), ("vanban", "Văn bản")]
    )
    return (
        f"<html><head><title>{BRIEF_TITLE} - Huyện ủy Tân Lập</title></head><body><div id='page'>"
        f"<div id='left'><div class='box-title'>DANH MỤC</div><ul>{menu}</ul></div>"
        f"<div id='center'>{center}</div><div id='right'>{right}</div></div></body></html>"
    )


def test_a_brief_beside_a_sidebar_schedule_is_an_article():
    # a one-paragraph brief: the extractor's main text takes in the sidebar, whose rows open with dates;
    # they are printed outside the container of the dated headline and the paragraph it heads
    sidebar = f"<div class='box-title'>LỊCH LÀM VIỆC TUẦN 42</div>{WEEK_TABLE}<div>Đang truy cập: 31</div>"
    brief = (
        f"<div class='detail'><div class='title'>{BRIEF_TITLE}</div><div class='date'>Cập nhật: 15/10/2024"
        f" 16:40</div><div class='content'><p>{BRIEF}</p></div></div>"
    )
    verdict = classify(_portal(brief, sidebar), "/portal/tintuc/detail.do?id=512")
    assert verdict.is_article, verdict.signals
    assert verdict.title == BRIEF_TITLE and str(verdict.published) == "2024-10-15"
    assert verdict.body == [BRIEF], verdict.body  # not the sidebar's rows, heading or counter


def test_a_weekly_schedule_page_stays_a_calendar():
    # the page's own content is the dated rows under its headline, a note before them in the content's
    # block (the rows inside the container of the headline and its paragraph) or in the headline's (the
    # rows in a block beside that container, in the same column: no sidebar)
    heading = "<div class='title'>Lịch làm việc của Thường trực Huyện ủy tuần 42 năm 2024</div>"
    note = (
        "<p>Lịch làm việc có thể thay đổi theo yêu cầu công việc đột xuất. Các cơ quan, đơn vị theo dõi lịch "
        "trên trang thông tin điện tử của Huyện ủy để chủ động chuẩn bị nội dung làm việc.</p>"
    )
    dateline = "<div class='date'>Cập nhật: 12/10/2024 09:15</div>"
    for own in (
        f"<div class='detail'>{heading}{dateline}<div class='content'>{note}{WEEK_TABLE}</div></div>",
        f"<div class='detail'>{heading}{dateline}</div><div class='content'>{note}{WEEK_TABLE}</div>",
        f"<div class='detail'>{heading}{dateline}{note}</div>{WEEK_TABLE}",
    ):
        verdict = classify(
            _portal(own, "<div>Đang truy cập: 31</div>"), "/portal/lichcongtac/view.do?tuan=42"
        )
        # (its headline, a schedule's, tells it too)
        assert "NOT:calendar:6-blocks-open-with-a-date" in verdict.signals


def _amp(canonical: str | None, marker: str = "amp") -> str:
    """An AMP page: the runtime, <amp-img>, a breadcrumb line dated over the headline."""
    link = f"<link rel='canonical' href='{BASE}{canonical}'>" if canonical else ""
    return (
        f"<!doctype html><html {marker} lang='vi'><head><meta charset='utf-8'><title>{HEADLINE}</title>{link}"
        "<script async src='https://cdn.ampproject.org/v0.js'></script></head><body><main>"
        "<div class='crumb'><a href='/'>Trang chủ</a> &gt; <a href='/tin-tuc/'>Tin tức</a> &gt; 15/11/2023</div>"
        f"<article><h1>{HEADLINE}</h1><amp-img src='/a.jpg' width='800' height='533'></amp-img>{BODY}"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize("marker", ["amp", "⚡"])
def test_a_standalone_amp_page_is_the_article_an_amp_copy_is_not(marker):
    path = "/amp/tin-tuc/ngay-hoi-dai-doan-ket-12.html"
    # an AMP-only site: the page names itself as canonical, or names none
    for canonical in (path, None):
        verdict = classify(_amp(canonical, marker), path)
        assert verdict.is_article, verdict.signals
        assert verdict.title == HEADLINE and str(verdict.published) == "2023-11-15"
    # a copy names its article (stored once under that URL by the spider's canonical check)
    copy = classify(_amp("/tin-tuc/ngay-hoi-dai-doan-ket-12.html", marker), path)
    assert copy.is_article and "standalone-amp-page" not in copy.signals
    # a print copy under /print/ (no AMP markup) naming itself or nothing stays a copy
    printed = _amp(None, "")
    assert (
        "NOT:print-or-amp-copy-url"
        in classify(printed, "/print/tin-tuc/ngay-hoi-dai-doan-ket-12.html").signals
    )
    assert "NOT:print-or-amp-copy-url" in classify(printed, path + "?amp=1").signals


def test_a_picture_heading_a_post_s_paragraphs_makes_no_caption_of_them_an_album_s_pictures_do():
    # a post's text container opened by its picture (the <img> a sibling of the <p>s), dated only at its end
    post = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<div class='post-content'><img src='/media/12.jpg' alt=''>{BODY}"
        "<p class='sign'><strong>Thu Trang</strong> - 16/11/2023</p></div></article></body></html>"
    )
    verdict = classify(post, "/bai-viet/ngay-hoi-dai-doan-ket-12/")
    assert verdict.is_article, verdict.signals
    assert str(verdict.published) == "2023-11-16"
    # an album: each picture's caption beside it under their common parent
    captions = [
        "Các hội viên lớn tuổi vẫn hăng hái trộn bê tông cùng con cháu trong thôn.",
        "Chi hội góp 40 ngày công và 12 triệu đồng tiền mặt cho công trình.",
        "Đoạn đường dài 650 m hoàn thành sau hai ngày thi công, đúng kế hoạch.",
    ]
    album = post.replace(
        f"<img src='/media/12.jpg' alt=''>{BODY}",
        "".join(f"<img src='/media/{i}.jpg'><p>{c}</p>" for i, c in enumerate(captions)),
    )
    assert any(s.startswith("NOT:gallery:captions=") for s in classify(album, "/bai-viet/album-12/").signals)


def _document(text: str, attachment: str) -> str:
    """A CMS's document page: headline, dateline, a summary, the file as a link and in a PDF viewer."""
    return (
        "<html><head><title>Kế hoạch số 215/KH-UBND tổ chức ngày hội</title></head><body><main>"
        "<h1>Kế hoạch số 215/KH-UBND tổ chức ngày hội đại đoàn kết năm 2023</h1><div>Ngày đăng: 15-11-2023</div>"
        f"<div class='body'>{text}<p><strong>Tệp đính kèm:</strong> {attachment}</p>"
        "<p><iframe src='/media/pdfviewer/viewer.html?file=/files/ke-hoach-215.pdf'></iframe></p></div>"
        "</main></body></html>"
    )


def _document_record(html: str) -> str:
    """document_record() on a page, its main text's paragraphs being its <p>s (the extractor's lines)."""
    root = Selector(text=html, type="html").root
    lines = [" ".join("".join(p.itertext()).split()) for p in root.iter("p")]
    lines = [ln for ln in lines if ln]
    paragraphs = [ln for ln in lines if len(ln) >= 120 and ln.endswith(".")]
    first = paragraphs[0] if paragraphs else max(lines, key=len)
    return document_record(root, first, paragraphs, rules()["records"])


def test_a_sentence_and_a_document_file_is_a_record_an_article_with_an_attachment_is_not():
    link = "<a href='/files/ke-hoach-215.pdf'>ke-hoach-215.pdf</a> (PDF)"
    summary = (
        "<p>Ủy ban nhân dân xã ban hành Kế hoạch tổ chức ngày hội đại đoàn kết toàn dân tộc năm 2023 ở các "
        "ấp trên địa bàn xã.</p>"
    )
    assert _document_record(_document(summary, link)) == "document-record:1-sentence-and-a-pdf-file"
    # a Word file linked alone, the viewer left out, is a record too
    word = _document(summary, "<a href='/files/ke-hoach-215.docx'>Tải về</a>").replace("<iframe", "<x")
    assert _document_record(word) == "document-record:1-sentence-and-a-docx-file"
    # an article of its own paragraphs with the plan attached; a paragraph linking the plan inline
    assert _document_record(_document(BODY, link)) == ""
    inline = BODY.replace(
        "ngày hội đại đoàn kết", "ngày hội đại đoàn kết (<a href='/files/kh.pdf'>kế hoạch</a>)", 1
    )
    assert _document_record(_document(inline, "")) == ""
    article = classify(_document(BODY, link), "/tin-tuc/215-ngay-hoi-dai-doan-ket.html")
    assert article.is_article, article.signals


def _gallery_box(i: int, caption: str) -> str:
    return (
        f"<div class='pg-item-box'><div class='pg-item-box-image'><a href='/images/album/{i}.jpg'>"
        f"<img src='/images/album/thumbs/{i}.jpg'></a></div><div class='pg-item-box-description'><p>{caption}</p>"
        f"<span>0{i}-09-2024</span></div></div>"
    )


def test_a_gallery_s_picture_boxes_are_captions_a_photo_report_opened_by_its_paragraph_is_an_article():
    captions = [
        "Lễ chào cờ mừng Quốc khánh 2/9 tại Đồn Biên phòng Đàm Thủy.",
        "Giao lưu văn nghệ kỷ niệm 65 năm Ngày truyền thống Bộ đội Biên phòng.",
    ]
    boxes = "".join(_gallery_box(i + 1, c) for i, c in enumerate(captions))
    page = (
        "<html><head><title>Hoạt động chào mừng các ngày lễ</title></head><body><main>"
        f"<h1>Hoạt động chào mừng các ngày lễ</h1>{{intro}}<div class='pg-items'>{boxes}</div></main></body></html>"
    )
    gallery = classify(page.format(intro=""), "/anh-hoat-dong/category/5-hoat-dong-chao-mung.html")
    assert not gallery.is_article
    assert any(s.startswith("NOT:gallery:captions=") for s in gallery.signals), gallery.signals
    intro = (
        "<p>Ngày 2/9, các đồn biên phòng trên địa bàn tỉnh tổ chức nhiều hoạt động chào mừng Quốc khánh, "
        "giao lưu văn nghệ với Nhân dân các xã biên giới.</p>"
    )
    report = classify(page.format(intro=intro), "/anh-hoat-dong/hoat-dong-chao-mung-quoc-khanh.html")
    assert not any(s.startswith("NOT:gallery") for s in report.signals), report.signals


DONORS = [
    ("Công ty Điện lực tỉnh", "50.000.000"),
    ("Ngân hàng Nông nghiệp chi nhánh huyện Tân Hồng", "30.000.000"),
    ("Trường THCS Tân Phước", "4.500.000"),
    ("Ông Nguyễn Văn Hải (ấp Tân Phước)", "2.000.000"),
    ("Bà Trần Thị Thanh (ấp Phước Tiên)", "1.000.000"),
    ("Nhóm thiện nguyện Tấm lòng vàng", "3.200.000"),
]
DONOR_HEADLINE = "Danh sách tổ chức, cá nhân ủng hộ Quỹ Vì người nghèo xã Tân Phước (đợt 1)"


def _donor_table(donors: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{name}</td><td>{amount}</td></tr>" for i, (name, amount) in enumerate(donors, 1)
    )
    return f"<table border='1'><tr><th>STT</th><th>Họ tên</th><th>Số tiền (đồng)</th></tr>{rows}</table>"


def _donor_page(headline: str, content: str) -> str:
    """An old table layout's article page: headline, dateline, then the text in a one-cell table."""
    return table_page(
        f"<div class='tieu_de'>{headline}</div><div class='ngay'>Cập nhật: 30/05/2024 - 17:00</div>"
        f"<table width='100%'><tr><td class='noidung'>{content}</td></tr></table>"
    )


def test_a_donor_list_is_no_article_an_article_closed_by_a_short_donor_table_is():
    intro = "<p>Các tổ chức, cá nhân ủng hộ Quỹ Vì người nghèo xã (đến ngày 29/5):</p>"
    signature = "<p align='right'><b>Ban Thường trực Ủy ban MTTQ xã</b></p>"
    listed = classify(
        _donor_page(DONOR_HEADLINE, intro + _donor_table(DONORS) + signature), "/ung-ho/247.html"
    )
    assert not listed.is_article
    # (told by its rows of names and figures, or by its headline over them)
    told = ("NOT:record-list:6-of-7-rows-name-and-figure", "NOT:record-page:7-rows-under-a-list-s-headline")
    assert any(s.startswith(told) for s in listed.signals), listed.signals
    # the same list written as a list: 'name: amount đồng'
    items = "".join(f"<li>{name}: {amount} đồng</li>" for name, amount in DONORS)
    as_list = classify(_donor_page(DONOR_HEADLINE, f"{intro}<ul>{items}</ul>{signature}"), "/ung-ho/248.html")
    assert not as_list.is_article, as_list.signals
    # an article of three paragraphs of prose, then a short table of the donors it names
    article = classify(_donor_page(HEADLINE, BODY + _donor_table(DONORS[:3])), "/tin-tuc/249-ngay-hoi.html")
    assert article.is_article, article.signals
    # ... even with the whole table: its three sentences of prose are no list's intro
    article = classify(_donor_page(HEADLINE, BODY + _donor_table(DONORS)), "/tin-tuc/250-ngay-hoi.html")
    assert article.is_article, article.signals
    prose = [" ".join(p.split()) for p in Selector(text=BODY).xpath("//p/text()").getall()]
    cells = [c for i, (name, amount) in enumerate(DONORS, 1) for c in (str(i), name, amount)]
    root = Selector(text=BODY + _donor_table(DONORS)).root
    cfg = rules()["figures_list"]
    assert figures_list(prose + cells, root, cfg) == ""
    assert figures_list(prose[:1] + cells, root, cfg).startswith("record-list:6-of-7-rows")


def test_a_list_of_dated_links_is_no_list_of_figures():
    cfg = rules()["figures_list"]
    links = "".join(
        f"<li><a href='/tin/{i}.html'>Tin hoạt động số {i} của xã: ra quân</a>17/03/2025 08:3{i}</li>"
        for i in range(5)
    )
    lines = [f"Tin hoạt động số {i} của xã: ra quân17/03/2025 08:3{i}" for i in range(5)]
    assert figures_list(lines, Selector(text=f"<ul>{links}</ul>").root, cfg) == ""
    scores = "".join(f"<li>Chi đoàn ấp {i}: {90 - i},5 điểm</li>" for i in range(5))
    lines = [f"Chi đoàn ấp {i}: {90 - i},5 điểm" for i in range(5)]
    assert figures_list(lines, Selector(text=f"<ol>{scores}</ol>").root, cfg).startswith("record-list:5-of-5")


def _blog_page(post: str, title: str = "Xã Tân Phước") -> str:
    """A small hand-made blog: the blog's name in a banner block linking home, the post in a block whose one
    link is its category's (no <article>, no furniture tags), a sidebar list of posts."""
    sidebar = "".join(
        f"<li><a href='/bai/{i}.html'>Tin hoạt động số {i} của điểm bưu điện văn hóa xã</a></li>"
        for i in range(3)
    )
    return (
        f"<html><head><title>{title}</title></head><body><div id='khung'>"
        "<div id='dau'><h1><a href='/'>Điểm Bưu điện - Văn hóa xã Tân Phước</a></h1>"
        "<p>Đọc sách - Gửi thư - Làm thủ tục gần nhà</p></div>"
        f"<div id='noi-dung'>{post}</div><div id='cot'><ul>{sidebar}</ul></div></div></body></html>"
    )


def test_a_post_s_block_linking_only_to_its_category_is_no_listing_entry():
    # the post's block and the banner's are alike in markup, each linking to one other page: no listing of
    # two entries when one holds the page's own (unlinked) headline and is far longer than the other
    post = (
        f"<div class='bai'><h2>{HEADLINE}</h2><div class='ngay'>15.11.2023</div>{BODY}"
        "<div class='chan'>Chuyên mục: <a href='/chuyen-muc/tin-tuc/'>Tin tức</a></div></div>"
    )
    verdict = classify(_blog_page(post), "/bai/ngay-hoi.html")
    assert verdict.is_article, verdict.signals
    assert verdict.title == HEADLINE and str(verdict.published) == "2023-11-15"
    # a listing whose entries hold their titles unlinked ('Đọc tiếp' links them): its entries are alike,
    # the one holding the headline taken is still an entry
    entries = "".join(
        f"<div class='muc'><h2>Tin hoạt động số {i}: xã tổ chức ngày hội đại đoàn kết ở ấp {i}</h2>"
        f"<p>Ngày 15/11/2023, ấp {i} tổ chức ngày hội với hơn 200 hộ dân tham gia. Ban tổ chức trao quà cho "
        "hộ nghèo, mỗi phần trị giá 500 nghìn đồng, do các nhà hảo tâm đóng góp.</p>"
        f"<a href='/bai/{i}.html'>Đọc tiếp</a></div>"
        for i in range(4)
    )
    listing = classify(_blog_page(entries), "/chuyen-muc/tin-tuc/")
    assert "NOT:listing:main-text-in-repeated-link-blocks" in listing.signals, listing.signals
    root = Selector(text=_blog_page(entries)).root
    items = link_items(root, BASE + "/chuyen-muc/tin-tuc/", ["127.0.0.1"])
    spread = rules()["listing"]["max_region_spread"]
    assert without_own_article(items, root.xpath("//h2")[0], spread) == items
    root = Selector(text=_blog_page(post)).root
    items = link_items(root, BASE + "/bai/ngay-hoi.html", ["127.0.0.1"])
    # the category link's block stops below the post's paragraphs: its own short line, no entry
    assert BASE + "/chuyen-muc/tin-tuc/" not in [i.target for i in items]
    assert without_own_article(items, root.xpath("//h2")[0], spread) == items


def _section_page(sections: list[str], cards: int = 3) -> str:
    """A post whose paragraphs are one <section> each (no <p>), its date a bare <time>, and a box of other
    posts' cards (linked title, date, a teaser in <p>) after it."""
    card = (
        "<article class='card'><h2><a href='/bai-viet/{i}/tin-{i}'>Hội Người cao tuổi xã {i} sơ kết công tác "
        "6 tháng đầu năm</a></h2><time>10 Tháng 7, 2024</time><p>Ngày 9/7, Hội Người cao tuổi xã {i} tổ chức "
        "hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.…</p></article>"
    )
    return (
        f"<html><head><title>{HEADLINE} – Hội Người cao tuổi</title></head><body><main>"
        f"<article class='entry'><header><h1>{HEADLINE}</h1><p class='meta'>Đăng ngày <time>14 Tháng 6, 2024"
        f"</time> · Đặng Minh</p></header>{''.join(f'<section>{s}</section>' for s in sections)}</article>"
        f"<div class='more'><h3>Bài khác</h3>{''.join(card.format(i=i) for i in range(cards))}</div>"
        "</main></body></html>"
    )


def test_a_body_of_one_section_per_paragraph_is_the_main_text():
    paragraphs = [" ".join(p.split()) for p in Selector(text=BODY).xpath("//p/text()").getall()]
    verdict = classify(_section_page(paragraphs), "/bai-viet/306/ngay-hoi")
    assert verdict.is_article, verdict.signals
    assert verdict.title == HEADLINE and str(verdict.published) == "2024-06-14"
    assert verdict.body == paragraphs
    # a brief of one paragraph: the other posts' teasers after it are no body, nor their box's heading
    brief = classify(
        _section_page([paragraphs[0], "Theo Hội Người cao tuổi huyện."]), "/bai-viet/307/ngay-hoi"
    )
    assert brief.is_article, brief.signals
    assert brief.body == [paragraphs[0], "Theo Hội Người cao tuổi huyện."], brief.body


OUTLINE_HEADER = (
    "<table class='doc-head'><tr><td><b>HUYỆN ỦY TÂN HỒNG</b><br><b>BAN TUYÊN GIÁO</b><br>*<br>Số 45-ĐC/TG</td>"
    "<td><b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br><i>Tân Hồng, ngày 10 tháng 4 năm 2024</i></td></tr></table>"
)
OUTLINE = (
    "<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>"
    "<p>1. Tuyên truyền sâu rộng trong cán bộ, đảng viên và các tầng lớp Nhân dân về ý nghĩa lịch sử của ngày "
    "hội đại đoàn kết toàn dân tộc, khơi dậy niềm tự hào dân tộc, đặc biệt là đối với thế hệ trẻ.</p>"
    "<p>2. Công tác tuyên truyền phải được tiến hành thiết thực, hiệu quả, tiết kiệm, gắn với việc thực hiện "
    "các nhiệm vụ chính trị của địa phương năm 2024.</p>"
    "<p><b>II. HÌNH THỨC TUYÊN TRUYỀN</b></p>"
    "<p>1. Tuyên truyền qua hệ thống báo cáo viên, tuyên truyền viên, qua sinh hoạt chi bộ, sinh hoạt các đoàn "
    "thể chính trị - xã hội ở ấp, khu dân cư trên địa bàn huyện.</p>"
)
SIGNATURE = (
    "<table><tr><td><i>Nơi nhận:</i><br>- Thường trực Huyện ủy (b/c);<br>- Lưu VP.</td>"
    "<td><b>K/T TRƯỞNG BAN<br>PHÓ TRƯỞNG BAN</b><br><b>Nguyễn Thị Thanh Hoa</b></td></tr></table>"
)


def _document_page(content: str, headline: str = HEADLINE) -> str:
    return (
        f"<html><head><title>{headline} - Trung tâm Chính trị huyện</title></head><body><div class='detail'>"
        f"<h1>{headline}</h1><div class='date'>Thứ Năm, 11/04/2024 - 09:45</div>{content}</div></body></html>"
    )


def test_a_document_s_own_text_is_no_article_news_citing_it_is():
    # a propaganda outline as issued: its header (number beside the Party's motto and a place-and-date
    # line), parts I./II., its signature block
    outline = classify(_document_page(OUTLINE_HEADER + OUTLINE + SIGNATURE), "/tai-lieu/85-de-cuong.html")
    assert not outline.is_article and any(
        s.startswith("NOT:official-document:header") for s in outline.signals
    )
    # ... known by its header alone, or by its signature block alone
    assert not classify(_document_page(OUTLINE_HEADER + OUTLINE), "/tai-lieu/86-de-cuong.html").is_article
    signed = classify(_document_page(OUTLINE + SIGNATURE), "/tai-lieu/87-de-cuong.html")
    assert "NOT:official-document:signature-block" in signed.signals, signed.signals
    # news about the outline, citing its number and date in its sentences, stays an article
    news = (
        "<p>Ngày 10/4, Ban Tuyên giáo Huyện ủy Tân Hồng ban hành Đề cương tuyên truyền số 12-ĐC/HU về ngày hội "
        "đại đoàn kết toàn dân tộc, gửi các chi, đảng bộ cơ sở trong huyện.</p>" + BODY
    )
    article = classify(_document_page(news), "/tin-tuc/88-ban-hanh-de-cuong.html")
    assert article.is_article, article.signals
    cfg = rules()["official_document"]
    lines = ["Tân Hồng, ngày 10 tháng 4 năm 2024", "Số 12-ĐC/HU là đề cương gửi các chi bộ ấp."]
    assert official_document(lines, None, cfg).startswith("official-document:header")
    assert official_document(lines[1:], None, cfg) == ""  # a number with no motto nor place-and-date line
    # a capitals word after 'TM.' ends a signatory's line; 'Tổng giám đốc KT. Nguyễn' is no signature
    assert official_document(["Đoạn văn.", "T/M BAN THƯỜNG VỤ"], None, cfg) != ""
    assert official_document(["Đoạn văn.", "Ông KT. Nguyễn Văn An phát biểu."], None, cfg) == ""


JUDGMENT_FIELDS = (
    "<table><tr><th>Số bản án</th><td>45/2024/HS-ST</td></tr><tr><th>Ngày ban hành</th><td>15/08/2024</td></tr><tr><th>Lĩnh vực</th><td>Hình sự</td></tr>"
    "<tr><th>Cấp xét xử</th><td>Sơ thẩm</td></tr></table>"
    "<p><b>Tóm tắt:</b> Bị cáo Lê Văn H. phạm tội trộm cắp tài sản. Xử phạt bị cáo 3 năm tù, buộc bị cáo bồi "
    "thường cho bị hại số tiền còn lại.</p>"
)
TRIAL_NEWS = (
    "<p>Sáng 15/8, Tòa án nhân dân huyện Tân Hồng mở phiên tòa hình sự sơ thẩm xét xử bị cáo Lê Văn H. về tội "
    "trộm cắp tài sản, tuyên Bản án số 45/2024/HS-ST phạt bị cáo 3 năm tù.</p>"
    "<p>Phiên tòa thu hút đông đảo người dân địa phương đến theo dõi, góp phần tuyên truyền pháp luật.</p>"
)


def test_a_record_whose_headline_names_a_document_is_no_article_news_about_a_trial_is():
    records = rules()["records"]
    assert names_a_document("Bản án số 45/2024/HS-ST", records) == "Bản án số 45/2024/HS-ST"
    assert names_a_document("QUYẾT ĐỊNH SỐ 131/2024/QĐST-HNGĐ", records) != ""
    assert names_a_document("Kế hoạch 215/KH-UBND tổ chức ngày hội", records) == "Kế hoạch 215/KH-UBND"
    assert names_a_document("Triển khai Quyết định số 12/QĐ-UBND", records) == ""
    assert names_a_document("Quyết định khen thưởng 12 tập thể", records) == ""
    # a judgment's record: its headline the document's type and number, one document label among its
    # fields (the others a court's), a two-sentence summary
    record = classify(_document_page(JUDGMENT_FIELDS, "Bản án số 45/2024/HS-ST"), "/ban-an/1451")
    assert not record.is_article and "NOT:record-page:document(ngày ban hành)" in record.signals, (
        record.signals
    )
    # news of the trial, citing the judgment's number, the same fields under it, stays an article
    headline = "Tòa án nhân dân huyện Tân Hồng xét xử vụ án trộm cắp tài sản"
    article = classify(_document_page(TRIAL_NEWS + JUDGMENT_FIELDS, headline), "/tin-tuc/287")
    assert article.is_article, article.signals
    # one label names no record when it is an attachment's: a post of its own paragraphs under a plan's
    # number, the plan attached, stays an article (test_a_sentence_and_a_document_file_is_a_record_...)
    assert record_fields(Selector(text="<b>Tệp đính kèm:</b> kh-215.pdf").root, named=True) == ("", [])
    assert record_fields(Selector(text=JUDGMENT_FIELDS).root) == ("", [])  # one label, no named headline


JUDGMENT_TEXT = (
    "<table><tr><td><b>TÒA ÁN NHÂN DÂN HUYỆN TÂN HỒNG</b><br>Bản án số: 45/2024/HS-ST<br>Ngày: 15-8-2024</td>"
    "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>Độc lập - Tự do - Hạnh phúc</td></tr></table>"
    "<p><b>NHÂN DANH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>"
    "<p>Ngày 15 tháng 8 năm 2024, tại trụ sở Tòa án nhân dân huyện Tân Hồng xét xử sơ thẩm công khai vụ án "
    "hình sự đối với bị cáo Lê Văn H., sinh năm 1990, trú tại ấp Tân Phước.</p>"
    "<p>Bị cáo Lê Văn H. đã có hành vi lén lút chiếm đoạt tài sản của người khác có tổng giá trị 62 triệu đồng, "
    "đủ yếu tố cấu thành tội trộm cắp tài sản theo khoản 2 Điều 173 Bộ luật Hình sự.</p>"
    "<p><b>QUYẾT ĐỊNH:</b></p><p>Tuyên bố bị cáo Lê Văn H. phạm tội trộm cắp tài sản, xử phạt 3 năm tù.</p>"
)


def test_a_judgment_s_own_text_is_no_article_news_about_the_trial_is():
    # its header's number holds the year ('Bản án số: 45/2024/HS-ST'), beside the national motto
    judgment = classify(_document_page(JUDGMENT_TEXT, "Bản án số 45/2024/HS-ST"), "/ban-an/1452")
    assert not judgment.is_article, judgment.signals
    assert "NOT:official-document:header(số: 45/2024/HS)" in judgment.signals, judgment.signals
    # news of the trial, citing the judgment's number in its sentences, stays an article
    news = classify(_document_page(TRIAL_NEWS + BODY, "Xét xử lưu động vụ án trộm cắp tài sản"), "/tin/288")
    assert news.is_article, news.signals


TAB_TWO = (
    "<p>Năm 2023, khi mưa lũ gây sạt lở ở nhiều nơi trong huyện, anh cùng trung đội hành quân trong đêm về "
    "xã giúp dân di dời tài sản, dọn bùn đất và sửa lại những ngôi nhà bị hư hỏng.</p>"
)


def _tabbed(second: str, style: str = "style='display: none;'") -> str:
    return (
        f"<html><head><title>{HEADLINE}</title></head><body>{SIDEBAR}<div class='news'><h1>{HEADLINE}</h1>"
        "<div>Thứ Năm, 16/11/2023 07:30</div><ul class='tabs'><li><a href='#t1'>Trang 1/2</a></li>"
        f"<li><a href='#t2'>Trang 2/2</a></li></ul><div class='tab-pane active' id='t1'>{BODY}</div>"
        f"<div class='tab-pane' id='t2' {style}>{second}</div></div><div>{FOOTER}</div></body></html>"
    )


@pytest.mark.parametrize("style", ["style='display: none;'", "hidden", "aria-hidden='true'"])
def test_the_hidden_tab_of_an_article_split_into_tabs_is_its_text(style):
    verdict = classify(_tabbed(TAB_TWO, style), "/tin-tuc/ngay-hoi-dai-doan-ket.html")
    assert verdict.is_article
    assert verdict.body[-1].startswith("Năm 2023, khi mưa lũ"), verdict.body


def test_a_hidden_box_beside_no_shown_panel_or_of_links_stays_hidden():
    # a hidden tab of a sidebar's headlines: links, not the article's text
    links = "".join(
        f"<p><a href='/tin-tuc/{n}.html'>Tin số {n} của xã Tân Phước trong tuần</a></p>" for n in range(6)
    )
    verdict = classify(_tabbed(links), "/tin-tuc/ngay-hoi-dai-doan-ket.html")
    assert verdict.is_article and not any("Tin số" in ln for ln in verdict.body), verdict.body
    # a hidden dialog with no shown sibling of its kind
    page = _tabbed("").replace(
        "<div class='tab-pane' id='t2'",
        f"<div class='modal' style='display:none'>{TAB_TWO}</div><div class='x'",
        1,
    )
    verdict = classify(page, "/tin-tuc/ngay-hoi-dai-doan-ket.html")
    assert verdict.is_article and not any("mưa lũ" in ln for ln in verdict.body), verdict.body


def _schedule_page(before: str, headline: str = "Lịch tiêm chủng mở rộng tháng 10/2024") -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td>Xã Tân Phước {n}</td><td>{2 * n:02d} - {2 * n + 1:02d}/10/2024</td><td>Trạm Y tế</td></tr>"
        for n in range(1, 9)
    )
    sidebar = (
        "<div class='cot-phai'><p>Khám bệnh: Thứ Hai đến thứ Sáu, sáng 7h00 - 11h30, chiều 13h30 - 17h00.</p>"
        "<p>Cấp cứu: 24/24 giờ, kể cả ngày lễ.</p><p>Tiếp nhận phản ánh của người bệnh qua đường dây nóng.</p></div>"
    )
    return (
        f"<html><head><title>{headline}</title></head><body><div class='row'><div class='cot-trai'>"
        f"<h2>{headline}</h2><div>2024-09-27 10:15:00</div><div class='noidung'>{before}"
        "<p>Trung tâm Y tế huyện thông báo lịch tiêm chủng mở rộng tháng 10/2024 tại các trạm y tế như sau:</p>"
        "<table><tr><th>STT</th><th>Đơn vị</th><th>Ngày tiêm</th><th>Địa điểm</th></tr>"
        f"{rows}</table><p><i>Phụ huynh mang theo sổ tiêm chủng của trẻ.</i></p></div></div>{sidebar}</div>"
        f"<div>{FOOTER}</div></body></html>"
    )


def test_a_table_of_places_and_days_under_an_intro_is_a_record_list_news_with_one_is_an_article():
    # a schedule: an intro sentence, a table of communes and days, a note; a sidebar's sentences aside
    verdict = classify(_schedule_page(""), "/lich-tiem-chung/88/lich-tiem-chung-thang-10.html")
    assert not verdict.is_article
    told = (
        "NOT:record-list:8-of-9-rows",
        "NOT:record-page:9-rows-under-a-list-s-headline",
        "NOT:event-page:a-schedule-under-its-name",
    )  # (or its headline)
    assert any(s.startswith(told) for s in verdict.signals), verdict.signals
    # a news brief with the same table after its paragraphs (fewer than records.max_paragraphs of them), under a
    # news headline: a schedule's name over two paragraphs is the schedule all the same (the ninth session)
    news = "Trung tâm Y tế huyện triển khai tiêm chủng mở rộng tháng 10 tại 8 xã"
    verdict = classify(_schedule_page(BODY, news), "/tin-tuc/88/tiem-chung.html")
    assert verdict.is_article, verdict.signals
    verdict = classify(_schedule_page(BODY), "/tin-tuc/88/tiem-chung.html")
    assert "NOT:event-page:a-schedule-under-its-name(9-rows)" in verdict.signals, verdict.signals


def _listed(html: str, path: str) -> pa.Verdict:
    url = BASE + path
    return pa.classify(Selector(text=html, type="html", base_url=url), url, None, ["127.0.0.1"], "item")


def test_a_directory_s_person_record_is_no_article_a_brief_with_a_contact_footer_is():
    fields = "".join(
        f"<dt>{label}</dt><dd>{value}</dd>"
        for label, value in (
            ("Số thẻ luật sư", "12873/LS"),
            ("Tổ chức hành nghề", "Công ty Luật TNHH Hạnh Nguyên"),
            ("Địa chỉ", "45 Lý Tự Trọng, phường Lộc Thọ, Nha Trang"),
            ("Lĩnh vực hành nghề", "Hình sự; Hôn nhân và gia đình; Trợ giúp pháp lý"),
        )
    )
    bio = (
        "<p>Luật sư Nguyễn Thị Hạnh tốt nghiệp Đại học Luật năm 2008, hành nghề luật sư từ năm 2013. Luật sư "
        "thường xuyên tham gia trợ giúp pháp lý cho người dân các huyện miền núi của tỉnh.</p>"
    )
    contact = (
        "<footer><p><b>Địa chỉ:</b> 12 Lê Lợi, Nha Trang</p><p><b>Điện thoại:</b> 0258 3822 xxx</p>"
        "<p><b>Email:</b> doanluatsu@khanhhoa.vn</p></footer>"
    )
    headline = "Luật sư Nguyễn Thị Hạnh"
    page = f"<html><head><title>{headline}</title></head><body><main><h1>{headline}</h1><dl>{fields}</dl>{bio}</main>{contact}</body></html>"
    verdict = _listed(page, "/danh-sach-luat-su/nguyen-thi-hanh/")
    assert not verdict.is_article
    assert any(s.startswith("NOT:record-page:person(") for s in verdict.signals), verdict.signals
    # a news brief: the footer's contact labels name no one's record
    brief = f"<html><head><title>{HEADLINE}</title></head><body><main><h1>{HEADLINE}</h1><div>Thứ Năm, 16/11/2023</div>{BODY}</main>{contact}</body></html>"
    verdict = _listed(brief, "/tin-tuc/ngay-hoi.html")
    assert verdict.is_article, verdict.signals


def test_an_administrative_procedure_s_record_is_no_article_news_on_a_procedure_is():
    rows = "".join(
        f"<tr><th>{label}</th><td>{value}</td></tr>"
        for label, value in (
            ("Cơ quan thực hiện", "Công an cấp xã"),
            ("Lĩnh vực", "Đăng ký, quản lý cư trú"),
            (
                "Trình tự thực hiện",
                "<div>Bước 1: Công dân chuẩn bị hồ sơ theo quy định.</div><div>Bước 2: Nộp hồ "
                "sơ tại Công an cấp xã hoặc qua Cổng dịch vụ công quốc gia.</div>",
            ),
            ("Thành phần hồ sơ", "<div>Tờ khai thay đổi thông tin cư trú (mẫu CT01).</div>"),
            ("Thời hạn giải quyết", "07 ngày làm việc kể từ ngày nhận đủ hồ sơ."),
            ("Lệ phí", "20.000 đồng/lần (nộp trực tiếp); 10.000 đồng/lần (nộp trực tuyến)."),
            ("Căn cứ pháp lý", "Luật Cư trú năm 2020."),
        )
    )
    # (a procedure named as the national portal names it: a label alone, listed undated, is no brief anyway)
    headline = "Thủ tục đăng ký thường trú tại Công an cấp xã"
    page = f"<html><head><title>{headline}</title></head><body><main><h1>{headline}</h1><table class='tthc'>{rows}</table></main></body></html>"
    verdict = _listed(page, "/thu-tuc-hanh-chinh/dang-ky-thuong-tru/")
    assert not verdict.is_article
    assert any(s.startswith("NOT:record-page:procedure(") for s in verdict.signals), verdict.signals
    # news about a procedure names its steps in sentences, under no labels
    news = (
        "<p>Từ ngày 1/7, công dân có thể nộp hồ sơ đăng ký thường trú trực tuyến qua Cổng dịch vụ công quốc gia hoặc "
        "ứng dụng VNeID, không phải đến trụ sở Công an cấp xã như trước đây.</p><p>Theo Công an tỉnh, thời hạn giải "
        "quyết là 07 ngày làm việc, lệ phí nộp trực tuyến chỉ bằng một nửa so với nộp trực tiếp.</p>"
        "<p>Trong tháng đầu triển khai, đã có hơn 1.200 hồ sơ được tiếp nhận qua môi trường mạng.</p>"
    )
    title = "Hơn 1.200 hồ sơ đăng ký thường trú nộp trực tuyến trong tháng đầu"
    page = f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1><div>Thứ Hai, 05/08/2024</div>{news}</main></body></html>"
    verdict = _listed(page, "/tin-tuc/ho-so-truc-tuyen.html")
    assert verdict.is_article, verdict.signals


DRAFT_REPORT = (
    "<p style='text-align:center'><b>BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN TÂN HỒNG KHÓA XXV</b></p>"
    "<p style='text-align:center'><b>DỰ THẢO BÁO CÁO CHÍNH TRỊ</b><br><i>(Trình Đại hội đại biểu Đảng bộ huyện "
    "lần thứ XXVI, nhiệm kỳ 2020 - 2025)</i></p>" + OUTLINE
)


def test_a_document_s_type_under_its_issuer_in_capitals_is_its_own_text():
    # a congress's draft political report as published: its issuer's name over its type, both in capitals
    report = classify(
        _document_page(DRAFT_REPORT, "Dự thảo Báo cáo chính trị trình Đại hội"), "/van-kien/1.html"
    )
    assert not report.is_article
    assert "NOT:official-document:issuer-and-type(DỰ THẢO BÁO CÁO CHÍNH TRỊ)" in report.signals, (
        report.signals
    )
    cfg = rules()["official_document"]
    lines = ["HUYỆN ỦY TÂN HỒNG", "KẾ HOẠCH", "Tổ chức ngày hội đại đoàn kết năm 2024"]
    assert official_document(lines, None, cfg).startswith("official-document:issuer-and-type")
    # a type's word in capitals under a sentence, or a capitals subheading alone: news
    assert official_document(["Huyện ủy ban hành kế hoạch.", "KẾ HOẠCH", "Đoạn văn."], None, cfg) == ""
    assert official_document(["KẾ HOẠCH CỤ THỂ CỦA XÃ", "Đoạn văn."], None, cfg) == ""
    # news of the congress quoting the report under capitals subheadings stays an article
    news = BODY + "<p><b>NHIỆM VỤ TRỌNG TÂM</b></p><p><b>BÁO CÁO CHÍNH TRỊ NÊU RÕ</b></p>" + BODY
    assert classify(_document_page(news), "/tin-tuc/dai-hoi.html").is_article


NOTICE = (
    "<p>Quá trình điều tra vụ án trộm cắp tài sản xảy ra trên địa bàn huyện Tân Hồng, Cơ quan Cảnh sát điều tra "
    "Công an huyện đã thu giữ một số tài sản chưa xác định được chủ sở hữu, gồm:</p><ul><li>01 xe mô tô nhãn hiệu "
    "Honda Wave màu đỏ đen;</li><li>02 điện thoại di động.</li></ul><p>Ai là chủ sở hữu hợp pháp của các tài sản "
    "trên, đề nghị liên hệ Đội Cảnh sát điều tra tội phạm về trật tự xã hội Công an huyện Tân Hồng (điện thoại: "
    "0277.3830.xxx) để được giải quyết theo quy định của pháp luật. Hết thời hạn 30 ngày kể từ ngày đăng thông báo, "
    "nếu không có người đến nhận, tài sản sẽ được xử lý theo quy định.</p>"
)


def test_a_notice_signed_by_its_issuer_in_capitals_is_no_article_news_signed_by_its_writer_is():
    signed = (
        NOTICE + "<p style='text-align:right'><b>CƠ QUAN CẢNH SÁT ĐIỀU TRA<br>CÔNG AN HUYỆN TÂN HỒNG</b></p>"
    )
    notice = classify(
        _document_page(signed, "Thông báo tìm chủ sở hữu tài sản thu giữ"), "/thong-bao/12.html"
    )
    assert not notice.is_article
    assert any(s.startswith("NOT:official-document:signed-by-its-issuer(") for s in notice.signals), (
        notice.signals
    )
    # news signed by its writer, or a body's name closing news under another headline: articles (under the
    # notice's own headline it is the notice, whoever signs it)
    by_writer = NOTICE + "<p style='text-align:right'><b>MINH QUANG</b></p>"
    assert classify(
        _document_page(by_writer, "Công an huyện Tân Hồng tìm chủ sở hữu tài sản thu giữ"), "/tin/13"
    ).is_article
    assert not classify(
        _document_page(by_writer, "Thông báo tìm chủ sở hữu tài sản thu giữ"), "/tin/13"
    ).is_article
    news = classify(_document_page(signed, "Công an huyện tìm chủ sở hữu tài sản thu giữ"), "/tin/14.html")
    assert news.is_article, news.signals


def _shop_page(controls: str, og_type: str = "") -> str:
    meta = f"<meta property='og:type' content='{og_type}'>" if og_type else ""
    title = "Tạp chí Văn nghệ số 168 (tháng 11/2023)"
    return (
        f"<html><head><title>{title}</title>{meta}</head><body>{SIDEBAR}<div class='product-detail'>"
        f"<div class='details-pro'><h1>{title}</h1><div>Mã sản phẩm: VN-168</div><div>Tình trạng: Còn hàng</div>"
        f"<div class='price'>25.000₫</div>{controls}</div></div><div class='tab-content'>"
        "<p>Số tháng 11/2023 của Tạp chí Văn nghệ dày 84 trang, chủ đề chính là nhà giáo và sự nghiệp trồng "
        "người, với nhiều truyện ngắn, bút ký và thơ của các tác giả trong tỉnh.</p><p>Tạp chí do Liên hiệp các "
        "Hội Văn học nghệ thuật tỉnh xuất bản. Bạn đọc đặt mua trực tuyến được giao tận nơi qua đường bưu điện."
        "</p><p>Ngày phát hành: 17/11/2023.</p></div></body></html>"
    )


def test_a_shop_s_product_page_is_no_article_a_post_with_a_comment_form_is():
    cart = (
        "<form action='/cart/add' method='post'><label>Số lượng:</label><input name='quantity' value='1'>"
        "<button type='submit'>Thêm vào giỏ hàng</button><button type='button'>Mua ngay</button></form>"
    )
    verdict = _listed(_shop_page(cart), "/tap-chi-so-168")
    assert not verdict.is_article
    assert "NOT:product-page:cart-form(/cart/add)" in verdict.signals, verdict.signals
    button = "<div class='actions'><button class='btn-buy'>Mua ngay</button></div>"
    assert "NOT:product-page:cart-button(Mua ngay)" in _listed(_shop_page(button), "/so-168").signals
    # typed as a product by its markup, no cart shown
    assert "NOT:typed-as-og:product" in _listed(_shop_page("", "product"), "/so-168").signals
    # a post's comment form and a search box beside its headline are no cart
    comment = (
        "<form action='/posts/so-168/comments' method='post'><textarea name='body'></textarea>"
        "<button type='submit'>Gửi bình luận</button></form><form action='/search'><button>Tìm</button></form>"
    )
    assert _listed(_shop_page(comment), "/tin-tuc/so-168").is_article


STORY = (
    "<p>Cây gạo ấy đứng ở đầu làng từ bao giờ, không ai nhớ nữa. Bà nội tôi bảo, hồi bà về làm dâu đã thấy nó "
    "cao vượt lũy tre, thân xù xì như lưng một ông già chịu nhiều mưa nắng.</p><p>Năm tôi mười hai tuổi, làng có "
    "tin làm đường. Con đường bê tông sẽ chạy qua đúng chỗ cây gạo đứng. Cả làng xôn xao, người bảo chặt đi cho "
    "đường thẳng, người bảo giữ lại.</p><p>Bây giờ con đường đã làm xong, xe về tận ngõ. Mỗi lần về quê, việc "
    "đầu tiên của tôi vẫn là ra ngồi dưới gốc gạo.</p><p style='text-align:right'><b>Nguyễn Thị Thanh Bình</b></p>"
)


def _post_in(trail: str, menu: str = "") -> str:
    title = "Cây gạo đầu làng"
    return (
        f"<html><head><title>{title}</title></head><body>{menu}{trail}<article><h1>{title}</h1>"
        f"<div class='time-post'>01/12/2023 20:00</div><div class='rte'>{STORY}</div></article></body></html>"
    )


def test_a_work_filed_under_a_creative_writing_section_is_no_article():
    trail = (
        "<ul class='breadcrumb'><li><a href='/'>Trang chủ</a></li><li><a href='/sang-tac'>Sáng tác</a></li>"
        "<li><strong>Cây gạo đầu làng</strong></li></ul>"
    )
    verdict = _listed(_post_in(trail), "/cay-gao-dau-lang")
    assert not verdict.is_article
    assert "NOT:literary-work:section(Sáng tác)" in verdict.signals, verdict.signals
    typed = (
        "<ol itemscope itemtype='https://schema.org/BreadcrumbList'><li><a href='/'>Trang chủ</a></li>"
        "<li><a href='/van-hoc'>Văn học</a></li><li><a href='/tho'>Thơ</a></li></ol>"
    )
    assert "NOT:literary-work:section(Thơ)" in _listed(_post_in(typed), "/bai-tho").signals
    # the same text filed under the news section, a menu linking to the works' section: an article
    news = trail.replace("/sang-tac'>Sáng tác", "/tin-tuc'>Tin tức")
    menu = (
        "<nav><a href='/'>Trang chủ</a><a href='/tin-tuc'>Tin tức</a><a href='/sang-tac'>Sáng tác</a></nav>"
    )
    verdict = _listed(_post_in(news, menu), "/cay-gao-dau-lang")
    assert verdict.is_article, verdict.signals


COMMUNE_TITLE = "Xã Tân Phước ra quân tổng vệ sinh môi trường chào mừng ngày 30/4"
COMMUNE_BRIEF = (
    "Sáng 27/4, Ủy ban MTTQ xã phối hợp với các đoàn thể ra quân tổng vệ sinh môi trường tại 8 ấp với sự tham "
    "gia của hơn 600 đoàn viên, hội viên. Các lực lượng đã thu gom hơn 5 tấn rác thải, phát quang 12 km đường."
)
VIDEO_BOX = (
    "<div class='box'><div class='box-head'>VIDEO</div><iframe src='https://www.youtube.com/embed/abc'>"
    "</iframe><p>Xã Tân Phước - miền quê đổi mới</p></div>"
)


def _commune(content: str, right: str = VIDEO_BOX, title: str = COMMUNE_TITLE) -> str:
    """A commune portal's detail template: a left menu, the content column, a right column of boxes."""
    return (
        f"<html><head><title>{title} - Xã Tân Phước</title></head><body><div id='banner'><h1>ỦY BAN NHÂN DÂN "
        f"XÃ TÂN PHƯỚC</h1></div><table id='layout'><tr><td id='left'>{SIDEBAR}</td><td id='center'>"
        f"<div class='news-detail'><div class='news-title'>{title}</div><div class='news-date'>Ngày đăng: "
        f"27/04/2024 10:15</div><div class='news-body'>{content}</div></div></td><td id='right'>{right}</td>"
        "</tr></table></body></html>"
    )


def test_a_sidebar_s_video_makes_no_media_page_of_a_brief_the_page_s_own_player_does():
    # a 2-sentence brief (under media.max_text_chars) beside a video box in the right column: an article
    brief = classify(_commune(f"<p>{COMMUNE_BRIEF}</p>"), "/chi-tiet-tin/ra-quan-1587.html")
    assert brief.is_article, brief.signals
    assert brief.body == [COMMUNE_BRIEF]
    # the same text under the page's own player (in the block holding its headline and text): a video page
    own = "<p><iframe src='https://www.youtube.com/embed/xyz'></iframe></p>"
    video = classify(_commune(own + f"<p>{COMMUNE_BRIEF}</p>", ""), "/chi-tiet-tin/video-1588.html")
    assert not video.is_article
    assert any(s.startswith("NOT:media-page:player-and-") for s in video.signals), video.signals


def test_a_broadcast_s_player_and_its_items_is_no_article_news_under_a_reading_player_is():
    # a commune radio's bulletin: its player and the list of its items, no line of prose; the right column's
    # boxes add text enough to pass media.max_text_chars
    items = "".join(
        f"<li>{item}</li>"
        for item in (
            "Tin hoạt động: Xã Tân Phước tổ chức kỳ họp chuyên đề HĐND xã.",
            "Thông báo thu Quỹ phòng, chống thiên tai năm 2024.",
            "Chuyên mục Nông nghiệp: Chăm sóc lúa xuân giai đoạn đẻ nhánh.",
            "Tuyên truyền phòng, chống đuối nước cho trẻ em trong dịp hè.",
        )
    )
    player = "<p><audio controls src='/upload/ban-tin-19-4-2024.mp3'></audio></p>"
    right = VIDEO_BOX + "".join(
        f"<div class='box'><div class='box-head'>Thông báo mới</div><ul><li><a href='/chi-tiet-tin/{i}.html'>"
        f"Thông báo lịch tiếp công dân định kỳ tháng {i}/2024 của Chủ tịch UBND xã</a> (2{i}/04/2024)</li></ul>"
        "</div>"
        for i in range(1, 5)
    )
    bulletin = player + f"<p><strong>Nội dung chương trình:</strong></p><ul>{items}</ul>"
    title = "Chương trình phát thanh ngày 19/4/2024"
    verdict = classify(_commune(bulletin, right, title), "/chi-tiet-tin/phat-thanh-1575.html")
    assert not verdict.is_article
    assert "NOT:media-page:player-and-no-prose" in verdict.signals, verdict.signals
    # a news story with a text-to-speech player under its headline: its paragraphs are prose
    reading = "<div class='tts'>Nghe đọc bài viết: <audio controls src='/tts/1587.mp3'></audio></div>"
    more = (
        "<p>Phát biểu tại buổi ra quân, đại diện Ủy ban MTTQ xã đề nghị các ấp duy trì tổng vệ sinh vào sáng chủ "
        "nhật cuối tháng, mỗi hộ dân tự giác thu gom, phân loại rác thải tại nguồn.</p>"
    )
    story = reading + f"<p>{COMMUNE_BRIEF}</p>{more}"
    assert classify(_commune(story, right), "/chi-tiet-tin/ra-quan-1587.html").is_article


def test_a_sidebar_teaser_sets_no_bounds_to_the_article_s_container():
    # a 'Văn bản mới' box in the right column: each entry a linked number, its date and a summary long
    # enough to read as a paragraph; the brief's own container is its block, not the whole layout
    docs = "".join(
        f"<li><a href='/van-ban/{n}.html'>Số {n}-CT/TU</a><span>Ngày ban hành: 25/03/2024</span><p>Chỉ thị "
        f"về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác dân vận của chính quyền các cấp "
        f"trong tình hình mới số {n}.</p></li>"
        for n in (12, 13)
    )
    right = f"<div class='box'><div class='box-head'>Văn bản mới</div><ul>{docs}</ul></div>"
    right += "<div class='box'><p>Đang truy cập: 86</p><p>Tổng lượt truy cập: 4.512.730</p></div>"
    verdict = classify(_commune(f"<p>{COMMUNE_BRIEF}</p>", right), "/chi-tiet-tin/ra-quan-1587.html")
    assert verdict.is_article, verdict.signals
    assert verdict.body == [COMMUNE_BRIEF], verdict.body


NOTICE_TEXT = (
    "<p>Căn cứ Luật Tiếp công dân năm 2013; căn cứ Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ quy "
    "định chi tiết một số điều của Luật Tiếp công dân;</p><p>Ủy ban nhân dân xã Tân Phước thông báo lịch tiếp "
    "công dân định kỳ tháng 5/2024 của Chủ tịch UBND xã vào sáng thứ Năm hằng tuần, từ 7 giờ 30 đến 11 giờ 30."
    "</p><p>Trường hợp lịch tiếp công dân trùng với lịch công tác đột xuất, UBND xã sẽ thông báo trên hệ thống "
    "truyền thanh của xã để Nhân dân được biết.</p>"
)
SIGN_TABLE = (
    "<table class='sign'><tr><td><em><strong>Nơi nhận:</strong></em><br>- Thường trực Đảng ủy, HĐND xã;<br>"
    "- Lưu: VP.</td><td><strong>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</strong><br><strong>Nguyễn Văn Hùng</strong>"
    "</td></tr></table>"
)


def test_a_notice_s_signature_block_in_its_block_makes_a_document_whatever_the_extractor_kept():
    title = "UBND xã Tân Phước tiếp công dân định kỳ tháng 5/2024"
    notice = classify(_commune(NOTICE_TEXT + SIGN_TABLE, title=title), "/chi-tiet-tin/thong-bao-1584.html")
    assert not notice.is_article
    assert "NOT:official-document:signature-block-in-its-block(Nơi nhận:)" in notice.signals, notice.signals
    # the signatory's line alone, in capitals, is a signature block too; in a sentence or in lower case not
    cfg = rules()["official_document"], rules()["records"]
    block = Selector(text="<div><p>Đoạn văn.</p><p><b>K/T CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b></p></div>").root
    assert own_block_kind(block, *cfg).startswith("official-document:signature-block-in-its-block(K/T")
    news = Selector(text="<div><p>Văn bản do ông A, K/T CHỦ TỊCH UBND tỉnh ký.</p><p>KT. Giám đốc</p></div>")
    assert own_block_kind(news.root, *cfg) == ""
    # the same text without the signature block, or a signature in another column: news
    assert classify(_commune(NOTICE_TEXT, title=title), "/chi-tiet-tin/thong-bao-1584.html").is_article
    elsewhere = classify(_commune(NOTICE_TEXT, VIDEO_BOX + SIGN_TABLE, title), "/chi-tiet-tin/1584.html")
    assert elsewhere.is_article, elsewhere.signals


ANSWERS = [
    (
        "Đảng viên đi làm ăn xa thì sinh hoạt đảng như thế nào?",
        "Hoàng Văn Sơn, xã Tân Phước - Ngày gửi: 02/04/2024",
        "Đảng viên đi làm ăn xa nơi cư trú phải báo cáo với chi bộ để được xem xét, giải quyết. Trường hợp đi "
        "dưới 12 tháng, đảng viên có thể đề nghị chi bộ cho tạm miễn sinh hoạt hoặc đăng ký sinh hoạt tạm thời.",
    ),
    (
        "Quần chúng phải đủ bao nhiêu tuổi thì được xem xét kết nạp vào Đảng?",
        "Nguyễn Thị Mai, xã Tân Hòa - Ngày gửi: 28/03/2024",
        "Theo Điều lệ Đảng, người từ đủ mười tám tuổi đến sáu mươi tuổi, thừa nhận và tự nguyện thực hiện "
        "Cương lĩnh chính trị, Điều lệ Đảng, có lý lịch rõ ràng thì có thể được xem xét kết nạp.",
    ),
    (
        "Đảng viên dự bị có được biểu quyết trong sinh hoạt chi bộ không?",
        "Trần Minh Đức, thị trấn Sa Rài - Ngày gửi: 14/03/2024",
        "Đảng viên dự bị có quyền và nhiệm vụ như đảng viên chính thức, trừ quyền biểu quyết, ứng cử và bầu cử "
        "cơ quan lãnh đạo của Đảng. Chi bộ cần phổ biến rõ quy định này trong sinh hoạt định kỳ hằng tháng.",
    ),
]


def test_a_q_and_a_page_of_several_askers_is_no_article_an_interview_is():
    qa = "".join(
        f"<div class='qa-item'><h4>{q}</h4><p class='qa-meta'>Người hỏi: {who}</p><div class='qa-a'>"
        f"<strong>Trả lời:</strong> {a}</div></div>"
        for q, who, a in ANSWERS
    )
    title = "Hỏi - đáp nghiệp vụ công tác Đảng"
    page = (
        f"<html><head><title>{title}</title></head><body>{SIDEBAR}<div class='main-col'><h2 class='cat-title'>"
        f"{title}</h2><div class='qa-list'>{qa}</div></div></body></html>"
    )
    verdict = classify(page, "/hoi-dap.htm")
    assert not verdict.is_article
    assert "NOT:question-list:3-askers" in verdict.signals, verdict.signals
    # an interview: the reporter's questions, no asker's label; a sidebar's box of askers is not the page's
    interview = "".join(f"<p><b>PV: {q}</b></p><p>{a}</p>" for q, _, a in ANSWERS)
    asked = "".join(
        f"<li><a href='/hoi-dap/{i}.htm'>{q}</a><br>Người hỏi: {w}</li>"
        for i, (q, w, _) in enumerate(ANSWERS)
    )
    right = f"<div class='box'><div class='box-head'>Hỏi đáp mới</div><ul>{asked}</ul></div>"
    title = "Đảng viên đi làm ăn xa, quần chúng được xem xét kết nạp: hỏi chuyện Trưởng Ban Tổ chức"
    verdict = classify(_commune(interview, right, title), "/chi-tiet-tin/phong-van-1590.html")
    assert verdict.is_article, verdict.signals
    assert verdict.title == title  # the reporter's question ('PV: …') is no headline


GUIDE = (
    "<p><strong>I. CHUỒNG TRẠI VÀ VƯỜN THẢ</strong></p><p>1. Chuồng nuôi đặt ở nơi cao ráo, thoáng mát, hướng Đông "
    "hoặc Đông Nam, cách nhà ở ít nhất 10 m; nền chuồng cao hơn mặt đất 30 - 40 cm, lót đệm trấu.</p>"
    "<p><strong>II. CHỌN GIỐNG VÀ ÚM GÀ CON</strong></p><p>1. Chọn gà con khỏe mạnh, nhanh nhẹn, lông bông, mắt "
    "sáng, rốn khô; mua giống ở cơ sở có nguồn gốc rõ ràng, đã được tiêm phòng đầy đủ.</p>"
    "<p><strong>III. THỨC ĂN VÀ NƯỚC UỐNG</strong></p><p>1. Giai đoạn úm cho ăn thức ăn hỗn hợp dạng mảnh, ngày "
    "6 - 8 bữa; từ tuần thứ 5 phối trộn thêm ngô, thóc, rau xanh và cho thả vườn.</p><p>2. Nước uống sạch, thay "
    "hằng ngày; thực hiện đúng quy trình kỹ thuật để đàn gà sinh trưởng tốt, bảo đảm an toàn sinh học.</p>"
)


def test_a_text_opening_with_its_outline_s_first_section_is_no_article_news_with_sections_is():
    title = "Quy trình kỹ thuật nuôi gà thả vườn an toàn sinh học"
    guide = classify(_document_page(GUIDE, title), "/ky-thuat/nuoi-ga-tha-vuon")
    assert not guide.is_article
    assert "NOT:outline:3-numbered-sections-from-its-first-line(I. CHUỒNG TRẠI VÀ VƯỜN THẢ)" in guide.signals
    # news opening with its lead, its sections after it; sections out of order or in lower case: no outline
    lead = (
        "<p>Ngày 18/4, Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn kỹ thuật nuôi gà thả vườn an toàn sinh học "
        "cho 40 hộ nông dân xã Hải Lâm. Các học viên được hướng dẫn những nội dung chính sau đây.</p>"
    )
    assert classify(_document_page(lead + GUIDE, title), "/tin-tuc/tap-huan").is_article
    cfg = rules()["outline"]
    assert outline_text(["I. MỘT", "II. HAI", "IV. BỐN"], cfg) == ""
    assert outline_text(["I. Một", "II. Hai", "III. Ba"], cfg) == ""
    assert outline_text(["I. MỘT", "x", "II. HAI", "III. BA", "IV. BỐN"], cfg).startswith("outline:4-")


def test_a_podcast_s_player_over_time_coded_chapters_is_no_article_a_story_under_a_player_is():
    # an episode page: its player, a two-sentence description, chapters by time code, credits
    episode = (
        "<p><audio controls src='/podcast/tap-9.mp3'></audio></p>"
        "<p>Tập 9 của chương trình đưa người nghe về những ngày vận động đồng bào định canh, định cư ở xã vùng "
        "cao Tân Phước. Mời quý vị cùng lắng nghe.</p><p><b>Trong tập này</b></p>"
        "<p>00:00 - Giới thiệu</p><p>02:30 - Những chuyến đi bản đầu tiên của cán bộ dân vận</p>"
        "<p>09:45 - Người già làng giữ lời hứa với cán bộ xã</p><p>16:20 - Bản làng định cư hôm nay</p>"
        "<p>Thực hiện: Minh Châu - Thanh Long. Kỹ thuật: Quốc Việt.</p>"
    )
    title = "Podcast | Những ngày vận động đồng bào định canh, định cư ở Tân Phước"
    verdict = classify(_commune(episode, "", title), "/podcast/tap-9-1590.html")
    assert not verdict.is_article
    assert "NOT:media-page:player-and-4-chapters" in verdict.signals, verdict.signals
    # the same player over a story of paragraphs of prose stays an article
    more = (
        "<p>Phát biểu tại buổi ra quân, đại diện Ủy ban MTTQ xã đề nghị các ấp duy trì tổng vệ sinh vào sáng chủ "
        "nhật cuối tháng, mỗi hộ dân tự giác thu gom, phân loại rác thải tại nguồn.</p>"
    )
    story = "<p><audio controls src='/tts/1587.mp3'></audio></p>" + f"<p>{COMMUNE_BRIEF}</p>{more}"
    assert classify(_commune(story, ""), "/chi-tiet-tin/ra-quan-1587.html").is_article


def test_the_answer_to_the_site_s_own_search_box_is_a_listing():
    form = "<form action='/tim-kiem.php' method='post'><input name='tu_khoa' type='text'><button>Tìm</button></form>"
    results = form + f"<p>{COMMUNE_BRIEF}</p>"
    verdict = classify(_commune(results, ""), "/tim-kiem.php?tu_khoa=ra+qu%C3%A2n")
    assert not verdict.is_article
    assert any(s.startswith("NOT:listing:search-results(tu_khoa=") for s in verdict.signals), verdict.signals
    # a story whose URL carries a parameter no search box names is read as ever
    assert classify(_commune(results, ""), "/chi-tiet-tin.php?id=1587").is_article


def test_a_digest_of_dated_one_line_items_is_no_article():
    items = "".join(
        f"<li>Ngày {d}/11: {text}</li>"
        for d, text in (
            ("04", "Thường trực Ủy ban MTTQ xã dự hội nghị giao ban khối dân vận huyện."),
            ("09", "Ban công tác Mặt trận ấp 3 ra mắt mô hình “Tuyến đường hoa”."),
            ("15", "Ủy ban MTTQ xã trao 12 suất học bổng cho học sinh nghèo vượt khó."),
            ("21", "Hội Nông dân xã tập huấn kỹ thuật trồng lúa thích ứng hạn mặn."),
        )
    )
    digest = f"<p>Điểm tin hoạt động của Ủy ban MTTQ xã tháng 11 năm 2024</p><ul>{items}</ul>"
    verdict = classify(_commune(digest, "", "Điểm tin tháng 11/2024"), "/chi-tiet-tin/diem-tin-1601.html")
    assert not verdict.is_article
    assert "NOT:calendar:4-blocks-open-with-a-date" in verdict.signals, verdict.signals


def test_the_ends_of_a_registration_period_date_no_page():
    assert printed_date("Thời gian nhận hồ sơ: từ ngày 01/03/2025 đến hết ngày 30/04/2025.") is None
    assert printed_date("Nhận hồ sơ đến ngày 30/04/2025.") == date(2025, 4, 30)


def _site_page(content: str, menu: str, title: str, path_title: str = "Tin tức") -> str:
    """A portal page: a banner with the site's name, a menu, the content column."""
    return (
        f"<html><head><title>{path_title} - Xã Tân Phước</title></head><body><header><h1>ỦY BAN NHÂN DÂN XÃ TÂN "
        f"PHƯỚC</h1><marquee>Chào mừng ngày bầu cử (15/3/2026)</marquee></header><nav>{menu}</nav>"
        f"<div class='main'><h2>{title}</h2>{content}</div><footer><p><a href='/gioi-thieu.html'>Giới thiệu</a>"
        " | <a href='/lien-he.html'>Liên hệ</a></p><p>Cơ quan chủ quản: UBND xã Tân Phước</p></footer></body></html>"
    )


MENU_LINKS = (
    "<ul><li><a href='/'><img src='/home.png' alt=''></a></li><li><a href='/tin-tuc.html'>Tin tức</a></li>"
    "<li><a href='/hoc-tap-lam-theo-bac.html'>Học tập và làm theo Bác</a></li>"
    "<li><a href='/gioi-thieu.html'>Giới thiệu</a></li><li><a href='/lien-he.html'>Liên hệ</a></li></ul>"
)


def test_pages_a_menu_or_the_footer_leads_to_are_no_articles():
    intro = f"<p>{COMMUNE_BRIEF}</p><p>Ngày 12/3/2026</p>"
    # a menu with an icon's link and a six-word entry: still the site's menu
    section = classify(_site_page(intro, MENU_LINKS, "HỌC TẬP VÀ LÀM THEO BÁC"), "/hoc-tap-lam-theo-bac.html")
    assert not section.is_article
    assert "NOT:menu-page:a-menu-entry-links-here" in section.signals, section.signals
    # a static page linked from the footer's short links only
    about = classify(_site_page(intro, "", "Giới thiệu chung về xã"), "/gioi-thieu.html")
    assert not about.is_article
    assert "NOT:menu-page:a-footer-entry-links-here" in about.signals, about.signals


def test_the_site_s_name_in_its_banner_is_no_headline_of_the_page():
    # a static page whose only heading matching its text is the banner's: no headline, no article (the
    # ticker's date beside the banner dates nothing either)
    text = (
        "<p>Xã Tân Phước được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp ba xã cũ; Ủy ban nhân dân xã đặt trụ "
        "sở tại ấp Tân Phước, phục vụ hơn 21.000 người dân của xã.</p><p>Xã có 24 ấp, kinh tế chủ yếu là nông "
        "nghiệp; Nhân dân các dân tộc trong xã đoàn kết, cần cù lao động và sáng tạo.</p>"
    )
    verdict = classify(_site_page(text, "", "DANH MỤC"), "/xa-tan-phuoc.html")
    assert not verdict.is_article
    assert "NOT:headline-is-the-site's-name-in-its-banner" in verdict.signals, verdict.signals


def test_a_headline_saying_the_page_is_missing_is_a_soft_404():
    missing = (
        "<p>Rất tiếc! Trang bạn tìm kiếm không tồn tại hoặc đã bị gỡ bỏ khỏi hệ thống. Mời bạn quay lại trang chủ "
        f"để đọc các tin bài khác của xã.</p><p>{COMMUNE_BRIEF}</p>"
    )
    page = _commune(missing, "", "Rất tiếc! Trang bạn tìm kiếm không tồn tại")
    verdict = classify(page, "/chi-tiet-tin/khong-con-1499.html")
    assert not verdict.is_article
    assert any(s.startswith("NOT:headline-says-the-page-is-missing") for s in verdict.signals), (
        verdict.signals
    )


def test_a_radio_programme_s_player_over_its_numbered_items_is_no_article():
    programme = (
        "<p><iframe src='https://drive.google.com/file/d/abc/preview' height='60'></iframe></p>"
        "<p>Chương trình phát thanh bằng tiếng dân tộc, thời lượng 15 phút.</p><p>Nội dung chương trình:</p>"
        "<p>1. Tin hoạt động của xã trong tuần.</p><p>2. Hướng dẫn phòng, chống sốt xuất huyết mùa mưa.</p>"
        "<p>3. Chuyên mục “Pháp luật và đời sống”: những điểm mới của Luật Đất đai năm 2024.</p>"
        "<p>Chương trình phát lúc 17 giờ thứ Sáu hằng tuần trên hệ thống truyền thanh các ấp và phát lại lúc 6 giờ "
        "sáng Chủ nhật.</p>"
    )
    verdict = classify(
        _commune(programme, "", "Chương trình phát thanh tiếng dân tộc ngày 15/11"), "/pt-1599.html"
    )
    assert not verdict.is_article
    assert "NOT:media-page:player-and-3-chapters" in verdict.signals, verdict.signals


def test_a_booklet_s_table_of_contents_is_a_record_page():
    parts = "".join(
        f"<p>Phần {n}. {text}</p>"
        for n, text in (
            ("I", "Thông tin thời sự: kết quả kỳ họp Hội đồng nhân dân xã và tình hình kinh tế - xã hội."),
            ("II", "Chuyên đề: truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam qua 95 năm xây dựng."),
            ("III", "Học tập và làm theo Bác: câu chuyện Bác Hồ với đồng bào và gợi ý việc làm theo."),
        )
    )
    verdict = classify(
        _commune(f"<p>MỤC LỤC</p>{parts}", "", "Tài liệu sinh hoạt chi bộ tháng 12"), "/tl-1600.html"
    )
    assert not verdict.is_article
    assert "NOT:record-page:a-table-of-contents" in verdict.signals, verdict.signals


def test_a_citizen_s_question_under_its_asker_s_fields_is_a_record_whatever_the_answer():
    answer = "".join(
        f"<p>Trả lời đoạn {i}: theo quy định của Luật Đất đai năm 2024, hộ gia đình đề nghị tách thửa nộp hồ sơ "
        "tại bộ phận một cửa của Ủy ban nhân dân xã, gồm đơn đề nghị và Giấy chứng nhận đã cấp.</p>"
        for i in range(4)
    )
    record = (
        "<table><tr><td>Người hỏi</td><td>Lê Thị Hoa</td></tr><tr><td>Ngày gửi</td><td>05/02/2025</td></tr></table>"
        "<h3>Nội dung câu hỏi</h3><p>Gia đình tôi muốn tách thửa đất ở cho con trai, xin hỏi thủ tục thế nào?</p>"
        f"<h3>Trả lời</h3>{answer}"
    )
    verdict = classify(_commune(record, "", "Thủ tục tách thửa đất ở"), "/hoi-dap/cau-hoi-148.html")
    assert not verdict.is_article
    assert any(s.startswith("NOT:record-page:question-from-its-asker(") for s in verdict.signals), (
        verdict.signals
    )


def test_an_issue_s_pdf_viewer_over_its_listed_contents_is_no_article():
    issue = (
        "<p>Ban Dân vận Huyện ủy trân trọng giới thiệu Bản tin Dân vận số 10 năm 2024, phát hành ngày 31/10/2024. "
        "Bản tin gồm các nội dung chính:</p><ul><li>Định hướng công tác dân vận tháng 11</li>"
        "<li>Sơ kết phong trào thi đua Dân vận khéo</li><li>Hỏi - đáp về dân chủ ở cơ sở</li></ul>"
        "<p><iframe src='/uploads/ban-tin-so-10.pdf' width='100%' height='800'></iframe></p>"
        "<p><a href='/uploads/ban-tin-so-10.pdf'>Tải về bản tin</a></p>"
    )
    verdict = classify(_commune(issue, "", "Bản tin Dân vận số 10 năm 2024"), "/ban-tin/so-10-1602.html")
    assert not verdict.is_article
    assert any(s.startswith("NOT:media-page:player-and-") for s in verdict.signals), verdict.signals


def test_the_home_page_s_next_page_is_the_home_page_a_wordpress_post_is_not():
    page = _commune(f"<p>{COMMUNE_BRIEF}</p>", "")
    assert "NOT:home-page" in classify(page, "/?after=QVFIUjRmY2Z").signals
    assert "NOT:home-page" in classify(page, "/index.php?page=2").signals
    assert "NOT:home-page" not in classify(page, "/?p=1587").signals


def test_a_report_under_its_video_typed_as_a_video_is_still_an_article():
    typed = '<script type=\'application/ld+json\'>{"@type": "VideoObject", "name": "x"}</script>'
    more = (
        "<p>Phát biểu tại buổi ra quân, đại diện Ủy ban MTTQ xã đề nghị các ấp duy trì tổng vệ sinh vào sáng chủ "
        "nhật cuối tháng, mỗi hộ dân tự giác thu gom, phân loại rác thải tại nguồn.</p>"
    )
    story = f"{typed}<p><video src='/v/1587.mp4' controls></video></p><p>Nội dung:</p><p>{COMMUNE_BRIEF}</p>{more}"
    verdict = classify(_commune(story, ""), "/video/ra-quan-1587.html")
    assert verdict.is_article, verdict.signals
    assert "typed-as-jsonld:videoobject-with-its-text" in verdict.signals
    assert "Nội dung:" not in verdict.body


def test_a_brief_of_two_sentences_under_its_video_is_an_article_a_caption_and_its_credit_is_not():
    typed = '<script type=\'application/ld+json\'>{"@type": "VideoObject", "name": "x"}</script>'
    player = "<div id='player-1587'></div><div>Thời lượng: 01:12</div>"
    verdict = classify(_commune(f"{typed}{player}<p>{COMMUNE_BRIEF}</p>", ""), "/video/ra-quan-1587.html")
    assert verdict.is_article, verdict.signals
    caption = (
        "<p>Đoàn viên, hội viên xã Tân Phước ra quân tổng vệ sinh môi trường tại 8 ấp trong sáng chủ nhật "
        "cuối tháng. Video: Quang Huy.</p>"
    )
    verdict = classify(_commune(f"{typed}{player}{caption}", ""), "/video/ra-quan-1588.html")
    assert "NOT:typed-as-jsonld:videoobject" in verdict.signals, verdict.signals


def test_a_procedure_record_is_no_article_however_long_its_steps():
    steps = "".join(
        f"<p>Bước {i}: người có yêu cầu nộp hồ sơ tại bộ phận một cửa của Ủy ban nhân dân xã hoặc nộp trực tuyến; "
        "công chức tư pháp - hộ tịch kiểm tra hồ sơ và trả kết quả trong ngày làm việc.</p>"
        for i in range(1, 5)
    )
    fields = "".join(
        f"<tr><td>{label}</td><td>{value}</td></tr>"
        for label, value in (
            ("Trình tự thực hiện", "Xem các bước"),
            ("Thành phần hồ sơ", "Tờ khai"),
            ("Lệ phí", "Miễn"),
        )
    )
    root = Selector(text=f"<html><body><table>{fields}</table>{steps}</body></html>").root
    assert labelled_record(root).startswith("record-page:procedure(")


def test_a_product_s_record_is_no_article_however_long_its_description_news_on_a_product_is():
    fields = "".join(
        f"<tr><td><b>{label}</b></td><td>{value}</td></tr>"
        for label, value in (
            ("Chủ thể sản xuất", "Hợp tác xã Nông nghiệp Tân Lộc"),
            ("Địa chỉ", "Ấp Tân Lộc, xã Tân Phước"),
            ("Quy cách", "Chai 500 ml, thùng 12 chai"),
            ("Giá bán", "85.000 đồng/chai"),
            ("Hạng sao", "OCOP 3 sao (2024)"),
        )
    )
    description = "".join(
        f"<p>Mật ong hoa cà phê được thu hoạch từ {n} đàn ong nuôi dưới tán vườn của các thành viên hợp tác xã, "
        "lọc và đóng chai theo quy trình bảo đảm an toàn thực phẩm, giữ được màu vàng sậm và hương thơm đặc trưng.</p>"
        for n in (300, 450, 520, 610)
    )
    root = Selector(
        text=f"<html><body><h1>Mật ong hoa cà phê Tân Lộc</h1><table>{fields}</table>{description}</body></html>"
    ).root
    assert labelled_record(root).startswith("record-page:product(")
    # a story about the same product tells who makes it and what it costs in sentences, under no labels
    story = (
        "<p>Hợp tác xã Nông nghiệp Tân Lộc vừa được công nhận sản phẩm OCOP 3 sao cho mật ong hoa cà phê, "
        "đóng chai 500 ml, giá bán 85.000 đồng một chai.</p>"
    )
    root = Selector(
        text=f"<html><body><h1>Mật ong Tân Lộc đạt OCOP 3 sao</h1>{story}{description}</body></html>"
    ).root
    assert labelled_record(root) == ""


def test_a_leader_s_biography_opening_with_its_fields_is_no_article_news_of_an_appointment_is():
    from danvan.crawler.record_pages import person_fields_opening

    bio = (
        "Sinh ngày 02/9/1975. Quê quán: xã Tân Phước, huyện Gò Công Đông. Dân tộc: Kinh. Ngày vào Đảng: "
        "03/02/1999. Trình độ chuyên môn: Thạc sĩ Luật. Lý luận chính trị: Cao cấp."
    )
    assert person_fields_opening(bio).startswith("record-page:person-fields-opening-its-text(")
    news = (
        "Chiều 12/3, Ban Thường vụ Tỉnh ủy công bố quyết định điều động đồng chí Lê Văn Hải, quê quán xã Tân "
        "Phước, giữ chức Bí thư Huyện ủy Gò Công Đông nhiệm kỳ 2020 - 2025."
    )
    assert person_fields_opening(news) == ""


def test_a_document_s_fields_written_in_its_lines_with_its_file_make_a_record():
    root = Selector(text="<html><body><h1>Báo cáo chính trị trình Đại hội</h1></body></html>").root
    lines = [
        "Ngày ban hành: 20/7/2020 | Loại văn bản: Văn kiện Đại hội",
        "Báo cáo đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2015 - 2020 và xác định phương hướng nhiệm kỳ mới.",
        "Tệp đính kèm: bao-cao-chinh-tri.pdf (2,4 MB)",
    ]
    assert labelled_record(root, lines).startswith("record-page:document-with-its-file(")
    # a story naming a document in its sentences has no such lines
    assert labelled_record(root, [lines[1], "Theo ngày ban hành nghị quyết, các xã triển khai ngay."]) == ""


def test_an_item_undated_on_its_page_and_in_its_listing_needs_a_full_article_s_text():
    def verdict(paragraphs: int, hint: str) -> pa.Verdict:
        text = "".join(
            f"<p>Đoạn {i}: đội hình tình nguyện làm đường bê tông, sửa nhà nhân ái và tổ chức sinh hoạt hè cho thiếu "
            "nhi ở các ấp vùng sâu trong suốt thời gian chiến dịch diễn ra.</p>"
            for i in range(paragraphs)
        )
        headline = "Đội hình tình nguyện làm đường bê tông ở các ấp vùng sâu"
        html = f"<html><head><title>{headline}</title></head><body><h1>{headline}</h1>{text}</body></html>"
        url = f"{BASE}/doi-hinh/mat-tran-xanh/"
        return pa.classify(Selector(text=html, base_url=url), url, None, ["127.0.0.1"], hint)

    # dated by its item in the listing (the app takes that date): an article, however short
    assert verdict(2, "item").is_article
    # undated there too: a team's page of an intro and facts is none, a full text undated everywhere is one
    assert "NOT:no-date" in verdict(2, "undated-item").signals
    assert verdict(8, "undated-item").is_article


def test_a_brief_inside_a_framework_s_form_is_read_a_search_form_beside_it_stays_out():
    from danvan.crawler.main_text import for_extraction

    html = (
        "<html><body><form id='frmSearch'><input name='q'><input type='submit' value='Tìm'></form>"
        "<form id='frmChiTiet'><input type='hidden' name='javax.faces.ViewState' value='1'>"
        f"<div class='tieu-de'>{COMMUNE_TITLE}</div><p>{COMMUNE_BRIEF}</p></form></body></html>"
    )
    root = for_extraction(Selector(text=html).root)
    assert [f.get("id") for f in root.iter("form")] == ["frmSearch"]
    verdict = classify(
        _commune(f"<form><input type='hidden' name='s' value='1'><p>{COMMUNE_BRIEF}</p></form>", ""),
        "/tin/1.html",
    )
    assert verdict.is_article, verdict.signals


def test_a_support_policy_s_numbered_parts_make_a_procedure_s_record():
    parts = "".join(
        f"<h4>{i}. {label}</h4><p>{text}</p>"
        for i, (label, text) in enumerate(
            (
                (
                    "Đối tượng",
                    "Hộ nghèo, hộ cận nghèo có tên trong danh sách do Ủy ban nhân dân cấp xã quản lý.",
                ),
                ("Mức hỗ trợ", "Xây mới nhà ở 40 triệu đồng mỗi hộ, sửa chữa nhà ở 20 triệu đồng mỗi hộ."),
                ("Trình tự thực hiện", "Hộ gia đình làm đơn gửi trưởng ấp, ấp họp bình xét công khai."),
                ("Nơi tiếp nhận", "Ủy ban nhân dân xã, phường nơi hộ gia đình cư trú."),
            ),
            start=1,
        )
    )
    root = Selector(text=f"<html><body><h1>Hỗ trợ nhà ở cho hộ nghèo</h1>{parts}</body></html>").root
    assert record_fields(root)[0] == "procedure"


def test_a_periodical_s_table_of_contents_is_a_record_a_statistics_table_is_not():
    from danvan.crawler.record_pages import contents_table

    rows = "".join(
        f"<tr><td>Bài số {i}</td><td>Tác giả {i}</td><td>{i * 6 - 3} - {i * 6 + 2}</td></tr>"
        for i in range(1, 5)
    )
    toc = f"<table><tr><th>Bài viết</th><th>Tác giả</th><th>Trang</th></tr>{rows}</table>"
    assert contents_table(Selector(text=f"<html><body>{toc}</body></html>").root)
    figures = "".join(f"<tr><td>Xã {i}</td><td>{i * 12}</td></tr>" for i in range(1, 5))
    table = f"<table><tr><th>Địa phương</th><th>Số hộ</th></tr>{figures}</table>"
    assert not contents_table(Selector(text=f"<html><body>{table}</body></html>").root)


def test_a_contest_s_results_table_of_names_and_prizes_is_a_record_list():
    rows = "".join(
        f"<tr><td>{i}</td><td>Giải pháp kỹ thuật số {i} cho sản xuất nông nghiệp ở vùng đồi</td>"
        f"<td>Nhóm tác giả hợp tác xã số {i}</td><td>{prize}</td></tr>"
        for i, prize in enumerate(("Nhất", "Nhì", "Nhì", "Ba", "Khuyến khích"), start=1)
    )
    lines = ["Ban Tổ chức trân trọng thông báo kết quả như sau:"] + [
        f"{i} | Giải pháp kỹ thuật số {i} cho sản xuất nông nghiệp ở vùng đồi | Nhóm tác giả hợp tác xã số {i} | x"
        for i in range(1, 6)
    ]
    root = Selector(text=f"<html><body><table>{rows}</table></body></html>").root
    assert figures_list(lines, root, rules()["figures_list"]).startswith("record-list:5-of-5-rows")


def test_a_headline_saying_the_page_is_not_found_in_either_order_is_a_soft_404():
    text = (
        "<p>Đường dẫn bạn truy cập không tồn tại hoặc trang đã được gỡ bỏ. Vui lòng quay lại trang chủ.</p>"
    )
    for headline in ("Không tìm thấy trang", "Trang bạn tìm không tồn tại"):
        verdict = classify(_commune(text, "", headline), "/bai-viet/ra-mat-ung-dung")
        assert any(s.startswith("NOT:headline-says-the-page-is-missing") for s in verdict.signals), (
            verdict.signals
        )


def test_a_how_to_guide_s_parts_and_a_team_s_fields_make_records_however_long():
    steps = "".join(
        f"<p><b>Bước {i}:</b> mở ứng dụng, chọn mục đăng nhập và làm theo hướng dẫn trên màn hình.</p>"
        for i in range(1, 5)
    )
    guide = f"<h3>1. Chuẩn bị</h3><p>Điện thoại thông minh có kết nối Internet.</p><h3>2. Các bước thực hiện</h3>{steps}<h3>3. Lưu ý</h3>"
    root = Selector(text=f"<html><body><h2>Hướng dẫn kích hoạt tài khoản</h2>{guide}</body></html>").root
    assert labelled_record(root, long=True).startswith("record-page:guide(")
    lines = [
        "- Quyết định thành lập: số 45/QĐ-UBND ngày 12/5/2022",
        "- Số thành viên: 11",
        "- Lịch hỗ trợ: tối thứ Ba",
    ]
    root = Selector(text="<html><body><h1>Tổ công nghệ số cộng đồng xã Sơn Kim</h1></body></html>").root
    assert labelled_record(root, lines).startswith("record-page:unit(")
    # a document's file and fields on a long page: an article with its document attached
    document = ["Số ký hiệu: 12/KH-UBND", "Ngày ban hành: 02/01/2025", "Tệp đính kèm: ke-hoach.pdf"]
    assert labelled_record(root, document).startswith("record-page:document-with-its-file(")
    assert labelled_record(root, document, long=True) == ""


def test_a_journal_paper_s_record_names_its_review_dates_an_essay_s_summary_and_keywords_do_not():
    labels = ("Tóm tắt", "Từ khóa:", "Ngày nhận bài:", "Ngày phản biện:", "Ngày duyệt đăng:")
    root = Selector(
        text="<html><body>" + "".join(f"<p><strong>{x}</strong> …</p>" for x in labels) + "</body></html>"
    ).root
    assert labelled_record(root, long=True).startswith("record-page:paper(")
    root = Selector(
        text="<html><body>" + "".join(f"<p><strong>{x}</strong> …</p>" for x in labels[:2]) + "</body></html>"
    ).root
    assert labelled_record(root, long=True) == ""


def test_a_product_s_sale_page_names_its_price_its_packing_and_how_to_order():
    page = (
        "<html><body><p>Miến dong được làm thủ công từ củ dong riềng của các hộ thành viên hợp tác xã.</p>"
        "<p>Giá bán lẻ: túi 500 g: 45.000 đồng.</p><p>Đặt hàng: chị Cúc, điện thoại 0912.xxx.xxx.</p>"
        "<table><tr><th>Quy cách</th><th>Giá (đồng)</th></tr><tr><td>Túi 500 g</td><td>45.000</td></tr></table>"
        "</body></html>"
    )
    lines = ["Giá bán lẻ: túi 500 g: 45.000 đồng.", "Đặt hàng: chị Cúc, điện thoại 0912.xxx.xxx."]
    assert labelled_record(Selector(text=page).root, lines).startswith("record-page:product(")


def test_a_cooperative_s_entry_in_a_members_directory_is_a_record_however_long():
    root = Selector(
        text="<html><body><table>"
        + "".join(
            f"<tr><td>{k}</td><td>{v}</td></tr>"
            for k, v in [
                ("Giám đốc", "Đỗ Thành Trung"),
                ("Mã số HTX", "4001xxxxxx"),
                ("Vốn điều lệ", "3,2 tỷ đồng"),
            ]
        )
        + "</table></body></html>"
    ).root
    assert labelled_record(root, long=True).startswith("record-page:unit(")


def test_a_podcast_episode_printing_its_transcript_by_speaker_or_under_its_heading_is_an_article():
    def episode(text: str, headline: str = "Podcast Góc nhìn: Khi người dân được bàn từ đầu") -> str:
        meta = '<script type="application/ld+json">{"@type": "PodcastEpisode", "name": "Góc nhìn"}</script>'
        return (
            f"<html><head><title>Góc nhìn</title>{meta}</head><body><h1>{headline}</h1><p>25/06/2025 06:00</p>"
            f"<audio src='/a.mp3' controls></audio>{text}</body></html>"
        )

    said = (
        "Bình luận viên: Những nơi làm tốt đều có điểm chung là người dân được bàn từ khi công trình còn là ý "
        "tưởng, chứ không phải khi dự toán đã chốt."
    )
    spoken = f"<p>{said}</p><p>{said.replace('Những nơi', 'Các địa phương')}</p>"
    assert classify(episode(spoken), "/podcast/goc-nhin/").is_article
    brief = (
        "Đến ngày 19/8, toàn tỉnh đã hoàn thành xóa 2.145 nhà tạm, nhà dột nát cho hộ nghèo, về đích trước kế hoạch "
        "10 ngày. Ủy ban MTTQ tỉnh đã phân bổ hơn 86 tỷ đồng từ Quỹ Vì người nghèo cho chương trình."
    )
    heading = f"<h3>Bản ghi nội dung</h3><p>{brief}</p>"
    bulletin = "Bản tin 60 giây: Tỉnh hoàn thành xóa nhà tạm, nhà dột nát cho hộ nghèo"
    assert classify(episode(heading, bulletin), "/podcast/ban-tin-60-giay/").is_article
    pending = heading + "<p>Bản ghi nội dung đang được biên tập viên hoàn thiện và sẽ cập nhật sau.</p>"
    assert not classify(episode(pending, bulletin), "/podcast/so-14/").is_article


def test_a_wanted_notice_is_a_record_however_long():
    lines = [
        "Cơ quan Cảnh sát điều tra ra quyết định truy nã đối với Lê Văn K., sinh năm 1994; nơi đăng ký thường trú: "
        "thôn 3, xã Ea Kênh.",
        "Đặc điểm nhận dạng: cao khoảng 1,68 m, tóc ngắn. Tội danh: trộm cắp tài sản.",
    ]
    root = Selector(text="<html><body></body></html>").root
    assert labelled_record(root, lines, long=True).startswith("record-page:wanted(")


def test_a_journal_s_abstract_page_is_a_record_its_full_text_page_is_not():
    labels = ("Từ khóa:", "Tóm tắt", "Tài liệu tham khảo", "Đã xuất bản", "Cách trích dẫn", "Công cụ bài báo")
    root = Selector(
        text="<html><body>"
        + "".join(f"<h2 class='label'>{x}</h2><p>…</p>" for x in labels)
        + "</body></html>"
    ).root
    assert labelled_record(root, prose=1).startswith("record-page:paper(")
    assert labelled_record(root, prose=6) == ""  # the paper printed on its page under its abstract


def test_a_listing_s_next_page_by_its_address_is_no_article():
    page = _commune(f"<p>{COMMUNE_BRIEF}</p>", "")
    assert "NOT:listing:next-page-url(page=2)" in classify(page, "/zalo/?page=2").signals
    assert "NOT:listing:next-page-url(start=3)" in classify(page, "/tin-tuc.html?start=3").signals
    assert not any("next-page-url" in s for s in classify(page, "/tin-tuc.html?page=1").signals)
    assert "NOT:listing:next-page-url(Trang=2)" in classify(page, "/DanhSach.aspx?MenuID=12&Trang=2").signals
    # WordPress's next page, an exported feed's
    assert "NOT:listing:next-page-url(page/2)" in classify(page, "/chuyen-muc/tin-tuc/page/2/").signals
    assert "NOT:listing:next-page-url(trang-2.html)" in classify(page, "/trang-2.html").signals
    assert not any("next-page-url" in s for s in classify(page, "/index.php?page=chi-tiet-tin").signals)


def test_a_note_printed_above_the_headline_is_no_body_even_when_the_extractor_sets_it_after():
    from danvan.crawler.article_body import text_above, without_text_above

    note = "Bài viết được đồng bộ tự động từ Zalo Official Account của phường, đồng bộ lần cuối 06:00 18/01/2026."
    html = f"<html><body><div class='note'>{note}</div><h1>{COMMUNE_TITLE}</h1><p>{COMMUNE_BRIEF}</p></body></html>"
    title_el = Selector(text=html).root.xpath("//h1")[0]
    assert without_text_above([COMMUNE_BRIEF, note], title_el, text_above(title_el)) == [COMMUNE_BRIEF]
    # a line printed both above and below (a lead repeated as the first paragraph) stays
    html = (
        f"<html><body><div>{COMMUNE_BRIEF}</div><h1>{COMMUNE_TITLE}</h1><p>{COMMUNE_BRIEF}</p></body></html>"
    )
    title_el = Selector(text=html).root.xpath("//h1")[0]
    assert without_text_above([COMMUNE_BRIEF], title_el, text_above(title_el)) == [COMMUNE_BRIEF]


def test_an_album_of_captioned_pictures_under_an_intro_line_is_no_article_a_photo_report_is():
    from danvan.crawler.article_detection import album_kind
    from danvan.crawler.page_kinds import caption_texts

    pictures = "".join(
        f"<div class='photo'><img src='/a/{i}.jpg'><div class='caption'>Đoàn viên tổ dân phố số {i} thu gom rác thải, "
        "phát quang cỏ dại dọc mương thoát nước.</div></div>"
        for i in range(1, 6)
    )
    intro = "Sáng 26/4, đoàn viên ra quân tổng vệ sinh. Dưới đây là một số hình ảnh:"
    captions = caption_texts(Selector(text=_commune(f"<p>{intro}</p>{pictures}", "")).root, 1, 300)
    # the extractor kept the intro and none of the captions
    assert album_kind(captions, [intro]).startswith("gallery:album-of-5-captioned-pictures")
    assert album_kind(captions, [intro, COMMUNE_BRIEF]) == ""  # a photo report opened by its own paragraph
    assert album_kind(captions, [COMMUNE_BRIEF.split(". ")[0] + "."]) == ""  # one sentence of 120 or more
    verdict = classify(
        _commune(f"<p>{COMMUNE_BRIEF}</p><p>{COMMUNE_BRIEF}</p>{pictures}", ""), "/tin/ra-quan.html"
    )
    assert not any(s.startswith("NOT:gallery") for s in verdict.signals), verdict.signals


def test_a_site_s_visit_counter_line_is_no_body():
    from danvan.crawler.article_body import article_body

    para = (
        "Đoạn văn của bài báo kể lại buổi lễ ra mắt mô hình dân vận khéo ở xã, với sự tham gia của người dân."
    )
    assert article_body([para, "Tổng lượt truy cập: 1.254.390", "Đang trực tuyến: 14"], "", set()) == [para]


def test_a_post_trafilatura_drops_by_a_class_word_is_read_a_chrome_block_is_not():
    from danvan.crawler.main_text import main_text

    paragraphs = "".join(
        f"<p>{COMMUNE_BRIEF}</p><p>{COMMUNE_BRIEF.replace('27/4', f'2{i}/5')}</p>" for i in range(2)
    )
    teasers = "".join(f"<li><a href='/tin/{i}.html'>Tin số {i} của xã Tân Phước</a></li>" for i in range(6))
    html = (
        f"<html><body><div class='widget-mode-detail'><h3>{COMMUNE_TITLE}</h3><div class='widget-mode-detail-text'>"
        f"{paragraphs}</div></div><div class='col'><ul>{teasers}</ul></div></body></html>"
    )
    assert "Ủy ban MTTQ xã phối hợp" in main_text(Selector(text=html).root, 120)
    footer = f"<div class='footer'><p>{COMMUNE_BRIEF}</p></div>"
    text = main_text(Selector(text=f"<html><body><ul>{teasers}</ul>{footer}</body></html>").root, 120)
    assert "Ủy ban MTTQ xã phối hợp" not in text


def test_a_post_s_header_under_the_site_s_navigation_is_no_banner():
    from danvan.crawler.site_chrome import in_banner

    url = BASE + "/tin/2025-11-14-nghe-dan-noi.html"
    post = Selector(
        text="<html><body><nav><a href='/'>Dân vận khéo</a></nav><header class='post-header'>"
        "<div class='post-heading'>Nghe dân nói</div></header></body></html>"
    ).root
    assert not in_banner(post.xpath("//div[@class='post-heading']")[0], url)
    site = Selector(
        text="<html><body><header><img src='/logo.png'><div class='t'>ỦY BAN NHÂN DÂN XÃ</div></header>"
        "</body></html>"
    ).root
    assert in_banner(site.xpath("//div[@class='t']")[0], url)


def test_a_full_date_in_the_address_dates_an_undated_page():
    from danvan.crawler.headline_dates import date_in_url

    assert date_in_url(BASE + "/tin/2025-11-14-dan-van-kheo.html") == date(2025, 11, 14)
    assert date_in_url(BASE + "/2024/05/30/ra-mat-mo-hinh/") == date(2024, 5, 30)
    assert date_in_url(BASE + "/dan-van/doi-thoai-20240530194508.htm") == date(2024, 5, 30)
    # a year and a month, a query's date filter, an id: none
    assert date_in_url(BASE + "/2024/05/ra-mat-mo-hinh/") is None
    assert date_in_url(BASE + "/lich.html?ngay=2024-05-30") is None
    assert date_in_url(BASE + "/tin/ra-mat-1587.html") is None


def test_a_deputy_s_questioning_record_is_a_question_from_its_asker():
    labels = ("Kỳ họp:", "Đại biểu chất vấn:", "Người trả lời:", "Ngày trả lời:", "Nội dung chất vấn:")
    fields = "".join(f"<div class='field-label'>{x}</div><div class='field-item'>…</div>" for x in labels)
    root = Selector(text=f"<html><body><h2>Câu hỏi chất vấn số 12</h2>{fields}</body></html>").root
    assert labelled_record(root).startswith("record-page:question-from-its-asker(")


def test_a_question_and_answer_under_their_labels_is_a_record_dated_or_not():
    question = "<p>Hỏi: Tôi là công nhân một công ty may ở xã Tân Phước. Xin hỏi tôi được nghỉ mấy ngày khi cưới?</p>"
    answer = (
        "<p>Trả lời:</p><p>Theo Bộ luật Lao động năm 2019, người lao động được nghỉ việc riêng mà vẫn hưởng nguyên "
        "lương khi kết hôn: nghỉ 03 ngày, chỉ cần báo trước cho người sử dụng lao động theo quy định của công ty.</p>"
    )
    title = "Nghỉ việc riêng để cưới có được hưởng nguyên lương?"
    page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{question}{answer}</body></html>"
    verdict = _listed(page, "/faq-items/nghi-viec-rieng/")
    assert "NOT:no-date:question-and-answer-record" in verdict.signals, verdict.signals
    # dated, a legal column's item is a consultation record too (the blind writers' majority, BENCHMARKS.md)
    dated = page.replace(f"<h1>{title}</h1>", f"<h1>{title}</h1><div>Thứ Bảy, 20/04/2024</div>")
    verdict = classify(dated, "/phap-luat/nghi-viec-rieng-4419.html")
    assert "NOT:record-page:a-reader-s-question-and-its-answer" in verdict.signals, verdict.signals


def test_a_heritage_site_s_record_is_no_article_however_long_its_history():
    rows = "".join(
        f"<tr><td>{label}</td><td>{value}</td></tr>"
        for label, value in (
            ("Loại hình", "Di tích lịch sử - văn hóa"),
            ("Cấp xếp hạng", "Di tích quốc gia"),
            ("Quyết định công nhận", "Số 313-VH/QĐ ngày 28/4/1962"),
            ("Lễ hội", "Ngày 14 - 15 tháng Ba âm lịch"),
        )
    )
    history = "".join(f"<p>{COMMUNE_BRIEF}</p>" for _ in range(8))
    root = Selector(
        text=f"<html><body><h1>Đình Tân Phước</h1><table>{rows}</table>{history}</body></html>"
    ).root
    assert labelled_record(root, long=True).startswith("record-page:place(")


def test_a_rating_widget_and_fields_before_a_related_list_are_no_body():
    from danvan.crawler.article_body import article_body

    para = (
        "Đoạn văn của bài báo kể lại buổi lễ trao quà cho con công nhân khó khăn ở khu công nghiệp của tỉnh."
    )
    related = "Đối thoại định kỳ tại Công ty TNHH Điện tử Sunwoo Vina: 14 kiến nghị được giải đáp"
    lines = [
        para,
        "Văn Toàn",
        "Đánh giá bài viết",
        "★★★★★",
        "Tổng số điểm của bài viết là: 27 trong 12 đánh giá",
        "27",
    ]
    assert article_body([*lines, "Tin cùng chuyên mục", related], "", {related}) == [para, "Văn Toàn"]


def test_a_document_s_register_entry_over_its_summary_is_a_record_without_its_file():
    rows = "".join(
        f"<tr><td>{label}</td><td>{value}</td></tr>"
        for label, value in (
            ("Số, ký hiệu", "05-CT/TW"),
            ("Ngày ban hành", "15/5/2016"),
            ("Cơ quan ban hành", "Bộ Chính trị"),
            ("Loại văn bản", "Chỉ thị"),
        )
    )
    summary = "".join(f"<p>{COMMUNE_BRIEF}</p>" for _ in range(4))
    root = Selector(
        text=f"<html><body><h1>Chỉ thị số 05-CT/TW</h1><table>{rows}</table>{summary}</body></html>"
    ).root
    assert labelled_record(root).startswith("record-page:document-s-fields(")
    # two of its fields in a news story's dateline make no record
    rows = "<tr><td>Ngày ban hành</td><td>15/5/2016</td></tr><tr><td>Loại văn bản</td><td>Chỉ thị</td></tr>"
    root = Selector(
        text=f"<html><body><h1>Chỉ thị số 05-CT/TW</h1><table>{rows}</table>{summary}</body></html>"
    ).root
    assert labelled_record(root) == ""


def test_a_section_named_by_a_label_with_a_long_intro_over_its_items_is_a_listing():
    intro = "".join(f"<p>{COMMUNE_BRIEF}</p>" for _ in range(3))
    items = "".join(
        f"<div class='item'><h3><a href='/tin/{i}.html'>Tin hoạt động số {i} của Mặt trận phường</a></h3>"
        f"<p>Ban công tác Mặt trận tổ dân phố số {i} ra mắt mô hình tự quản về vệ sinh môi trường.</p>"
        f"<span>1{i}/02/2025</span></div>"
        for i in range(1, 6)
    )
    page = _commune(intro + items, "", "Mặt trận Tổ quốc")
    verdict = classify(page, "/mat-tran-to-quoc")
    assert not verdict.is_article, verdict.signals


def test_an_appendix_issued_with_a_document_is_the_document_s_text():
    lines = [
        "Bộ tiêu chí khu dân cư văn minh năm 2025",
        "(Ban hành kèm theo Kế hoạch số 05/KH-BTT ngày 10/01/2025 của Ban Thường trực Ủy ban MTTQ phường)",
        "1. Về đoàn kết, xây dựng đời sống văn hóa",
    ]
    assert official_document(lines, 0, rules()["official_document"]).startswith(
        "official-document:issued-with("
    )
    news = [
        "Ra mắt bộ tiêu chí",
        "Theo kế hoạch ban hành kèm theo Kế hoạch số 05/KH-BTT, các tổ dân phố sẽ tự chấm điểm.",
    ]
    assert official_document(news, 0, rules()["official_document"]) == ""


def test_a_print_edition_s_page_view_opens_with_its_list_of_articles():
    from danvan.crawler.article_body import opens_with_a_list

    assert opens_with_a_list(["Bài trên trang này", "Năm 2025 là năm tổ chức đại hội MTTQ các cấp."])
    assert opens_with_a_list(["Sáng 18/3, Ủy ban MTTQ tỉnh tổng kết.", "Tin liên quan"]) == ""


def test_a_residential_area_s_profile_is_a_unit_s_record():
    fields = "".join(
        f"<div class='field'><div class='field__label'>{label}</div><div class='field__item'>{value}</div></div>"
        for label, value in (
            ("Số hộ", "312"),
            ("Năm được công nhận", "2023"),
            ("Mô hình tiêu biểu", "Kiệt xanh"),
        )
    )
    root = Selector(
        text=f"<html><body><h1>Tổ dân phố 27</h1>{fields}<p>{COMMUNE_BRIEF}</p></body></html>"
    ).root
    assert labelled_record(root).startswith("record-page:unit(")


def test_a_page_in_hmong_under_a_vietnamese_language_switcher_is_not_vietnamese():
    hmong = (
        "<p>Hnub tim 16 lub 11 hli xyoo 2024, lub zos Pả Vi Hạ tau ua Hnub Koom Siab rau tag nrho cov pej xeem. Muaj "
        "ntau tshaj 300 leej tuaj koom, hnav khaub ncaws Hmoob zoo nkauj.</p><p>Lub zos muaj 112 tsev neeg, feem ntau "
        "yog neeg Hmoob. Xyoo no, cov pej xeem tau pab nyiaj thiab pab dag zog ua txoj kev.</p>"
    )
    switcher = (
        "<div>Tiếng Việt | Lus Hmoob</div><div>Ủy ban nhân dân xã Pả Vi, huyện Mèo Vạc, tỉnh Hà Giang</div>"
    )
    verdict = classify(
        _commune(switcher + hmong, "", "Xã Pả Vi ua Hnub Koom Siab ntawm lub zos Pả Vi Hạ"), "/hmoob/1.html"
    )
    assert any(s.startswith("NOT:not-vietnamese") for s in verdict.signals), verdict.signals


def test_a_school_s_directory_entry_is_a_unit_s_record():
    rows = "".join(
        f"<tr><td>{label}</td><td>{value}</td></tr>"
        for label, value in (
            ("Hiệu trưởng", "Hồ Thị Thu"),
            ("Số học sinh", "384"),
            ("Ngày thành lập", "15/8/1989"),
        )
    )
    root = Selector(
        text=f"<html><body><h1>Trường Phổ thông Dân tộc nội trú</h1><table>{rows}</table></body></html>"
    ).root
    assert labelled_record(root).startswith("record-page:unit(")


def test_an_undated_page_typed_an_article_only_by_og_type_needs_a_full_text():
    og = "<meta property='og:type' content='article'>"
    profile = (
        "<p>Chuyên môn: Phẫu thuật tiêu hóa, phẫu thuật nội soi ổ bụng, cấp cứu chấn thương.</p>"
        + f"<p>{COMMUNE_BRIEF}</p>"
    )
    title = "Trưởng khoa Ngoại tổng hợp của bệnh viện tỉnh"
    page = f"<html><head>{og}<title>{title}</title></head><body><h1>{title}</h1>{profile}</body></html>"
    assert "NOT:no-date" in classify(page, "/doi-ngu/bs-hoang-van-son/").signals
    jsonld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>'
    assert (
        "undated-but-listed-or-typed"
        in classify(page.replace(og, jsonld), "/doi-ngu/bs-hoang-van-son/").signals
    )


def test_a_notice_s_numbered_registers_and_a_weekday_schedule_are_record_lists():
    units = "".join(
        f"<tr><td>{i}</td><td>Tổ an ninh tự quản thôn {i}</td><td>xã Hải Lộc, huyện Hậu Lộc</td></tr>"
        for i in range(1, 5)
    )
    persons = "".join(
        f"<tr><td>{i}</td><td>Ông Lê Văn {i}</td><td>Tổ trưởng tổ an ninh thôn {i}</td></tr>"
        for i in range(1, 5)
    )
    root = Selector(text=f"<html><body><table>{units}</table><table>{persons}</table></body></html>").root
    lines = [f"{i} | Tổ an ninh tự quản thôn {i} | xã Hải Lộc, huyện Hậu Lộc" for i in range(1, 5)]
    lines += [f"{i} | Ông Lê Văn {i} | Tổ trưởng tổ an ninh thôn {i}" for i in range(1, 5)]
    lines += [
        "Căn cứ Quyết định số 6120/QĐ-BCA, Công an tỉnh thông báo danh sách được tặng Bằng khen như sau:"
    ]
    assert figures_list(lines, root, rules()["figures_list"]).startswith("record-list:8-of-8-rows")
    days = "".join(
        f"<tr><td>{i}</td><td>Thứ Hai, 0{i}/8/2024</td><td>xã số {i}</td></tr>" for i in range(1, 5)
    )
    root = Selector(text=f"<html><body><table>{days}</table></body></html>").root
    lines = [f"{i} | Thứ Hai, 0{i}/8/2024 | xã số {i}" for i in range(1, 5)]
    assert figures_list(lines, root, rules()["figures_list"]).startswith("record-list:4-of-4-rows")


def test_a_photo_story_introduced_in_an_album_s_words_is_an_album():
    from danvan.crawler.article_detection import album_kind

    captions = {
        f"Con đường bê tông rộng 5 m dẫn vào thôn số {i}. Gần 30 hộ dân đã hiến đất để mở rộng tuyến đường."
        for i in range(5)
    }
    lines = [
        "Những con đường bê tông ở khắp tỉnh được làm nên từ đất hiến, công góp của người dân qua ống kính phóng viên.",
        "Mời bạn đọc cùng ngắm những con đường mang dấu ấn dân vận khéo trên quê hương.",
    ]
    assert album_kind(captions, lines).startswith("gallery:album-of-5")
    assert album_kind(captions, [COMMUNE_BRIEF]) == ""


def test_a_bulletin_issue_or_a_series_page_listing_its_parts_is_no_article():
    intro = (
        "<h1>Bản tin Hội Nông dân số 9 (Quý III/2025)</h1><div>Cập nhật: 30-09-2025</div><p>Bản tin Hội Nông dân "
        "huyện số 9 phát hành ngày 30/9/2025, gồm 12 trang, gửi đến chi hội nông dân các thôn, ấp.</p><p>Số này "
        "dành nhiều trang cho các mô hình kinh tế tập thể. Mời bà con đọc các bài chính dưới đây.</p>"
    )
    issue = (
        f"{intro}<p><b>Trong số này:</b><br>1. <a href='/tin/41'>Nông dân ấp Tân Lợi làm đường giao thông nông thôn"
        "</a><br>2. <a href='/tin/44'>Tổ hợp tác trồng bưởi da xanh xã Mỹ Hòa</a><br>3. Hỏi đáp về vay vốn Quỹ hỗ "
        "trợ nông dân<br><br><a href='/upload/ban-tin-9.pdf'>Tải bản tin (PDF)</a></p>"
    )
    verdict = classify(table_page(issue), "/ban-tin.asp?so=9")
    assert not verdict.is_article
    assert "NOT:listing:a-collection-s-contents(3-parts)" in verdict.signals, verdict.signals
    series = (
        "<h1>Loạt bài: Dân vận khéo ở vùng đồng bào Khmer</h1><div>01-09-2025</div><p>Loạt bài ghi lại cách làm "
        "của cán bộ, đảng viên ở các phum, sóc: lắng nghe bà con, tôn trọng phong tục và cùng làm với dân. Mỗi kỳ "
        "là một câu chuyện ở một ấp, được cập nhật đến hết năm.</p><h2>Các kỳ đã đăng</h2>"
        + "".join(
            f"<div class='ky'>Kỳ {i}: <a href='/bai/{i}'><b>Chuyện ở ấp số {i}</b><span>0{i}-09-2025</span></a>"
            "</div>"
            for i in (1, 2, 3)
        )
    )
    assert not classify(table_page(series), "/loat-bai/dan-van-kheo.asp").is_article
    # an article's 'Nội dung chính' heads its sentences, not links to other pages
    brief = (
        "<h1>Huyện ủy quán triệt Nghị quyết của Tỉnh ủy về chuyển đổi số</h1><div>05-09-2025</div><p>Sáng 5/9, "
        "Huyện ủy tổ chức hội nghị quán triệt Nghị quyết số 12-NQ/TU cho hơn 300 cán bộ chủ chốt.</p><p><b>Nội "
        "dung chính:</b><br>1. Phổ cập dịch vụ công trực tuyến đến từng hộ dân.<br>2. Số hóa hồ sơ địa chính.<br>"
        "3. Mở lớp hướng dẫn người dân dùng điện thoại thông minh.</p>"
    )
    assert classify(table_page(brief), "/tintuc/chitiet.asp?id=88").is_article


def test_a_newscast_s_running_order_under_a_line_announcing_it_is_no_article():
    def bulletin(items: int) -> str:
        listed = "".join(
            f"- <a href='/index.php?act=tin&id={20 + i}'>Tin số {i} của huyện trong tuần</a>: Ngày {10 + i}/10...<br>"
            for i in range(items)
        )
        return table_page(
            "<h3>Chương trình thời sự ngày 18/10/2024</h3><div>Cập nhật: 18-10-2024 17:00</div><font>Kính thưa quý "
            "vị và các bạn! Đài Truyền thanh huyện xin gửi tới quý vị chương trình thời sự tối thứ sáu, ngày "
            f"18/10/2024.<br><br>Chương trình hôm nay gồm những nội dung sau:<br>{listed}<br>Chương trình thời sự của "
            "Đài đến đây là kết thúc. Xin chào và hẹn gặp lại quý vị vào 17 giờ ngày mai.</font>"
        )

    verdict = classify(bulletin(2), "/index.php?act=bantin&ngay=2024-10-18")
    assert "NOT:listing:a-collection-s-contents(2-parts)" in verdict.signals, verdict.signals
    # a sidebar's 'Trong số này' beside one of the issue's stories lists the issue, not this page
    story = (
        "<html><body><main><article><h1>Khai giảng lớp bồi dưỡng kế toán hợp tác xã khóa I</h1><p><time "
        "datetime='2025-04-04'>04.04.2025</time></p><p>Ngày 2/4, Liên minh Hợp tác xã tỉnh khai giảng lớp bồi "
        "dưỡng nghiệp vụ kế toán cho 45 học viên là kế toán các hợp tác xã nông nghiệp.</p><p>Học viên được cập "
        "nhật chế độ kế toán mới và thực hành phần mềm kế toán.</p></article><aside><h3>Trong số này</h3><ul><li>"
        "<a href='/ban-tin/so-19/a/'>Khai giảng lớp bồi dưỡng kế toán hợp tác xã khóa I</a></li><li><a "
        "href='/ban-tin/so-19/b/'>Hợp tác xã giúp thành viên thoát nghèo</a></li><li><a href='/ban-tin/so-19/c/'>"
        "Đại hội thành viên hợp tác xã rau</a></li></ul></aside></main></body></html>"
    )
    assert classify(story, "/ban-tin/so-19/a/").is_article


def test_an_issue_s_contents_table_read_as_lines_is_no_article():
    rows = "".join(
        f"<tr><td>Trang {p}</td><td>{t}</td><td>{t} ở các bản vùng cao…</td></tr>"
        for p, t in ((3, "Phóng sự: Người giữ lửa"), (6, "Ký sự đường biên"), (8, "Trò chuyện cuối tuần"))
    )
    page = table_page(
        "<h1>Báo Chủ nhật số 1125</h1><div>16/02/2025</div><p>Thư tòa soạn: Số báo tuần này dành nhiều trang cho "
        "những câu chuyện về người giữ lửa ở các bản vùng cao. Chúc bạn đọc một ngày Chủ nhật an vui.</p><table>"
        f"<tr><th>Trang</th><th>Bài</th><th>Tóm tắt</th></tr>{rows}</table>"
    )
    verdict = classify(page, "/so-bao/chu-nhat-so-1125")
    assert "NOT:record-page:a-table-of-contents" in verdict.signals, verdict.signals


def test_a_product_s_price_and_packing_under_its_description_make_a_record():
    page = table_page(
        "<h1>Trà xanh Thái Nguyên loại đặc biệt</h1><div>Thứ Năm, 10/04/2025 - 16:30</div><p>Trà xanh Thái "
        "Nguyên loại đặc biệt được chế biến từ búp chè một tôm hai lá, hái sáng sớm trên đồi chè VietGAP của hợp tác xã, sao thủ công.</p><p>Nước "
        "trà xanh trong, vị chát dịu, hậu ngọt sâu.</p><div><b>Giá:</b> 450.000 đ/kg</div><div><b>Quy cách:</b> "
        "túi 200 g</div><div><b>Đơn vị sản xuất:</b> HTX Chè Tân Cương</div>"
    )
    verdict = classify(page, "/san-pham/tra-xanh")
    assert not verdict.is_article
    assert any(s.startswith("NOT:record-page:product(") for s in verdict.signals), verdict.signals


def test_a_brief_beside_its_one_photo_under_a_banner_with_an_emblem_is_no_gallery():
    page = (
        "<html><body><header id='banner'><img src='/quoc-huy.png' alt=''><div class='portal'>CỔNG THÔNG TIN ĐIỆN "
        "TỬ HUYỆN ĐỒNG PHÚ</div><div class='site'>XÃ TÂN PHÚ - ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ</div></header>"
        "<main><h3 class='header-title'>Tiếp nhận 30 triệu đồng ủng hộ Quỹ Vì người nghèo xã</h3><div>Ngày đăng: "
        "03-03-2025 16:30</div><table><tr><td><img src='/quy.jpg'></td></tr><tr><td>Ngày 3/3, Ủy ban MTTQ xã "
        "Tân Phú tiếp nhận 30 triệu đồng do các hộ kinh doanh tại chợ xã ủng hộ Quỹ Vì người nghèo. Số tiền sẽ "
        "được dùng hỗ trợ sửa chữa nhà ở cho hộ nghèo trong năm 2025.</td></tr></table><p><b>Ban TT UBMTTQ xã"
        "</b></p></main></body></html>"
    )
    verdict = classify(page, "/chi-tiet/-/content/tiep-nhan-30-trieu-dong")
    assert verdict.is_article, verdict.signals


def test_a_story_the_menu_nests_under_its_news_section_is_an_article_dated_by_its_closing_line():
    path = "/view/doanxa/bai-viet/cot-co-lao-chai"
    page = (
        "<html><head><title>Đoàn xã Tả Gia Khâu - Những cột cờ trên đỉnh Lao Chải</title></head><body><nav><ul>"
        "<li><a href='/view/doanxa/trang-chu'>Trang chủ</a></li><li><a href='/view/doanxa/gioi-thieu'>Giới thiệu"
        "</a></li><li><a href='/view/doanxa/bai-viet'>Bài viết</a><ul><li><a href='/view/doanxa/bai-viet/tang-ao'>"
        f"Tặng áo ấm</a></li><li><a href='{path}'>Cột cờ Lao Chải</a></li></ul></li><li><a "
        "href='/view/doanxa/lien-he'>Liên hệ</a></li></ul></nav><div><h1>Những cột cờ trên đỉnh Lao Chải</h1>"
        "<p>Từ trung tâm xã, phải leo gần hai giờ đường dốc mới tới đỉnh Lao Chải, nơi đoàn viên dựng những cột "
        "cờ trên đỉnh núi hướng về đường biên.</p><p>Cát, xi măng đều phải gùi bộ lên dốc, mỗi chuyến đi mất nửa "
        "ngày; đến nay tuyến đường cờ đã có 34 cột cờ trên đỉnh các ngọn đồi.</p><p>Anh Sùng A Lềnh, Bí thư Chi "
        "đoàn thôn, kể: có hôm mưa, đá trơn, anh em phải buộc dây vào nhau mà đi, nhưng ai cũng muốn góp sức, vì "
        "đây là cờ của bản mình, là niềm tự hào của đồng bào các dân tộc nơi biên giới.</p><p><i>Đoàn xã, "
        "22/3/2025</i></p>"
        "</div></body></html>"
    )
    verdict = classify(page, path)
    assert verdict.is_article, verdict.signals
    assert "a-news-section-s-menu-entry-links-to-this-dated-story" in verdict.signals


def test_a_weekly_price_bulletin_with_columns_headed_by_their_currency_is_a_price_list():
    rows = "".join(
        f"<tr><td>{name}</td><td>kg</td><td>{a}</td><td>{b}</td></tr>"
        for name, a, b in (
            ("Lúa tẻ", "8.200", "8.300"),
            ("Lợn hơi", "63.000", "64.500"),
            ("Cam", "22.000", "21.000"),
        )
    )
    page = "<html><body><main><article>{}</article></main></body></html>".format(
        "<h1>Bản tin giá nông sản ngày 20/4/2026</h1><div>20/04/2026</div><p>Giá lợn hơi tại các huyện tiếp tục "
        "tăng nhẹ so với tuần trước, trong khi giá cam giảm do cuối vụ. Hội Nông dân tỉnh cập nhật bản tin giá "
        "nông sản ngày 20/4/2026 để bà con tham khảo:</p><table><tr><th>Mặt hàng</th><th>Đơn vị</th><th>Tuần trước (đồng)</th><th>Hôm nay (đồng)"
        f"</th></tr>{rows}</table><p>Giá mang tính tham khảo.</p>"
    )
    verdict = classify(page, "/gia-nong-san/ban-tin-gia-ngay-20-4-2026")
    assert "NOT:price-list:priced-table-under-one-paragraph" in verdict.signals, verdict.signals


def test_the_dates_of_the_posts_listed_after_a_brief_make_no_calendar():
    cards = "".join(
        f"<a class='post-card' href='/bai-viet/{i}/'><img src='/c{i}.jpg' alt=''><div class='pc-title'>Thôn số {i} "
        f"hoàn thành tuyến đường bê tông nhờ nhân dân hiến đất</div><div class='pc-date'>{10 + i}/09/2025</div></a>"
        for i in range(3)
    )
    page = (
        "<html><body><header class='oa-header'><img class='avatar' src='/a.png' alt=''><span><a href='/'>UBND xã "
        "Tân Phước</a></span></header><main class='oa-main'><article class='oa-article'><h1 class='article-title'>"
        "Xã Tân Phước cấp phát 420 thẻ bảo hiểm y tế cho người cao tuổi</h1><div class='article-meta'><span>UBND "
        "xã Tân Phước</span> · <span>02/10/2025</span></div><div class='article-content'><p>Từ ngày 1/10, UBND xã "
        "Tân Phước bắt đầu cấp phát 420 thẻ bảo hiểm y tế miễn phí cho người từ đủ 75 tuổi trở lên đang hưởng trợ "
        "cấp hằng tháng. Bà con nhận thẻ tại nhà văn hóa các thôn hoặc bộ phận một cửa của xã.</p></div><div "
        "class='reaction-bar'>Thích 64</div></article><section class='more-posts'><h3>Bài viết khác từ UBND xã Tân "
        f"Phước</h3>{cards}</section></main><footer><p>Bản quyền nội dung thuộc UBND xã Tân Phước</p></footer>"
        "</body></html>"
    )
    verdict = classify(page, "/bai-viet/b7220c/")
    assert verdict.is_article, verdict.signals


def test_an_outline_under_a_headline_naming_it_after_one_intro_line_is_no_article():
    from danvan.crawler.page_kinds import outline_text

    cfg = rules()["outline"]
    body = [
        "Ban Tuyên giáo Huyện ủy ban hành đề cương tuyên truyền kỷ niệm Ngày thành lập Mặt trận.",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Tuyên truyền sâu rộng về truyền thống của Mặt trận Tổ quốc Việt Nam.",
        "II. NỘI DUNG TUYÊN TRUYỀN",
        "1. Lịch sử Mặt trận.",
        "III. HÌNH THỨC TUYÊN TRUYỀN",
        "Trên hệ thống truyền thanh cơ sở.",
    ]
    assert outline_text(body, cfg, "Đề cương tuyên truyền kỷ niệm 95 năm Ngày thành lập Mặt trận").startswith(
        "outline:3-numbered-sections"
    )
    # under a news headline, the intro line is the news' lead: its numbered sections come after it
    assert outline_text(body, cfg, "Huyện ủy triển khai tuyên truyền kỷ niệm Ngày thành lập Mặt trận") == ""


def test_an_inspection_conclusion_s_record_is_a_document():
    root = Selector(
        text="<html><body><table><tr><td>Số kết luận</td><td>05/KL-TTr</td></tr><tr><td>Ngày ký</td>"
        "<td>03/7/2025</td></tr><tr><td>Người ký</td><td>Phó Chánh Thanh tra</td></tr></table></body></html>"
    ).root
    assert record_fields(root)[0] == "document"
