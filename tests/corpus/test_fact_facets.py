"""Facts researchers ask for: officials by title, documents by issuer, figures by unit and words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from danvan.corpus import Corpus
from danvan.corpus.facts import UnknownFacet
from danvan.nlp.record import Article, DocumentFact


def test_officials_by_title_folded(filled: Corpus) -> None:
    rows = filled.facts("officials", title="truong ban dan van")
    assert [r["name"] for r in rows] == ["Lê Minh Khang"]
    assert filled.facts("officials", title="Chỉ huy trưởng")[0]["name"] == "Hoàng Văn Sơn"
    assert filled.facts("officials", title="Giám đốc Sở") == []


def test_documents_by_issuer(filled: Corpus) -> None:
    rows = filled.facts("documents", issuer="mttq")
    assert [r["number"] for r in rows] == ["45/KH-MTTQ"]


def test_figures_by_unit_and_sentence_words(filled: Corpus) -> None:
    assert {r["value"] for r in filled.facts("figures", unit="mo hinh")} == {1250}
    rows = filled.facts("figures", query="nhân rộng")
    assert [(r["article_id"], r["value"]) for r in rows] == [("hg-001", 1250)]
    assert filled.facts("figures", unit="hộ", query="nhân rộng") == []


def test_facet_of_another_kind_is_refused(filled: Corpus) -> None:
    with pytest.raises(UnknownFacet, match=r"figures.*unit, query"):
        filled.facts("figures", title="Trưởng ban")


def test_facts_carry_the_total_before_the_limit(filled: Corpus) -> None:
    rows = filled.facts("figures", limit=2)
    assert len(rows) == 2 and rows.total == len(filled.facts("figures", limit=-1)) > 2


TEXTS = {
    "d1": "Bộ Chính trị ban hành chỉ thị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "d2": "Huyện ủy tổ chức hội nghị sơ kết năm năm thực hiện chỉ thị, biểu dương mười hai tập thể.",
    "d3": "Đảng ủy khối doanh nghiệp giao ban quý hai, đề ra nhiệm vụ trọng tâm cho sáu tháng cuối năm.",
    "d4": "Ban Tuyên giáo phát động cuộc thi viết về gương người tốt việc tốt ở khu dân cư.",
    "d5": "Tỉnh ủy Cà Mau ra nghị quyết về phát triển kinh tế biển gắn với bảo vệ rừng ngập mặn.",
}


def _article(aid: str, *documents: DocumentFact) -> Article:
    return Article(
        id=aid,
        source=f"fixtures/{aid}.html",
        title=f"Bài {aid} về công tác dân vận",
        text=TEXTS[aid],
        published="2024-05-02",
        documents=list(documents),
    )


def test_document_identity_folds_tu_and_attaches_bare_numbers(db_path: Path) -> None:
    ct = "Chỉ thị"
    with Corpus(db_path) as corpus:
        corpus.store_many(
            [
                _article("d1", DocumentFact(ct, "05-CT/TW", issuer="Bộ Chính trị")),
                _article("d2", DocumentFact(ct, "05-CT/TƯ")),
                _article("d3", DocumentFact(ct, "05 - ct/tư", issuer="Bộ Chính trị")),
                _article("d4", DocumentFact(ct, "05")),  # corpus gives one full code of this type
                _article("d5", DocumentFact("Nghị quyết", "05-NQ/TU", issuer="Tỉnh ủy Cà Mau")),
            ]
        )
        rows = corpus.facts("documents")
        directive = [r for r in rows if r["type"] == ct]
        assert len(directive) == 1 and directive[0]["articles"] == 4
        for asked in ("05-CT/TW", "05-CT/TƯ", "05-ct/tw"):
            found = corpus.search(None, document=asked, limit=-1)
            assert {a["id"] for a in found} == {"d1", "d2", "d3", "d4"}
        # Tỉnh ủy's /TU is not the Central Committee's /TƯ
        assert [a["id"] for a in corpus.search(None, document="05-NQ/TU", limit=-1)] == ["d5"]


def test_older_database_documents_are_rekeyed_on_open(db_path: Path) -> None:
    ct = "Chỉ thị"
    with Corpus(db_path) as corpus:
        corpus.store_many(
            [
                _article("d1", DocumentFact(ct, "05-CT/TW", issuer="Bộ Chính trị")),
                _article("d2", DocumentFact(ct, "05-CT/TƯ")),
                _article("d4", DocumentFact(ct, "05")),
            ]
        )
    # what an older danvan wrote: one row per spelling, keyed type|number|issuer
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("DELETE FROM article_documents")
        conn.execute("DELETE FROM documents")
        for did, (number, nkey, issuer, aid) in enumerate(
            [
                ("05-CT/TW", "05-CT/TW", "Bộ Chính trị", "d1"),
                ("05-CT/TƯ", "05-CT/TU", None, "d2"),
                ("05", "05", None, "d4"),
            ],
            start=1,
        ):
            conn.execute(
                "INSERT INTO documents(id, key, type, number, number_key, issuer) VALUES (?, ?, ?, ?, ?, ?)",
                (did, f"chi thi|{nkey}|{(issuer or '').lower()}", ct, number, nkey, issuer),
            )
            conn.execute(
                "INSERT INTO article_documents(article_pk, document_id, type, number, issuer, position)"
                " VALUES ((SELECT pk FROM articles WHERE id = ?), ?, ?, ?, ?, 0)",
                (aid, did, ct, number, issuer),
            )
        conn.execute("PRAGMA user_version = 3")  # v3: before the documents identity
    conn.close()
    with Corpus(db_path) as corpus:
        rows = corpus.facts("documents")
        assert [(r["number"], r["issuer"], r["articles"]) for r in rows] == [("05-CT/TW", "Bộ Chính trị", 3)]
        assert {a["id"] for a in corpus.search(None, document="05-CT/TƯ", limit=-1)} == {"d1", "d2", "d4"}


def test_bare_number_with_two_full_codes_follows_its_issuer(db_path: Path) -> None:
    ct = "Chỉ thị"
    with Corpus(db_path) as corpus:
        corpus.store_many(
            [
                _article("d1", DocumentFact(ct, "05-CT/TW", issuer="Bộ Chính trị")),
                _article("d5", DocumentFact(ct, "05/CT-TTg", issuer="Thủ tướng Chính phủ")),
                _article("d2", DocumentFact(ct, "05", issuer="Bộ Chính trị")),
                _article("d3", DocumentFact(ct, "05", issuer="TW")),
                _article("d4", DocumentFact(ct, "05")),  # which of the two: left bare
            ]
        )
        rows = {r["number"]: r["articles"] for r in corpus.facts("documents")}
        assert rows == {"05-CT/TW": 3, "05/CT-TTg": 1, "05": 1}


@pytest.mark.parametrize("kind", ["officials", "documents", "provinces", "campaigns", "themes"])
def test_every_kind_counts_its_rows_before_the_limit(filled: Corpus, kind: str) -> None:
    everything = filled.facts(kind, limit=-1)
    assert filled.facts(kind, limit=1).total == everything.total == len(everything)


def test_bare_number_stored_before_its_full_code_joins_it(db_path: Path) -> None:
    ct = "Chỉ thị"
    with Corpus(db_path) as corpus:
        corpus.store(_article("d4", DocumentFact(ct, "05")))
        corpus.store(_article("d1", DocumentFact(ct, "05-CT/TW", issuer="Bộ Chính trị")))
        rows = corpus.facts("documents")
        assert [(r["number"], r["articles"]) for r in rows] == [("05-CT/TW", 2)]
