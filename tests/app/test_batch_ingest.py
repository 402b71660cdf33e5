"""Batch ingest at scale: web archives, SIGKILL then resume, the rejects file, Dask against the plain run."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest
from danvan.corpus import Corpus

from danvan.ingest import ingest
from tests.app.scale_samples import article, article_html, listing_html, write_texts, write_warc


def danvan(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "danvan.cli", *args], capture_output=True, text=True, timeout=600
    )


def exported(db: Path, tmp: Path) -> list[dict]:
    out = tmp / f"{db.stem}-export.jsonl"
    with Corpus(db) as corpus:
        corpus.export("jsonl", out)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_warc_intake_any_crawler(tmp_path: Path):
    archives = tmp_path / "warc"
    archives.mkdir()
    host = "bao-phu-sa.example.vn"
    write_warc(
        archives / "crawl-1.warc.gz",
        [
            ("response", f"http://{host}/", b"<html><body><p>Trang chu</p></body></html>", "text/html"),
            (
                "response",
                f"http://{host}/tin-tuc/dan-van-kheo-100001.html",
                article_html(0).encode("utf-8"),
                "text/html; charset=utf-8",
            ),
            # UTF-8 bytes declared as Latin-1 by the server and the page: the bytes win
            (
                "response",
                f"http://{host}/tin-tuc/nong-thon-moi-100002.html",
                article_html(1, charset_meta="iso-8859-1").encode("utf-8"),
                "text/html; charset=iso-8859-1",
            ),
            (
                "response",
                f"http://{host}/chuyen-muc/dan-van",
                listing_html(host).encode("utf-8"),
                "text/html; charset=utf-8",
            ),
            ("response", f"http://{host}/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"),
        ],
    )
    # another tool's archive: resource records, no HTTP headers, no charset declared
    write_warc(
        archives / "other-tool.warc",
        [
            (
                "resource",
                f"http://{host}/tin-tuc/giam-ngheo-100003.html",
                article_html(2, charset_meta=None).encode("utf-8"),
                "text/html",
            )
        ],
    )
    db = tmp_path / "w.db"
    result = danvan("ingest", str(archives), "--db", str(db), "--no-themes", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert "2 non-article pages skipped" in result.stderr
    assert "0 rejected" in result.stderr
    rows = {row["url"]: row for row in exported(db, tmp_path)}
    assert set(rows) == {
        f"http://{host}/tin-tuc/dan-van-kheo-100001.html",
        f"http://{host}/tin-tuc/nong-thon-moi-100002.html",
        f"http://{host}/tin-tuc/giam-ngheo-100003.html",
    }
    latin = rows[f"http://{host}/tin-tuc/nong-thon-moi-100002.html"]
    assert latin["title"] == article(1)[0]  # no mojibake
    assert [p["name"] for p in latin["provinces"]] == ["Bến Tre"]
    assert rows[f"http://{host}/tin-tuc/giam-ngheo-100003.html"]["title"] == article(2)[0]


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _integrity(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(row[0] for row in conn.execute("PRAGMA integrity_check(100000)"))


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> tuple[Path, Path, Path]:
    tmp = tmp_path_factory.mktemp("resume")
    texts = tmp / "texts"
    write_texts(texts, 40)
    whole = tmp / "whole.db"
    assert danvan("ingest", str(texts), "--db", str(whole), "--jobs", "1").returncode == 0
    return texts, whole, tmp


def _interrupted_run(texts: Path, db: Path, sig: signal.Signals) -> subprocess.Popen:
    """An ingest signalled (writer and workers, as a terminal does) once a few batches are stored."""
    args = ["ingest", str(texts), "--db", str(db), "--jobs", "2", "--batch-size", "4"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "danvan.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while _count(db) < 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
    proc.wait(timeout=300)
    return proc


def _resume_and_compare(texts: Path, db: Path, whole: Path, tmp: Path) -> None:
    stored_before = _count(db)
    assert stored_before >= 4
    resumed = danvan("ingest", str(texts), "--db", str(db), "--jobs", "2", "--batch-size", "4")
    assert resumed.returncode == 0, resumed.stderr
    if stored_before < 40:
        assert f"{stored_before} already stored (skipped)" in resumed.stderr
        assert f"{40 - stored_before} stored" in resumed.stderr
    # SQLite 3.40 reports NULLs that are not there in WITHOUT ROWID tables: compare with the clean run
    assert _integrity(db) == _integrity(whole)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (40, 40)
    assert exported(db, tmp) == exported(whole, tmp)


def test_sigkill_then_resume_gives_the_uninterrupted_corpus(uninterrupted, tmp_path: Path):
    texts, whole, _ = uninterrupted
    killed = tmp_path / "killed.db"
    _interrupted_run(texts, killed, signal.SIGKILL)
    _resume_and_compare(texts, killed, whole, tmp_path)


def test_ctrl_c_stops_after_the_batch_and_resumes(uninterrupted, tmp_path: Path):
    texts, whole, _ = uninterrupted
    db = tmp_path / "stopped.db"
    proc = _interrupted_run(texts, db, signal.SIGINT)
    stderr = proc.stderr.read() if proc.stderr else ""
    if "interrupted" in stderr:  # else the run had finished before the signal came
        assert proc.returncode == 130, stderr
        assert "Traceback" not in stderr
    _resume_and_compare(texts, db, whole, tmp_path)


def test_rejects_file_lists_archive_offset_or_path_and_reason(tmp_path: Path):
    inputs = tmp_path / "in"
    write_texts(inputs, 2)
    (inputs / "empty.txt").write_bytes(b"")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in [
            ("data/good.txt", "\n".join(article(5)).encode()),
            ("data/bin.txt", b"\x00\x01" * 40),
        ]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    (inputs / "dump.tar.gz").write_bytes(buf.getvalue())
    good = json.dumps({"id": "j1", "text": "\n".join(article(6))}, ensure_ascii=False)
    (inputs / "feed.jsonl").write_text(f"{good}\n{{broken\n", encoding="utf-8")
    log = tmp_path / "rejects.jsonl"
    tally = ingest([str(inputs)], tmp_path / "r.db", jobs=1, themes=False, rejects_log=log)
    assert tally.counts["stored"] == 4 and tally.counts["rejected"] == 3
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    by_reason = {r["reason"].split(" ")[0]: r for r in rows}
    assert by_reason["empty"]["path"] == str(inputs / "empty.txt")
    assert by_reason["binary"]["archive"] == str(inputs / "dump.tar.gz")
    assert by_reason["binary"]["path"] == "data/bin.txt"
    assert by_reason["invalid"]["path"] == str(inputs / "feed.jsonl") and by_reason["invalid"]["line"] == 2


def test_dask_local_cluster_gives_the_plain_corpus(tmp_path: Path):
    texts = tmp_path / "texts"
    write_texts(texts, 10)
    plain, dask = tmp_path / "plain.db", tmp_path / "dask.db"
    ingest([str(texts)], plain, jobs=1)
    tally = ingest([str(texts)], dask, scheduler="local", shard_dir=str(tmp_path / "shards"))
    assert tally.counts["stored"] == 10
    assert not list((tmp_path / "shards").iterdir())  # every shard loaded and removed
    assert exported(dask, tmp_path) == exported(plain, tmp_path)
