"""`danvan search` as users type it: empty queries, --all, exclusions first, notices, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from corpus_samples import exact_copy, sample_articles
from danvan.corpus import Corpus
from typer.testing import CliRunner

from danvan.commands.corpus_cmds import register


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    with Corpus(path) as corpus:
        corpus.store_many(sample_articles())
        corpus.store(exact_copy())
    return str(path)


def invoke(app: typer.Typer, *args: str):
    return CliRunner().invoke(app, list(args))


def found(app: typer.Typer, *args: str) -> set[str]:
    result = invoke(app, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return {r["id"] for r in json.loads(result.stdout)}


@pytest.mark.parametrize("query", ["", "  "])
def test_empty_query_is_an_error_that_names_all(app: typer.Typer, db: str, query: str) -> None:
    result = invoke(app, "search", query, "--db", db)
    assert result.exit_code == 2
    assert "empty query" in result.output and "--all" in result.output
    assert invoke(app, "search", "--db", db).exit_code == 2


def test_all_lists_the_filtered_articles(app: typer.Typer, db: str) -> None:
    assert found(app, "search", "--all", "--province", "Hà Giang", "--db", db) == {"hgi-004", "old-005"}


def test_query_may_start_with_an_exclusion(app: typer.Typer, db: str) -> None:
    assert found(app, "search", "-khéo dân vận", "--db", db) == found(
        app, "search", "dân vận -khéo", "--db", db
    )


def test_cut_query_prints_a_notice(app: typer.Typer, db: str) -> None:
    words = " ".join(f"từ{n}" for n in range(60))
    result = invoke(app, "search", "biên phòng " + words, "--db", db)
    assert result.exit_code == 0
    assert "32 different words" in result.output


def test_deep_nesting_is_one_line(app: typer.Typer, db: str) -> None:
    result = invoke(app, "search", "(" * 200 + "dân" + ")" * 200, "--db", db)
    assert result.exit_code == 2
    assert "nested" in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_help_documents_the_syntax(app: typer.Typer) -> None:
    out = invoke(app, "search", "--help").output
    for piece in ('-"Hà Giang"', "OR", "NOT", "--all", "giáo*"):
        assert piece in out


def test_showing_n_of_m_and_limit_zero(app: typer.Typer, db: str) -> None:
    result = invoke(app, "search", "--all", "--limit", "2", "--db", db)
    assert result.exit_code == 0 and "showing 2 of 7" in result.output
    everything = invoke(app, "search", "--all", "--limit", "0", "--format", "json", "--db", db)
    assert len(json.loads(everything.stdout)) == 7 and "showing" not in everything.output
    assert (
        len(
            json.loads(invoke(app, "facts", "figures", "--limit", "0", "--format", "json", "--db", db).stdout)
        )
        == 8
    )


def test_wide_cells_are_cut_with_a_marker(app: typer.Typer, tmp_path: Path) -> None:
    from danvan.nlp.record import Article, OfficialFact

    path = tmp_path / "wide.db"
    titles = [f"Chức vụ thứ {n} của đồng chí trong Ban Chấp hành Đảng bộ tỉnh" for n in range(40)]
    with Corpus(path) as corpus:
        corpus.store(
            Article(
                id="w1",
                source="x",
                title="Tin",
                text="Ông Nguyễn Văn Ba phát biểu.",
                officials=[OfficialFact("Nguyễn Văn Ba", titles[0], titles=titles)],
            )
        )
    out = invoke(app, "facts", "officials", "--db", str(path)).stdout
    assert "(+34 more)" in out
    assert "Chức vụ thứ 39" not in out
    full = json.loads(invoke(app, "facts", "officials", "--format", "json", "--db", str(path)).stdout)
    assert len(full[0]["titles"]) == 40
