"""Ids unique per input, id collisions kept apart, charset detected once, undecodable input rejected."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

from danvan.corpus import Corpus

from danvan.ingest import ingest
from danvan.inputs import Reject, decode, read_inputs

TEXT = (
    "{title}\n"
    "Ngày {day}/3/2025, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức hội nghị sơ kết phong trào "
    "thi đua với {n} mô hình dân vận khéo được công nhận trên địa bàn tỉnh."
)


def _write(path: Path, n: int) -> None:
    path.write_text(TEXT.format(title=f"Hậu Giang sơ kết mô hình số {n}", day=n, n=n), encoding="utf-8")


def test_dotted_file_names_keep_their_own_ids(tmp_path: Path) -> None:
    _write(tmp_path / "bao.cantho.2024-01.txt", 11)
    _write(tmp_path / "bao.cantho.2024-02.txt", 12)
    tally = ingest([str(tmp_path)], tmp_path / "c.db", themes=False)
    assert tally.counts["stored"] == 2 and tally.counts["updated"] == 0
    with Corpus(tmp_path / "c.db") as corpus:
        assert corpus.article("bao.cantho.2024-01") is not None
        assert corpus.article("bao.cantho.2024-02") is not None


def test_same_name_in_two_folders_of_one_run_are_two_articles(tmp_path: Path) -> None:
    for sub, n in (("a", 3), ("b", 4)):
        (tmp_path / "in" / sub).mkdir(parents=True)
        _write(tmp_path / "in" / sub / "tin.txt", n)
    ids = [d.id for d in read_inputs([str(tmp_path / "in")])]
    assert len(ids) == len(set(ids)) == 2
    assert ids[0] == "tin" and ids[1].endswith("b/tin")


def test_same_name_in_two_archive_members(tmp_path: Path) -> None:
    archive = tmp_path / "x.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        for sub, n in (("2024", 5), ("2025", 6)):
            data = TEXT.format(title=f"Tin {n}", day=n, n=n).encode()
            info = tarfile.TarInfo(f"{sub}/tin.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    assert [d.id for d in read_inputs([str(archive)])] == ["tin", "2025/tin"]


def test_another_input_claiming_a_stored_id_is_rejected_not_overwritten(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    _write(first / "tin.txt", 7)
    _write(second / "tin.txt", 8)
    db = tmp_path / "c.db"
    assert ingest([str(first)], db, themes=False).counts["stored"] == 1
    tally = ingest([str(second)], db, themes=False)
    assert tally.counts["rejected"] == 1 and "already stored" in tally.rejected[0][1]
    with Corpus(db) as corpus:
        stored = corpus.article("tin")
        assert stored is not None and "7 mô hình" in stored.text


def test_edited_file_updates_its_own_article(tmp_path: Path) -> None:
    _write(tmp_path / "tin.txt", 7)
    db = tmp_path / "c.db"
    ingest([str(tmp_path / "tin.txt")], db, themes=False)
    _write(tmp_path / "tin.txt", 9)
    assert ingest([str(tmp_path / "tin.txt")], db, themes=False).counts["updated"] == 1


def test_legacy_charset_is_detected_once_and_decoded() -> None:
    text = "Делегация провинции Камау посетила Ханой и провела встречу с руководством. " * 20
    assert decode(text.encode("cp1251"), "x") == text


def test_undecodable_input_is_a_reject_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(bytes(range(1, 256)) * 50)
    (items,) = list(read_inputs([str(tmp_path / "bad.txt")]))
    assert isinstance(items, Reject) and "encoding" in items.reason
