"""Fact queries, coverage counts and exports over the sample corpus."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from corpus_samples import sample_articles
from danvan.corpus import Corpus


def test_officials_are_entities_with_all_titles(filled: Corpus) -> None:
    rows = {r["name"]: r for r in filled.facts("officials")}
    khang = rows["Lê Minh Khang"]
    assert khang["articles"] == 2 and khang["stories"] == 1
    assert (khang["first_seen"], khang["last_seen"]) == ("2025-03-12", "2025-03-13")
    assert set(khang["titles"]) == {
        "Trưởng Ban Dân vận Tỉnh ủy",
        "Trưởng Ban Dân vận",
        "Tỉnh ủy viên",
    }
    assert next(iter(rows)) == "Lê Minh Khang"  # most articles first


def test_documents_merge_mentions_across_articles(filled: Corpus) -> None:
    rows = filled.facts("documents")
    nq = next(r for r in rows if r["number"] == "08-NQ/TU")
    assert (nq["type"], nq["issuer"], nq["articles"]) == ("Nghị quyết", "Tỉnh ủy Hậu Giang", 2)
    assert {r["type"] for r in rows} == {"Nghị quyết", "Kế hoạch", "Quy chế"}
    assert filled.facts("documents", document="45/KH-MTTQ")[0]["number"] == "45/KH-MTTQ"


def test_figures_carry_sentence_and_article(filled: Corpus) -> None:
    rows = filled.facts("figures", province="Hậu Giang")
    first = next(r for r in rows if r["article_id"] == "hg-001" and r["value"] == 1250)
    assert first["unit"] == "mô hình" and "nhân rộng 1.250 mô hình" in first["sentence"]
    assert isinstance(first["value"], int)
    money = filled.facts("figures", province="Cần Thơ", theme="giam_ngheo_an_sinh")
    assert [r["value"] for r in money] == [120, 6_000_000_000]
    assert money[1]["approx"] == "hơn"


def test_provinces_campaigns_themes(filled: Corpus) -> None:
    provinces = {r["name"]: r for r in filled.facts("provinces")}
    assert provinces["Hậu Giang"]["merged_into"] == "Cần Thơ"
    assert provinces["Hậu Giang"]["articles"] == 3
    assert provinces["Hà Giang"]["mentions"] == 3
    campaigns = filled.facts("campaigns")
    assert campaigns == [
        {
            "name": "Dân vận khéo",
            "articles": 2,
            "stories": 1,
            "first_seen": "2025-03-12",
            "last_seen": "2025-03-13",
            "mentions": 4,
        }
    ]
    themes = {r["theme"]: r["articles"] for r in filled.facts("themes", date_from="2025")}
    assert themes == {"dan_van_kheo": 2, "giam_ngheo_an_sinh": 1, "mat_tran_doan_the": 1}
    with pytest.raises(ValueError, match="unknown fact kind"):
        filled.facts("weather")


def test_coverage_counts_articles_and_distinct_stories(filled: Corpus) -> None:
    by_province = {r["province"]: r for r in filled.coverage("province")}
    assert by_province["Hậu Giang"] == {"province": "Hậu Giang", "articles": 3, "stories": 2}
    # the exact copy is stored once: it counts for its own outlet only, so that coverage by
    # province gives the counts of search and facts
    assert by_province["Cần Thơ"] == {"province": "Cần Thơ", "articles": 1, "stories": 1}
    listed = filled.search(None, province="Cần Thơ", limit=100)
    facts = {r["name"]: r["articles"] for r in filled.facts("provinces")}
    assert len(listed) == facts["Cần Thơ"] == 1
    merged = {r["province2025"]: r["articles"] for r in filled.coverage("province2025")}
    assert merged["Cần Thơ"] == 4 and merged["Tuyên Quang"] == 2
    sources = {r["source"]: r["articles"] for r in filled.coverage("source")}
    assert sources["Báo Đại Đoàn Kết"] == 1 and sources["Báo Hậu Giang"] == 2
    assert [r["id"] for r in filled.search(None, outlet="Báo Đại Đoàn Kết")] == ["ct-003"]


def test_coverage_by_month_and_week_with_filters(filled: Corpus) -> None:
    monthly = filled.coverage("campaign", interval="month", province2025="Cần Thơ")
    assert monthly == [{"campaign": "Dân vận khéo", "month": "2025-03", "articles": 2, "stories": 1}]
    weekly = filled.coverage("theme", interval="week", date_from="2025-03", date_to="2025-03")
    assert weekly == [
        {"theme": "dan_van_kheo", "week": "2025-03-10", "articles": 2, "stories": 1}
    ]  # 12 and 13 March 2025 fall in the week of Monday 10 March
    with pytest.raises(ValueError):
        filled.coverage("weather")
    with pytest.raises(ValueError):
        filled.coverage("theme", interval="hour")


def test_export_jsonl_uses_the_extract_schema(filled: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert filled.export("jsonl", out) == 7
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = {a.id: a.to_json() for a in sample_articles()}
    assert {r["id"]: r for r in rows} == expected


def test_export_with_filter_to_csv(filled: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "out.csv"
    assert filled.export("csv", out, province2025="Tuyên Quang") == 2
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == ["old-005", "hgi-004"]  # oldest first
    assert json.loads(rows[1]["provinces"]) == [
        {"name": "Hà Giang", "merged_into": "Tuyên Quang", "count": 2}
    ]


def test_export_parquet(filled: Corpus, tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    assert filled.export("parquet", out, theme="dan_van_kheo") == 2
    table = pq.read_table(out)
    assert sorted(table.column("id").to_pylist()) == ["hg-001", "ttx-002"]
    officials = table.column("officials").to_pylist()
    assert any(o["titles"] == ["Trưởng Ban Dân vận", "Tỉnh ủy viên"] for row in officials for o in row)
    assert filled.export("parquet", tmp_path / "none.parquet", province="Đà Nẵng") == 0
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0
