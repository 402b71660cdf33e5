"""Officials who share a name stay apart when their provinces and titles do not fit one person."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from danvan.corpus import Corpus
from danvan.nlp.record import Article, OfficialFact

TEXTS = {
    "o1": "Bí thư Huyện ủy Năm Căn kiểm tra tiến độ xây dựng nhà tình nghĩa cho gia đình chính sách.",
    "o2": "Chủ tịch Hội Nông dân tỉnh Lạng Sơn trao giấy khen cho các hộ sản xuất kinh doanh giỏi.",
    "o3": "Bí thư Huyện ủy chủ trì buổi đối thoại với nhân dân về bồi thường giải phóng mặt bằng.",
    "o4": "Tại buổi làm việc, đồng chí Chủ tịch Hội Nông dân nhấn mạnh vai trò của tổ hợp tác.",
    "o5": "Đoàn công tác của tỉnh thăm hỏi, tặng quà các hộ nghèo nhân dịp Tết cổ truyền.",
}


def _article(aid: str, official: OfficialFact) -> Article:
    return Article(
        id=aid,
        source=f"fixtures/{aid}.html",
        title=f"Tin {aid} về công tác dân vận cơ sở",
        text=TEXTS[aid],
        published="2024-03-0" + aid[-1],
        officials=[official],
    )


def _stored() -> list[Article]:
    name = "Nguyễn Văn Bình"
    return [
        _article("o1", OfficialFact(name, "Bí thư Huyện ủy Năm Căn", province="Cà Mau")),
        _article("o2", OfficialFact(name, "Chủ tịch Hội Nông dân tỉnh", province="Lạng Sơn")),
        _article("o3", OfficialFact(name, "Bí thư Huyện ủy Năm Căn", province="Cà Mau")),
        _article("o4", OfficialFact(name, "Chủ tịch Hội Nông dân tỉnh")),  # no province: the title fits
        _article("o5", OfficialFact(name, "")),  # neither: the namesake seen most
    ]


def _people(corpus: Corpus) -> dict[tuple[str, ...], int]:
    return {tuple(r["provinces"]): r["articles"] for r in corpus.facts("officials", limit=-1)}


def test_namesakes_in_two_provinces_are_two_officials(db_path: Path) -> None:
    with Corpus(db_path) as corpus:
        corpus.store_many(_stored())
        assert _people(corpus) == {("Cà Mau",): 3, ("Lạng Sơn",): 2}
        assert len(corpus.search(None, official="Nguyễn Văn Bình", limit=-1)) == 5
        lang_son = corpus.facts("officials", title="Hội Nông dân")
        assert [(r["provinces"], r["articles"]) for r in lang_son] == [(["Lạng Sơn"], 2)]


def test_older_database_splits_namesakes_on_open(db_path: Path) -> None:
    with Corpus(db_path) as corpus:
        corpus.store_many(_stored())
    conn = sqlite3.connect(db_path)  # what an older danvan wrote: one row per name
    with conn:
        keep = conn.execute("SELECT MIN(id) FROM officials").fetchone()[0]
        conn.execute("UPDATE article_officials SET official_id = ?", (keep,))
        conn.execute("UPDATE official_titles SET official_id = ?", (keep,))
        conn.execute("DELETE FROM officials WHERE id != ?", (keep,))
        conn.execute("PRAGMA user_version = 4")  # v4: before namesakes were kept apart
    conn.close()
    with Corpus(db_path) as corpus:
        assert _people(corpus) == {("Cà Mau",): 3, ("Lạng Sơn",): 2}
