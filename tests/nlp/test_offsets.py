"""Character offsets: the Doc's tokens rebuild the text exactly, and every fact's span points at it."""

from __future__ import annotations

import pytest
from danvan.nlp.extractors.campaigns import normalize_campaign
from danvan.nlp.tokenize import align, segment

TEXTS = [
    "Ban Dân vận Tỉnh ủy Hậu Giang tổ chức hội nghị.",
    "Ngày  12/3/2025,\tông Nguyễn Văn A  phát biểu.\n\nHội nghị kết thúc lúc 11 giờ.",
    "  Dòng đầu có khoảng trắng\n“Dân vận khéo” – phong trào thi đua…  ",
    "Số 08-NQ/TU; 21,9 tỉ đồng (tăng 5%).",
]


@pytest.mark.parametrize("text", TEXTS)
def test_align_rebuilds_the_text_exactly(text: str) -> None:
    words, spaces = align(text, segment(text))
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) == text


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        'Hoà Bình và Thuỷ Nguyên ra quân "Ngày thứ Bảy tình nguyện" - hơn 1.200 đoàn viên tham gia!!!',
        "UBND xã Vĩnh Viễn A (huyện Long Mỹ) hỗ trợ 45 triệu đồng/căn; e-mail: ubnd@haugiang.gov.vn",
        "\n\n...\n  \n",
        "",
    ],
)
def test_segment_gives_word_tokenize_words_line_by_line(text: str) -> None:
    from underthesea import word_tokenize

    expected = [w for line in text.split("\n") if line.strip() for w in word_tokenize(line)]
    assert segment(text) == expected


def test_align_keeps_characters_the_segmenter_dropped() -> None:
    text = "Cần Thơ ### phát động"
    words, spaces = align(text, ["Cần Thơ", "phát động"])  # as if the segmenter skipped "###"
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) == text
    assert "###" in words


ARTICLE = (
    "Hậu Giang tổng kết phong trào thi đua Dân vận khéo\n"
    "Ngày 12/3/2025, Bí thư Tỉnh ủy Hậu Giang Nguyễn Văn Hùng dự hội nghị triển khai Nghị quyết "
    "số 08-NQ/TU của Tỉnh ủy. Tỉnh đã huy động hơn 21,9 tỉ đồng xây 120 căn nhà đại đoàn kết "
    'cho hộ nghèo, hưởng ứng Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".'
)


def test_every_fact_span_points_at_its_text(extractor) -> None:
    title, _, body = ARTICLE.partition("\n")
    doc = extractor.doc(title, body)
    text = doc.user_data["text"]
    assert doc.text == text
    expected = {
        "provinces": "Hậu Giang",
        "officials": "Nguyễn Văn Hùng",
        "documents": "08-NQ/TU",
        "figures": "21,9 tỉ đồng",
        "campaigns": "Người Việt Nam ưu tiên dùng hàng Việt Nam",
    }
    for kind, wanted in expected.items():
        spans = list(doc.spans[kind])
        assert spans, kind
        for span in spans:
            assert text[span.start_char : span.end_char] == span.text
        assert any(wanted in span.text for span in spans), (kind, [s.text for s in spans])


LIST_TEXT = (
    "Sáng 12/3, Bí thư Tỉnh ủy Hậu Giang Lữ Văn Hùng chủ trì hội nghị triển khai Nghị quyết số "
    "08-NQ/TU và phong trào thi đua “Dân vận khéo”. Toàn tỉnh có 7.274 mô hình, tăng 12,5%. "
    "UBND tỉnh Cà Mau cử 2 Phó Chủ tịch gồm các ông: Lâm Văn Bi và Huỳnh Quốc Việt."
)


def test_spans_of_listed_and_uncommon_names(extractor):
    doc = extractor.doc("", LIST_TEXT)
    text = doc.user_data["text"]
    facts = doc.user_data["facts"]
    for kind in ("provinces", "officials", "documents", "figures", "campaigns"):
        assert doc.spans[kind], kind
        for span in doc.spans[kind]:
            assert text[span.start_char : span.end_char] == span.text
    provinces = {s.text for s in doc.spans["provinces"]}
    assert {"Hậu Giang", "Cà Mau"} <= provinces
    officials = [s.text for s in doc.spans["officials"]]
    assert (
        officials == [o.name for o in facts["officials"]] == ["Lữ Văn Hùng", "Lâm Văn Bi", "Huỳnh Quốc Việt"]
    )
    assert next(s.text for s in doc.spans["documents"]).startswith("Nghị quyết số 08-NQ/TU")
    assert "7.274 mô hình" in [s.text for s in doc.spans["figures"]]
    campaigns = [s.text for s in doc.spans["campaigns"]]
    assert [normalize_campaign(c) for c in campaigns] == ["Dân vận khéo"]
