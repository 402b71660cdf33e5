"""Search: accent folding (đ included), exact-diacritic ranking, operators, filters, snippets."""

from __future__ import annotations

import pytest
from danvan.corpus import Corpus, QuerySyntaxError
from danvan.nlp.record import Article


def ids(rows: list[dict]) -> list[str]:
    return [r["id"] for r in rows]


def test_query_without_diacritics_finds_accented_text(filled: Corpus) -> None:
    assert set(ids(filled.search("dan van kheo"))) == {"hg-001", "ttx-002"}


def test_d_stroke_is_folded(filled: Corpus) -> None:
    assert "ct-003" in ids(filled.search("dai doan ket"))
    assert "ct-003" in ids(filled.search("ĐẠI ĐOÀN KẾT"))


def test_exact_diacritics_rank_above_folded_matches(filled: Corpus) -> None:
    rows = filled.search("Hà Giang")
    assert ids(rows)[:2] == ["hgi-004", "old-005"]
    assert rows[0]["score"] > rows[1]["score"]


def test_ha_giang_is_not_hau_giang(filled: Corpus) -> None:
    found = set(ids(filled.search("Ha Giang")))
    assert found == {"hgi-004", "old-005"}
    assert not found & {"hg-001", "ttx-002", "hg-006"}
    assert set(ids(filled.search("Hậu Giang"))) == {"hg-001", "ttx-002", "hg-006"}


def test_phrase_and_boolean_operators(filled: Corpus) -> None:
    assert ids(filled.search('"nhà đại đoàn kết"')) == ["ct-003"]
    assert ids(filled.search('"đoàn kết đại"')) == []
    both = set(ids(filled.search("Cà Mau OR biên phòng")))
    assert both == {"cm-007", "hgi-004"}
    without = set(ids(filled.search("dân vận NOT khéo")))
    assert "hg-001" not in without and "old-005" in without
    assert set(ids(filled.search("(Hà OR Hậu) AND Giang NOT khéo"))) == {
        "hgi-004",
        "old-005",
        "hg-006",
    }
    assert "hgi-004" in ids(filled.search("biên*"))


def test_snippet_highlights_accented_words_for_folded_query(filled: Corpus) -> None:
    snippet = filled.search("dan van kheo")[0]["snippet"]
    assert "[Dân] [vận] [khéo]" in snippet
    custom = filled.search("biên phòng", mark=("<b>", "</b>"))[0]["snippet"]
    assert "<b>biên</b> <b>phòng</b>" in custom


def test_result_fields(filled: Corpus) -> None:
    row = filled.search("nhà đại đoàn kết")[0]
    assert set(row) >= {"id", "title", "url", "published", "source", "snippet", "score", "outlet"}
    assert row["outlet"] == "Báo Cần Thơ" and row["source"] == "fixtures/ct-003.txt"
    links = {r["id"]: r["duplicate_of"] for r in filled.search("1.250 mô hình")}
    assert links == {"hg-001": None, "ttx-002": "hg-001"}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"province": "Hậu Giang"}, {"hg-001", "ttx-002", "hg-006"}),
        ({"province": "Cần Thơ"}, {"ct-003"}),  # the pre-2025 city alone
        ({"province2025": "Cần Thơ"}, {"hg-001", "ttx-002", "hg-006", "ct-003"}),  # merged 2025 unit
        ({"province2025": "tinh tuyen quang"}, {"hgi-004", "old-005"}),
        ({"province": "ca mau"}, {"cm-007"}),
        ({"theme": "mat_tran_doan_the"}, {"ct-003", "hg-006"}),
        ({"outlet": "bao hau giang"}, {"hg-001", "hg-006"}),
        ({"date_from": "2025-03-13"}, {"ttx-002", "ct-003"}),
        ({"date_from": "2024", "date_to": "2024-10"}, {"hg-006", "cm-007"}),
        ({"official": "le minh khang"}, {"hg-001", "ttx-002"}),
        ({"document": "08-nq/tu"}, {"hg-001", "ttx-002"}),
        (
            {"province2025": "Cần Thơ", "date_to": "2025-03-31", "theme": "dan_van_kheo"},
            {"hg-001", "ttx-002"},
        ),
    ],
)
def test_filters_without_query(filled: Corpus, filters: dict, expected: set[str]) -> None:
    assert set(ids(filled.search(None, limit=50, **filters))) == expected


def test_filters_combine_with_query(filled: Corpus) -> None:
    assert ids(filled.search("giang", province="Hà Giang", outlet="Báo Hà Giang")) == ["hgi-004"]
    assert filled.search("dân vận", province="Đà Nẵng") == []


def test_limit_and_offset(filled: Corpus) -> None:
    everything = ids(filled.search(None, limit=50))
    assert len(everything) == 7
    assert ids(filled.search(None, limit=3, offset=3)) == everything[3:6]


@pytest.mark.parametrize("bad", ['"dân vận', "(dân vận", "dân vận AND", "NOT khéo", "OR", "()"])
def test_bad_query_syntax_is_reported(filled: Corpus, bad: str) -> None:
    with pytest.raises(QuerySyntaxError):
        filled.search(bad)


def test_bad_date_filter_is_reported(filled: Corpus) -> None:
    with pytest.raises(ValueError, match="not a date"):
        filled.search(None, date_from="last week")


def test_adjacent_syllables_rank_above_scattered_ones(filled: Corpus) -> None:
    scattered = Article(
        id="sc-011",
        source="x",
        title="Vận chuyển hàng cứu trợ",
        text="Xe tải vận chuyển gạo, mì tôm đến tận tay người dân vùng lũ; dân làng phụ giúp "
        "bốc dỡ hàng, công tác vận chuyển hoàn thành trong ngày. Người dân rất phấn khởi.",
        outlet="Báo Thử",
    )
    filled.store(scattered)
    found = ids(filled.search("dân vận", limit=50))
    adjacent = {"hg-001", "ttx-002", "old-005"}  # "Dân vận" / "dan van" as one word
    assert set(found[:3]) == adjacent
    assert {"sc-011", "hgi-004"} <= set(found[3:])  # "dân" ... "vận" / "Văn" apart


def test_not_excludes_the_words_up_to_the_next_operator(filled: Corpus) -> None:
    assert set(ids(filled.search("Giang NOT Hậu AND biên phòng"))) == {"hgi-004"}
    assert set(ids(filled.search('Giang NOT "Hậu Giang"'))) == {"hgi-004", "old-005"}
