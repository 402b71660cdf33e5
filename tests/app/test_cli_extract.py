"""End-to-end: the real `danvan extract` / `danvan evaluate` commands on bundled sample articles."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLES

KEYS = {
    "id",
    "source",
    "title",
    "published",
    "author",
    "text",
    "provinces",
    "officials",
    "documents",
    "figures",
    "campaigns",
    "themes",
}


def danvan(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "danvan.cli", *args], input=stdin, capture_output=True, timeout=300
    )


def test_extract_jsonl_schema_and_rejects(tmp_path: Path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 20)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Tiêu đề\nNội dung".encode("utf-16"))
    result = danvan("extract", str(tmp_path), str(SAMPLES))
    assert result.returncode == 2
    errors = result.stderr.decode().strip().splitlines()
    assert any("binary.txt" in e and "binary" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    ids = {r["id"] for r in rows}
    assert {"soc-trang-dan-van-kheo", "ca-mau-nong-thon-moi", "ha-noi-tiep-cong-dan"} <= ids
    for row in rows:
        assert set(row) >= KEYS
    soc = next(r for r in rows if r["id"] == "soc-trang-dan-van-kheo")
    assert soc["published"] == "2024-11-07"
    assert {"name": "Sóc Trăng", "merged_into": "Cần Thơ", "count": 3} in soc["provinces"]
    assert "Đào Minh Quang" in {o["name"] for o in soc["officials"]}
    assert ("Chỉ thị", "19-CT/TU") in {(d["type"], d["number"]) for d in soc["documents"]}
    assert 2415 in {f["value"] for f in soc["figures"]}
    assert "Bạc Liêu" not in json.dumps(soc["provinces"], ensure_ascii=False)  # related-list furniture
    assert {"name": "Dân vận khéo", "count": 3} in soc["campaigns"]


def test_extract_stdin_and_table():
    text = "Tiêu đề thử nghiệm về dân vận\nBí thư Tỉnh ủy Bến Tre Lê Văn Hòa trao 25 căn nhà.".encode()
    result = danvan("extract", "-", "--format", "table", stdin=text)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "Lê Văn Hòa" in out and "Bến Tre" in out


def test_extract_missing_path_is_rejected_with_reason():
    result = danvan("extract", "no/such/file.txt")
    assert result.returncode == 2
    assert "no such file" in result.stderr.decode()


def test_evaluate_on_samples(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "ha-noi-tiep-cong-dan",
                "published": None,
                "provinces": ["Hà Nội"],
                "provinces_optional": [],
                "officials": [{"name": "Nguyễn Thị Hồng Vân", "title": "Bí thư Quận ủy Long Biên"}],
                "officials_optional": [],
                "documents": [{"type": "Quy định", "number": "11-QĐi/TW"}],
                "documents_optional": [],
                "figures": [{"value": v, "unit": "", "text": ""} for v in (12, 27, 48, 3500, 96.4)],
                "figures_optional": [15],
                "themes": [],
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    result = danvan("evaluate", str(gold), "--texts", str(SAMPLES))
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    for field in ("provinces", "officials", "documents", "figures"):
        line = next(ln for ln in out.splitlines() if field in ln)
        assert "1.000" in line
