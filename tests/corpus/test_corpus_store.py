"""Storing: idempotent re-ingest, in-place updates, exact and near duplicates, rejects, schema."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from corpus_samples import DVK_STORY, exact_copy, sample_articles
from danvan.corpus import Corpus
from danvan.corpus.schema import SCHEMA_VERSION, SchemaTooNewError
from danvan.corpus.tally import IngestTally
from danvan.nlp.record import Article, FigureFact, OfficialFact, ProvinceFact


def test_first_store_then_unchanged(db_path: Path) -> None:
    with Corpus(db_path) as corpus:
        first = corpus.store_many(sample_articles())
        assert [r.status for r in first] == ["stored"] * 7
        again = corpus.store_many(sample_articles())
        assert [r.status for r in again] == ["unchanged"] * 7
        assert corpus.store(sample_articles()[0]).status == "unchanged"
        assert corpus.stats()["articles"] == 7


def test_reingest_after_extractor_improvement_updates_facts_in_place(db_path: Path) -> None:
    with Corpus(db_path) as corpus:
        corpus.store_many(sample_articles())
        improved = sample_articles()[0]
        improved.officials.append(
            OfficialFact(
                "Nguyễn Thị Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy", titles=["Phó Trưởng Ban Dân vận Tỉnh ủy"]
            )
        )
        improved.figures = [FigureFact(52, "cá nhân", "52 cá nhân")]
        result = corpus.store(improved)
        assert result.status == "updated" and result.article_id == "hg-001"
        stored = corpus.article("hg-001")
        assert stored is not None
        assert [o.name for o in stored.officials] == ["Lê Minh Khang", "Nguyễn Thị Hồng"]
        assert [f.value for f in stored.figures] == [52]
        assert corpus.stats()["articles"] == 7
        assert corpus.stats()["figures"] == 8 - 2 + 1
        assert {r["name"] for r in corpus.facts("officials")} >= {"Nguyễn Thị Hồng"}


def test_text_update_reindexes_search(db_path: Path) -> None:
    with Corpus(db_path) as corpus:
        corpus.store_many(sample_articles())
        changed = sample_articles()[6]
        changed.text += " Hội nghị thống nhất lập tổ hòa giải ở ấp Kênh Tắt."
        assert corpus.store(changed).status == "updated"
        assert [r["id"] for r in corpus.search("kenh tat")] == ["cm-007"]
        assert [r["id"] for r in corpus.search("tra loi truc tiep")] == ["cm-007"]
        changed.text = "Nội dung đã được biên tập lại hoàn toàn về phong trào thi đua yêu nước."
        corpus.store(changed)
        assert corpus.search("kenh tat") == []
        assert [r["id"] for r in corpus.search("thi dua yeu nuoc")] == ["cm-007"]


def test_article_round_trip(filled: Corpus) -> None:
    for original in sample_articles():
        assert filled.article(original.id) == original
    assert filled.article("no-such-id") is None


def test_exact_copy_is_stored_once_and_linked(filled: Corpus) -> None:
    assert filled.stats()["articles"] == 7
    assert filled.stats()["article_aliases"] == 1
    again = filled.store(exact_copy())
    assert (again.status, again.duplicate_of) == ("duplicate", "ct-003")
    whitespace_variant = dataclasses.replace(exact_copy(), id="copy-009")
    whitespace_variant.text = "  " + whitespace_variant.text.replace(". ", ".\n\n")
    assert filled.store(whitespace_variant).status == "duplicate"
    assert filled.article("copy-008").id == "ct-003"
    assert filled.duplicates("ct-003")["exact_copies"] == ["copy-008", "copy-009"]


def test_near_duplicate_reprint_is_linked_to_original(filled: Corpus) -> None:
    links = filled.duplicates("ttx-002")
    assert links["duplicate_of"] == "hg-001"
    assert links["story"] == "hg-001"
    assert links["similarity"] >= 0.8
    assert filled.duplicates("hg-001")["near_duplicates"] == ["ttx-002"]
    assert filled.duplicates("ct-003")["duplicate_of"] is None
    assert filled.stats()["stories"] == 6


def test_second_reprint_joins_the_same_story(filled: Corpus) -> None:
    third = Article(
        id="nd-010",
        source="x",
        title="Hậu Giang: 1.250 mô hình dân vận khéo",
        text=DVK_STORY.replace("Sáng 12/3", "Hôm qua") + " (Theo Nhân Dân)",
        outlet="Báo Nhân Dân",
    )
    result = filled.store(third)
    assert result.status == "stored" and result.duplicate_of in {"hg-001", "ttx-002"}
    assert filled.duplicates("nd-010")["story"] == "hg-001"
    assert filled.stats()["stories"] == 6


def test_batch_with_bad_records_stores_the_good_ones(db_path: Path) -> None:
    good = sample_articles()
    no_id = dataclasses.replace(good[0], id="  ")
    empty = Article(id="empty-1", source="empty.txt", title="", text="   ")
    bad_figure = dataclasses.replace(
        good[1],
        id="bad-fig",
        text="Một bài khác về nhiều hộ dân.",
        figures=[FigureFact("nhiều", "hộ", "nhiều hộ")],
    )  # type: ignore[arg-type]
    not_article = {"id": "raw-dict", "text": "không phải Article"}
    bad_province = dataclasses.replace(
        good[2], id="bad-prov", text="Tin ngắn không rõ tỉnh.", provinces=[ProvinceFact(None, None)]
    )  # type: ignore[arg-type]
    batch = [good[0], no_id, good[1], empty, bad_figure, not_article, good[2], bad_province, *good[3:]]
    with Corpus(db_path) as corpus:
        results = corpus.store_many(batch)  # type: ignore[arg-type]
        by_status: dict[str, list[str]] = {}
        for r in results:
            by_status.setdefault(r.status, []).append(r.article_id)
        assert sorted(by_status["stored"]) == sorted([a.id for a in good] + ["bad-prov"])
        rejected = {r.article_id: r.reason for r in results if r.status == "rejected"}
        assert set(rejected) == {"  ", "empty-1", "bad-fig", "raw-dict"}
        assert all(rejected.values())
        assert "no id" in rejected["  "]
        assert "neither title nor text" in rejected["empty-1"]
        assert "not an Article" in rejected["raw-dict"]
        assert "nhiều" in rejected["bad-fig"] or "float" in rejected["bad-fig"]
        # a province fact without a name is skipped, the article itself is kept
        assert corpus.article("bad-prov").provinces == []
        assert corpus.stats()["articles"] == 8
        assert corpus.article("bad-fig") is None


def test_single_store_rejects_without_raising(db_path: Path) -> None:
    with Corpus(db_path) as corpus:
        result = corpus.store(Article(id="", source="", title="", text=""))
        assert result.status == "rejected" and result.reason


def test_urls_known_in_canonical_form(filled: Corpus) -> None:
    assert filled.has_url("https://baohaugiang.example/dan-van/hg-001.html?utm_source=fb")
    assert filled.has_url("http://www.baohaugiang.example/dan-van/hg-001.html#top")
    assert filled.has_url("https://daidoanket.example/nha-120.html")  # the exact copy's URL
    assert not filled.has_url("https://baohaugiang.example/dan-van/other.html")
    urls = filled.known_urls()
    assert "https://baohaugiang.example/dan-van/hg-001.html" in urls
    assert "https://tintuc.example/hau-giang-1250-mo-hinh.html" in urls


def test_schema_is_versioned_and_wal(db_path: Path) -> None:
    with Corpus(db_path) as corpus:
        assert corpus.schema_version == SCHEMA_VERSION
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNewError):
        Corpus(db_path)


def test_reopen_keeps_data_and_reindex_rebuilds(db_path: Path) -> None:
    with Corpus(db_path) as corpus:
        corpus.store_many(sample_articles())
    with Corpus(db_path) as corpus:
        before = [r["id"] for r in corpus.search("dan van")]
        corpus.reindex()
        assert [r["id"] for r in corpus.search("dan van")] == before
        corpus.optimize()
        assert [r["id"] for r in corpus.search("dan van")] == before
        assert len(before) >= 4


def test_tally_summarises_a_run(db_path: Path) -> None:
    tally = IngestTally()
    with Corpus(db_path) as corpus:
        for result in corpus.store_many([*sample_articles(), exact_copy()]):
            tally.add(result)
        tally.add(corpus.store(Article(id="e", source="", title="", text="")))
    tally.reject("batch.jsonl:3", "invalid JSON: Expecting value")
    text = tally.summary()
    assert text.splitlines()[0] == (
        "7 stored, 1 of them near-duplicates, 0 updated, 0 unchanged, 1 duplicate, 2 rejected"
    )
    assert "rejected batch.jsonl:3: invalid JSON" in text
    assert "rejected e: article has neither title nor text" in text


def test_reingest_with_changed_counts_only_updates_the_counts(db_path: Path) -> None:
    with Corpus(db_path) as corpus:
        corpus.store_many(sample_articles())
        changed = sample_articles()[0]
        assert changed.officials
        changed.officials[0].mentions += 3
        assert corpus.store(changed).status == "updated"
        stored = corpus.article(changed.id)
        assert stored is not None and stored.officials[0].mentions == changed.officials[0].mentions
