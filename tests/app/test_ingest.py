"""End-to-end: `danvan ingest` of a batch with broken inputs, re-runs, and the search over what landed."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
import tarfile
from pathlib import Path

from danvan.corpus import Corpus

from tests.conftest import SAMPLES

ARTICLE = (
    "{title}\n"
    'Ngày 12/3/2025, Ban Dân vận Tỉnh ủy {province} tổng kết phong trào thi đua "Dân vận khéo" với '
    "{n} mô hình được công nhận. Bí thư Tỉnh ủy {province} {official} đề nghị nhân rộng các mô hình."
)


def danvan(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "danvan.cli", *args], capture_output=True, text=True, timeout=300
    )


def _truncated_tar(path: Path) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for i, (province, official) in enumerate(
            [("Trà Vinh", "Lê Văn Hẳn"), ("Bến Tre", "Hồ Thị Hoàng Yến"), ("Long An", "Nguyễn Văn Được")]
        ):
            data = ARTICLE.format(
                title=f"{province} tổng kết Dân vận khéo năm 2024",
                province=province,
                official=official,
                n=100 + i,
            ).encode()
            info = tarfile.TarInfo(f"data/tar-{i}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        filler = random.Random(7).randbytes(100_000)  # incompressible: cutting the file damages this member
        info = tarfile.TarInfo("data/filler.bin")
        info.size = len(filler)
        tf.addfile(info, io.BytesIO(filler))
    raw = buf.getvalue()
    path.write_bytes(raw[: len(raw) - 20_000])


def test_broken_batch_stores_every_good_record(tmp_path: Path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(
        ARTICLE.format(
            title="Cà Mau tổng kết Dân vận khéo", province="Cà Mau", official="Nguyễn Hồ Hải", n=321
        ),
        encoding="utf-8",
    )
    (inputs / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x00" * 50)
    (inputs / "empty.txt").write_bytes(b"")
    lines = [
        json.dumps(
            {
                "id": "j1",
                "text": ARTICLE.format(title="Sóc Trăng", province="Sóc Trăng", official="Lâm Văn Mẫn", n=7),
                "url": "http://x.vn/1",
            },
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps({"id": "j2", "title": "không có nội dung"}),
        json.dumps(
            {
                "id": "j3",
                "text": ARTICLE.format(title="Bạc Liêu", province="Bạc Liêu", official="Lữ Văn Hùng", n=9),
                "published": "2025-03-12",
                "source": "Báo Bạc Liêu",
            },
            ensure_ascii=False,
        ),
    ]
    (inputs / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _truncated_tar(inputs / "old.tar.gz")
    db = tmp_path / "c.db"
    rejects = tmp_path / "rejects.jsonl"

    first = danvan("ingest", str(inputs), "--db", str(db), "--rejects", str(rejects))
    assert first.returncode == 2
    reasons = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    by_source = {Path(r["source"].split("!")[0].split(":")[0]).name: r["reason"] for r in reasons}
    assert "binary" in by_source["binary.txt"]
    assert "empty" in by_source["empty.txt"]
    assert "broken archive" in by_source["old.tar.gz"]
    assert sum(1 for r in reasons if r["source"].startswith(str(inputs / "feed.jsonl"))) == 2
    assert "rejected" in first.stderr

    with Corpus(db) as corpus:
        stored = {a for a in ("good", "j1", "j3", "tar-0", "tar-1") if corpus.article(a) is not None}
        assert stored == {"good", "j1", "j3", "tar-0", "tar-1"}
        j3 = corpus.article("j3")
        assert j3.outlet == "Báo Bạc Liêu" and j3.published == "2025-03-12"
        assert [p.name for p in j3.provinces] == ["Bạc Liêu"]

    again = danvan("ingest", str(inputs), "--db", str(db))
    assert again.returncode == 2  # the same bad inputs are reported again ...
    assert "0 stored" in again.stderr and "0 updated" in again.stderr  # ... and nothing is stored twice


def test_samples_searchable_after_ingest(tmp_path: Path):
    db = tmp_path / "s.db"
    result = danvan("ingest", str(SAMPLES), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "3 stored" in result.stderr
    hits = json.loads(danvan("search", "dan van kheo", "--db", str(db), "--format", "json").stdout)
    assert [h["id"] for h in hits] == ["soc-trang-dan-van-kheo"]
    merged = json.loads(
        danvan("search", "mô hình", "--province2025", "Cần Thơ", "--db", str(db), "--format", "json").stdout
    )
    assert "soc-trang-dan-van-kheo" in [h["id"] for h in merged]  # Sóc Trăng is part of today's Cần Thơ


def test_rejects_log_lists_each_bad_input_once_across_batches(tmp_path: Path):
    from danvan.ingest import ingest

    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(3):
        (inputs / f"a{i}.txt").write_text(
            ARTICLE.format(
                title=f"Bài {i} về dân vận", province="Cà Mau", official="Nguyễn Hồ Hải", n=i + 10
            ),
            encoding="utf-8",
        )
        (inputs / f"b{i}.txt").write_bytes(b"")
    log = tmp_path / "rejects.jsonl"
    tally = ingest([str(inputs)], tmp_path / "c.db", batch_size=2, themes=False, rejects_log=log)
    lines = [json.loads(line)["source"] for line in log.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(s).name for s in lines) == ["b0.txt", "b1.txt", "b2.txt"]
    assert tally.counts["stored"] == 3 and tally.counts["rejected"] == 3
