"""Cue-phrase evidence: one pass finds rule phrases; the cue features and the anchors read from it."""

from __future__ import annotations

import numpy as np
import pytest
from danvan.models.themes.anchors import anchor_facts, anchor_hits
from danvan.models.themes.cues import FEATURES, LEAD_SYLLABLES, cue_vector, find_cues
from danvan.models.themes.features import LEAD_PREFIX, LEAD_WORDS, TITLE_PREFIX, model_input


def _feature(vector: np.ndarray, theme: str, kind: str) -> float:
    return float(vector[FEATURES.index((theme, kind))])


def test_counts_title_and_body_apart_and_folds_case_and_tone_marks():
    hits = find_cues("Tỉnh ủy TIẾP CÔNG DÂN định kỳ", "Lãnh đạo tiếp công dân và nhận khiếu nại, tố cáo.")
    assert hits.title["tiếp công dân"] == 1
    assert hits.body["tiếp công dân"] == 1 and hits.body["khiếu nại, tố cáo"] == 1


def test_overlapping_cues_all_count_and_the_longest_wins_at_one_position():
    hits = find_cues("Nhân rộng mô hình dân vận khéo", "Người Việt Nam ưu tiên dùng hàng Việt Nam.")
    assert hits.title["mô hình dân vận"] == 1 and hits.title["dân vận khéo"] == 1
    assert hits.body["ưu tiên dùng hàng việt nam"] == 1 and hits.body["ưu tiên dùng hàng việt"] == 0
    assert hits.body["dùng hàng việt"] == 1 and hits.body["hàng việt"] == 1


def test_cue_features_per_theme():
    hits = find_cues(
        "Đồng bào dân tộc thiểu số đón Tết", "Chức sắc, tín đồ tôn giáo và đồng bào dân tộc thiểu số ở xã."
    )
    vector = cue_vector(hits)
    assert vector.shape == (len(FEATURES),)
    assert _feature(vector, "dan_toc_ton_giao", "title") == 1.0
    # "đồng bào dân tộc thiểu số" holds "dân tộc thiểu số": both count, twice each
    assert _feature(vector, "dan_toc_ton_giao", "strong") == pytest.approx(np.log1p(6), rel=1e-6)
    assert _feature(vector, "dan_toc_ton_giao", "weak") == pytest.approx(np.log1p(1), rel=1e-6)
    assert _feature(vector, "xay_dung_dang", "strong") == 0.0


def test_opening_feature_needs_a_strong_cue_in_the_title_or_the_lead():
    filler = " ".join(["Buổi lễ diễn ra trang trọng tại hội trường lớn."] * 10)
    assert len(filler.split()) > LEAD_SYLLABLES
    deep = find_cues("Kỷ niệm ngày thành lập trường", f"{filler} Trường đẩy mạnh học tập và làm theo Bác.")
    early = find_cues("Kỷ niệm ngày thành lập trường", f"Trường đẩy mạnh học tập và làm theo Bác. {filler}")
    titled = find_cues("Học tập và làm theo Bác ở trường", filler)
    theme = "hoc_tap_lam_theo_bac"
    assert deep.body["học tập và làm theo"] == 1 and not deep.lead
    assert _feature(cue_vector(deep), theme, "opening") == 0.0
    assert _feature(cue_vector(deep), theme, "strong") == _feature(cue_vector(early), theme, "strong") > 0
    assert _feature(cue_vector(early), theme, "opening") == 1.0
    assert _feature(cue_vector(titled), theme, "opening") == 1.0
    assert early.phrases(theme, "opening") == {"học tập và làm theo": 1}


def test_words_inside_other_words_are_not_cues():
    assert not find_cues("", "Ông Gpmbx và mttqvn").body


def test_anchor_fires_on_the_title_or_three_body_mentions():
    in_title = find_cues("Nhân rộng mô hình Dân vận khéo", "Hội nghị tổng kết.")
    assert [(h.theme, h.in_title) for h in anchor_hits(in_title)] == [("dan_van_kheo", True)]
    passing = find_cues("Hội nghị", "Có nhắc tới dân chủ ở cơ sở một lần.")
    assert anchor_hits(passing) == []
    repeated = find_cues("Hội nghị", "Dân chủ ở cơ sở. Quy chế dân chủ ở cơ sở. Dân biết, dân bàn.")
    [fact] = anchor_facts(repeated)
    assert fact.theme == "dan_chu_co_so" and fact.terms == ["dân chủ ở cơ sở"]


def test_model_input_adds_title_words_and_cues():
    item = model_input("Tiếp công dân tháng 5", "Chủ tịch tiếp công dân.", ["Tiếp", "công dân", "tháng", "5"])
    assert item.doc.startswith("tiếp công_dân tháng")
    assert f"{TITLE_PREFIX}tiếp {TITLE_PREFIX}công {TITLE_PREFIX}dân {TITLE_PREFIX}tháng" in item.doc
    assert item.cues.title["tiếp công dân"] == 1


def test_model_input_repeats_the_first_words_as_lead_features():
    body = " ".join(["Hội"] + ["nông dân"] * (LEAD_WORDS + 20))
    tokens = ["Hội", "nghị", *body.split()]
    item = model_input("Hội nghị", body, tokens)
    lead = [w for w in item.doc.split() if w.startswith(LEAD_PREFIX)]
    assert len(lead) == LEAD_WORDS and lead[:3] == [
        f"{LEAD_PREFIX}hội",
        f"{LEAD_PREFIX}nghị",
        f"{LEAD_PREFIX}hội",
    ]
