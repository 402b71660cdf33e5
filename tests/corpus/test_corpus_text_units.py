"""Folding, dates, URLs, query parsing and snippets: the small pieces under search and storage."""

from __future__ import annotations

import unicodedata

import pytest
from danvan.corpus.dates import iso_day
from danvan.corpus.folding import fold
from danvan.corpus.fulltext import pairs, parse
from danvan.corpus.snippets import snippet
from danvan.corpus.urls import canonical_url


def test_fold_strips_marks_and_d_stroke_in_both_normal_forms() -> None:
    assert fold("Dân vận khéo ĐỒNG THÁP") == "dan van kheo dong thap"
    assert fold(unicodedata.normalize("NFD", "Đà Nẵng, Thừa Thiên Huế")) == "da nang, thua thien hue"
    assert fold("Hậu Giang") != fold("Hà Giang")


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("2024-10-15", "2024-10-15"),
        ("2024-10-15T08:30:00+07:00", "2024-10-15"),
        ("Thứ Ba, 15/10/2024 08:30", "2024-10-15"),
        ("31/02/2024", None),
        ("hôm qua", None),
        (None, None),
    ],
)
def test_iso_day(raw: str | None, day: str | None) -> None:
    assert iso_day(raw) == day


def test_canonical_url() -> None:
    assert canonical_url("HTTP://WWW.Bao.example/a/b/?utm_source=x&id=3#top") == (
        "https://bao.example/a/b?id=3"
    )
    assert canonical_url(None) is None
    assert canonical_url("không phải url") == "không phải url"


def test_parse_builds_folded_exact_and_pair_expressions() -> None:
    parsed = parse('Dân vận "nông thôn mới" NOT Hà')
    assert parsed.folded == '("dan" AND "van" AND "nong thon moi") NOT "ha"'
    assert parsed.exact == '("dân" AND "vận" AND "nông thôn mới") NOT "hà"'
    assert parsed.runs == [["dan", "van"]]
    assert '"dan_van"' in parsed.match_expression()
    assert parsed.terms == ["dân", "vận", "nông thôn mới"]
    assert pairs("dan van kheo") == "dan_van van_kheo"


def test_snippet_marks_phrases_and_prefixes() -> None:
    text = "Ủy ban Mặt trận Tổ quốc tỉnh họp. Quốc hội khai mạc; giáo dục, giáo viên."
    out = snippet(text, ["mat tran to quoc", "giao*"], mark=("<", ">"))
    assert "<Mặt trận Tổ quốc>" in out and "<Quốc> hội" not in out
    assert "<giáo> dục" in out and "<giáo> viên" in out
    assert snippet("", ["x"]) == ""
