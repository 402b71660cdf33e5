"""Officials on sentences written for the tests: group 15's kinds (boxes in capitals, briefs, states, dashes)."""

from __future__ import annotations

from danvan.nlp.extractors.officials import extract_officials
from danvan.nlp.extractors.officials.capitals import capitals_names
from danvan.nlp.normalize import normalize_text


def found(extractor, text: str) -> list[tuple[int, int, str, str]]:
    doc = extractor.doc("", text, {"year": None})
    spans = doc.spans["officials"]
    facts = doc.user_data["facts"]["officials"]
    return [(s.start_char, s.end_char, f.name, f.title) for s, f in zip(spans, facts, strict=True)]


def names(extractor, text: str) -> list[tuple[int, int, str]]:
    return [(start, end, name) for start, end, name, _ in found(extractor, text)]


def test_a_name_in_capitals_under_a_title_glued_to_its_body() -> None:
    text = "Phải làm đến cùng. Bộ trưởngBộ Tài chínhLÊ VĂN HÒA Ý kiến các chuyên gia"
    assert capitals_names(text) == [(40, 50, "Lê Văn Hòa", "Bộ trưởng Bộ Tài chính")]


def test_a_name_in_capitals_after_a_title_is_an_official(extractor) -> None:
    text = "Đề xuất này cần được cân nhắc kỹ. Chủ tịch UBND tỉnh Phú Yên TRẦN VĂN MINH: Chúng tôi đồng ý."
    assert found(extractor, text) == [(61, 74, "Trần Văn Minh", "Chủ tịch UBND tỉnh Phú Yên")]


def test_capitals_in_a_headline_or_after_a_clause_are_no_name() -> None:
    assert capitals_names("BỘ TRƯỞNG TRẦN VĂN MINH THĂM HÀ GIANG") == []
    assert capitals_names("Bộ trưởng cho biết ông TRẦN VĂN MINH đã đến.") == []
    assert capitals_names("Ông TRẦN VĂN MINH") == []


def test_a_negotiators_brief_before_the_body(extractor) -> None:
    text = "Trưởng đoàn đàm phán về thương mại của Canada John Miller đã tới Hà Nội."
    assert found(extractor, text) == [
        (46, 57, "John Miller", "Trưởng đoàn đàm phán về thương mại của Canada")
    ]


def test_a_brief_after_any_other_position_still_ends_the_title(extractor) -> None:
    assert names(extractor, "Bộ trưởng về Hà Nội của Mỹ John Carter đi cùng.") == []


def test_a_foreign_state_before_a_name_is_no_part_of_it(extractor) -> None:
    text = "Giám đốc Sở cảnh sát bang Selangor Ahmad Zulkifli cho biết 20 người bị bắt."
    assert names(extractor, text) == [(35, 49, "Ahmad Zulkifli")]


def test_a_soft_hyphen_between_spaces_is_a_dash(extractor) -> None:
    assert normalize_text("Ông Lê Văn Hòa \u00ad Giám đốc Sở Y tế") == "Ông Lê Văn Hòa - Giám đốc Sở Y tế"
    assert normalize_text("quy\u00adhoạch") == "quyhoạch"
    text = normalize_text("Ông Phạm Văn Toàn \u00ad Giám đốc Sở Y tế Hà Nội cho biết.")
    assert names(extractor, text) == [(4, 17, "Phạm Văn Toàn")]


def test_the_extractor_keeps_offsets_in_the_text(extractor) -> None:
    text = "Chủ tịch UBND tỉnh Phú Yên TRẦN VĂN MINH"
    doc = extractor.doc("", text, {"year": None})
    assert [(s, e, f.name) for s, e, f in extract_officials(doc)] == [(27, 40, "Trần Văn Minh")]
