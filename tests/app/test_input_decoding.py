"""Inputs: UTF-16/32 text with a byte-order mark is read; an input too long for one article is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from danvan.inputs import MAX_TEXT_CHARS, Reject, read_inputs

TEXT = "Hội nghị dân vận khéo\nSáng 12/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết phong trào.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_text_with_a_byte_order_mark(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "notepad.txt"
    bom = {
        "utf-16-le": b"\xff\xfe",
        "utf-16-be": b"\xfe\xff",
        "utf-32-le": b"\xff\xfe\x00\x00",
        "utf-32-be": b"\x00\x00\xfe\xff",
    }
    path.write_bytes(bom.get(codec, b"") + TEXT.encode(codec))
    [doc] = list(read_inputs([str(path)]))
    assert not isinstance(doc, Reject), doc
    assert doc.content == TEXT


def test_binary_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\x01\x02binary" * 10)
    [item] = list(read_inputs([str(path)]))
    assert isinstance(item, Reject) and "binary" in item.reason


def test_dump_too_long_for_one_article_is_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    article = (
        "Tin tức địa phương\nTác giả: Minh Tâm\n" + "Nội dung bài viết về công tác dân vận. " * 40 + "\n"
    )
    path.write_text(article * (MAX_TEXT_CHARS // len(article) + 2), encoding="utf-8")
    [item] = list(read_inputs([str(path)]))
    assert isinstance(item, Reject)
    assert f"limit {MAX_TEXT_CHARS:,}" in item.reason and "one file per article" in item.reason
    assert "max_length" not in item.reason


def test_jsonl_line_too_long_is_one_reject(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = {"id": "g", "text": TEXT}
    huge = {"id": "h", "text": "x " * MAX_TEXT_CHARS}
    path.write_text(json.dumps(good) + "\n" + json.dumps(huge) + "\n", encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "Reject"]
    assert "too long" in items[1].reason
