"""Strict filters: unknown values refused with the closest ones, press spellings, 2025 units, dates."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from corpus_samples import sample_articles
from danvan.corpus import Corpus
from danvan.corpus.dates import parse_bound
from danvan.corpus.filters import UnknownFilterValue
from danvan.nlp import gazetteer
from danvan.nlp.record import Article, ProvinceFact
from typer.testing import CliRunner

from danvan.commands.corpus_cmds import register


def ids(rows: list[dict]) -> set[str]:
    return {r["id"] for r in rows}


@pytest.mark.parametrize(
    ("field", "value", "suggestion"),
    [
        ("province", "Ha Gaing", "Hà Giang"),
        ("province2025", "Tuyen Quag", "Tuyên Quang"),
        ("theme", "dan van kheoo", "dan_van_kheo"),
        ("outlet", "Bao Hau Giag", "Báo Hậu Giang"),
        ("official", "Le Minh Kang", "Lê Minh Khang"),
    ],
)
def test_unknown_values_are_refused_with_did_you_mean(
    filled: Corpus, field: str, value: str, suggestion: str
) -> None:
    with pytest.raises(UnknownFilterValue, match=f"did you mean '{suggestion}'"):
        filled.search(None, **{field: value})
    with pytest.raises(UnknownFilterValue):
        filled.facts("officials", **{field: value})
    with pytest.raises(UnknownFilterValue):
        filled.coverage("province", **{field: value})


def test_nothing_close_still_refused(filled: Corpus) -> None:
    with pytest.raises(UnknownFilterValue, match="unknown province 'Xyzzy'"):
        filled.search(None, province="Xyzzy")


@pytest.fixture
def press(db_path: Path) -> Corpus:
    corpus = Corpus(db_path)
    for n, name in enumerate(["Hồ Chí Minh", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Cần Thơ", "Hậu Giang"]):
        corpus.store(
            Article(
                id=f"p{n}",
                source="x",
                title=f"Tin {name}",
                text=f"Bài số {n} viết về công tác dân vận.",
                provinces=[ProvinceFact(name, gazetteer.by_name()[name].merged_into)],
            )
        )
    yield corpus
    corpus.close()


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        ("TP.HCM", "p0"),
        ("HCM", "p0"),
        ("TPHCM", "p0"),
        ("Sài Gòn", "p0"),
        ("thành phố Hồ Chí Minh", "p0"),
        ("Huế", "p1"),
        ("Thừa Thiên - Huế", "p1"),
        ("thua thien hue", "p1"),
        ("BR-VT", "p2"),
        ("Bà Rịa-Vũng Tàu", "p2"),
    ],
)
def test_press_spellings_of_provinces(press: Corpus, spelling: str, expected: str) -> None:
    assert ids(press.search(None, province=spelling)) == {expected}


def test_old_province_and_2025_unit_apart(press: Corpus) -> None:
    assert ids(press.search(None, province="Cần Thơ")) == {"p3"}
    assert ids(press.search(None, province2025="Cần Thơ")) == {"p3", "p4"}
    assert ids(press.search(None, province2025="Hậu Giang")) == {"p3", "p4"}  # the unit it joined
    assert ids(press.search(None, province2025="TP.HCM")) == {"p0", "p2"}


@pytest.mark.parametrize(
    "bad", ["2025-13", "2017-13-01", "2025-02-30", "2025-00", "15/10/2024x", "last week"]
)
def test_one_strict_date_parser(filled: Corpus, bad: str) -> None:
    for bound in ("date_from", "date_to"):
        with pytest.raises(ValueError, match="not a date"):
            filled.search(None, **{bound: bad})


def test_month_bounds_are_real_days() -> None:
    assert parse_bound("2024-02", upper=True) == "2024-02-29"
    assert parse_bound("2024", upper=False) == "2024-01-01"
    assert parse_bound(" 2024-3-5 ", upper=True) == "2024-03-05"


def test_cli_unknown_province_is_one_line_with_suggestion(db_path: Path) -> None:
    with Corpus(db_path) as corpus:
        corpus.store_many(sample_articles())
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["facts", "officials", "--province", "Ha Gaing", "--db", str(db_path)])
    assert result.exit_code == 2 and "did you mean 'Hà Giang'" in result.output


def test_cli_warns_about_undated_articles(db_path: Path) -> None:
    with Corpus(db_path) as corpus:
        corpus.store_many(sample_articles())
        corpus.store(Article(id="nd-1", source="x", title="Không ngày", text="Bài không có ngày về dân vận."))
        corpus.store(Article(id="nd-2", source="x", title="Không ngày 2", text="Bài thứ hai không ngày."))
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    out = runner.invoke(app, ["search", "dân vận", "--from", "2024", "--db", str(db_path)]).output
    assert "2 articles have no date" in out
    out = runner.invoke(
        app, ["coverage", "--by", "source", "--interval", "month", "--db", str(db_path)]
    ).output
    assert "2 articles have no date" in out and "(no date)" in out and "month" in out


def test_a_theme_on_a_corpus_without_themes_says_why(db_path: Path) -> None:
    corpus = Corpus(db_path)
    corpus.store(Article(id="t0", source="x", title="Tin", text="Bài viết về công tác dân vận."))
    with pytest.raises(UnknownFilterValue, match=r"this corpus has no themes \(ingested with --no-themes\)"):
        corpus.search(None, theme="dan_van_kheo")
