"""Training on hand-written fixture texts: the model learns, is deterministic and explains itself."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from danvan.models.themes.features import ModelInput, model_input
from danvan.models.themes.training import (
    Example,
    TrainingError,
    TrainParams,
    best_threshold,
    choose_cuts,
    fit_with_held_out,
    gate_threshold,
    train,
    train_cv,
)
from danvan.nlp.tokenize import segment

UNSEEN = {
    "xay_dung_dang": "Ủy ban Kiểm tra Huyện ủy đề nghị kỷ luật hai đảng viên chi bộ thôn vi phạm.",
    "mat_tran_doan_the": "Ủy ban MTTQ xã cùng Hội Nông dân và Hội Phụ nữ vận động hội viên.",
    "dat_dai_giai_phong_mat_bang": "Các hộ dân nhận tiền bồi thường, bàn giao mặt bằng và "
    "chuyển đến khu tái định cư của dự án.",
    "dan_van_chinh_quyen": "Chủ tịch xã tiếp công dân, giải quyết khiếu nại của người dân.",
}
UNRELATED = "Cầu thủ ghi bàn thắng trong trận bóng đá tối qua, khán giả ăn mừng."


def doc(text: str, title: str = "") -> ModelInput:
    return model_input(title, text, segment(f"{title}\n{text}" if title else text))


@pytest.mark.parametrize("theme", sorted(UNSEEN))
def test_the_model_learns_each_fixture_theme(fixture_model, theme):
    [predicted] = fixture_model.predict([doc(UNSEEN[theme])])
    assert predicted, "no theme assigned"
    assert predicted[0].theme == theme
    assert 0.0 <= predicted[0].score <= 1.0
    assert predicted[0].terms, "an assigned theme carries its top terms"


def test_unrelated_text_gets_no_theme(fixture_model):
    assert fixture_model.predict([doc(UNRELATED)]) == [[]]


def test_terms_are_words_of_the_document(fixture_model):
    [predicted] = fixture_model.predict([doc(UNSEEN["dat_dai_giai_phong_mat_bang"])])
    text = UNSEEN["dat_dai_giai_phong_mat_bang"].lower()
    for term in predicted[0].terms:
        assert all(word in text for word in term.split())


def test_training_is_deterministic(fixture_rows):
    examples = [Example(doc(r["text"], r["title"]), set(r["themes"])) for r in fixture_rows]
    a = train(examples, examples[:10], TrainParams(min_df=1))
    b = train(examples, examples[:10], TrainParams(min_df=1))
    assert np.array_equal(a.coef, b.coef)
    assert np.array_equal(a.thresholds, b.thresholds)


def test_themes_without_examples_never_fire(fixture_model):
    [predicted] = fixture_model.predict([doc("Hội nghị nhà Đại đoàn kết cho hộ nghèo.")])
    assert "giam_ngheo_an_sinh" not in {p.theme for p in predicted}


def test_training_without_positives_is_a_clear_error():
    with pytest.raises(TrainingError, match="no training example has a theme"):
        train([Example(ModelInput("bóng_đá"), set()), Example(ModelInput("ca_sĩ"), set())], [])
    with pytest.raises(TrainingError):
        train([], [])


def test_dev_threshold_maximises_f1_within_the_band():
    params = TrainParams()
    scores = np.array([0.9, 0.35, 0.3, 0.1])
    truth = np.array([True, True, False, False])
    assert best_threshold(scores, truth, params) == pytest.approx(0.35)
    assert best_threshold(scores, np.zeros(4, dtype=bool), params) == params.default_threshold


def test_gate_threshold_is_the_lowest_cut_that_meets_the_target():
    tagged = np.array([True, True, True, True, False, True])
    in_field = np.array([0.9, 0.2, 0.4, 0.6, 0.1, 0.8])
    unrelated = np.array([False, True, True, True, True, False])
    # 4 unrelated articles, 3 of them tagged: 75% clean; keeping at most one tagged needs a cut above 0.4
    cut = gate_threshold(tagged, in_field, unrelated, target=0.75 + 0.25)
    assert cut > 0.6 and cut < 0.6 + 1e-6
    cut = gate_threshold(tagged, in_field, unrelated, target=0.75)
    assert 0.4 < cut < 0.4 + 1e-6
    assert gate_threshold(tagged, in_field, unrelated, target=0.25) == 0.0
    assert gate_threshold(tagged, in_field, unrelated, target=0.0) == 0.0


def test_gate_keeps_the_fixture_model_tagging(fixture_rows):
    examples = [Example(doc(r["text"], r["title"]), set(r["themes"])) for r in fixture_rows]
    model = train(examples, examples, TrainParams(min_df=1, unrelated_clean=1.0))
    assert model.gate_coef is not None
    [predicted] = model.predict([doc(UNSEEN["xay_dung_dang"])])
    assert [p.theme for p in predicted][:1] == ["xay_dung_dang"]
    assert model.predict([doc(UNRELATED)]) == [[]]


def test_fit_only_examples_never_score_thresholds(fixture_rows):
    examples = [Example(doc(r["text"], r["title"]), set(r["themes"])) for r in fixture_rows]
    theme = "dat_dai_giai_phong_mat_bang"
    for e in examples:
        e.scored = theme not in e.themes
    params = TrainParams(min_df=1)
    model = train_cv(examples, params, folds=3)
    k = model.labels.index(theme)
    # its positives fit the weights but none was scored, so the threshold stays the default
    assert model.thresholds[k] == params.default_threshold
    [predicted] = model.predict([doc(UNSEEN[theme])])
    assert theme in {p.theme for p in predicted}


def test_cuts_chosen_again_on_the_held_out_scores_respect_the_floor(fixture_rows):
    examples = [Example(doc(r["text"], r["title"]), set(r["themes"])) for r in fixture_rows]
    params = TrainParams(min_df=1)
    model, held_out = fit_with_held_out(examples, params, 3)
    assert held_out is not None
    choose_cuts(model, held_out, params)
    assert np.array_equal(model.thresholds, train_cv(examples, params, folds=3).thresholds)
    choose_cuts(model, held_out, replace(params, min_threshold=0.45))
    assert (model.thresholds >= 0.45).all()
