"""Every fixture layout crawled end to end by the generic spider in one crawl: exactly its articles,
with the right title, date and a clean body, nothing from disallowed paths."""

from __future__ import annotations

import sys

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO))
from benchmarks.crawl_detection import LayoutResult, layout_dirs, run

LAYOUT_NAMES = [d.name for d in layout_dirs()]
# Written blind by a later session and measured once (BENCHMARKS.md, "Article detection on unseen
# layouts"): the detector does not pass them yet. Kept in the suite so that they count when it does.
# (heldout2-* pass since the table-layout/lead/typing rules; heldout3-* were measured once, then fixed:
# the last two since pages the site's menu leads to, results counters and bullet-only lines;
# heldout4-cong-ttdt-huyen since section labels, the headline nearest the text and dashed menu labels;
# heldout5-* since footers, home pages, record pages and articles' related lists; heldout7-bao-dang-ban-in
# and heldout7-mttq-bang-tin since a headline matched with its lead, closing-byline and attribute dates
# and a post's opening line as its headline; heldout8-mttq-tinh-laravel, heldout8-nukeviet-phong-gddt,
# heldout8-vpdp-ntm-aspnet-mvc, heldout9-bao-lao-dong-truc-tiep and heldout9-wix-doan-xa since pages in
# another language, a section page whose <h1> names a link to itself, related-list headings ending the
# body, the site's name in the banner passed over, price lists and event pages; heldout10-ban-dan-toc-jsp
# since the main text's lines outside a dated headline's own container, a sidebar's weekly schedule;
# heldout11-amp-ban-ton-giao, heldout11-hoi-phu-nu-huyen-facebook and heldout11-joomla4-bien-phong-tinh
# since standalone AMP pages, a post's picture heading its paragraphs, document records and gallery boxes;
# heldout12-chu-thap-do-tinh-bang-mot-o since record lists: donor lists of names and amounts;
# heldout13-buu-dien-van-hoa-xa-blog since a post's block linking only to its category is no listing entry;
# heldout13-hoi-khuyen-hoc-tinh-json-cuon since two-digit years beside a weekday or a time;
# heldout13-hoi-nguoi-cao-tuoi-huyen-section since text-only sections read as paragraphs;
# heldout13-trung-tam-chinh-tri-huyen-de-cuong since a document's own text: its header or signature block;
# heldout16-* since periods and datelines by the headline, a breadcrumb's last step, an overline, the
# text beside a photo's caption, procedure records, a document's issuer and type or its issuer's
# signature, product pages and works filed under a creative-writing section;
# heldout17-hoi-phu-nu-tinh-wp-newspaper, heldout17-tinh-uy-cong-thong-tin and heldout17-xa-ubnd-cong-thong-tin
# since a sidebar's player is not the page's, a sidebar's teaser sets no bounds to the article's container,
# a broadcast's player with no prose, a signature block the extractor dropped and a Q&A page's askers;
# heldout15-khuyen-nong-tinh-drupal since a text opening with its outline's first section)
# Layouts of the blind groups (each measured once) with kinds not fixed yet; see BENCHMARKS.md: heldout25's
# Facebook export (a note dated by its event over its year-less stamp, a photo album headed by the page's
# name), heldout39's residents' forum (a resident's two-post discussion thread stored), heldout40's Moodle
# portal (a learner's question and the lecturer's answer in a forum thread stored), heldout44's readers' board
# (its standing note on how to write in, under one article's byline, kept in the body) and heldout49's TV talk
# show (a commentary the menu's 'Bình luận' entry leads to lost as a menu page, a list of viewers' questions
# stored); heldout58's new-rural-area office (a criteria set's table under three paragraphs); heldout59's
# ethnic affairs site (a commentary's figurative headline named only by its <title>, an English version
# counted as an article, a policy summary) and Youth Union page on Google Sites (a photo page, an archive's
# page); heldout66's radio (a podcast episode); heldout68's summer campaign (a volunteer team's profile typed
# article); heldout73's Farmers' Association on Facebook (a two-sentence post over six photos, counted an
# album); heldout79's commune Front on Google Sites (its contact box's first line, the unit's name and
# address, kept in the body); heldout96's bilingual paper (a Vietnamese-Khmer word list in the article
# template); heldout106's ethnic affairs committee (a policy guide set out as questions and answers);
# heldout107's district council (a session's news that the menu's 'Kỳ họp' entry leads to, lost as a menu
# page); heldout108's English edition (its English stories, counted as articles, are not Vietnamese);
# heldout120's e-paper (the paper's subscription notice, two paragraphs over a two-row price table, read as a
# brief); heldout133's border guard (a photo album headed 'Ảnh: …' with an intro, as a photo story is
# written); heldout144's radio-TV station (its latest feature, a dated story, reached from the menu's 'Phóng
# sự' entry: lost as a menu page, as heldout107's session news); heldout152's Farmers' Union on Drupal (a
# contest's announcement, two paragraphs under its name, stored) and Front e-newspaper (an e-magazine's
# credits line kept, its end's 'Xuất bản' date lost to the markup's modified one); heldout153's Agent Orange
# association (a fund's appeal box in the item's body); heldout154's labour paper (a live blog's last entry
# dropped) and Red Cross on Google Sites (the cover's short page name taken over the headline by its
# dateline); heldout155's commune Women's Union on Facebook (a thank-you post listing donors by amount, in
# lines, stored); heldout156's radio station (a programme's running order under 'có những nội dung chính sau
# đây', stored) and elderly association on Google Sites (a club's page stored, a story dated at its end lost,
# a page name as a headline). And three layouts whose writers counted a reader's question with its answer
# ('Hỏi:' / 'Trả lời:') as an article: heldout9's labour paper, heldout33's jurists' association and
# heldout49's justice department. The later writers of heldout52 (twice), 56, 58, 69, 73, 82 (twice) and 90
# count it a consultation page, not news, which the detector follows since the seventh session.
NOT_YET: set[str] = {
    "heldout9-bao-lao-dong-truc-tiep",
    "heldout25-mttq-phuong-facebook-ghi-chu",
    "heldout33-hoi-luat-gia-tinh-joomla25-tu-van",
    "heldout39-phuong-dien-dan-xenforo",
    "heldout40-truong-chinh-tri-tinh-moodle",
    "heldout44-bao-tinh-ban-doc-phan-anh",
    "heldout49-dai-ptth-tinh-dan-hoi-lanh-dao-tra-loi",
    "heldout49-so-tu-phap-pbgdpl-hoi-dap-cuoc-thi",
    "heldout58-vp-dieu-phoi-ntm-tinh-aspx",
    "heldout59-ban-dan-toc-tinh-php-bang-song-ngu",
    "heldout59-doan-xa-google-sites-lich-sinh-hoat",
    "heldout66-dai-ptth-tinh-php-podcast-ban-ghi",
    "heldout68-tinh-doan-he-tinh-nguyen-nextjs-doi-hinh-album",
    "heldout73-hoi-nong-dan-xa-facebook-xuat-tinh",
    "heldout79-mttq-xa-google-sites-quy-ke-hoach",
    "heldout96-bao-dan-toc-song-ngu-khmer-php-bang",
    "heldout106-ban-dan-toc-tinh-chinh-sach-aspnet",
    "heldout107-hdnd-huyen-cong-php-query",
    "heldout120-bao-in-tinh-epaper-xem-van-ban",
    "heldout133-bdbp-tinh-dan-van-dnn",
    "heldout144-dai-ptth-tinh-thoi-su-video-nextjs",
    "heldout152-hoi-nong-dan-tinh-drupal10-olivero",
    "heldout152-mttq-tinh-bao-dien-tu-emagazine",
    "heldout153-hoi-nan-nhan-da-cam-tinh-joomla3",
    "heldout154-bao-lao-dong-tinh-truc-tuyen-phong-su-anh",
    "heldout154-hoi-chu-thap-do-tinh-google-sites",
    "heldout155-hoi-phu-nu-xa-facebook-xuat-tinh",
    "heldout156-dai-truyen-thanh-huyen-php-chuong-trinh",
    "heldout156-hoi-nguoi-cao-tuoi-tinh-google-sites",
    "heldout108-bao-tinh-english-edition-nextjs",
}


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[str, LayoutResult]:
    return {r.name: r for r in run(workdir=tmp_path_factory.mktemp("layouts"))}


def test_there_are_ten_layouts_three_held_out():
    assert len(LAYOUT_NAMES) >= 10
    assert sum(name.startswith("heldout-") for name in LAYOUT_NAMES) >= 3


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason="blind layout the detector fails (BENCHMARKS.md)"))
        if n in NOT_YET
        else n
        for n in LAYOUT_NAMES
    ],
)
def test_layout_stores_exactly_its_articles_cleanly(results, name):
    result = results[name]
    assert result.problems == []
    assert result.stored == result.expected
    assert result.checked == len(result.expected)
