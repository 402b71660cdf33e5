"""Headline choice on portal pages: section labels, the candidate nearest the text, menus with dashes."""

from __future__ import annotations

from danvan.crawler import page_analysis as pa
from danvan.crawler.headline_choice import nearest_the_text, opening_headline
from danvan.crawler.listing_structure import is_label
from danvan.crawler.site_chrome import in_banner, is_section_label
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


POST_HEADLINE = "Hội Nông dân xã Tân Hòa trao 20 con bò giống cho hội viên nghèo"
POST_BODY = (
    "<p>Sáng 12/3, Hội Nông dân xã Tân Hòa tổ chức trao 20 con bò giống cho hội viên nghèo, cận nghèo từ "
    "nguồn Quỹ hỗ trợ nông dân của huyện, mỗi con trị giá 15 triệu đồng.</p>"
    "<p>Các hộ nhận bò cam kết chăm sóc tốt, sau ba năm trao lại một con bê cho hộ khác trong ấp, để đến năm "
    "2026 không còn hội viên nào thiếu vốn sản xuất.</p>"
)


def feed_post(page_title: str, heading: str, stamp: str = "") -> str:
    """A social-feed permalink: the site's name in <h1> on every page, the post's headline its first line."""
    return (
        f"<html><head><title>{page_title}</title></head><body><div class='cover'>"
        "<h1 class='page-name'>Hội Nông dân xã Tân Hòa</h1><span>1.204 người theo dõi</span></div>"
        f"<div class='post'><div class='post-head'><b>Hội Nông dân xã Tân Hòa</b><br>{stamp}</div>"
        f"<div class='post-body'><p><strong>{heading}</strong></p>{POST_BODY}</div></div></body></html>"
    )


def test_a_post_s_opening_line_in_capitals_is_its_headline_not_the_site_s_name():
    stamp = "<abbr title='Thứ Tư, 12 tháng 3, 2025 lúc 09:12'>12 tháng 3 lúc 09:12</abbr>"
    verdict = classify(feed_post(f"{POST_HEADLINE} | Hội Nông dân xã", POST_HEADLINE.upper(), stamp), "/p/12")
    assert verdict.is_article, verdict.signals
    assert "headline-is-the-post's-opening-line" in verdict.signals
    assert verdict.title == POST_HEADLINE  # the <title>'s spelling of the line set in capitals
    assert POST_HEADLINE.upper() not in verdict.body
    assert str(verdict.published) == "2025-03-12"  # the year only in the stamp's title
    assert "date-in-stamp-attribute=2025-03-12" in verdict.signals
    # no <title> naming it: the line in capitals as it is
    assert classify(feed_post("Hội Nông dân xã", POST_HEADLINE.upper(), stamp), "/p/12").title == (
        POST_HEADLINE.upper()
    )
    # neither in capitals nor the page's title: the <h1> stays (a bold first line may be a lead)
    assert classify(feed_post("Hội Nông dân xã", POST_HEADLINE, stamp), "/p/12").title != POST_HEADLINE


def test_a_subheading_in_capitals_opening_the_text_does_not_replace_the_page_s_own_headline():
    page = (
        f"<html><head><title>{HEADLINE} | Cổng thông tin xã</title></head><body><h1>{HEADLINE}</h1>"
        "<div class='ngay'>15/05/2024</div><div class='noidung'><p><b>KẾT QUẢ NỔI BẬT CỦA MÔ HÌNH</b></p>"
        f"{BODY}</div></body></html>"
    )
    verdict = classify(page, "/tin/12.html")
    assert verdict.is_article, verdict.signals
    assert verdict.title == HEADLINE


def test_opening_headline_is_one_of_the_first_lines_heading_a_paragraph():
    para = (
        "Sáng 12/3, Hội Nông dân xã tổ chức trao bò giống cho hội viên nghèo, cận nghèo từ nguồn quỹ hỗ trợ "
        "nông dân của huyện, mỗi con trị giá 15 triệu đồng."
    )
    lines = ["12 tháng 3 lúc 09:12", "TRAO BÒ GIỐNG CHO HỘI VIÊN NGHÈO", para]
    line_at = {ln.lower(): i for i, ln in enumerate(lines)}
    assert opening_headline(lines, line_at, []) == (lines[1], lines[1])
    assert opening_headline(lines, line_at, ["Trao bò giống cho hội viên nghèo"])[1] == (
        "Trao bò giống cho hội viên nghèo"
    )
    # a line ending like a sentence or a clause is a lead, not a headline
    ended = [lines[0], "TRAO BÒ GIỐNG CHO HỘI VIÊN NGHÈO:", para]
    assert opening_headline(ended, {ln.lower(): i for i, ln in enumerate(ended)}, []) == ("", "")
    # too far down the text: not the post's opening line
    late = ["Dòng một của trang", "Dòng hai của trang", "Dòng ba của trang", *lines[1:]]
    assert opening_headline(late, {ln.lower(): i for i, ln in enumerate(late)}, []) == ("", "")


def test_a_headline_is_matched_with_the_lead_the_extractor_left_out_under_it():
    headline = "Sửa đổi hương ước, quy ước gắn với xây dựng nông thôn mới"
    page = (
        f"<html><head><title>{headline} | Báo tỉnh</title></head><body><nav><a href='/'>Trang chủ</a></nav>"
        f"<div class='detail'><div class='date'>Thứ Tư, 09/04/2025, 14:20</div><h1 class='title'>{headline}</h1>"
        "<h2 class='sapo'>Đến nay 86% thôn, bản trên địa bàn tỉnh đã rà soát, sửa đổi hương ước, quy ước phù "
        "hợp với quy định của pháp luật và tiêu chí nông thôn mới.</h2><div class='content'>"
        "<p>Nhiều bản đã đưa vào hương ước những nội dung cụ thể như tổ chức đám cưới không quá một ngày, "
        "không mổ trâu bò trong đám tang, mỗi hộ phải có nhà tiêu hợp vệ sinh.</p>"
        "<p>Sở Tư pháp đề nghị các huyện tiếp tục kiểm tra việc thực hiện, tránh tình trạng hương ước chỉ nằm "
        "trên giấy.</p></div></div></body></html>"
    )
    verdict = classify(page, "/thoi-su/sua-doi-huong-uoc-281377/")
    assert verdict.is_article, verdict.signals
    assert verdict.title == headline
    assert str(verdict.published) == "2025-04-09"


def _banner_page(site_heading: str, lead_words: bool = True) -> str:
    """A portal whose only <h1> is the site's name in its banner; the headline an <h2>, its lead in bold."""
    lead = (
        "Ủy ban nhân dân tỉnh vừa công nhận 21 sản phẩm đạt chuẩn OCOP 3 sao, nâng tổng số sản phẩm OCOP "
        "của tỉnh lên 148 sản phẩm."
        if lead_words
        else ""
    )
    return (
        f"<html><head><title>Tin tức</title></head><body>{site_heading}{MENU}<div class='news-detail'>"
        "<h2 class='news-detail-title'>Hậu Giang có thêm 21 sản phẩm OCOP đạt 3 sao</h2>"
        f"<div class='date'>3/6/2024 | 2:15 CH</div><div class='summary'><strong>{lead}</strong></div>"
        "<div class='content'><p>Các sản phẩm được công nhận đợt này chủ yếu là khóm sấy dẻo, mắm cá lóc, "
        "bánh tráng và mật ong hoa tràm của các hợp tác xã có liên kết với hộ nghèo trong vùng nguyên liệu.</p>"
        "<p>Văn phòng Điều phối nông thôn mới tỉnh cho biết sẽ hỗ trợ các chủ thể thiết kế bao bì và đưa sản "
        "phẩm lên các sàn thương mại điện tử.</p></div></div>"
        "<footer><strong>Văn phòng Điều phối nông thôn mới tỉnh Hậu Giang</strong></footer></body></html>"
    )


def test_the_site_s_name_in_the_banner_gives_way_to_a_headline_nearer_the_text():
    name = "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI"
    for banner in (
        f"<div class='header'><div class='site-name'><h1>{name}</h1></div></div>",
        f"<header><h1>{name}</h1></header>",
        f"<div class='brand'><img src='/logo.png' alt=''><h1>{name}</h1><span>TỈNH HẬU GIANG</span></div>",
    ):
        verdict = classify(_banner_page(banner), "/tin-tuc/chi-tiet/1046/hau-giang")
        assert verdict.is_article, verdict.signals
        assert verdict.title == "Hậu Giang có thêm 21 sản phẩm OCOP đạt 3 sao", banner
        assert str(verdict.published) == "2024-06-03"
    # an <h1> outside the banner sharing words with the text stays the headline (the rule is the banner's)
    verdict = classify(_banner_page(f"<div class='top'><h1>{name}</h1></div>"), "/tin-tuc/chi-tiet/1046/x")
    assert verdict.title == name
    # nothing nearer the text matches it: the site's name is kept rather than no headline
    page = _banner_page(f"<div class='logo'><h1>{name}</h1></div>", lead_words=False)
    assert classify(page, "/tin-tuc/chi-tiet/1046/x").title == name


def test_the_banner_is_the_page_s_header_not_an_entry_s():
    root = lxml_html.fromstring(
        "<html><body><header class='site'><p>Báo tỉnh</p></header><main><article><header>"
        "<h1 id='a'>Tiêu đề bài</h1></header></article></main><section><header><h2 id='b'>Lịch công tác</h2>"
        "</header></section><div class='masthead'><span id='c'>Báo tỉnh</span></div>"
        "<h1 id='d'><a href='/index.html'>Báo tỉnh</a></h1><h1 id='e'><a href='/tin/1.html'>Tin</a></h1>"
        "</body></html>"
    )
    url = "http://127.0.0.1:8000/tin/2.html"
    assert in_banner(root.find(".//header/p"), url)
    assert not in_banner(root.get_element_by_id("a"), url)
    assert not in_banner(root.get_element_by_id("b"), url)
    assert in_banner(root.get_element_by_id("c"), url)
    assert in_banner(root.get_element_by_id("d"), url)
    assert not in_banner(root.get_element_by_id("e"), url)


BRIEF_HEADLINE = "Cảnh báo thủ đoạn giả danh nhân viên nhà mạng để chiếm đoạt tài khoản"
BRIEF = (
    "<p>Thời gian gần đây, trên địa bàn tỉnh xuất hiện tình trạng đối tượng gọi điện giả danh nhân viên nhà "
    "mạng, thông báo thuê bao sắp bị khóa và yêu cầu người dân đọc mã OTP. Sở Thông tin và Truyền thông "
    "khuyến cáo người dân không cung cấp mã OTP, không bấm vào đường link lạ. Khi nghi ngờ, người dân liên hệ "
    "tổng đài của nhà mạng hoặc cơ quan công an gần nhất.</p>"
)
PORTAL_NAME = "CỔNG THÔNG TIN ĐIỆN TỬ SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH AN BÌNH"


def _brief_page(page_title: str, headline_tag: str = "div class='news-title'") -> str:
    """A portal's brief: its headline over a dateline and three sentences, a related list dated later, the
    portal's name in bold in a footer div over its owner's lines."""
    tag = headline_tag.split()[0]
    return (
        f"<html><head><title>{page_title}</title></head><body>{MENU}<div class='content'>"
        f"<{headline_tag}>{BRIEF_HEADLINE}</{tag}><div class='news-date'>Ngày cập nhật 18/09/2024</div>"
        f"<div class='news-content'>{BRIEF}</div><div class='news-related'><div>Tin liên quan</div><ul>"
        "<li><a href='/tin/1386.aspx'>Hưởng ứng Ngày Chuyển đổi số quốc gia năm 2024</a> (09/10/2024)</li>"
        "<li><a href='/tin/1371.aspx'>Tập huấn kỹ năng số cho thành viên Tổ công nghệ số</a> (05/09/2024)</li>"
        f"</ul></div></div><div class='footer'><p><b>{PORTAL_NAME}</b></p><p>Cơ quan chủ quản: Sở Thông tin và "
        "Truyền thông tỉnh An Bình. Giấy phép số 12/GP-TTĐT.</p></div></body></html>"
    )


def test_a_headline_the_page_s_title_names_needs_less_of_its_words_in_a_brief():
    # under half its syllables are in the brief's three sentences, but the <title> names the page so
    verdict = classify(_brief_page(BRIEF_HEADLINE), "/thong-bao/Pages/canh-bao-1379.aspx")
    assert verdict.is_article, verdict.signals
    assert (verdict.title, str(verdict.published)) == (BRIEF_HEADLINE, "2024-09-18"), verdict.signals
    # ... and so does the <title>'s part before the site's name (the seventh session: heldout97's veterans' paper
    # names its pages so and nothing else)
    split = classify(
        _brief_page(f"{BRIEF_HEADLINE} - Sở TT&TT An Bình"), "/thong-bao/Pages/canh-bao-1380.aspx"
    )
    assert split.title == BRIEF_HEADLINE, split.signals
    # an article whose <title> is the site's name alone: its banner's heading is no headline for it
    html = _brief_page("Sở Thông tin và Truyền thông tỉnh An Bình").replace(
        "<div class='content'>", "<header><h1>Sở Thông tin và Truyền thông tỉnh An Bình</h1></header><div>"
    )
    banner = classify(html.replace(BRIEF_HEADLINE, HEADLINE).replace(BRIEF, BRIEF + BODY), "/tin/1381.aspx")
    assert banner.title == HEADLINE, banner.signals


def test_the_site_s_name_in_its_footer_is_no_headline():
    # the brief's headline shown where no candidate kind looks, the <title> naming the site: the portal's
    # name in the footer shares words with the text, but is no headline (nor is the related list's date)
    verdict = classify(_brief_page("Thông báo", "div"), "/thong-bao/Pages/canh-bao-1382.aspx")
    assert verdict.title != PORTAL_NAME and verdict.published is None, verdict.signals
    # the footer's bold name is no candidate; a bold headline over the post is
    bold = classify(_brief_page("Thông báo", "b").replace(BRIEF, BRIEF + BODY), "/tin/1383.aspx")
    assert bold.is_article and bold.title == BRIEF_HEADLINE, bold.signals


def _trail_page(trail_class: str) -> str:
    """A theme's article page: a breadcrumb trail ending with the headline, a sidebar of dated recent posts,
    then the article's own <h1>, its dateline and text."""
    recent = "".join(
        f"<article><h3><a href='/bai-{i}'>Tọa đàm văn học số {i} của Hội Văn học nghệ thuật tỉnh</a></h3>"
        f"<div class='post-time'>{10 + i}/12/2023</div></article>"
        for i in range(3)
    )
    return (
        f"<html><head><title>{HEADLINE}</title></head><body>{MENU}<section class='{trail_class}'><ul>"
        f"<li><a href='/'>Trang chủ</a></li><li><a href='/tin-tuc'>Tin tức</a></li><li>{HEADLINE}</li></ul>"
        f"</section><div class='row'><aside><h2>Tin nổi bật</h2>{recent}</aside><article class='main'>"
        f"<h1>{HEADLINE}</h1><div class='time-post'><span>17/11/2023</span></div>"
        f"<div class='content'>{BODY}</div></article></div></body></html>"
    )


def test_the_breadcrumb_s_last_step_is_not_the_headline_s_element():
    verdict = classify(_trail_page("bread-crumb"), "/xa-tan-hoa-ra-mat-mo-hinh")
    assert verdict.is_article, verdict.signals
    assert verdict.title == HEADLINE
    # the article's dateline under its <h1>, not the first date after the trail (the sidebar's)
    assert str(verdict.published) == "2023-11-17", verdict.signals
    # a trail named otherwise is no trail: its step stays the first element showing the headline
    assert str(classify(_trail_page("path"), "/xa-tan-hoa-ra-mat-mo-hinh").published) != "2023-11-17"


def _builder_page(page_name: str, headline: str) -> str:
    """A free site builder's page: no heading element, the short page name in <title> and a banner text box,
    the post's own headline a bold line opening its text."""
    line = "<div class='txt'><span style='font-weight:700'>{}</span></div>"
    return (
        f"<html><head><title>Hội CCB xã Tân Hòa - {page_name}</title></head><body>"
        f"<div class='nav'><a href='/'>Trang chủ</a> <a href='/tin-tuc/'>Tin tức</a></div>"
        f"<div class='box'><div class='txt'><span style='font-size:28pt'>{page_name}</span></div></div>"
        f"<div class='box'>{line.format(headline)}"
        "<div class='txt'><span>Sáng 14/5/2024, Hội Cựu chiến binh xã Tân Hòa phối hợp với Ủy ban MTTQ xã trao 30 "
        "suất quà cho hội viên có hoàn cảnh khó khăn, mỗi suất gồm 500.000 đồng tiền mặt và 10 kg gạo.</span></div>"
        "<div class='txt'><span>Dịp này, Hội cũng phát động phong trào giúp nhau làm kinh tế giỏi trong hội "
        "viên các ấp, phấn đấu cuối năm không còn hộ hội viên nghèo.</span></div></div></body></html>"
    )


def test_the_post_s_own_headline_over_the_page_s_short_name():
    full = "Hội Cựu chiến binh xã Tân Hòa trao 30 suất quà cho hội viên khó khăn"
    verdict = classify(_builder_page("Trao quà hội viên", full), "/tin-tuc/trao-qua-hoi-vien")
    assert verdict.is_article, verdict.signals
    assert verdict.title == full
    assert "headline-is-the-post's-opening-line" in verdict.signals
    # a longer opening line holding only the name and a date is the name's line, not another headline
    names = ["Hội CCB xã Tân Hòa - Trao quà hội viên", "Hội CCB xã Tân Hòa", "Trao quà hội viên"]
    lines = ["Trao quà hội viên (14/5/2024)", "Sáng 14/5/2024, Hội Cựu chiến binh xã trao quà. " * 3]
    line_at = {ln.lower(): i for i, ln in enumerate(lines)}
    assert opening_headline(lines, line_at, names, "Trao quà hội viên") == ("", "")


def test_the_post_s_own_headline_over_a_page_name_holding_its_date():
    # a page named by its event and date ('Hội trại 26/3'): the headline need not repeat the date
    full = "Sôi nổi hội trại truyền thống của tuổi trẻ xã Tân Hòa"
    verdict = classify(_builder_page("Hội trại 26/3", full), "/tin-tuc/hoi-trai-26-3")
    assert verdict.title == full, verdict.signals


def test_an_og_title_naming_the_site_in_a_title_of_two_gives_way_to_the_h1_showing_the_other_part():
    site, headline = (
        "Đội TNTN huyện Cam Lộ",
        "Ra quân Chiến dịch Thanh niên tình nguyện hè 2025 tại xã Cam Tuyền",
    )
    page = (
        f"<html><head><meta property='og:title' content='{site}'><title>{site} - {headline}</title></head><body>"
        f"<div class='top'><span>{site}</span><a href='/'>Trang chủ</a></div><div role='main'><h1>{headline}</h1>"
        f"<p>Đăng ngày: 08.06.2025 · {site}</p><p>Sáng 7/6, Huyện đoàn Cam Lộ tổ chức lễ ra quân Chiến dịch Thanh "
        "niên tình nguyện hè 2025 tại xã Cam Tuyền với 120 đoàn viên, thanh niên tham gia.</p><p>Các đội hình "
        "làm 1,2 km đường giao thông nông thôn và thắp sáng 800 m đường quê bằng đèn năng lượng mặt trời.</p>"
        "</div></body></html>"
    )
    verdict = classify(page, "/view/doi-tntn/ra-quan-he-2025")
    assert verdict.title == headline, verdict.signals


def test_a_figurative_headline_every_source_agrees_on_heading_the_text_is_the_headline():
    headline = "Những cô giáo quân hàm xanh ở A Lưới"
    page = (
        f"<html><head><meta property='og:title' content='{headline}'><title>{headline} | Tạp chí Dân vận</title>"
        f"</head><body><div class='menu'><a href='/'>Trang chủ</a></div><h1>{headline}</h1><p>03/02/2026</p>"
        "<p>Lớp học xóa mù chữ ở bản A Ka bắt đầu lúc 7 giờ tối, khi bà con đi rẫy đã về, Thượng úy Hồ Thị Liên nắn "
        "nót từng con chữ cho 18 học viên.</p><p>Đồn Biên phòng A Đớt duy trì lớp học này đã sang năm thứ ba, cán "
        "bộ đồn chia nhau dạy chữ ngoài giờ tuần tra.</p></body></html>"
    )
    verdict = classify(page, "/bai-viet/co-giao-47821")
    assert verdict.is_article and verdict.title == headline, verdict.signals


def test_a_post_s_headline_ending_with_its_event_s_date_is_no_dateline():
    full = "Hội Cựu chiến binh xã Tân Hòa trao quà cho hội viên đợt 3/2/2025"
    verdict = classify(_builder_page("Trao quà 3/2", full), "/tin-tuc/trao-qua-3-2")
    assert verdict.title == full, verdict.signals


def test_a_page_name_holding_a_separator_is_still_the_page_s_name():
    from danvan.crawler.headline_choice import _names_last

    assert _names_last("Dân vận khéo - Đồng Tâm", ["", "Đảng bộ xã Xuân Lâm - Dân vận khéo - Đồng Tâm"])
    assert not _names_last("Đồng Tâm", ["", "Chi bộ thôn Đồng Tâm"])


def test_a_hidden_h1_holding_the_site_s_name_is_no_headline():
    page = (
        "<html><head><title>Thanh tra tỉnh</title></head><body><h1 style='display:none'>Thanh tra tỉnh Quảng Ngãi"
        f"</h1><table><tr><td class='tieude'>{HEADLINE}</td></tr><tr><td>Ngày đăng: 18/03/2025</td></tr>"
        f"<tr><td>{BODY}</td></tr></table></body></html>"
    )
    assert classify(page, "/tin.php?id=152").title == HEADLINE


def test_a_listing_s_next_page_named_by_its_section_is_a_section_label():
    assert is_section_label("Tin hoạt động (trang 2)")
    assert is_section_label("Tin tức - Trang 12")
    assert not is_section_label("Kỳ họp thứ 12 HĐND huyện thông qua 9 nghị quyết")


def test_of_two_links_to_the_page_the_heading_s_is_its_headline():
    # a sidebar's latest posts link to the page before its own heading does (Joomla's linked item title)
    title = "Mái ấm mới của bà Lành"
    page = (
        f"<html><body><div class='left'><h3>Tin mới nhất</h3><ul><li><a href='/tin/219.html'>{title}</a></li>"
        "<li><a href='/tin/218.html'>Trao quà cho hộ nghèo xã Tân Lễ</a></li></ul>"
        "<h3>Thống kê</h3><dl><dt>Khách</dt><dd>5</dd></dl></div>"
        f"<div class='item-page'><h2><a href='/tin/219.html'>{title}</a></h2>"
        "<div>Ngày tạo Thứ năm, 26 Tháng 9 2024 15:30</div>"
        "<p>Căn nhà mới của bà Phạm Thị Lành ở thôn Đồng Tu còn thơm mùi vôi, bà con hàng xóm kéo đến chúc mừng, "
        "ai cũng vui như nhà mình có việc.</p><p>Ủy ban MTTQ huyện hỗ trợ 60 triệu đồng từ Quỹ Vì người nghèo, "
        "họ hàng góp thêm tiền, đoàn viên thanh niên góp gần 100 ngày công.</p></div></body></html>"
    )
    verdict = classify(page, "/tin/219.html")
    assert verdict.is_article and verdict.title == title, verdict.signals
    assert not any("Thống kê" in line or "Khách" in line for line in verdict.body), verdict.body


def test_an_element_of_class_or_id_header_holds_the_banner():
    page = lxml_html.fromstring(
        "<html><body><div id='header'><h1>ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ</h1></div>"
        "<div class='news'><div class='header'><h1>Tin bài</h1></div></div>"
        "<article><div class='header'><h1>Tiêu đề bài</h1></div></article></body></html>"
    )
    h1s = page.findall(".//h1")
    assert in_banner(h1s[0], BASE + "/tin-tuc.php?id=5")
    assert not in_banner(h1s[2], BASE + "/tin-tuc.php?id=5")  # an article's own header


def _social_note(title_tag: str, og_title: str, heading: str) -> str:
    """A social network page's note: the page's name as og:title and as <h1>, the note's own title an ARIA
    heading."""
    return (
        f"<html><head><title>{title_tag}</title><meta property='og:title' content='{og_title}'></head><body>"
        f"<div class='cover'><h1>{og_title}</h1><a href='/'>{og_title}</a></div><div class='note'>"
        "<div role='heading' aria-level='1'>"
        f"{heading}</div><div class='when'>20 tháng 10, 2025</div>{BODY}</div></body></html>"
    )


def test_an_aria_heading_over_the_page_s_name_in_the_metadata():
    page = _social_note(f"{HEADLINE} | Ủy ban MTTQ xã Tân Hòa | Facebook", "Ủy ban MTTQ xã Tân Hòa", HEADLINE)
    verdict = classify(page, "/notes/uy-ban-mttq-xa-tan-hoa/ra-mat-mo-hinh/1201457730/")
    assert verdict.is_article, verdict.signals
    assert verdict.title == HEADLINE
    assert str(verdict.published) == "2025-10-20"


def test_the_site_s_name_is_no_headline():
    # a video page of the same network: the page's name (the text of its link home) its only heading
    page = (
        "<html><head><title>Video | Ủy ban MTTQ xã Tân Hòa</title></head><body><div class='cover'><h1>Ủy ban MTTQ "
        "xã Tân Hòa</h1><a href='/'>Ủy ban MTTQ xã Tân Hòa</a><div>20 tháng 10, 2025</div></div>"
        f"<div class='video'>{BODY}</div></body></html>"
    )
    verdict = classify(page, "/videos/1187264531/")
    assert not verdict.is_article
    assert "NOT:headline-is-the-site's-name-in-its-banner" in verdict.signals, verdict.signals


def test_a_bold_label_ending_with_a_colon_heading_a_paragraph_is_no_headline():
    page = (
        f"<html><head><title>Chi tiết tin - Cổng thông tin xã</title></head><body>{MENU}<table><tr>"
        "<td><b>ĐỒNG CHÍ LÊ VĂN HẢI</b><div>15-05-2024</div>"
        f"<div class='noidung'><p><b>Kết quả đạt được:</b></p>{BODY}</div></td></tr></table></body></html>"
    )
    verdict = classify(page, "/tin/chi-tiet.php?id=13")
    assert verdict.title != "Kết quả đạt được:", verdict.signals
    assert "NOT:no-headline-matching-the-text" in verdict.signals


def test_an_interview_s_question_is_no_headline_nor_is_a_speaker_s_quote_headline_a_footer():
    from danvan.crawler.site_chrome import footer_markers

    assert not footer_markers("Giám đốc Sở GD&ĐT: Không để thí sinh nào lỡ kỳ thi vì hoàn cảnh khó khăn")
    assert footer_markers("Địa chỉ: số 2 Hữu Nghị, Đồng Hới. ĐT: 0232.3822.xxx")
    headline = "Giám đốc Sở GD&ĐT: Không để thí sinh nào lỡ kỳ thi vì hoàn cảnh khó khăn"
    text = (
        "<p><b>PV: Thưa ông, năm nay kỳ thi có nhiều điểm mới. Ngành Giáo dục tỉnh đã chuẩn bị như thế nào?</b></p>"
        "<p>Giám đốc Sở GD&amp;ĐT: Toàn tỉnh có khoảng 6.700 thí sinh đăng ký dự thi, không để thí sinh nào lỡ kỳ thi "
        "vì hoàn cảnh khó khăn; các điểm thi đã sẵn sàng từ tuần trước.</p>"
    )
    page = (
        f"<html><head><title>Sở Giáo dục và Đào tạo</title></head><body><table><tr><td class='TieuDe'><span>{headline}"
        f"</span></td></tr><tr><td>Ngày đăng: 27/05/2025 14:30</td></tr><tr><td>{text}</td></tr></table></body></html>"
    )
    assert classify(page, "/Pages/ChiTiet.aspx?ItemID=3440").title == headline


def test_a_pull_quote_sharing_the_headline_s_words_is_no_headline():
    headline = "Dân vận khéo không phải là phong trào theo mùa"
    quote = "Dân vận khéo không phải là làm cho có, mà là làm cho dân tin và cùng làm"
    page = (
        f"<html><head><title>{headline} | Báo tỉnh</title><meta property='og:title' content='{headline}'></head>"
        f"<body><article><header><h1>{headline}</h1><time datetime='2025-10-10'>10.10.2025</time></header>"
        "<p>Phong trào thi đua dân vận khéo đã đi qua nhiều năm, để lại hàng trăm mô hình hay ở thôn, bản. Nhưng "
        "cũng có nơi, phong trào chỉ sôi nổi vào dịp sơ kết, tổng kết.</p>"
        f"<p>{quote}. Con đường được mở rộng nhờ dân hiến đất chỉ bền khi dân được bàn bạc và giám sát.</p>"
        f"<blockquote><p>{quote}</p></blockquote>"
        "<p>Đánh giá mô hình vì thế phải đo bằng sự hài lòng và niềm tin của nhân dân với cấp ủy, chính quyền "
        "cơ sở, chứ không bằng số hội nghị.</p></article></body></html>"
    )
    verdict = classify(page, "/emagazine/dan-van-kheo-khong-phai-la-phong-trao-theo-mua/")
    assert verdict.is_article, verdict.signals
    assert verdict.title == headline, verdict.signals


def test_an_og_title_naming_the_site_under_og_type_website_is_no_headline():
    headline = "Hội nghị báo cáo viên tháng 12/2025: thông tin chuyên đề về chuyển đổi số"
    page = (
        f"<html><head><title>{headline}</title><meta property='og:type' content='website'><meta "
        "property='og:title' content='Ban Tuyên giáo Huyện ủy'></head><body><div class='banner'><img alt='Ban "
        f"Tuyên giáo Huyện ủy Tân Lập'></div><table><tr><td><h2 class='tieude'>{headline}</h2><div>Cập nhật ngày: "
        "16/12/2025 11:20</div><div>Sáng 16/12, Ban Tuyên giáo Huyện ủy tổ chức hội nghị báo cáo viên tháng 12 "
        "theo hình thức trực tuyến đến 15 điểm cầu xã, thị trấn.</div><div>Tại hội nghị, các đại biểu được "
        "thông tin chuyên đề về chuyển đổi số trong hệ thống chính trị và tình hình thời sự nổi bật.</div>"
        "<div class='tacgia'><b>Ban Tuyên giáo Huyện ủy</b></div><div><h4>Các tin khác</h4><ul><li><a href='/a'>"
        "Lan tỏa phong trào thi đua dân vận khéo</a> (08/11/2025)</li></ul></div></td></tr></table></body></html>"
    )
    verdict = classify(page, "/Pages/ChiTietTin.aspx?ItemID=79")
    assert verdict.title == headline, verdict.signals
    assert str(verdict.published) == "2025-12-16"


def test_a_dotnetnuke_item_s_head_is_its_headline_and_a_camel_case_banner_names_the_site():
    headline = "Tỷ lệ hộ nghèo toàn huyện giảm còn 3,8% theo chuẩn nghèo đa chiều"
    page = (
        "<html><head><title>Phòng LĐTBXH &gt; Tin tức</title></head><body><table id='tblBanner'><tr><td><span "
        "class='BannerTitle'>CỔNG THÔNG TIN PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</span></td></tr></table>"
        "<div class='menu'><a href='/'>Trang chủ</a> | <a href='/Default.aspx?tabid=120'>Tin tức</a> | <a "
        "href='/Default.aspx?tabid=131'>Văn bản</a></div>"
        f"<table class='NewsDetail'><tr><td><span class='Head'>{headline}</span></td></tr><tr><td><span "
        "class='NormalDate'>Cập nhật: 09/01/2025 - 14:10</span></td></tr><tr><td><div class='NewsContent'><p>"
        "Theo kết quả rà soát cuối năm 2024 theo chuẩn nghèo đa chiều, toàn huyện còn 1.240 hộ nghèo, tỷ lệ 3,8%, "
        "giảm 1,2 điểm phần trăm so với đầu năm.</p><p>Ngành Lao động - Thương binh và Xã hội đánh giá, điểm mới là danh sách bình xét "
        "được đưa ra họp thôn công khai, hộ thoát nghèo tự viết đơn.</p></div></td></tr></table></body></html>"
    )
    verdict = classify(page, "/Default.aspx?tabid=120&ItemID=4388")
    assert verdict.is_article, verdict.signals
    assert verdict.title == headline, verdict.signals
    root = lxml_html.fromstring(page)
    assert in_banner(root.xpath("//span[@class='BannerTitle']")[0], BASE + "/Default.aspx")
    assert not in_banner(root.xpath("//span[@class='Head']")[0], BASE + "/Default.aspx")


def test_a_social_page_s_post_under_the_page_s_name_keeps_its_own_headline_without_its_emoji():
    from danvan.crawler.headline_choice import strip_symbols

    assert strip_symbols("🔥 Ra quân Chiến dịch hè 2025 ✅") == "Ra quân Chiến dịch hè 2025"
    assert strip_symbols("“Dân vận khéo” ở bản Mòng?") == "“Dân vận khéo” ở bản Mòng?"
    assert strip_symbols("[Ảnh] Ngày hội Đại đoàn kết") == "[Ảnh] Ngày hội Đại đoàn kết"
    headline = "Đội hình “Thắp sáng đường quê” và 3 km đèn năng lượng mặt trời"
    page = (
        f"<html><head><title>Tuổi trẻ Giồng Trôm - {headline}</title><meta property='og:title' content='Tuổi "
        "trẻ Giồng Trôm'></head><body><div class='export'>Bản lưu tĩnh - xuất ngày 05/09/2025</div><div "
        "class='page-name'>Tuổi trẻ Giồng Trôm</div><div class='intro'>Trang của Huyện đoàn Giồng Trôm, nơi chia "
        "sẻ hoạt động của tuổi trẻ huyện nhà.</div><div class='post'><abbr title='Thứ Năm, 10 tháng 7, 2025'>10 "
        f"tháng 7, 2025</abbr><p class='headline'><b>💡 {headline}</b></p><p>Mỗi tối, con đường đal dọc kênh ấp "
        "Thạnh Hưng không còn tối như trước: đội hình đã lắp 3 km đèn năng lượng mặt trời.</p><p>Đội hình gồm 18 "
        "đoàn viên là công nhân điện lực và sinh viên kỹ thuật, làm việc vào chiều tối và cuối tuần.</p></div>"
        "</body></html>"
    )
    verdict = classify(page, "/posts/784512301877402.html")
    assert verdict.is_article, verdict.signals
    assert verdict.title == headline, verdict.signals
    assert str(verdict.published) == "2025-07-10"


def test_a_post_s_own_header_after_the_site_s_logo_link_is_no_banner():
    page = (
        "<html><body><div class='td-header'><a class='logo' href='/'><img src='/logo.png' alt='Phụ nữ tỉnh'></a>"
        "<ul><li><a href='/'>Trang chủ</a></li><li><a href='/tin/'>Tin hoạt động</a></li></ul></div><div "
        "class='content'><header class='td-post-title'><h1>Bàn giao 20 mái ấm tình thương cho hội viên nghèo</h1>"
        "</header></div></body></html>"
    )
    root = lxml_html.fromstring(page)
    assert not in_banner(root.xpath("//h1")[0], BASE + "/ban-giao-20-mai-am/")
