"""`danvan facts` facets and totals, `danvan export --query`."""

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


def test_officials_by_title(app: typer.Typer, db: str) -> None:
    result = invoke(
        app, "facts", "officials", "--title", "TRUONG BAN dân vận", "--format", "json", "--db", db
    )
    assert result.exit_code == 0, result.output
    assert [r["name"] for r in json.loads(result.stdout)] == ["Lê Minh Khang"]


def test_documents_by_issuer_and_figures_by_unit_and_words(app: typer.Typer, db: str) -> None:
    docs = invoke(app, "facts", "documents", "--issuer", "Ủy ban MTTQ", "--format", "json", "--db", db)
    assert [r["number"] for r in json.loads(docs.stdout)] == ["45/KH-MTTQ"]
    figures = invoke(
        app, "facts", "figures", "--unit", "mô hình", "--query", "nhan rong", "--format", "json", "--db", db
    )
    assert [(r["article_id"], r["value"]) for r in json.loads(figures.stdout)] == [("hg-001", 1250)]


def test_facet_of_another_kind_is_a_one_line_error(app: typer.Typer, db: str) -> None:
    result = invoke(app, "facts", "officials", "--unit", "hộ", "--db", db)
    assert result.exit_code == 2
    assert "officials cannot be narrowed by unit" in result.output and "Traceback" not in result.output


def test_facts_show_n_of_m_and_limit_zero(app: typer.Typer, db: str) -> None:
    everything = invoke(app, "facts", "figures", "--limit", "0", "--format", "json", "--db", db)
    total = len(json.loads(everything.stdout))
    assert total > 2 and "showing" not in everything.output
    cut = invoke(app, "facts", "figures", "--limit", "2", "--db", db)
    assert cut.exit_code == 0 and f"showing 2 of {total}" in cut.output


def test_export_query_restricts_articles(app: typer.Typer, db: str, tmp_path: Path) -> None:
    out = tmp_path / "dvk.jsonl"
    result = invoke(app, "export", str(out), "--query", "dân vận khéo", "--province", "Hậu Giang", "--db", db)
    assert result.exit_code == 0, result.output
    searched = invoke(
        app,
        "search",
        "dân vận khéo",
        "--province",
        "Hậu Giang",
        "--limit",
        "0",
        "--format",
        "json",
        "--db",
        db,
    )
    expected = {r["id"] for r in json.loads(searched.stdout)}
    exported = {json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert exported == expected and 0 < len(exported) < 8


def test_export_bad_query_is_a_one_line_error(app: typer.Typer, db: str, tmp_path: Path) -> None:
    result = invoke(app, "export", str(tmp_path / "x.jsonl"), "--query", '"dân vận', "--db", db)
    assert result.exit_code == 2 and "unbalanced quote" in result.output
