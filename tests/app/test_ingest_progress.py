"""Ingest progress: the document total is known for directories, archives and JSONL; Ctrl-C prints a summary."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

from danvan.inputs import count_documents

ARTICLE = (
    "Tin số {n} về dân vận\nSáng 12/3, Ban Dân vận huyện tổ chức hội nghị số {n} về dân vận khéo ở cơ sở.\n"
)


def _files(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i}.txt").write_text(ARTICLE.format(n=i), encoding="utf-8")


def test_count_documents(tmp_path: Path) -> None:
    _files(tmp_path / "dir", 5)
    (tmp_path / "dir" / "notes.bin").write_bytes(b"x")  # not an input kind: skipped by the reader too
    jsonl = tmp_path / "b.jsonl"
    jsonl.write_text("\n".join(json.dumps({"text": ARTICLE.format(n=i)}) for i in range(4)) + "\n\n")
    tar = tmp_path / "c.tar.gz"
    with tarfile.open(tar, "w:gz") as tf:
        tf.add(tmp_path / "dir" / "a0.txt", "x/a0.txt")
        tf.add(tmp_path / "dir" / "a1.txt", "x/a1.txt")
    zipped = tmp_path / "d.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.write(tmp_path / "dir" / "a2.txt", "a2.txt")
    assert count_documents([str(tmp_path / "dir"), str(jsonl), str(tar), str(zipped)]) == 5 + 4 + 2 + 1
    assert count_documents(["-"]) is None
    warc = tmp_path / "e.warc.gz"
    warc.write_bytes(b"")
    assert count_documents([str(warc)]) is None


def test_ctrl_c_prints_the_summary_of_what_was_stored(tmp_path: Path) -> None:
    _files(tmp_path / "in", 600)
    db = tmp_path / "c.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "danvan.cli", "ingest", str(tmp_path / "in"), "--db", str(db), "--no-themes"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None and not stored:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                    stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                pass
    assert stored, "no batch was stored"
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    if proc.returncode == 0:  # finished before the signal landed: nothing to check
        return
    assert proc.returncode == 130, err
    assert "interrupted" in err and "stored" in err and "Traceback" not in err
