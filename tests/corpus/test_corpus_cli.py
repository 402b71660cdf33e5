"""The search, facts, coverage and export commands, mounted on a Typer app as danvan/cli.py does."""

from __future__ import annotations

import csv
import io
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


def run(app: typer.Typer, *args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_search_json(app: typer.Typer, db: str) -> None:
    rows = json.loads(run(app, "search", "dan van kheo", "--format", "json", "--db", db))
    assert {r["id"] for r in rows} == {"hg-001", "ttx-002"}
    assert set(rows[0]) >= {"id", "title", "url", "published", "source", "snippet", "score"}
    assert "[Dân] [vận] [khéo]" in rows[0]["snippet"]


def test_search_filters_and_limit(app: typer.Typer, db: str) -> None:
    out = run(
        app,
        "search",
        "giang",
        "--province2025",
        "Cần Thơ",
        "--from",
        "2025-01-01",
        "--limit",
        "1",
        "--format",
        "json",
        "--db",
        db,
    )
    rows = json.loads(out)
    assert len(rows) == 1 and rows[0]["id"] in {"hg-001", "ttx-002"}


def test_search_table_and_csv(app: typer.Typer, db: str) -> None:
    table = run(app, "search", "nhà đại đoàn kết", "--db", db)
    assert "Báo Cần Thơ" in table and "ct-003" in table
    rows = list(csv.DictReader(io.StringIO(run(app, "search", "Cà Mau", "--format", "csv", "--db", db))))
    assert [r["id"] for r in rows] == ["cm-007"]


def test_search_reports_bad_query(app: typer.Typer, db: str) -> None:
    result = CliRunner().invoke(app, ["search", '"dân vận', "--db", db])
    assert result.exit_code == 2
    assert "unbalanced quote" in result.output


def test_missing_db_is_reported(app: typer.Typer, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["facts", "officials", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no corpus" in result.output


def test_default_db_from_environment(app: typer.Typer, db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANVAN_DB", db)
    rows = json.loads(run(app, "facts", "campaigns", "--format", "json"))
    assert rows[0]["name"] == "Dân vận khéo"


def test_facts_formats(app: typer.Typer, db: str) -> None:
    rows = json.loads(
        run(app, "facts", "documents", "--province", "hau giang", "--format", "json", "--db", db)
    )
    assert [(r["type"], r["number"]) for r in rows] == [("Nghị quyết", "08-NQ/TU")]
    text = run(app, "facts", "officials", "--format", "csv", "--db", db)
    first = next(csv.DictReader(io.StringIO(text)))
    assert first["name"] == "Lê Minh Khang" and "Tỉnh ủy viên" in first["titles"]
    assert "Hoàng" in run(app, "facts", "officials", "--db", db)


def test_coverage_command(app: typer.Typer, db: str) -> None:
    rows = json.loads(
        run(app, "coverage", "--by", "province", "--interval", "month", "--format", "json", "--db", db)
    )
    assert {"province": "Hậu Giang", "month": "2025-03", "articles": 2, "stories": 1} in rows
    assert "Báo Đại Đoàn Kết" in run(app, "coverage", "--by", "source", "--db", db)


def test_export_command(app: typer.Typer, db: str, tmp_path: Path) -> None:
    out = tmp_path / "cm.jsonl"
    run(app, "export", str(out), "--format", "jsonl", "--province", "Cà Mau", "--db", db)
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["cm-007"]
    run(app, "export", str(tmp_path / "all.parquet"), "--format", "parquet", "--db", db)
    assert (tmp_path / "all.parquet").stat().st_size > 0
