"""Unit cases for the page's tools kept out of an article's body and its date, and for the pages that look
like articles and are not (web stories, contest entries, recordings, policy pages, an issue's contents)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from danvan.crawler import page_analysis as pa
from danvan.crawler.page_kinds import _register_row
from danvan.crawler.record_pages import labelled_record, record_fields
from lxml import etree
from parsel import Selector

BASE = "http://127.0.0.1:8000"
HEADLINE = "Hội Phụ nữ xã Quỳnh Lâm ra mắt mô hình tiết kiệm vì chị em nghèo"
PARAS = [
    "Sáng 14/3, Hội Liên hiệp Phụ nữ xã Quỳnh Lâm ra mắt mô hình tổ tiết kiệm vì chị em nghèo với 32 "
    "thành viên ở các thôn vùng giáo.",
    "Mỗi tháng, các thành viên góp 200 nghìn đồng; số tiền được cho chị em khó khăn vay không lãi để mua "
    "giống, vật nuôi, phát triển sản xuất.",
    "Dịp này, Hội trao 5 suất quà cho hội viên có hoàn cảnh đặc biệt, mỗi suất trị giá 1 triệu đồng.",
]


def article(
    body: str, *, head: str = "", under_headline: str = "<p class='date'>15/03/2025 08:30</p>"
) -> str:
    return (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body>"
        "<nav><a href='/'>Trang chủ</a> <a href='/tin-tuc'>Tin tức</a></nav>"
        f"<article><h1>{HEADLINE}</h1>{under_headline}{body}</article>"
        "<footer>Cơ quan chủ quản: Hội LHPN tỉnh. Giấy phép số 12/GP-STTTT.</footer></body></html>"
    )


def paras(extra: str = "") -> str:
    return "".join(f"<p>{p}</p>" for p in PARAS) + extra


def classify(html: str, path: str = "/tin-tuc/ra-mat-mo-hinh-tiet-kiem") -> pa.Verdict:
    url = BASE + path
    return pa.classify(Selector(text=html, type="html", base_url=url), url, None, ["127.0.0.1"])


def test_a_link_sending_the_reader_elsewhere_after_a_mark_leaves_the_paragraph():
    source = "<p><i>(Bài đăng trên Bản tin Hội số 59)</i> - <a href='/ban-tin?so=59'>Xem số bản tin</a></p>"
    verdict = classify(article(paras(source)))
    assert verdict.is_article
    assert verdict.body[-1] == "(Bài đăng trên Bản tin Hội số 59)"
    # a link closing a sentence of the text is the text
    cited = "<p>Mô hình làm theo hướng dẫn tại <a href='/van-ban/12'>Kế hoạch số 12-KH/HPN</a></p>"
    assert classify(article(paras(cited))).body[-1].endswith("Kế hoạch số 12-KH/HPN")


def test_a_contact_box_s_heading_and_lines_closing_the_text_are_the_site_s_footer():
    from danvan.crawler.site_chrome import footer_start

    lines = [*PARAS, "Liên hệ", "Hội LHPN xã Nậm Ngặt, huyện Bắc Hà", "Điện thoại: 0214.3880.xxx - Nhóm Zalo"]
    assert footer_start(lines) == len(PARAS)
    # an article's own closing contact line, under no heading, stays; so does a menu's 'Liên hệ' far above
    assert footer_start([*PARAS, "Mọi chi tiết xin liên hệ điện thoại: 0214.3880.xxx."]) == len(PARAS) + 1
    assert footer_start(["Liên hệ", *PARAS, "Hội LHPN xã", "Điện thoại: 0214.3880.xxx"]) == len(PARAS) + 3


def test_a_slogan_between_the_headline_and_its_dateline_is_no_body():
    slogan = "<p>Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang</p>"
    html = article(paras(""), under_headline=f"{slogan}<p class='date'>15/03/2025 08:30</p>")
    assert classify(html).body == PARAS


def test_a_long_form_story_s_credits_block_is_no_body_a_closing_byline_alone_stays():
    credits = "<p>Nội dung: Lò Văn Chiến</p><p>Ảnh: Tư liệu</p><p>Thiết kế: Hoàng Nam</p>"
    assert classify(article(credits + paras(""))).body == PARAS
    assert classify(article(paras("<p>Bài, ảnh: Hồng Duyên</p>"))).body == [*PARAS, "Bài, ảnh: Hồng Duyên"]


def test_a_coming_instalment_s_notice_and_a_disclosure_under_its_name_are_no_articles():
    coming = article(paras("")).replace(HEADLINE, "Sắp ra mắt: Mùa ban trắng trên những bản tái định cư")
    assert any(s.startswith("NOT:headline-names-a-non-article-page") for s in classify(coming).signals)
    rows = "".join(
        f"<tr><td>{k}</td><td>{v}</td></tr>"
        for k, v in [("Tổng thu", "9.874.300.000"), ("Tổng chi", "10.447.000.000"), ("Số dư", "635.840.000")]
    )
    table = f"<table><tr><th>Nội dung</th><th>Số tiền (đồng)</th></tr>{rows}</table>"
    html = article(f"<div><p>{PARAS[0]}</p>{table}</div><p>{PARAS[1]}</p>").replace(
        HEADLINE, "Công khai thu, chi Quỹ Vì người nghèo tỉnh năm 2024"
    )
    assert any(s.startswith("NOT:record-page:a-disclosure-under-its-name") for s in classify(html).signals)


def test_a_reader_named_before_the_question_and_the_board_before_its_answer_make_a_consultation_record():
    asked = (
        "<p>Bạn đọc Hoàng Văn L. (huyện Na Rì) hỏi: Tôi là đảng viên, nay đi làm công nhân ở tỉnh khác khoảng một "
        "năm. Vậy tôi phải sinh hoạt đảng thế nào?</p><p>Ban Tổ chức Tỉnh ủy trả lời: Theo quy định, đảng viên đi "
        "làm ăn xa từ 3 tháng đến dưới 1 năm thì báo cáo chi ủy để được giới thiệu sinh hoạt tạm thời.</p>"
        f"<p>{PARAS[2]}</p>"
    )
    html = article(asked).replace(HEADLINE, "Đảng viên đi làm ăn xa sinh hoạt đảng thế nào?")
    assert "NOT:record-page:a-reader-s-question-and-its-answer" in classify(html).signals


def test_a_policy_s_entitlements_numbered_under_its_name_are_a_guide():
    points = "".join(
        f"<p>{n}. {p}</p>"
        for n, p in [
            (1, "Cung cấp thông tin: được cấp một số ấn phẩm báo, tạp chí theo quy định."),
            (
                2,
                "Hỗ trợ vật chất: thăm hỏi, tặng quà nhân dịp Tết Nguyên đán, mức chi không quá 1 triệu đồng.",
            ),
            (3, "Khen thưởng: người có thành tích xuất sắc được xem xét khen thưởng."),
        ]
    )
    html = article(f"<p>{PARAS[0]}</p>{points}").replace(
        HEADLINE, "Chế độ, chính sách đối với người có uy tín"
    )
    assert any(s.startswith("NOT:record-page:a-guide-s-steps") for s in classify(html).signals)


def test_a_team_s_members_listed_under_their_heading_make_its_profile():
    members = "".join(
        f"<li>{m}</li>"
        for m in [
            "Nguyễn Đức Thịnh - Đội trưởng",
            "Lê Thị Ngọc Ánh - Đội phó",
            "Trần Văn Bình",
            "Hoàng Thị Thu",
        ]
    )
    html = article(f"<p>{PARAS[0]} {PARAS[1]}</p><p>Thành viên</p><ul>{members}</ul>").replace(
        HEADLINE, "Đội hình tình nguyện số xã Gio Phong"
    )
    assert any(s.startswith("NOT:record-list:4-members") for s in classify(html).signals)


def test_an_internal_bulletin_s_colophon_is_its_footer():
    from danvan.crawler.site_chrome import footer_start

    colophon = ["Trụ sở: thôn Trung Tâm, xã Xuân Lâm - Điện thoại: 0237.3620.xxx", "Bản tin lưu hành nội bộ"]
    assert footer_start([*PARAS, *colophon]) == len(PARAS)


def test_a_disclosure_s_list_of_names_and_a_call_for_readers_submissions_are_no_articles():
    households = "".join(
        f"<p>{n}. Hộ ông Lò Văn {x}, thôn Khe Cát</p>" for n, x in enumerate(["Páo", "Tư", "Thịnh"], 1)
    )
    html = article(f"<p>{PARAS[0]} {PARAS[1]}</p>{households}").replace(
        HEADLINE, "Công khai danh sách hộ được hỗ trợ xóa nhà tạm năm 2025"
    )
    assert any(s.startswith("NOT:record-page:a-disclosure-under-its-name") for s in classify(html).signals)
    call = article(paras("")).replace(HEADLINE, "Mời bạn đọc giới thiệu người tốt, việc tốt năm 2026")
    assert any(s.startswith("NOT:headline-names-a-non-article-page") for s in classify(call).signals)


def test_a_box_set_after_the_closing_byline_is_no_body():
    box = "<p>Minh Châu</p><p>Kêu gọi ủng hộ</p><p>Mọi tấm lòng hảo tâm xin gửi về Hội Chữ thập đỏ tỉnh.</p>"
    assert classify(article(paras(box))).body == [*PARAS, "Minh Châu"]
    # a source line after the byline stays
    assert (
        classify(article(paras("<p>Minh Châu</p><p>Nguồn: Báo Hà Tĩnh</p>"))).body[-1] == "Nguồn: Báo Hà Tĩnh"
    )


def test_a_contact_line_labelled_as_a_box_and_a_like_button_close_no_body():
    from danvan.crawler.site_chrome import footer_start

    contact = "Liên hệ BCH: Nhà văn hóa phường Tân Hưng, Quận 7 - Email: doanphuong@gmail.com"
    assert footer_start([*PARAS, contact]) == len(PARAS)
    assert classify(article(paras("<p>Thích Đang tải...</p>"))).body == PARAS


def test_the_comments_closed_note_ends_the_body():
    assert classify(article(paras("<p>Bình luận đã đóng.</p>"))).body == PARAS


def test_a_photo_album_s_headline_names_no_article():
    captions = "".join(
        f"<p>{c}</p>" for c in ("Lễ chào cờ khai mạc hội trại.", "Trại của Chi đoàn thôn Đồng Bưởi.")
    )
    html = article(f"<p>{PARAS[0]}</p>{captions}<p>{PARAS[1]}</p>").replace(
        HEADLINE, "Album ảnh: Hội trại Đoàn xã"
    )
    assert any(s.startswith("NOT:headline-names-a-non-article-page") for s in classify(html).signals)


def test_a_schedule_named_by_its_headline_is_no_article_whatever_its_paragraphs():
    rows = "".join(
        f"<tr><td>Trạm Y tế xã {x}</td><td>0{i}/12</td></tr>" for i, x in enumerate(["A", "B", "C"], 5)
    )
    table = f"<table><tr><th>Đơn vị</th><th>Ngày tiêm</th></tr>{rows}</table>"
    html = article(f"<div><p>{PARAS[0]}</p>{table}</div><p>{PARAS[1]}</p>").replace(
        HEADLINE, "Lịch tiêm chủng mở rộng tháng 12/2024"
    )
    assert any(s.startswith("NOT:event-page:a-schedule-under-its-name") for s in classify(html).signals)
    # the history of a place is no schedule
    history = article(f"<div><p>{PARAS[0]}</p>{table}</div><p>{PARAS[1]}</p>").replace(
        HEADLINE, "Lịch sử xã Tân Lập"
    )
    assert not any("schedule" in s for s in classify(history).signals)


@pytest.mark.parametrize(
    "heading", ["Bình luận (2)", "Ý kiến bạn đọc (0)", "Bình luận", "❤️ 17 · 2 bình luận"]
)
def test_the_comments_heading_with_its_count_ends_the_body(heading):
    comments = f"<h3>{heading}</h3><p>Chúc mừng các chị, mong mô hình được nhân rộng ra các xã khác.</p>"
    body = classify(article(paras(comments))).body
    assert body[-1] == PARAS[-1]


def test_a_closing_paragraph_written_as_a_div_beside_the_p_s_is_the_text_s_above_its_byline():
    last = "Cách làm này đang được UBND tỉnh chỉ đạo nhân rộng tại các dự án trọng điểm khác."
    style = "text-align:justify"
    body = "".join(f"<p style='{style}'>{p}</p>" for p in PARAS)
    closing = f"<div style='{style}'>{last}</div><p style='text-align:right'><b>Nông Thị Vân</b></p>"
    verdict = classify(article(body + closing))
    assert verdict.body[-2:] == [last, "Nông Thị Vân"] or verdict.body[-1] == last, verdict.body


def test_a_print_front_page_s_teaser_continued_on_another_page_is_no_article():
    teaser = f"<p>{PARAS[0]}</p><p>{PARAS[1]} (Xem tiếp trang 3)</p>"
    assert any(
        s.startswith("NOT:teaser:continued-on-another-page") for s in classify(article(teaser)).signals
    )
    # a series' part 'to be continued' is an article
    assert classify(article(f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>(Còn nữa)</p>")).is_article


def test_a_photo_s_caption_credited_after_a_full_stop_is_no_headline():
    from danvan.crawler.detection_rules import rules

    caption = re.compile(rules()["title"]["caption_tail"], re.IGNORECASE)
    assert caption.search("Nhà văn hóa thôn Nà Khà sau khi hoàn thành. Ảnh: Thu Trang".lower())
    assert caption.search("Lễ ra quân (Ảnh: Hoàng Lan)".lower())
    assert not caption.search("Khánh thành nhà văn hóa thôn Nà Khà từ sức dân".lower())


def test_a_poll_s_headline_names_no_article():
    poll = f"<p>{PARAS[0]}</p><ul><li>Sáng Chủ nhật 01/06 - 64 phiếu</li><li>Sáng Chủ nhật 08/06 - 31 phiếu</li></ul>"
    html = article(poll + f"<p>{PARAS[1]}</p>").replace(
        HEADLINE, "Bình chọn: chọn ngày tổng vệ sinh đường làng"
    )
    assert any(s.startswith("NOT:headline-names-a-non-article-page") for s in classify(html).signals)


def test_tools_and_labels_around_the_text_are_no_body():
    tools = (
        "<p>Nghe bài viết</p><p>Bản âm thanh của bài viết đang được thu, mời bạn đọc quay lại sau</p>"
        "<dl><dt>Chi tiết</dt><dd>Chuyên mục: <a href='/tin-tuc'>Tin tức</a></dd></dl>"
        "<p>Bản in từ Báo Nghệ An điện tử</p><p>[vc_row][vc_column][vc_column_text]</p>"
    )
    after = "<p>[/vc_column_text][/vc_column][/vc_row]</p><p>1535 lượt xem</p>"
    body = classify(article(tools + paras(after))).body
    assert body == PARAS


def test_teasers_of_a_related_box_after_the_text_are_no_body():
    teasers = "".join(
        f"<div class='card'><h3><a href='/tin-tuc/bai-{n}'>Chi hội phụ nữ thôn {n} giúp hội viên vay vốn làm ăn</a>"
        f"</h3><p class='date'>0{n}-03-2025</p><p>Chi hội thôn {n} vừa giải ngân 50 triệu đồng cho 5 hội viên "
        "vay không lãi để nuôi bò sinh sản.</p></div>"
        for n in range(1, 4)
    )
    related = f"<section><h3>Tin liên quan</h3>{teasers}</section>"
    html = article(paras()).replace("</article>", f"</article>{related}")
    verdict = classify(html)
    assert verdict.is_article
    assert not any("vay không lãi để nuôi bò" in ln for ln in verdict.body)


def test_a_stamp_showing_a_relative_time_dates_the_page_by_its_attribute():
    stamp = "<div class='meta'><span title='12/03/2025 09:14'>3 tuần trước</span> · <span>958 lượt xem</span></div>"
    lead = "<p>Cổng đăng ký tiếp tục mở đến 20 giờ ngày 25/3/2025, mỗi hội viên đăng ký một lần.</p>"
    verdict = classify(article(lead + paras(), under_headline=stamp))
    assert verdict.published == date(2025, 3, 12)


def test_an_amp_web_story_is_a_media_page():
    pages = "".join(
        f"<amp-story-page id='p{n}'><amp-story-grid-layer template='vertical'><p>{p}</p>"
        "</amp-story-grid-layer></amp-story-page>"
        for n, p in enumerate(PARAS)
    )
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><amp-story standalone title='{HEADLINE}'>"
        f"<amp-story-page id='cover'><h1>{HEADLINE}</h1><p>15/03/2025</p></amp-story-page>{pages}"
        "</amp-story></body></html>"
    )
    verdict = classify(html, "/web-story/ra-mat-mo-hinh")
    assert not verdict.is_article
    assert "NOT:media-page:web-story" in verdict.signals


def _record_root(name: str, fields: dict[str, str]) -> etree._Element:
    """A record's page: its name, a table of its labelled fields, a long description under it."""
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in fields.items())
    description = "".join(f"<p>{p}</p>" for p in PARAS * 2)
    return Selector(text=f"<html><body><h1>{name}</h1><table>{rows}</table>{description}</body></html>").root


def test_a_contest_entry_and_a_recording_are_records_whatever_their_description():
    entry = {
        "Mã dự thi": "KN-2025-017",
        "Tên dự án": "Măng rừng sấy Quế Phong",
        "Ngày nộp hồ sơ": "02/04/2025",
        "Vốn đầu tư ban đầu": "350 triệu đồng",
    }
    assert labelled_record(_record_root("Lô Thị Hạnh", entry)).startswith("record-page:project(")
    recording = {"Người đọc": "Thu Hà", "Số chương": "12", "Tổng thời lượng": "6 giờ 40 phút"}
    assert labelled_record(_record_root("Sách nói", recording)).startswith("record-page:recording(")


def test_a_site_s_policy_page_is_no_article():
    title = "Tuyên bố về khả năng tiếp cận"
    policy = (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p class='date'>01/06/2025</p>"
        + "".join(
            f"<p>Trang thông tin của Hội cam kết bảo đảm người khiếm thị truy cập được nội dung, mục {n}: "
            "mọi hình ảnh có lời mô tả, mọi trang đọc được bằng phần mềm đọc màn hình.</p>"
            for n in range(1, 4)
        )
        + "</body></html>"
    )
    assert not classify(policy, "/tiep-can").is_article


def test_an_issue_s_contents_listing_its_articles_by_page_is_no_article():
    contents = "".join(f"<p>{p.split(',')[0]} (trang {n})</p>" for n, p in enumerate(PARAS * 2, start=1))
    html = article(contents + paras())
    verdict = classify(html, "/ban-tin?so=60")
    assert not verdict.is_article
    assert "NOT:record-page:a-table-of-contents" in verdict.signals


def test_a_frameset_s_frames_are_followed():
    frames = (
        "<html><head><title>Huyện ủy</title></head><frameset rows='120,*'><frame src='banner.htm'>"
        "<frameset cols='180,*'><frame src='menu.htm'><frame src='trangchu.htm'></frameset></frameset></html>"
    )
    url = BASE + "/"
    links = pa.page_links(Selector(text=frames, type="html", base_url=url), url)
    assert {BASE + "/menu.htm", BASE + "/trangchu.htm"} <= set(links)


def test_a_menu_s_labels_are_no_listed_articles():
    rows = "".join(
        f"<tr><td><img src='b.gif'> <a href='/{slug}.htm'>{label}</a></td></tr>"
        for slug, label in (
            ("gioithieu", "Giới thiệu khái quát"),
            ("binhluan", "Bình luận - Đối thoại"),
            ("lichcongtac", "Lịch công tác"),
            ("vanban", "Văn kiện - Văn bản"),
        )
    )
    html = f"<html><head><title>Menu</title></head><body><table>{rows}</table></body></html>"
    assert classify(html, "/menu.htm").listing_links == []


def test_a_kicker_in_capitals_over_the_headline_is_no_headline():
    html = (
        "<html><head><title>Huyện ủy Thạch Thành</title></head><body>"
        "<p><span>BÌNH LUẬN - ĐỐI THOẠI</span></p>"
        f"<h3>{HEADLINE}</h3>{paras()}</body></html>"
    )
    assert classify(html, "/tintuc/2025/0314_neuguong.htm").title == HEADLINE


def test_the_site_s_name_its_logo_gives_is_passed_over_for_the_post_s_heading():
    site = "Hệ thống học tập trực tuyến - Trường Chính trị tỉnh"
    html = (
        f"<html><head><title>{HEADLINE} | {site}</title></head><body>"
        f"<nav><a href='/'><img src='/logo.png' alt='{site}'></a> <a href='/'>Trang chủ</a></nav>"
        f"<header><h1>{site}</h1></header><h2>Tin tức - Thông báo</h2>"
        f"<h3>{HEADLINE}</h3><div>bởi Phòng Đào tạo - <time datetime='2025-03-15T08:30:00+07:00'>Thứ Bảy, 15 "
        f"tháng 3 2025</time></div>{paras()}</body></html>"
    )
    assert classify(html, "/mod/forum/discuss.php?d=41").title == HEADLINE


def test_a_notice_signed_by_its_signatory_s_position_is_a_document():
    notice = (
        "<p>Căn cứ Kế hoạch số 52/KH-TCT ngày 15/9/2025, Trường thông báo triệu tập học viên lớp bồi dưỡng "
        "nghiệp vụ công tác dân vận năm 2025 như sau:</p><p>1. Thời gian: 7 ngày, từ ngày 24/11/2025.</p>"
        "<p>2. Địa điểm: Hội trường B của Trường.</p><p>Đề nghị các cơ quan, đơn vị tạo điều kiện để học "
        "viên tham gia đầy đủ.</p><p>HIỆU TRƯỞNG</p>"
    )
    html = article(notice).replace(HEADLINE, "Thông báo triệu tập học viên lớp bồi dưỡng nghiệp vụ năm 2025")
    assert "NOT:official-document:signed-by-its-issuer(HIỆU TRƯỞNG)" in classify(html).signals


def test_an_undated_short_page_under_a_label_is_no_brief_for_its_listing_s_date():
    forum = (
        "<html><head><title>Diễn đàn trao đổi</title></head><body><h1>Diễn đàn trao đổi</h1>"
        "<p>Nơi học viên đặt câu hỏi, trao đổi tình huống và kinh nghiệm công tác dân vận ở cơ sở. Giảng viên "
        "phụ trách sẽ trả lời trong vòng 24 giờ.</p></body></html>"
    )
    url = BASE + "/mod/forum/view.php?id=233"
    sel = Selector(text=forum, type="html", base_url=url)
    assert not pa.classify(sel, url, None, ["127.0.0.1"], "item").is_article


def test_a_lesson_s_parts_make_course_material():
    lesson = (
        "<p>I. Mục tiêu bài học</p><p>Sau khi học xong bài này, học viên nắm được những nguyên tắc cơ bản của "
        "công tác vận động nhân dân và vận dụng được các phương pháp tuyên truyền.</p><p>II. Nội dung</p>"
        + paras()
        + "<p>III. Câu hỏi ôn tập</p><p>- Trình bày các nguyên tắc cơ bản của công tác vận động nhân dân.</p>"
    )
    assert (
        "NOT:outline:a-lesson's-parts(mục tiêu bài học, câu hỏi ôn tập)" in classify(article(lesson)).signals
    )


def test_a_last_edit_stamp_dates_no_page():
    edited = "<div><span>Cập nhật lần cuối</span> <span>15/03/2025 08:30</span></div>"
    verdict = classify(article(paras(), under_headline=edited), "/gioi-thieu")
    assert verdict.published is None
    closing = paras("<p>Sửa đổi lần cuối: Thứ Hai, 17/3/2025</p>")
    assert classify(article(closing, under_headline=""), "/gioi-thieu").published is None


def test_a_paragraph_in_a_bordered_box_stays_in_the_text():
    quote = (
        "<div style='border-left:3px solid #c00;padding-left:14px'><p>Năm 2024, tổ tiết kiệm được Hội LHPN "
        "huyện biểu dương. “Chúng tôi chỉ mong chị em cùng nhau vươn lên, không ai bị bỏ lại phía sau”, chị "
        "Tổ trưởng nói.</p></div><p><i>Thu Hà</i></p>"
    )
    body = classify(article(paras(quote))).body
    assert any(ln.startswith("Năm 2024, tổ tiết kiệm") for ln in body)


def _thread(posts: list[tuple[str, str]]) -> str:
    messages = "".join(
        f"<article class='message'><div class='user'><a href='/members/{n}.{i}/'>{name}</a></div>"
        f"<div class='bbWrapper'>{text}</div></article>"
        for i, (name, text) in enumerate(posts)
        for n in [f"u{i}"]
    )
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
        f"<div class='p-description'><time datetime='2025-03-15T08:30:00+07:00'>15/03/2025</time></div>"
        f"{messages}</body></html>"
    )


def test_a_forum_s_news_post_is_an_article_a_members_discussion_is_not():
    news = " ".join(PARAS) + " " + PARAS[0]
    replies = [("Cô Ba Lý", "Mô hình hay quá, mong hội mở rộng ra các thôn bên."), ("Lan Hương", "Đồng ý ạ.")]
    verdict = classify(_thread([("Hội Phụ nữ xã", news), *replies]), "/threads/ra-mat-mo-hinh.1184/")
    assert verdict.is_article
    discussion = [
        (f"Thành viên {n}", f"{p} Nhà em ở tổ {n}, mong Ban công tác Mặt trận tổ hỏi giúp bà con ạ.")
        for n, p in enumerate(PARAS)
    ]
    assert not classify(_thread(discussion), "/threads/hoi-ve-to-tiet-kiem.1236/").is_article


def test_a_noscript_note_is_no_body_and_a_forum_s_terms_are_no_article():
    note = "<noscript>Vui lòng bật JavaScript để xem bình luận của Disqus.</noscript>"
    assert classify(article(paras(note))).body == PARAS
    terms = article(paras()).replace(HEADLINE, "Điều khoản và quy định")
    assert not classify(terms, "/help/terms/").is_article


def test_a_date_printed_and_in_the_address_beats_the_markup_s():
    jsonld = '<script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2025-07-02T03:14:22Z"}</script>'
    html = article(
        paras(), head=jsonld, under_headline="<p><time datetime='2025-06-10'>10-06-2025</time></p>"
    )
    assert classify(html, "/bai-viet/2025/06/10/ra-mat-mo-hinh/").published == date(2025, 6, 10)
    # without the address's witness the markup's date stands against a date printed before it (an event's)
    assert classify(html, "/bai-viet/ra-mat-mo-hinh/").published == date(2025, 7, 2)


@pytest.mark.parametrize(
    ("name", "fields", "kind"),
    [
        (
            "Dự án cấp nước sinh hoạt tập trung xã Hướng Phùng",
            {
                "Nhà tài trợ": "KCS",
                "Tổng vốn": "2,1 tỷ đồng",
                "Chủ dự án": "UBND huyện",
                "Tình trạng": "Đã xong",
            },
            "project",
        ),
        (
            "Sáp nhập xã - lòng dân là gốc",
            {
                "Mã tác phẩm": "NA-2025-047",
                "Thể loại": "Chính luận",
                "Cơ quan": "Báo Nghệ An",
                "Kết quả": "Giải B",
            },
            "project",
        ),
    ],
)
def test_an_aid_project_and_a_press_award_entry_are_records(name, fields, kind):
    assert labelled_record(_record_root(name, fields)).startswith(f"record-page:{kind}(")


def test_a_martyr_s_record_is_a_person_s():
    fields = {
        "Họ và tên": "PHẠM VĂN SINH",
        "Nguyên quán": "Hà Nam",
        "Ngày hy sinh": "12/5/1972",
        "Nơi an táng": "Khu C",
    }
    kind, labels = record_fields(_record_root("Liệt sĩ Phạm Văn Sinh", fields))
    assert kind == "person" and "ngày hy sinh" in labels


def test_a_notice_seeking_a_person_is_no_article():
    notice = (
        "<p>Cựu chiến binh Nguyễn Văn Bình, nhập ngũ năm 1971, từng chiến đấu tại Đại đội 3, Tiểu đoàn 9, muốn "
        "tìm lại đồng đội cùng đơn vị sau hơn 50 năm. Ông nhớ nhiều người quê Thanh Hóa, Nghệ An.</p>"
        "<p>Mọi thông tin xin liên hệ ông Nguyễn Văn Bình, xóm 4, xã Hưng Lộc, điện thoại 0983.112.xxx.</p>"
    )
    html = article(notice).replace(HEADLINE, "Tìm đồng đội Đại đội 3, Tiểu đoàn 9, Trung đoàn 66")
    assert any(
        s.startswith("NOT:notice-seeking-a-person(") for s in classify(html, "/tim-dong-doi/1187").signals
    )
    # news of a search closes with what it found
    report = article(paras()).replace(
        HEADLINE, "Hành trình tìm đồng đội sau hơn 50 năm của ông Nguyễn Văn Bình"
    )
    assert classify(report, "/tin-tuc/hanh-trinh-tim-dong-doi").is_article


def test_a_volunteer_opening_and_an_investment_project_are_records():
    opening = {"Hạn đăng ký": "25/06/2025", "Số lượng": "30", "Quyền lợi": "Tập huấn, hỗ trợ đi lại"}
    assert labelled_record(_record_root("Lớp học tiếng Việt mùa hè", opening)).startswith(
        "record-page:vacancy("
    )
    project = {"Mã số dự án": "5412 8873 01", "Nhà đầu tư": "Sunrise Optics", "Diện tích đất": "5,2 ha"}
    assert labelled_record(_record_root("Nhà máy linh kiện quang học", project)).startswith(
        "record-page:project("
    )


def test_a_deadline_and_a_sidebar_s_listed_date_over_the_headline_date_no_page():
    deadline = "<div>Hạn đăng ký: 25/06/2025</div>"
    assert classify(article(paras(), under_headline=deadline), "/to-chuc/doan-truong").published is None
    sidebar = "<ul><li><a href='/tim-dong-doi/1192'>Gia đình tìm thông tin phần mộ liệt sĩ</a> (15/07/2025)</li></ul>"
    html = article(paras(), under_headline="").replace("<article>", f"{sidebar}<article>")
    assert classify(html, "/tin-hoat-dong/2025/07/25/trao-tra-ky-vat.html").published == date(2025, 7, 25)


def test_a_suggested_product_s_cart_button_makes_no_shop_page_of_a_news_item():
    cards = "".join(
        f"<div class='product-card'><h4><a href='/san-pham/sp{n}.html'>Mật ong hoa nhãn {n}</a></h4>"
        f"<span class='price'>120.000đ</span><button>Thêm vào giỏ</button></div>"
        for n in range(3)
    )
    news = article(paras()).replace(
        "</article>", f"<section><h3>Sản phẩm gợi ý</h3>{cards}</section></article>"
    )
    assert classify(news, "/tin-tuc/nguoi-nuoi-ong.html").is_article
    product = (
        "<html><head><title>Nhãn sấy Khoái Châu</title></head><body><div class='product-detail'><h1>Nhãn sấy "
        "Khoái Châu loại 1</h1><div class='price'>120.000đ</div><div>Số lượng: <input value='1'> "
        "<a href='/gio-hang'>Thêm vào giỏ</a></div><p>Nhãn sấy Khoái Châu loại 1 được sấy lạnh từ nhãn lồng "
        "của các hộ hội viên, giữ vị ngọt thanh và màu vàng óng. Nhãn sấy đóng hộp 500g, bảo quản nơi khô ráo.</p>"
        "<p>Sản phẩm nhãn sấy Khoái Châu đạt chứng nhận OCOP 3 sao, được Hội Nông dân tỉnh giới thiệu tại các phiên "
        "chợ nông sản an toàn.</p></div></body></html>"
    )
    signals = classify(product, "/san-pham/nhan-say-sp1024.html").signals
    assert any(s.startswith("NOT:product-page:cart-button(") for s in signals), signals


def test_a_portal_s_cur_parameter_pages_its_listing_and_an_issue_s_other_articles_leave_the_body():
    assert any(
        s.startswith("NOT:listing:next-page-url(cur=2")
        for s in classify(article(paras()), "/tin-tuc/?cur=2").signals
    )
    issue = "".join(
        f"<li><a href='/bai-viet.php?id={n}&so=215'>Bài số {n} của số báo 215 tháng này</a></li>"
        for n in range(3)
    )
    body = classify(article(paras(f"<h3>Bài cùng số báo</h3><ul>{issue}</ul>"))).body
    assert body == PARAS


def test_a_quiz_form_is_no_article_and_a_guide_s_numbered_steps_count_as_one_label():
    questions = "".join(
        f"<div class='q'><p><b>Câu {n}.</b> Luật Căn cước có hiệu lực từ ngày nào?</p>"
        f"<label><input type='radio' name='c{n}' value='0'> 01/7/2024</label>"
        f"<label><input type='radio' name='c{n}' value='1'> 01/01/2025</label></div>"
        for n in range(1, 5)
    )
    quiz = article(
        paras(f"<form action='/cuoc-thi/nop-bai' method='post'>{questions}<button>Nộp bài</button></form>")
    )
    assert "NOT:form-page:quiz-of-4-questions" in classify(quiz, "/cuoc-thi/tuan-3.htm").signals
    steps = [
        "- Bước 1: Mở ứng dụng ngân hàng.",
        "- Bước 2: Quét mã QR.",
        "Lưu ý: Chỉ quét mã do bệnh viện cấp.",
    ]
    steps.append("Câu hỏi thường gặp: Thanh toán nhầm thì làm thế nào?")
    kind, labels = record_fields(_record_root("Hướng dẫn thanh toán viện phí", {}), lines=steps)
    assert kind == "guide" and "bước" in labels


def test_a_post_s_permalink_stamp_among_its_share_links_is_no_menu_entry():
    path = "/2025/06/ra-mat-mo-hinh-tiet-kiem.html"
    footer = (
        f"<div class='post-footer'>Đăng bởi <span>Hội LHPN xã</span> lúc <a href='{path}'>9:12 SA</a> "
        "<a href='/share?email'>Gửi email bài đăng này</a> <a href='/share?blog'>BlogThis!</a> "
        "<a href='/share?x'>Chia sẻ lên X</a> <a href='/share?fb'>Chia sẻ lên Facebook</a></div>"
    )
    assert classify(article(paras(footer)), path).is_article


def test_the_site_footer_s_licence_date_dates_no_page():
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><main><h1>{HEADLINE}</h1>{paras()}</main>"
        "<footer>Giấy phép số 85/GP-BTTTT ngày 10/3/2022. Tổng Biên tập: Lê Thị Hoài</footer></body></html>"
    )
    assert classify(html).published is None


def test_an_album_of_short_captions_written_as_lines_after_its_pictures():
    pictures = "".join(
        f"<div class='separator'><a href='/img/{n}.jpg'><img src='/img/{n}-s.jpg'></a></div>{caption}<br>"
        for n, caption in enumerate(
            [
                "Các em thiếu nhi tham gia trò chơi kéo co.",
                "Tình nguyện viên hướng dẫn các em vẽ tranh.",
                "Tiết mục văn nghệ của đội hình sinh viên.",
                "Các em nhận quà từ đoàn viên thanh niên.",
                "Chụp ảnh lưu niệm cuối ngày hội vui hè.",
            ]
        )
    )
    verdict = classify(article(f"<div class='post-body'>Một số hình ảnh tại ngày hội:<br>{pictures}</div>"))
    assert not verdict.is_article
    assert any(s.startswith("NOT:gallery") for s in verdict.signals)
    # a report's own paragraph closing with the album's intro is prose: the pictures follow a report
    report = f"<p>{PARAS[0]} {PARAS[1]} Dưới đây là một số hình ảnh tại buổi ra mắt.</p>"
    figures = "".join(
        f"<figure><img src='/img/{n}.jpg'><figcaption>Hội viên thôn {n} nhận sổ tiết kiệm của tổ.</figcaption>"
        "</figure>"
        for n in range(1, 6)
    )
    assert classify(article(report + figures)).is_article


def test_a_chapter_s_numbered_heading_is_no_headline():
    chapters = "".join(
        f"<section><h2 class='chapter-title'>{n}. {part}</h2><p>{text}</p></section>"
        for n, part, text in zip(["I", "II", "III"], ["Khởi đầu", "Góp vốn", "Nhân rộng"], PARAS, strict=True)
    )
    verdict = classify(article(chapters))
    assert verdict.title == HEADLINE


def test_the_headline_every_source_names_is_taken_over_few_shared_words():
    figurative = "Những người giữ màu xanh trên đỉnh Giăng Màn"
    head = (
        f'<meta property="og:title" content="{figurative}">'
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"'
        + figurative
        + '","datePublished":"2025-04-18T06:00:00+07:00"}</script>'
    )
    html = article(paras()).replace(f"<title>{HEADLINE}</title>", f"<title>{figurative} | Báo tỉnh</title>")
    html = html.replace(f"<h1>{HEADLINE}</h1>", f"<h1>{figurative}</h1>").replace("</head>", head + "</head>")
    assert classify(html).title == figurative


def test_the_headline_s_own_element_over_a_sidebar_link_to_the_page():
    path = "/tin-tuc/ra-mat-mo-hinh-tiet-kiem"
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><table><tr><td class='left'>"
        f"<div class='box'>Tin mới nhất<ul><li><a href='/tin-tuc/khac'>Hội nghị tổng kết công tác Hội năm 2024</a> "
        f"<span>(14/04/2025)</span></li><li><a href='{path}'>{HEADLINE}</a> <span>(02/04/2025)</span></li>"
        "</ul></div></td><td class='main'>"
        f"<span class='Title_News'>{HEADLINE}</span><br><span>Cập nhật lúc 14:40 ngày 15/03/2025</span>"
        f"<div class='NewsContent'>{paras()}</div></td></tr></table></body></html>"
    )
    verdict = classify(html, path)
    assert verdict.published == date(2025, 3, 15)


@pytest.mark.parametrize(
    ("title", "rows"),
    [
        ("Danh sách hội viên được tặng Huy hiệu Cựu chiến binh đợt 30/4/2025", 4),
        ("Lịch công tác tuần 16 năm 2025 của Thường trực Hội", 3),
        ("THÔNG BÁO Lịch tiếp công dân tháng 12 năm 2025", 2),
    ],
)
def test_a_list_s_or_schedule_s_headline_over_rows_is_a_record(title, rows):
    table = "<table>" + "".join(
        f"<tr><td>{n}</td><td>Nguyễn Văn {n}</td><td>Thôn {n}</td></tr>" for n in range(rows)
    )
    html = article(f"<p>{PARAS[0]}</p>{table}</table>").replace(HEADLINE, title)
    verdict = classify(html)
    assert not verdict.is_article
    assert any("rows-under-a-list-s-headline" in s for s in verdict.signals)
    # a news headline over the same table stays an article
    assert classify(article(paras(f"{table}</table>"))).is_article


def test_a_numbered_register_under_one_paragraph_is_a_list():
    rows = "".join(
        f"<tr><td>{n}</td><td>Lò Văn {name}</td><td>Nà Mòn</td><td>Hộ nghèo</td></tr>"
        for n, name in enumerate(["Tính", "Bảy", "Khởi", "Lụa", "Nhàn"], start=1)
    )
    notice = (
        f"<p>{PARAS[0]} {PARAS[1]}</p><table><tr><th>STT</th><th>Chủ hộ</th><th>Thôn</th><th>Loại</th></tr>"
    )
    verdict = classify(article(notice + rows + "</table>"))
    assert not verdict.is_article
    # a league table's points, a donor's amount are figures: no register's row
    figure = re.compile(r"\d+([.,]\d+)*")
    assert _register_row(["1", "Lò Văn Tính", "Nà Mòn", "Hộ nghèo"], figure)
    assert not _register_row(["1", "Nam Định", "38"], figure)


def test_the_microdata_headline_names_the_page_like_json_ld():
    compressed = "Cộng đồng doanh nghiệp chung tay xóa nhà tạm, nhà dột nát"
    html = article(paras()).replace(
        f"<article><h1>{HEADLINE}</h1>",
        f"<article itemscope itemtype='https://schema.org/Article'><h2 itemprop='headline'>{compressed}</h2>",
    )
    text = (
        "<p>Chiều 13/3, 38 doanh nghiệp hội viên đã đăng ký ủng hộ hơn 4,2 tỷ đồng để hỗ trợ xây mới nhà ở cho "
        "hộ nghèo.</p><p>Nhiều doanh nghiệp còn hỗ trợ vật liệu, cử thợ tham gia dựng nhà cho hộ nghèo.</p>"
        "<p>Chủ tịch Ủy ban MTTQ tỉnh ghi nhận tinh thần tương thân tương ái của doanh nhân.</p>"
    )
    html = html.replace(paras(), text).replace(
        f"<title>{HEADLINE}</title>", f"<title>{compressed} - VCCI</title>"
    )
    assert classify(html).title == compressed


def test_an_invitation_s_fields_written_as_lines_make_an_event_page():
    fields = (
        "<p>Liên hiệp hội trân trọng kính mời các tác giả đoạt giải dự Hội nghị tổng kết, trao giải Hội thi "
        "Sáng tạo kỹ thuật tỉnh lần thứ XII. Chương trình gồm báo cáo tổng kết, trưng bày sản phẩm và trao giải "
        "cho 32 giải pháp.</p><ul><li>Thời gian: 8 giờ 00, thứ Năm ngày 08/01/2026</li>"
        "<li>Địa điểm: Hội trường Trung tâm Hội nghị tỉnh</li><li>Liên hệ: Văn phòng Liên hiệp hội</li></ul>"
    )
    verdict = classify(article(fields))
    assert "NOT:record-page:event(liên hệ, thời gian, địa điểm)" in verdict.signals


def test_a_call_for_applications_is_a_procedure_s_record():
    fields = (
        "<p>Hội Khuyến học tỉnh thông báo tiếp nhận hồ sơ xét học bổng năm 2025 như sau:</p>"
        "<p><b>1. Đối tượng:</b> học sinh THPT thuộc hộ nghèo, hộ cận nghèo.</p>"
        "<p><b>2. Hồ sơ gồm:</b> đơn đề nghị; giấy xác nhận hoàn cảnh của UBND xã.</p>"
        "<p><b>3. Thời hạn:</b> trước ngày 15/8/2025.</p>"
    )
    assert not classify(article(fields)).is_article


def test_a_box_s_label_in_capitals_is_no_headline():
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><table><tr><td class='left'><table><tr>"
        "<td class='tieudebox'>NGHE ĐÀI TRỰC TUYẾN</td></tr><tr><td><audio controls src='/live.m3u8'></audio>"
        f"</td></tr></table></td><td class='main'><span class='tieude'>{HEADLINE}</span><br>"
        f"<span>Ngày đăng: 15-03-2025 08:30</span><div>{'<br><br>'.join(PARAS)}</div></td></tr></table></body></html>"
    )
    assert classify(html).title == HEADLINE


def test_a_path_naming_a_later_page_is_a_listing_s():
    verdict = classify(article(paras()), "/news/quy-vi-nguoi-ngheo/page-2")
    assert "NOT:listing:next-page-url(page-2)" in verdict.signals
    assert classify(article(paras()), "/news/quy-vi-nguoi-ngheo/page-1").is_article


def test_nukeviet_s_closing_fields_are_no_body():
    closing = "<p>Tác giả bài viết:</p><p>PV</p><p>Nguồn tin:</p><p>Ban Tuyên giáo - Ủy ban MTTQ tỉnh</p>"
    assert classify(article(paras(closing))).body == PARAS


def test_a_paragraph_the_extractor_set_before_the_headline_goes_back_under_it():
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><main><article><h1>{HEADLINE}</h1>"
        f"<div class='meta'>17:15 - 15/03/2025</div><div class='sapo'>{PARAS[0]} {PARAS[1]}</div>"
        f"<div class='content'><p>{PARAS[2]}</p></div></article></main></body></html>"
    )
    body = classify(html).body
    assert body[-1] == PARAS[2]


def test_nukeviet_s_source_field_with_its_value_is_no_body():
    closing = "<p>Tác giả: Thầy giáo Hoàng Văn Pao</p><p>Nguồn tin: Trường PTDTNT THCS huyện Bắc Hà</p>"
    assert classify(article(paras(closing))).body[-1] != "Nguồn tin: Trường PTDTNT THCS huyện Bắc Hà"


def test_a_sidebar_item_s_date_set_before_the_column_does_not_date_the_page():
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><div class='aside'><h3>Tin mới nhất</h3><ul>"
        "<li><a href='/tin-tuc/khac'>Phụ nữ xã Quảng Thạch giúp nhau thoát nghèo</a> <span>(18/02/2025)</span></li>"
        f"</ul></div><main><div class='page-header'><h2>{HEADLINE}</h2></div><dl><dd>Viết bởi Ban Tuyên giáo</dd>"
        f"<dd>Danh mục: <a href='/tin-tuc'>Hoạt động Hội</a></dd><dd>Ngày đăng: 9 Tháng 1 2025</dd></dl>"
        f"{paras()}</main></body></html>"
    )
    assert classify(html).published == date(2025, 1, 9)


def test_a_reader_s_question_under_its_label_is_no_headline():
    question = (
        "Câu hỏi: Vợ chồng tôi đã thỏa thuận được việc nuôi con, xin hỏi thủ tục thuận tình ly hôn như thế "
        "nào? (Bạn đọc Vũ Thị H.)"
    )
    answer = (
        "Trả lời: Theo Luật Hôn nhân và gia đình, khi hai bên thật sự tự nguyện ly hôn và đã thỏa thuận "
        "được việc chia tài sản, nuôi con, Tòa án công nhận thuận tình ly hôn."
    )
    html = (
        "<html><head><title>Thủ tục thuận tình ly hôn - Tòa án nhân dân tỉnh</title></head><body><div class='portlet'>"
        "<h3 class='header-title'><span>Thủ tục thuận tình ly hôn</span></h3><span>Ngày đăng: 02/07/2025</span>"
        f"<p>{question}</p><p>{answer}</p><p>{PARAS[2]}</p></div></body></html>"
    )
    assert classify(html).title == "Thủ tục thuận tình ly hôn"


def test_a_microdata_headline_the_title_agrees_with_is_taken_when_og_title_names_the_site():
    interview = "Chủ tịch Hội: Giữ vững phẩm chất Bộ đội Cụ Hồ trong thời bình"
    site = "Hội Cựu chiến binh tỉnh Thái Bình"
    text = "".join(
        f"<p>{p}</p>"
        for p in [
            "Chuẩn bị đại hội chi hội nhiệm kỳ mới, phóng viên có cuộc trao đổi với đồng chí Chủ tịch Hội.",
            "Hỏi: Đại hội chi hội lần này có điểm gì mới, thưa đồng chí?",
            "Đáp: Các chi hội đưa vào văn kiện ít nhất một việc làm cụ thể giúp khu dân cư, như sửa đường, "
            "hòa giải, giúp hội viên nghèo làm nhà.",
        ]
    )
    html = (
        f"<html><head><title>{interview} - {site}</title><meta property='og:title' content='{site}'></head>"
        f"<body><header><a href='/'>{site.upper()}</a></header><main><ul><li><a href='/tin/185'>{interview}</a>"
        f"</li></ul><div itemscope itemtype='https://schema.org/Article'><div class='page-header'>"
        f"<h2 itemprop='headline'>{interview}</h2></div>"
        f"<p>Ngày đăng: 20/05/2025</p>{text}</div></main></body></html>"
    )
    assert classify(html, "/tin/185").title == interview


def test_a_regulation_s_own_articles_make_a_record():
    rules_text = "".join(
        f"<p>Điều {n}. {text}</p>"
        for n, text in enumerate(
            [
                "Đối tượng dự thi: hội viên phụ nữ và mọi công dân đang sinh sống trên địa bàn tỉnh.",
                "Yêu cầu tác phẩm: ảnh đơn hoặc ảnh bộ, chụp từ năm 2024 trở lại đây.",
                "Giải thưởng: 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích.",
            ],
            start=1,
        )
    )
    verdict = classify(article(f"<p>{PARAS[0]}</p>{rules_text}"))
    assert "NOT:record-page:a-regulation-s-text(articles 1-3)" in verdict.signals
    # news citing one article of a regulation stays news
    cited = "<p>Điều 5. của Thể lệ quy định mỗi tác giả gửi không quá 10 tác phẩm.</p>"
    assert classify(article(paras(cited))).is_article


def test_a_job_notice_s_fields_make_a_vacancy_record():
    notice = (
        "<p>Báo Lao động tỉnh thông báo tuyển dụng 02 phóng viên năm 2025.</p><p><b>Yêu cầu:</b></p>"
        "<ul><li>Tốt nghiệp đại học chuyên ngành báo chí;</li><li>Có ít nhất 2 năm kinh nghiệm.</li></ul>"
        "<p><b>Hồ sơ:</b> đơn dự tuyển, sơ yếu lý lịch. Hạn nộp hồ sơ: hết ngày 31/10/2025.</p>"
    )
    assert record_fields(etree.HTML(notice), lines=[]) == ("", [])  # the inline field comes from the lines
    lines = [
        "Yêu cầu:",
        "Hồ sơ: đơn dự tuyển, sơ yếu lý lịch. Hạn nộp hồ sơ: hết ngày 31/10/2025.",
    ]
    assert record_fields(etree.HTML(notice), lines=lines)[0] == "vacancy"
    assert not classify(article(notice)).is_article


def test_an_activity_schedule_s_headline_over_marked_lines_is_a_record():
    lines = "".join(
        f"<p>- {what}</p>"
        for what in [
            "Họp Ban Thường vụ Hội, đánh giá hoạt động quý III và bàn nhiệm vụ những tháng cuối năm",
            "Kiểm tra câu lạc bộ liên thế hệ tự giúp nhau tại các xã vùng cao của huyện Phú Vang",
            "Tập huấn công tác Hội cho chi hội trưởng các huyện miền núi tại hội trường Tỉnh hội",
        ]
    )
    intro = "<p>Thường trực Hội Người cao tuổi tỉnh thông báo lịch hoạt động tháng 11/2024 như sau.</p>"
    html = article(intro + lines).replace(
        HEADLINE, "Lịch hoạt động của Hội Người cao tuổi tỉnh tháng 11 năm 2024"
    )
    verdict = classify(html)
    assert any("rows-under-a-list-s-headline" in s for s in verdict.signals)
    assert not verdict.is_article


@pytest.mark.parametrize(
    "title", ["Thông báo tuyển tình nguyện viên đợt 2 năm 2025", "THÔNG BÁO: Họp tổ dân phố quý II năm 2025"]
)
def test_a_headline_naming_a_notice_is_no_article(title):
    verdict = classify(article(paras()).replace(HEADLINE, title))
    assert not verdict.is_article
    assert any(s.startswith("NOT:notice:headline-names-a-notice") for s in verdict.signals)
    # a story saying who announced what is news
    news = "Hội LHPN xã thông báo tuyển tình nguyện viên cho mô hình tiết kiệm"
    assert classify(article(paras()).replace(HEADLINE, news)).is_article


def test_a_brief_with_its_audio_version_typed_news_is_an_article():
    head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"' + HEADLINE + '"}</script>'
    second = "Đây là năm thứ ba liên tiếp Hội tổ chức hoạt động này cho hội viên."
    brief = f"<div><audio controls src='/uploads/11350.mp3'></audio></div><p>{PARAS[0]}</p><p>{second}</p>"
    assert classify(article(brief, head=head)).is_article
    # the same player and text, untyped: a recording's page with its description
    assert not classify(article(brief)).is_article


def test_a_tags_field_listing_a_linked_tag_is_no_body():
    tags = (
        "<p><strong>Từ khóa:</strong> <a href='/tag/gia-dinh'>gia đình văn hóa</a>, <span>đời sống</span></p>"
    )
    assert classify(article(paras(tags))).body == PARAS


def test_a_price_list_s_headline_over_its_rows_is_a_record():
    rows = "".join(f"<tr><td>{n}</td><td>Dịch vụ {n}</td><td>{n * 12}.500</td></tr>" for n in range(1, 5))
    html = article(f"<p>{PARAS[0]}</p><table>{rows}</table>").replace(
        HEADLINE, "Bảng giá dịch vụ kỹ thuật khám bệnh áp dụng từ ngày 15/4/2025"
    )
    assert any("rows-under-a-list-s-headline" in s for s in classify(html).signals)


def test_a_date_over_the_headline_in_the_table_row_holding_the_page_dates_it():
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><table><tr><td class='left'><a href='/'>Trang chủ</a>"
        f"</td><td class='center'><span>19/04/2025 4:40:02 CH</span><br><span class='NewsTitle'>{HEADLINE}</span>"
        f"<div>{'<br><br>'.join(PARAS)}</div><ul><li><a href='/tin/2274'>Huấn luyện dã ngoại kết hợp dân vận"
        "</a> (21/05/2025)</li></ul></td></tr></table></body></html>"
    )
    assert classify(html).published == date(2025, 4, 19)


def test_a_language_written_in_vietnamese_letters_is_no_vietnamese_article():
    thai = (
        "Mưa xiêng kháo, xiêng cồng đăng khửn, bản Lả Mường cỏ nhăng chắp mư khảu vong xòe. Mẻ nghệ nhân Lò Thị "
        "Xuân ạnh pi, nhăng hết pện cốc vong xòe, sỏn pành côn nọi. Tặng tè Xòe Thái đảy ghi danh, bản đảy pằng "
        "câu lạc bộ mi côn, hó hụa tuk căm vằn Thứ Bảy."
    )
    verdict = classify(article(f"<p>{thai}</p>").replace(HEADLINE, "Khảu hồn xòe Thái bản Lả Mường"))
    assert any("vietnamese-function-words" in s for s in verdict.signals)
    assert classify(article(paras())).is_article


def test_an_authority_s_answers_compiled_make_a_record():
    pairs = "".join(
        f"<p>Câu {n}. Cử tri xã {place} kiến nghị {ask}.</p><p>UBND huyện trả lời: {answer}</p>"
        for n, place, ask, answer in [
            (1, "Đồng Tâm", "sớm sửa tuyến đường thôn", "Tuyến đường đã vào danh mục duy tu năm 2025."),
            (2, "Tân Liễu", "đẩy nhanh cấp giấy chứng nhận", "Đến nay 37/52 hồ sơ đã được cấp giấy."),
        ]
    )
    verdict = classify(article(f"<p>{PARAS[0]}</p>{pairs}"))
    assert "NOT:record-page:2-answers-compiled" in verdict.signals
    # an interview's answers under 'Đáp:' are the guest's
    talk = "<p>Hỏi: Mô hình có gì mới?</p><p>Đáp: Chị em góp vốn hằng tháng.</p><p>Hỏi: Còn khó khăn?</p>"
    assert classify(article(paras(talk + "<p>Đáp: Vốn còn ít, cần thêm hỗ trợ.</p>"))).is_article


def test_a_guide_s_steps_under_its_headline_make_a_record():
    steps = "".join(
        f"<p>Bước {n}. {text}</p>"
        for n, text in enumerate(
            [
                "Khi lúa hồi xanh, tháo cạn nước, để lại lớp nước 2 - 3 cm.",
                "Bón thúc lần 1 cho mỗi sào 3 - 4 kg đạm urê, rải đều khắp mặt ruộng.",
                "Kết hợp làm cỏ, sục bùn để vùi phân, giúp rễ phát triển.",
            ],
            start=1,
        )
    )
    guide = article(f"<p>{PARAS[0]}</p>{steps}").replace(
        HEADLINE, "Quy trình kỹ thuật bón phân cho lúa đẻ nhánh"
    )
    assert "NOT:record-page:a-guide-s-steps(1-3)" in classify(guide).signals
    # a news story telling the steps stays news
    assert classify(article(paras(steps))).is_article


def test_a_guidance_s_numbered_fields_make_a_procedure_record():
    fields = (
        "<p>Sở Nội vụ hướng dẫn các cơ quan, đơn vị một số nội dung về hồ sơ đề nghị khen thưởng như sau.</p>"
        "<p>1. Thời gian nộp hồ sơ: trước ngày 15/3/2025.</p><p>2. Hồ sơ gồm: tờ trình, biên bản họp.</p>"
        "<p>3. Hình thức nộp: trực tuyến qua hệ thống của tỉnh.</p>"
    )
    assert not classify(article(fields)).is_article


def test_a_brief_under_its_one_photo_is_no_gallery():
    brief = f"<div class='content'><figure><img src='/media/70402.jpg' alt=''></figure><p>{PARAS[0]} {PARAS[1]}</p>"
    assert classify(article(brief + "<p class='credit'>Thu Hiền</p></div>")).is_article


def test_a_guide_s_numbered_part_headings_under_its_headline_make_a_record():
    parts = "".join(
        f"<p>{n}. {heading}</p><p>{text}</p>"
        for n, heading, text in [
            (1, "Chọn đất và thời vụ", "Chọn đất dưới tán rừng keo, tràm có độ che phủ vừa phải, tơi xốp."),
            (2, "Chuẩn bị giống", "Chọn củ giống già, không sâu bệnh, bẻ thành nhánh có hai, ba mầm."),
            (3, "Chăm sóc", "Phủ rơm rạ giữ ẩm, sau hai tháng làm cỏ và vun gốc lần một."),
        ]
    )
    guide = article(f"<p>{PARAS[0]}</p>{parts}").replace(
        HEADLINE, "Quy trình kỹ thuật trồng gừng dưới tán rừng"
    )
    assert "NOT:record-page:a-guide-s-steps(1-3)" in classify(guide).signals


def test_a_programme_s_running_order_under_its_headline_is_a_record():
    items = "".join(
        f"<p>{n}. {item}</p>"
        for n, item in enumerate(
            [
                "Thời sự trong xã (6 phút)",
                "Chuyên mục Nông nghiệp: phòng trừ rầy nâu (8 phút)",
                "Ca nhạc (5 phút)",
            ],
            start=1,
        )
    )
    intro = f"<p>{PARAS[0]}</p><p>Nội dung chương trình gồm:</p>"
    html = article(intro + items).replace(HEADLINE, "Chương trình phát thanh sáng ngày 15-05-2025")
    assert any("rows-under-a-list-s-headline" in s for s in classify(html).signals)


def test_a_json_ld_question_page_outweighs_og_type_article():
    qa = (
        '<meta property="og:type" content="article"><script type="application/ld+json">'
        '{"@type":"QAPage","mainEntity":{"@type":"Question","name":"Hiến đất mở hẻm có được miễn phí?"}}</script>'
    )
    verdict = classify(article(paras(), head=qa))
    assert "NOT:typed-as-jsonld:qapage" in verdict.signals
    assert classify(article(paras(), head='<meta property="og:type" content="article">')).is_article


def test_a_later_published_stamp_in_the_markup_gives_way_to_the_page_s_dated_and_timed_stamp():
    head = '<meta property="article:published_time" content="2025-08-20T16:02:00+07:00">'
    timed = "<p class='date'>Thứ hai - 14/07/2025 08:15</p>"
    assert classify(article(paras(), head=head, under_headline=timed)).published == date(2025, 7, 14)
    # a date without its hour by the headline may be the event's: the markup's stands
    untimed = "<p class='date'>Ngày 14/07/2025</p>"
    assert classify(article(paras(), head=head, under_headline=untimed)).published == date(2025, 8, 20)


def test_og_title_and_the_title_agreeing_name_the_h1_headline_without_json_ld():
    figurative = "Phát huy sức mạnh quần chúng từ những việc nhỏ"
    html = article(paras()).replace(
        f"<title>{HEADLINE}</title>", f"<title>{figurative} - Công an tỉnh</title>"
    )
    html = html.replace(f"<h1>{HEADLINE}</h1>", f"<h1>{figurative}</h1>").replace(
        "</head>", f'<meta property="og:title" content="{figurative}"></head>'
    )
    html = html.replace("<nav>", "<header><h2>PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH</h2></header><nav>")
    assert classify(html).title == figurative


def test_a_closing_paragraph_the_extractor_left_out_is_put_back_when_written_like_the_last_one():
    from danvan.crawler.article_body import tail_after_body

    divs = "".join(f"<div style='text-align: justify;'>{p}</div>" for p in PARAS)
    after = (
        "<div style='text-align: right;'><b>PV</b></div>"
        "<div style='text-align: justify;'>Bài viết này chưa từng được chọn in lại trên báo.</div>"
    )
    root = etree.HTML(f"<html><body><div class='content'>{divs}{after}</div></body></html>")
    kept = PARAS[:2]  # what the extractor took
    assert tail_after_body(root, kept, kept, set()) == [PARAS[2]]
    # a sibling written otherwise (the signature's right-aligned div) ends the body
    assert tail_after_body(root, PARAS, PARAS, set()) == []
    # a sibling with a link is a related link, one the extractor kept and the body left out its furniture
    linked = etree.HTML(
        f"<html><body><div><p>{PARAS[0]}</p><p>Xem thêm: <a href='/a'>Chi hội ra mắt tổ tiết kiệm.</a></p>"
        f"<p>Nguồn: Hội LHPN xã.</p></div></body></html>"
    )
    assert tail_after_body(linked, PARAS[:1], PARAS[:1], set()) == []
    # a pull quote closing the text (a figure holding a blockquote) is the text's, unless it repeats a sentence
    quote = "“Giữ bình yên cho phố mình thì chẳng ai làm thay được”, ông Lâm nói."
    figure = "<figure class='wp-block-pullquote'><blockquote><p>{}</p></blockquote></figure>"
    closing = etree.HTML(f"<html><body><div><p>{PARAS[0]}</p>{figure.format(quote)}</div></body></html>")
    assert tail_after_body(closing, PARAS[:1], PARAS[:1], set()) == [quote]
    repeated = etree.HTML(f"<html><body><div><p>{PARAS[0]}</p>{figure.format(PARAS[0])}</div></body></html>")
    assert tail_after_body(repeated, PARAS[:1], PARAS[:1], set()) == []
    kept_source = [PARAS[0], "Nguồn: Hội LHPN xã."]
    plain = etree.HTML(f"<html><body><div><p>{PARAS[0]}</p><p>Nguồn: Hội LHPN xã.</p></div></body></html>")
    assert tail_after_body(plain, PARAS[:1], kept_source, set()) == []


def test_the_headline_s_line_is_the_one_holding_it_alone_not_a_latest_box_s_item_above_it():
    from danvan.crawler.article_body import headline_line

    lines = [
        "Tin mới cập nhật",
        "- Chi hội phụ nữ thôn Đông ra mắt câu lạc bộ phụ nữ với pháp luật (10/03/2025)",
        f"- {HEADLINE} (15/03/2025)",
        HEADLINE,
        "15/03/2025 08:30",
        PARAS[0],
    ]
    assert headline_line(lines, HEADLINE) == 3
    # set in capitals in the text, or with a mark beside it: the line holding it, when none holds it alone
    assert headline_line(["Tin tức", "■ " + HEADLINE.upper(), PARAS[0]], HEADLINE) == 1


def test_a_contest_s_rules_under_their_own_headline_are_a_notice():
    rules = "Thể lệ cuộc thi viết “Phụ nữ xã Quỳnh Lâm làm kinh tế giỏi” năm 2025"
    html = article(paras()).replace(HEADLINE, rules)
    assert any(s.startswith("NOT:notice") for s in classify(html).signals)
    # a story about the rules says who published them
    told = "Hội LHPN tỉnh công bố thể lệ cuộc thi viết về phụ nữ làm kinh tế giỏi"
    assert classify(article(paras()).replace(HEADLINE, told)).is_article


def test_a_readers_mailbox_over_its_one_line_replies_is_a_record():
    mailbox = "Hộp thư bạn đọc tháng 3/2025"
    replies = "".join(
        f"<li>{who}: Thư phản ánh của {pronoun} đã được Ban Biên tập chuyển đến cơ quan chức năng xem xét, "
        "giải quyết theo thẩm quyền.</li>"
        for who, pronoun in [
            ("Ông Nguyễn Văn Tâm (xã Quỳnh Lâm)", "ông"),
            ("Bà Lê Thị Hoa (thị trấn Cầu Giát)", "bà"),
            ("Anh Trần Minh Khôi (xã Quỳnh Hoa)", "anh"),
        ]
    )
    intro = (
        "<p>Trong tháng 3/2025, Ban Bạn đọc đã nhận được 41 thư của bạn đọc gửi qua bưu điện và thư điện tử. "
        "Ban Bạn đọc xin cảm ơn và trả lời các bạn như sau:</p>"
    )
    html = article(f"{intro}<ul>{replies}</ul>").replace(HEADLINE, mailbox)
    assert any(s.startswith("NOT:record-page") for s in classify(html).signals)


def test_a_reader_s_question_with_its_answer_is_a_consultation_record_and_an_interview_is_not():
    question = "Người lao động nghỉ việc riêng khi con kết hôn có được hưởng nguyên lương không?"
    asked = (
        "<p>Hỏi: Tôi làm công nhân may, tháng tới con trai tôi cưới vợ. Tôi có được nghỉ việc riêng và hưởng "
        "nguyên lương không? (Bạn đọc Trần Thị M., xã Quỳnh Lâm)</p>"
        "<p>Trả lời: Theo Bộ luật Lao động năm 2019, người lao động được nghỉ việc riêng mà vẫn hưởng nguyên "
        "lương 01 ngày khi con đẻ, con nuôi kết hôn và phải thông báo với người sử dụng lao động.</p>"
        "<p>Như vậy, bà được nghỉ 01 ngày hưởng nguyên lương; nếu muốn nghỉ thêm, bà có thể thỏa thuận với "
        "công ty để nghỉ không hưởng lương.</p>"
    )
    html = article(asked).replace(HEADLINE, question)
    assert "NOT:record-page:a-reader-s-question-and-its-answer" in classify(html).signals
    interview = "".join(
        f"<p>Hỏi: {q}</p><p>Trả lời: {a}</p>"
        for q, a in [
            ("Thưa chị, mô hình tổ tiết kiệm ra đời từ đâu?", PARAS[0]),
            ("Cách làm ấy giúp gì cho chị em?", PARAS[1]),
        ]
    )
    assert classify(article(interview)).is_article
    # ... and so is a voters' petition with the authority's answer, its answering office named
    petition = (
        "<p>Kiến nghị:</p><p>Cử tri xóm 5 đề nghị huyện đầu tư nâng cấp tuyến đường liên xóm dài 1,2 km đã xuống "
        "cấp nghiêm trọng, nhiều đoạn sụt lún gây mất an toàn.</p><p>Trả lời (Phòng Kinh tế và Hạ tầng):</p>"
        "<p>Tuyến đường đã được đưa vào danh mục đầu tư năm 2026, dự kiến khởi công trong quý II; trước mắt xã bố "
        "trí vật liệu vá các ổ gà.</p>"
    )
    html = article(petition).replace(HEADLINE, "Trả lời kiến nghị cử tri về nâng cấp đường liên xóm")
    assert "NOT:record-page:a-reader-s-question-and-its-answer" in classify(html).signals


def test_an_issue_s_contents_by_page_are_a_table_of_contents():
    contents = "".join(
        f"<li>Trang {page} - {section}: {title}</li>"
        for page, section, title in [
            (1, "Thời sự", "Xóa nhà tạm về đích trước hạn nhờ sức dân"),
            (3, "Xây dựng Đảng", "Đại hội điểm chi bộ thôn Đông"),
            ("6 - 7", "Văn hóa", "Mùa hoa trên cao nguyên đá"),
        ]
    )
    intro = f"<p>{PARAS[0]}</p>"
    html = article(f"{intro}<ul>{contents}</ul>").replace(HEADLINE, "Báo Quảng Bình số 5234")
    assert "NOT:record-page:a-table-of-contents" in classify(html).signals


def test_a_call_for_volunteers_with_its_requirements_benefits_and_where_to_apply_is_a_vacancy():
    call = (
        "<p>Ban Thường vụ Huyện Đoàn thông báo tuyển 40 tình nguyện viên tham gia chiến dịch hè năm 2025 tại "
        "các xã vùng cao.</p><p>✅ Yêu cầu: đoàn viên từ 16 đến 30 tuổi, có sức khỏe tốt.</p>"
        "<p>✅ Quyền lợi: được cấp giấy chứng nhận, hỗ trợ tiền ăn.</p>"
        "<p>👉 Đăng ký tại: văn phòng Huyện Đoàn trước ngày 25/5/2025.</p>"
    )
    html = article(call).replace(HEADLINE, "Tuyển tình nguyện viên Mùa hè xanh 2025")
    assert any(s.startswith("NOT:record-page:vacancy") for s in classify(html).signals)


def test_a_label_over_its_list_counts_as_a_procedure_s_field():
    steps = (
        f"<p>{PARAS[0]}</p><p>Hồ sơ gồm:</p><ul><li>Đơn đề nghị hỗ trợ theo mẫu.</li>"
        "<li>Bản sao giấy khai sinh của trẻ.</li></ul><p>Thời gian giải quyết: 10 ngày làm việc.</p>"
        "<p>Tải mẫu đơn: don-de-nghi.doc</p>"
    )
    html = article(steps).replace(HEADLINE, "Hồ sơ đề nghị hỗ trợ trẻ em có hoàn cảnh đặc biệt")
    assert any(s.startswith("NOT:record-page:procedure") for s in classify(html).signals)


def test_an_outline_suggested_for_the_party_cells_meeting_is_a_guide():
    parts = "".join(
        f"<p><b>{n}. {heading}</b></p><ul><li>{item}</li><li>{item} ở các chi bộ thôn.</li></ul>"
        for n, heading, item in [
            (1, "Phần thông tin thời sự", "Tình hình kinh tế - xã hội của tỉnh quý I"),
            (2, "Nội dung sinh hoạt chuyên đề", "Nâng cao vai trò của chi bộ trong dân chủ ở cơ sở"),
            (3, "Nhiệm vụ trọng tâm tháng 4", "Ra quân làm thủy lợi nội đồng"),
        ]
    )
    html = article(f"<p>{PARAS[0]}</p>{parts}").replace(
        HEADLINE, "Gợi ý nội dung sinh hoạt chi bộ tháng 4/2025"
    )
    assert any(s.startswith("NOT:record-page:a-guide-s-steps") for s in classify(html).signals)


def test_a_board_s_monthly_guidance_numbering_its_points_is_a_record():
    points = "".join(
        f"<p>{n}. {point}</p>"
        for n, point in [
            (
                1,
                "Tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh, gắn với học tập và làm theo Bác.",
            ),
            (2, "Tuyên truyền kết quả đại hội chi bộ trực thuộc và công tác chuẩn bị đại hội đảng bộ cơ sở."),
            (3, "Tuyên truyền phòng chống thiên tai mùa mưa bão, phòng chống đuối nước cho trẻ em dịp hè."),
        ]
    )
    guidance = article(f"<p>{PARAS[0]}</p>{points}").replace(
        HEADLINE, "Định hướng tuyên truyền tháng 5 năm 2025"
    )
    assert any(s.startswith("NOT:record-page:a-guide-s-steps") for s in classify(guidance).signals)
    # ... its Roman sections count with its points ('I. NỘI DUNG THÔNG TIN', '1. …', '2. …', 'II. THẢO LUẬN')
    sections = points.replace("<p>3. ", "<p>II. ĐỊNH HƯỚNG THẢO LUẬN</p><p>").replace(
        "<p>1. ", "<p>I. NỘI DUNG</p><p>1. "
    )
    material = article(f"<p>{PARAS[0]}</p>{sections}").replace(
        HEADLINE, "Tài liệu sinh hoạt chi bộ tháng 12/2024"
    )
    assert any(s.startswith("NOT:record-page:a-guide-s-steps") for s in classify(material).signals)
    # the same points under a news headline are the story's
    assert classify(article(f"<p>{PARAS[0]}</p>{points}")).is_article


def test_figures_under_a_headline_naming_them_are_a_record():
    rows = "".join(
        f"<tr><td>{kind}</td><td>{schools}</td><td>{pupils}</td></tr>"
        for kind, schools, pupils in [("Trường PTDTNT", 6, "2.310"), ("Trường PTDT bán trú", 14, "2.540")]
    )
    table = f"<table><tr><th>Loại hình</th><th>Số trường</th><th>Số học sinh</th></tr>{rows}</table>"
    html = article(f"<p>{PARAS[0]}</p>{table}").replace(
        HEADLINE, "Số liệu học sinh nội trú năm học 2025 - 2026"
    )
    assert any(s.startswith("NOT:record-page") for s in classify(html).signals)


def test_a_short_list_the_extractor_left_out_between_two_paragraphs_is_put_back():
    from danvan.crawler.article_body import lists_left_out

    items = ["Đậy kín các dụng cụ chứa nước.", "Thu gom vỏ lon, lốp xe quanh nhà.", "Ngủ màn kể cả ban ngày."]
    listed = "".join(f"<li>{item}</li>" for item in items)
    root = etree.HTML(
        f"<html><body><div><p>{PARAS[0]}</p><ol>{listed}</ol><p>{PARAS[1]}</p></div></body></html>"
    )
    assert lists_left_out(root, PARAS[:2]) == [PARAS[0], *(f"- {item}" for item in items), PARAS[1]]
    # kept already, or not between two consecutive lines of the body: left as it is
    kept = [PARAS[0], *(f"- {item}" for item in items), PARAS[1]]
    assert lists_left_out(root, kept) == kept
    assert lists_left_out(root, [PARAS[0], PARAS[2], PARAS[1]]) == [PARAS[0], PARAS[2], PARAS[1]]


def test_a_guide_s_ordered_list_of_steps_under_its_headline_makes_a_record():
    steps = "".join(
        f"<li>{step}</li>"
        for step in ["Đậy kín các dụng cụ chứa nước.", "Thu gom vỏ lon, lốp xe.", "Ngủ màn kể cả ban ngày."]
    )
    guide = article(f"<p>{PARAS[0]}</p><ol>{steps}</ol><p>{PARAS[2]}</p>").replace(
        HEADLINE, "Hướng dẫn phòng chống sốt xuất huyết tại hộ gia đình"
    )
    assert any(s.startswith("NOT:record-page:a-guide-s-steps") for s in classify(guide).signals)
    # the same list under a news headline is the story's
    assert classify(article(f"<p>{PARAS[0]}</p><ol>{steps}</ol><p>{PARAS[2]}</p>")).is_article


def test_a_table_of_people_under_a_names_header_is_a_roster_whatever_its_share_of_the_text():
    rows = "".join(
        f"<tr><td>{place}</td><td>{names}</td></tr>"
        for place, names in [
            ("Bản Liền", "Thào Văn Chứ, Lù Thị Mỷ"),
            ("Nậm Lúc", "Sùng Thị Dế, Giàng A Lừ"),
            ("Tả Van", "Ly Seo Chúng, Vàng Thị Pằng"),
            ("Lùng Phình", "Lồ Thị Sao, Mã Văn Hùng"),
        ]
    )
    table = f"<table><tr><th>Xã</th><th>Họ và tên học sinh trúng tuyển</th></tr>{rows}</table>"
    text = f"<p>{PARAS[0]}</p>{table}<p>{PARAS[1]}</p>"
    html = article(text).replace(HEADLINE, "Kết quả xét tuyển vào lớp 6 năm học 2025 - 2026")
    assert any(s.startswith("NOT:record-list:a-roster") for s in classify(html).signals)


def test_a_numbered_table_of_people_is_a_roster_too():
    rows = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td>{post}</td><td>{deed}</td></tr>"
        for n, name, post, deed in [
            (1, "Y Bliêng Niê", "Trưởng thôn Tân Lập", "Dân vận khéo"),
            (2, "H'Năm Mlô", "Chi hội trưởng Phụ nữ buôn Kô Siêr", "Giảm nghèo"),
            (3, "Nguyễn Văn Thắng", "Nông dân xã Cư Suê", "Hiến đất làm đường"),
            (4, "Lê Thị Hồng", "Tổ trưởng tổ dân phố 7", "Hòa giải ở cơ sở"),
        ]
    )
    table = f"<table><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ, đơn vị</th><th>Thành tích</th></tr>{rows}</table>"
    html = article(f"<p>{PARAS[0]} {PARAS[1]}</p><p>{PARAS[2]}</p>{table}").replace(
        HEADLINE, "Lấy ý kiến nhân dân đối với các trường hợp đề nghị khen thưởng"
    )
    assert any(s.startswith("NOT:record-list:a-roster") for s in classify(html).signals)


def test_a_week_s_price_table_under_one_dated_paragraph_is_a_bulletin_a_sidebar_s_prices_are_not():
    rows = "".join(
        f"<tr><td>{item}</td><td>{price}</td></tr>"
        for item, price in [("Hồi khô loại 1", "72.000"), ("Thạch đen", "28.000"), ("Lợn hơi", "64.000")]
    )
    table = f"<table><tr><th>Mặt hàng</th><th>Giá (đồng/kg)</th></tr>{rows}</table>"
    intro = f"<p>{PARAS[0]} {PARAS[1]}</p>"
    bulletin = article(f"{intro}{table}").replace(HEADLINE, "Giá nông sản tuần 14 năm 2025")
    assert "NOT:price-list:priced-table-under-one-paragraph" in classify(bulletin).signals
    brief = article(intro).replace("</article>", f"</article><aside>{table}</aside>")
    assert classify(brief).is_article, classify(brief).signals


def test_a_table_of_figures_under_one_paragraph_is_a_statistics_page():
    rows = "".join(
        f"<tr><td>{place}</td><td>{n}</td><td>{n * 5}</td><td>{n * 2}</td></tr>"
        for place, n in [
            ("Đồng Hới", 16),
            ("Ba Đồn", 14),
            ("Bố Trạch", 28),
            ("Minh Hóa", 15),
            ("Lệ Thủy", 26),
        ]
    )
    table = f"<table><tr><th>Địa phương</th><th>Số ban</th><th>Cuộc giám sát</th><th>Kiến nghị</th></tr>{rows}</table>"
    stats = article(f"<p>{PARAS[0]} {PARAS[1]}</p>{table}").replace(
        HEADLINE, "Kết quả hoạt động của Ban Thanh tra nhân dân năm 2024"
    )
    assert any(s.startswith("NOT:record-list:a-table-of-figures") for s in classify(stats).signals)
    # the same table after a report's paragraphs is the report's
    assert classify(article(paras() + table)).is_article


def test_entries_numbered_in_order_making_most_of_the_text_are_a_list():
    entries = "".join(
        f"<p>{n}. {name} - Công ty TNHH Sản xuất và Thương mại {name}</p>"
        for n, name in enumerate(
            [
                "Nước mắm Sa Huỳnh",
                "Tỏi Lý Sơn",
                "Mạch nha Thi Phổ",
                "Quế Trà Bồng",
                "Kẹo gương Tư Nghĩa",
                "Gạo Ba Tơ",
            ],
            start=1,
        )
    )
    intro = f"<p>Ban Chỉ đạo công bố danh sách sản phẩm được người tiêu dùng yêu thích. {PARAS[1]}</p>"
    html = article(intro + entries).replace(HEADLINE, "Công bố 6 sản phẩm hàng Việt được yêu thích năm 2024")
    assert any(s.startswith("NOT:record-list:6-numbered-entries") for s in classify(html).signals)


def test_a_dated_story_a_site_builder_s_menu_nests_under_its_news_section_is_an_article():
    sub = "".join(
        f"<li><a href='/view/hoi/bai-viet/{slug}'>{label}</a></li>"
        for slug, label in [("ra-mat", "Ra mắt tổ"), ("trao-qua", "Trao quà"), ("duong-hoa", "Đường hoa")]
    )
    menu = (
        "<nav><ul><li><a href='/view/hoi/trang-chu'>Trang chủ</a></li><li><a href='/view/hoi/tin'>Tin hoạt động</a>"
        f"<ul>{sub}</ul></li><li><a href='/view/hoi/gioi-thieu'>Giới thiệu</a></li>"
        "<li><a href='/view/hoi/lien-he'>Liên hệ</a></li></ul></nav>"
    )
    html = article(paras()).replace(
        "<nav><a href='/'>Trang chủ</a> <a href='/tin-tuc'>Tin tức</a></nav>", menu
    )
    verdict = classify(html, "/view/hoi/bai-viet/ra-mat")
    assert verdict.is_article, verdict.signals
    # nested under the site's own entry ('Giới thiệu'), the page is the site's
    about = html.replace("Tin hoạt động", "Giới thiệu chung")
    assert any(s.startswith("NOT:menu-page") for s in classify(about, "/view/hoi/bai-viet/ra-mat").signals)


def test_the_footer_s_run_ends_at_the_text_s_last_paragraph():
    from danvan.crawler.site_chrome import footer_start

    lines = [
        "Đường dây nóng",
        "Email: bandoc@baotinh.vn",
        "Từ ngày 01/10/2024, Phòng Bạn đọc chuyển về tầng 2, trụ sở Báo. Bạn đọc gửi thư xin ghi rõ địa chỉ mới.",
        "Ban Biên tập",
        "Giấy phép số 85/GP-BTTTT. Tổng Biên tập: Nguyễn Văn A",
        "Tòa soạn: Số 10 đường Nguyễn Văn Cừ. Điện thoại: 0204.3854.xxx",
    ]
    assert footer_start(lines) == 4


def test_a_radio_episode_typed_so_with_a_line_of_contents_is_a_recording():
    head = '<script type="application/ld+json">{"@type": "RadioEpisode", "name": "Chương trình phát thanh"}</script>'
    summary = (
        "<p>Chương trình gồm các nội dung: bản tin thời sự trong tỉnh; chuyên mục Dân vận khéo; hướng dẫn phòng "
        "bệnh cho đàn gia súc trong mùa rét; ca nhạc theo yêu cầu của thính giả các huyện vùng cao.</p>"
        "<p>Biên dịch và phát thanh viên: Siu H’Nhi.</p>"
    )
    assert "NOT:typed-as-jsonld:radioepisode" in classify(article(summary, head=head)).signals


def test_a_brief_under_its_video_on_a_broadcaster_s_site_typing_every_story_video_is_an_article():
    head = '<meta property="og:type" content="video.other">'
    player = "<video controls><source src='/media/chay-xuong-go.mp4' type='video/mp4'></video>"
    brief = (
        "<p>Khoảng 2 giờ sáng 20/5, một xưởng chế biến gỗ ở xã Quỳnh Hồng bất ngờ bốc cháy, lực lượng cảnh sát "
        "PCCC đã khống chế đám cháy sau hơn một giờ. Vụ cháy không gây thiệt hại về người, nguyên nhân đang "
        "được điều tra.</p>"
    )
    verdict = classify(article(player + brief, head=head))
    assert verdict.is_article, verdict.signals
    assert any(s.startswith("typed-as-og:video.other-with-its-text") for s in verdict.signals)


def test_a_post_s_permalink_around_its_time_is_no_menu_entry():
    path = "/2024/10/15/ra-mat-mo-hinh-tiet-kiem/"
    stamp = f"<p class='posted-on'><a href='{path}' rel='bookmark'><time>Tháng Mười 15, 2024</time></a></p>"
    menu = "".join(f"<li><a href='/muc-{n}/'>Mục số {n}</a></li>" for n in range(4))
    html = article(paras(), under_headline=stamp).replace("<nav>", f"<nav><ul>{menu}</ul>")
    assert not any(s.startswith("NOT:menu-page") for s in classify(html, path).signals)


def test_the_title_s_part_before_the_site_s_name_names_a_headline_sharing_few_words_with_the_text():
    figurative = "Giữ lửa ở những mái nhà chung"
    html = article(paras()).replace(
        f"<title>{HEADLINE}</title>", f"<title>{figurative} - Hội LHPN tỉnh</title>"
    )
    html = html.replace(f"<h1>{HEADLINE}</h1>", f"<font class='title'><b>{figurative}</b></font>")
    assert classify(html).title == figurative


def test_the_teasers_under_a_related_list_s_heading_are_no_paragraphs_of_the_text():
    from danvan.crawler.article_body import article_body

    teaser = (
        "Sáng 1/7, xã Tân Phú chính thức vận hành Trung tâm Phục vụ hành chính công sau khi hợp nhất ba xã."
    )
    lines = [PARAS[0], "Văn phòng UBND xã", "Bài viết khác", "Trung tâm hành chính công đi vào hoạt động"]
    lines += ["02/07/2025", teaser, "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "Mã số thuế: 3401xxxxxx"]
    anchors = {"Trung tâm hành chính công đi vào hoạt động"}
    assert article_body(lines, HEADLINE, anchors) == [PARAS[0], "Văn phòng UBND xã"]


def test_an_episode_printing_its_transcript_is_an_article_one_with_its_chapters_is_not():
    head = '<script type="application/ld+json">{"@type": "PodcastEpisode", "name": "Tập 12"}</script>'
    player = "<audio controls src='/podcast/tap-12.mp3'></audio>"
    said = "".join(f"<p>[0{n}:15] {p}</p>" for n, p in enumerate(PARAS))
    assert classify(article(player + said, head=head)).is_article
    chapters = (
        f"<p>{PARAS[0]}</p><p>Nội dung chính: 00:45 Giới thiệu · 04:10 Những ngày đầu · 13:30 Vốn vay.</p>"
    )
    assert "NOT:typed-as-jsonld:podcastepisode" in classify(article(player + chapters, head=head)).signals


def test_text_set_large_by_its_own_style_is_a_headline_when_no_heading_names_the_page():
    headline = "Khu phố 2 tổ chức Ngày hội Đại đoàn kết gắn với mừng nhà mới cho hộ cận nghèo"
    text = (
        "<p>Sáng 15/11, khu phố 2 tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024 với đông đảo bà con tham "
        "dự, mừng nhà mới cho một hộ cận nghèo của khu phố.</p><p>Năm qua, khu phố có 98% hộ đạt danh hiệu gia "
        "đình văn hóa, không còn hộ nghèo; ba hộ cận nghèo được hỗ trợ sinh kế.</p>"
    )
    html = (
        "<html><head><title>Ủy ban MTTQ phường - Tin hoạt động</title></head><body><header><p>ỦY BAN MTTQ PHƯỜNG"
        f"</p></header><section><p><span style='font-size:28pt;font-weight:700'>{headline}</span></p></section>"
        f"<section><p><i>Đăng ngày 16.11.2024</i></p>{text}</section></body></html>"
    )
    assert classify(html, "/view/mttq/tin-hoat-dong/ngay-hoi-khu-pho-2").title == headline


def test_a_citizen_s_feedback_with_the_authority_s_reply_is_a_record():
    feedback = (
        "<p>Người gửi: Nguyễn Văn Minh - Tổ dân phố 3. Lĩnh vực: Hạ tầng đô thị. Trạng thái: Đã trả lời.</p>"
        f"<p><b>Nội dung phản ánh:</b></p><p>{PARAS[0]}</p><p><b>Trả lời:</b></p><p>{PARAS[1]}</p>"
    )
    html = article(feedback).replace(HEADLINE, "Phản ánh về việc ngập nước tại tổ dân phố 3")
    assert any(s.startswith("NOT:record-page:question") for s in classify(html).signals)


@pytest.mark.parametrize("headline", ["Tin hoạt động năm 2024", "Tin tức tháng 5/2025"])
def test_a_section_s_name_over_a_period_names_its_archive(headline):
    html = article(paras()).replace(HEADLINE, headline)
    assert any(s.startswith("NOT:listing:headline-names-a-section-s-archive") for s in classify(html).signals)


def test_a_plan_s_assignments_under_its_headline_are_a_record_and_a_newscast_s_page_a_recording():
    rows = "".join(
        f"<tr><td>{commune}</td><td>{poles}</td><td>Đoàn xã {commune}</td></tr>"
        for commune, poles in [("Hòa Sơn", 18), ("Cao Dương", 60), ("Tân Vinh", 25)]
    )
    table = f"<table><tr><th>Xã</th><th>Số cột</th><th>Đơn vị phụ trách</th></tr>{rows}</table>"
    plan = article(f"<p>{PARAS[0]}</p><p>Phân công cụ thể như sau:</p>{table}").replace(
        HEADLINE, "Kế hoạch lắp đặt đợt 2 và phân công các chi đoàn"
    )
    assert any(s.startswith("NOT:record-page") for s in classify(plan).signals)
    player = "<video controls src='/media/thoi-su-19h.mp4'></video>"
    newscast = article(player + paras()).replace(HEADLINE, "Thời sự 19h ngày 11/02/2026")
    assert any(s.startswith("NOT:media-page:a-newscast-s-page") for s in classify(newscast).signals)


def test_a_blog_s_site_colon_post_title_names_the_post_s_headline():
    figurative = "Những đêm dạy chữ ở bản Huồi Cáng"
    html = article(paras()).replace(
        f"<title>{HEADLINE}</title>", f"<title>Tuổi trẻ tình nguyện: {figurative}</title>"
    )
    html = html.replace(f"<h1>{HEADLINE}</h1>", f"<h3 class='post-title'>{figurative}</h3>")
    html = html.replace("<nav>", "<header><h1><a href='/'>Tuổi trẻ tình nguyện</a></h1></header><nav>")
    assert classify(html).title == figurative


def test_a_post_s_dateline_is_no_opening_headline_and_a_longer_related_heading_ends_the_body():
    from danvan.crawler.article_body import article_body

    lines = [PARAS[0], PARAS[1], "Xem thêm hoạt động khác", "Chi đoàn ra quân dọn vệ sinh bờ biển"]
    assert article_body(lines, HEADLINE, {"Chi đoàn ra quân dọn vệ sinh bờ biển"}) == PARAS[:2]
    from danvan.crawler.headline_choice import opening_headline

    text = ["Đăng ngày: 08.06.2025 · Đội TNTN huyện Cam Lộ", *PARAS]
    assert opening_headline(text, {ln.lower(): i for i, ln in enumerate(text)}, []) == ("", "")


def test_a_box_in_the_column_after_the_text_s_closing_line_is_no_body():
    from danvan.crawler.article_body import box_after_closing_line

    paragraphs = [
        "Sáng 20/4, Hội Chữ thập đỏ xã Tân Lập ra mắt mô hình tủ thuốc nhân đạo tại nhà văn hóa thôn Đồng Mới.",
        "Tủ thuốc do các nhà hảo tâm đóng góp, phục vụ miễn phí cho người cao tuổi và trẻ em trong thôn.",
    ]
    box = ["Ủng hộ nhân đạo", "Mọi tấm lòng hảo tâm xin gửi về Hội Chữ thập đỏ xã, số tài khoản 1234xxxx."]
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        f"<html><body><div class='row'><div class='col8'><div class='txt'>{text}<p><b>Văn phòng Hội</b></p>"
        f"</div></div></div><div class='row'><div class='col4'><div class='txt'><h3>{box[0]}</h3><p>{box[1]}</p>"
        "</div></div></div></body></html>"
    )
    body = [*paragraphs, "Văn phòng Hội", *box]
    root = Selector(text=page).root
    assert box_after_closing_line(root, body) == [*paragraphs, "Văn phòng Hội"]
    # the same heading inside the text's own block is the article's last section
    inside = page.replace(
        "</p></div></div></div><div class='row'><div class='col4'><div class='txt'>", "</p>"
    )
    assert box_after_closing_line(Selector(text=inside).root, body) == body


def test_a_box_after_the_related_list_the_extractor_left_out_is_no_body():
    from danvan.crawler.article_body import after_related_list

    text = "Ngày 4/3, Chi hội Chữ thập đỏ xã ra mắt tủ thuốc nhân đạo đặt tại Trạm Y tế xã."
    account = "Tài khoản tiếp nhận ủng hộ: Hội Chữ thập đỏ huyện, số tài khoản 3712xxxx tại Agribank"
    page = (
        f"<html><body><section><p>{text}</p></section><section><h3><span>Tin khác</span></h3><ul><li><a "
        f"href='/a'>Cứu trợ khẩn cấp vùng lũ</a></li></ul></section><section><p><b>Tài khoản tiếp nhận ủng hộ:"
        f"</b>{account.split(':', 1)[1]}</p></section></body></html>"
    )
    root = Selector(text=page).root
    assert after_related_list(root, [text, account]) == [text]
    # a box of three lines: the unit's name, its address (a full stop inside, none at its end), its account
    address = "Địa chỉ: 12 Lê Lợi, thị trấn Cẩm Xuyên. Điện thoại: 0239.3xxx"
    boxed = page.replace("<p><b>Tài khoản", f"<p>HỘI CHỮ THẬP ĐỎ HUYỆN</p><p>{address}</p><p><b>Tài khoản")
    assert after_related_list(
        Selector(text=boxed).root, [text, "HỘI CHỮ THẬP ĐỎ HUYỆN", address, account]
    ) == [text]
    # a paragraph after an inline box of related links is the text's own
    closing = "Tủ thuốc được duy trì bằng nguồn đóng góp của hội viên và các nhà thuốc."
    inline = page.replace(f"{account.split(':', 1)[1]}", "").replace(
        "<b>Tài khoản tiếp nhận ủng hộ:</b>", closing
    )
    assert after_related_list(Selector(text=inline).root, [text, closing]) == [text, closing]


def test_a_line_of_hashtags_is_no_body():
    from danvan.crawler.article_body import article_body

    text = "Sáng 5/3, Chi hội Phụ nữ thôn Đông ra mắt tổ tiết kiệm vì chị em nghèo với 25 thành viên."
    assert article_body([text, "#PhuNuQuangPhu #DanVanKheo"], "Ra mắt tổ tiết kiệm", set()) == [text]
    kept = article_body([text, "Tổ #1 của xã đã hoạt động được 10 năm."], "Ra mắt tổ tiết kiệm", set())
    assert kept[-1].startswith("Tổ #1"), kept
