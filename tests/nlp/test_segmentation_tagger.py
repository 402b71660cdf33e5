"""SegmentationTagger gives the tags of underthesea_core's own featurizer and CRF tagger."""

from __future__ import annotations

import itertools
import random

import joblib
import numpy as np
import pytest
from danvan.nlp.crfsuite_model import CRFSuiteModel
from danvan.nlp.segmentation_tagger import SegmentationTagger, _viterbi
from danvan.nlp.tokenize import _syllables, _tagger, model_folder

LINES = [
    "Hà",
    "Hà Nội",
    "Ba từ thôi",
    "Ngày 12/3/2025, Bí thư Tỉnh ủy Hậu Giang Nguyễn Văn Hùng dự hội nghị triển khai Nghị quyết số 08-NQ/TU.",
    "ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XV (NHIỆM KỲ 2025 - 2030) thành công tốt đẹp!",
    "Thủ tướng Ấn Độ Narendra Modi gặp ông Jean-Yves Le Drian ở Paris; 1.000 người, 21,9 tỉ đồng, 5% ²",
    "Số tài khoản 7102205025, mã 2147483647 và 2147483648, nhiệt độ -5 đến +5 độ, số 007",
    "“Dân vận khéo” – phong trào thi đua… ǅ ß İ ΣΑΣ ½ ١٢ x-Y _",
    "Mã BOS và EOS, bos eos",
    "Hội Nông dân xã vận động bà con hiến đất làm đường giao thông nông thôn, xây dựng nông thôn mới "
    "kiểu mẫu; các chi hội cùng Ban công tác Mặt trận thôn đến từng nhà tuyên truyền, giải thích.",
]


@pytest.fixture(scope="module")
def underthesea_core():
    import underthesea.pipeline.word_tokenize as segmentation
    from underthesea import word_tokenize

    if not isinstance(_tagger(), SegmentationTagger):
        pytest.skip("underthesea's model files are not where SegmentationTagger reads them")
    word_tokenize("Khởi động")
    model = segmentation.word_tokenize_model
    return model.featurizer, model.estimator


@pytest.mark.parametrize("line", LINES)
def test_the_same_tags_as_underthesea_core(underthesea_core, line: str) -> None:
    featurizer, tagger = underthesea_core
    syllables = _syllables(line)
    assert _tagger().tag(syllables) == tagger.tag(featurizer.process([[[s] for s in syllables]])[0])


def test_a_small_syllable_cache_gives_the_same_tags(underthesea_core) -> None:
    folder = model_folder()
    tiny = SegmentationTagger(
        joblib.load(folder / "features.bin"),
        joblib.load(folder / "dictionary.bin"),
        CRFSuiteModel.read(folder / "models.bin"),
        cache_size=3,
    )
    for line in LINES:
        assert tiny.tag(_syllables(line)) == _tagger().tag(_syllables(line))


def test_the_model_file_is_read_whole(underthesea_core) -> None:
    from underthesea_core import CRFModel

    path = model_folder() / "models.bin"
    ours = CRFSuiteModel.read(path)
    theirs = CRFModel.load(str(path))
    assert ours.labels == ["B-W", "I-W"]
    assert len(ours.attributes) == theirs.num_attributes
    assert np.count_nonzero(ours.state) == theirs.num_state_features()
    assert np.count_nonzero(ours.transition) == theirs.num_transition_features()


def test_a_file_that_is_no_crfsuite_model_is_refused(tmp_path) -> None:
    path = tmp_path / "models.bin"
    path.write_bytes(b"not a model" * 10)
    with pytest.raises(ValueError, match="not a CRFsuite"):
        CRFSuiteModel.read(path)


def test_an_unknown_template_is_refused() -> None:
    model = CRFSuiteModel(["B-W", "I-W"], [], np.zeros((0, 2)), np.zeros((2, 2)))
    with pytest.raises(ValueError, match=r"T\[0\]\.shape"):
        SegmentationTagger(["T[0]", "T[0].shape"], set(), model)


@pytest.mark.parametrize("labels", [2, 3])
def test_viterbi_finds_the_best_path(labels: int) -> None:
    rng = random.Random(labels)
    for _ in range(50):
        n = rng.randint(1, 6)
        scores = np.array([[rng.choice([-1.0, 0.0, 0.5, 1.0]) for _ in range(n)] for _ in range(labels)])
        transition = np.array([[rng.choice([-1.0, 0.0, 1.0]) for _ in range(labels)] for _ in range(labels)])

        paths = list(itertools.product(range(labels), repeat=n))
        best = max(_path_score(p, scores, transition) for p in paths)
        assert _path_score(tuple(_viterbi(scores, transition)), scores, transition) == pytest.approx(best)


def _path_score(path: tuple[int, ...], scores: np.ndarray, transition: np.ndarray) -> float:
    steps = sum(transition[a, b] for a, b in itertools.pairwise(path))
    return steps + sum(scores[label, t] for t, label in enumerate(path))


@pytest.mark.parametrize(
    "line",
    [
        *LINES,
        "Đoàn do ông Th sống ở TP. Cần Thơ dẫn đầu, TP.",
        "TP. ",
        "  Th S  TP.  v.v... :D  ",
        "Liên hệ: ubnd@camau.gov.vn, camau.gov.vn/tin-tuc (số 10) 4.123,2 H&M T.Ư 02/05/2014",
    ],
)
def test_syllables_are_underthesea_tokens_of_the_whole_line(line: str) -> None:
    from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
    from underthesea.pipeline.text_normalize.text_normalizer import token_map
    from underthesea.pipeline.word_tokenize import regex_tokenize

    normalized = normalize_characters_in_text(line)
    tokens = [m.group(0) for m in regex_tokenize.patterns.finditer(normalized)]
    assert _syllables(line) == [token_map.get(t, t) if len(t) <= 6 else t for t in tokens]
