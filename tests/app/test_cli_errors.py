"""Every user error is one line saying what to do; commands that read never create or change a file."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from danvan.corpus import Corpus
from danvan.corpus.errors import explain
from danvan.nlp.record import Article
from typer.testing import CliRunner

from danvan.cli import app

READERS = [
    ("search", "dân vận"),
    ("facts", "officials"),
    ("coverage", "--by", "province"),
]


def invoke(*args: str | Path):
    return CliRunner().invoke(app, [str(a) for a in args])


def one_line_error(result, *needles: str) -> str:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    text = " ".join(result.output.split())
    assert "Traceback" not in text
    for needle in needles:
        assert needle in text, text
    return text


@pytest.fixture
def corpus_file(tmp_path: Path) -> Path:
    path = tmp_path / "c.db"
    with Corpus(path) as corpus:
        corpus.store(
            Article(id="a1", source="x", title="Dân vận khéo", text="Ban Dân vận tổng kết dân vận khéo.")
        )
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", READERS)
def test_db_that_is_a_directory(tmp_path: Path, command: tuple[str, ...]) -> None:
    one_line_error(invoke(*command, "--db", tmp_path), "is a directory")


@pytest.mark.parametrize("command", READERS)
def test_db_that_is_not_sqlite(tmp_path: Path, command: tuple[str, ...]) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("không phải cơ sở dữ liệu\n" * 50)
    before = digest(bogus)
    one_line_error(invoke(*command, "--db", bogus), "not a danvan corpus")
    assert digest(bogus) == before


@pytest.mark.parametrize("command", [*READERS, ("export", "out.jsonl")])
def test_readers_never_create_or_fill_a_database(
    tmp_path: Path, command: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "missing.db"
    one_line_error(invoke(*command, "--db", missing), "no corpus at")
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    empty.touch()
    one_line_error(invoke(*command, "--db", empty), "empty")
    assert empty.stat().st_size == 0


def test_readers_leave_the_corpus_bytes_alone(corpus_file: Path, tmp_path: Path) -> None:
    with sqlite3.connect(corpus_file) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(corpus_file)
    for command in READERS:
        assert invoke(*command, "--db", corpus_file).exit_code == 0
    assert invoke("export", tmp_path / "x.jsonl", "--db", corpus_file).exit_code == 0
    assert digest(corpus_file) == before


def test_export_to_a_directory(corpus_file: Path, tmp_path: Path) -> None:
    one_line_error(invoke("export", tmp_path, "--db", corpus_file, "--format", "jsonl"), "is a directory")


def test_export_format_from_extension(corpus_file: Path, tmp_path: Path) -> None:
    assert invoke("export", tmp_path / "x.parquet", "--db", corpus_file).exit_code == 0
    assert (tmp_path / "x.parquet").read_bytes()[:4] == b"PAR1"
    assert invoke("export", tmp_path / "x.csv", "--db", corpus_file).exit_code == 0
    assert (tmp_path / "x.csv").read_text().startswith("id,")
    one_line_error(invoke("export", tmp_path / "x.txt", "--db", corpus_file), "--format")


def test_ingest_of_a_missing_path_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    one_line_error(invoke("ingest", tmp_path / "nope", "--db", db), "no such file", "nope")
    assert not db.exists()


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_ingest_refuses_non_positive_jobs(tmp_path: Path, jobs: str) -> None:
    result = invoke("ingest", tmp_path, "--db", tmp_path / "x.db", "--jobs", jobs)
    assert result.exit_code == 2 and "--jobs" in result.output
    assert not (tmp_path / "x.db").exists()


def test_ingest_rejects_path_and_db_that_are_directories(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Tiêu đề\nNội dung bài viết về dân vận.\n")
    one_line_error(invoke("ingest", text, "--db", tmp_path / "x.db", "--rejects", tmp_path), "is a directory")
    one_line_error(invoke("ingest", text, "--db", tmp_path), "is a directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder_is_one_line(tmp_path: Path) -> None:
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o500)
    text = tmp_path / "a.txt"
    text.write_text("Tiêu đề\nNội dung bài viết về dân vận.\n")
    try:
        one_line_error(invoke("ingest", text, "--db", locked / "x.db"), "permission")
    finally:
        locked.chmod(0o700)


@pytest.mark.parametrize(
    ("exc", "needle"),
    [
        (sqlite3.OperationalError("database is locked"), "locked by another process"),
        (sqlite3.OperationalError("database or disk is full"), "disk full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.DatabaseError("file is not a database"), "not a danvan corpus"),
        (OSError(errno.ENOSPC, "No space left on device", "out.csv"), "disk full while writing out.csv"),
        (
            PermissionError(errno.EACCES, "Permission denied", "/x/out.csv"),
            "permission denied for /x/out.csv",
        ),
    ],
)
def test_errors_are_explained(exc: BaseException, needle: str) -> None:
    message = explain(exc, "c.db")
    assert message is not None and needle in message and "\n" not in message
