"""Character offsets: the Doc's tokens rebuild the text exactly, and every fact's span points at it."""

from __future__ import annotations

import pytest
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
