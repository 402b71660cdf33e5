"""SegmentationFeatures gives underthesea_core's own CRF features, syllable by syllable."""

from __future__ import annotations

import pytest
from danvan.nlp.segmentation_features import SegmentationFeatures
from danvan.nlp.tokenize import _crf, _syllables

LINES = [
    "Hà",
    "Hà Nội",
    "Ba từ thôi",
    "Ngày 12/3/2025, Bí thư Tỉnh ủy Hậu Giang Nguyễn Văn Hùng dự hội nghị triển khai Nghị quyết số 08-NQ/TU.",
    "ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XV (NHIỆM KỲ 2025 - 2030) thành công tốt đẹp!",
    "Thủ tướng Ấn Độ Narendra Modi gặp ông Jean-Yves Le Drian ở Paris; 1.000 người, 21,9 tỉ đồng, 5% ²",
    "Số tài khoản 7102205025, mã 2147483647 và 2147483648, nhiệt độ -5 đến +5 độ, số 007",
    "“Dân vận khéo” – phong trào thi đua… ǅ ß İ ΣΑΣ ½ ١٢ x-Y _",
]


@pytest.fixture(scope="module")
def featurizers():
    ours, tagger = _crf()
    if not isinstance(ours, SegmentationFeatures):
        pytest.skip("underthesea's model files are not where SegmentationFeatures reads them")
    import underthesea.pipeline.word_tokenize as segmentation

    return ours, segmentation.word_tokenize_model.featurizer, tagger


@pytest.mark.parametrize("line", LINES)
def test_the_same_feature_bag_as_underthesea_core(featurizers, line: str) -> None:
    ours, theirs, tagger = featurizers
    syllables = _syllables(line)
    expected = theirs.process([[[s] for s in syllables]])[0]
    got = ours.line(syllables)
    assert [sorted(f) for f in got] == [sorted(f) for f in expected]
    assert tagger.tag(got) == tagger.tag(expected)


def test_lines_of_a_text_are_featured_apart(featurizers) -> None:
    ours = featurizers[0]
    lines = [_syllables(line) for line in LINES]
    assert ours.process(lines) == [ours.line(s) for s in lines]


def test_a_small_cache_gives_the_same_features(featurizers) -> None:
    ours, _, _ = featurizers
    import joblib
    from danvan.nlp.tokenize import model_folder

    folder = model_folder()
    tiny = SegmentationFeatures(
        joblib.load(folder / "features.bin"), joblib.load(folder / "dictionary.bin"), cache_size=3
    )
    for line in LINES:
        assert tiny.line(_syllables(line)) == ours.line(_syllables(line))


def test_an_unknown_template_is_refused() -> None:
    with pytest.raises(ValueError, match=r"T\[0\]\.shape"):
        SegmentationFeatures(["T[0]", "T[0].shape"], set())
