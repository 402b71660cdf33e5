"""The weak-labeling rules: cue phrases, how many hits make a theme, spelling variants."""

from __future__ import annotations

from danvan.models.themes.labels import THEMES
from danvan.models.themes.rules import RULES, rule_matches, rule_themes


def test_every_theme_has_a_rule():
    assert [r.theme for r in RULES] == list(THEMES)


def test_a_strong_cue_in_the_title_fires():
    themes = rule_themes("Chủ tịch tỉnh tiếp công dân định kỳ", "Buổi làm việc diễn ra sáng nay.")
    assert themes == {"dan_van_chinh_quyen"}


def test_a_passing_mention_in_the_body_does_not_fire():
    body = "Trận đấu diễn ra trên sân vận động, gần khu tái định cư của thành phố."
    assert rule_themes("Đội nhà thắng đậm", body) == set()


def test_repeated_cues_fire_and_report_the_cues():
    body = (
        "Huyện đẩy nhanh giải phóng mặt bằng. Các hộ nhận tiền bồi thường và chuyển đến "
        "khu tái định cư. Việc giải phóng mặt bằng xong trước tháng sáu."
    )
    matches = rule_matches("Tiến độ dự án đường", body)
    assert "dat_dai_giai_phong_mat_bang" in matches
    assert "giải phóng mặt bằng" in matches["dat_dai_giai_phong_mat_bang"]


def test_old_tone_placement_and_case_match():
    assert "dan_van_chinh_quyen" in rule_themes("TIẾP CÔNG DÂN THÁNG BẢY", "")
    assert "mat_tran_doan_the" in rule_themes("Uỷ ban MTTQ huyện họp", "")


def test_cues_match_whole_words_only():
    assert rule_themes("Hàng việt nam xuất khẩu", "Doanh nghiệp công bố số liệu.") == set()
