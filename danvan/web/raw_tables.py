"""Raw tables for researchers: Datasette at /data over the corpus file, immutable and read-only."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

# Views that flatten the link tables, as canned queries (the file is immutable: no views in it).
_FLAT = {
    "article_provinces_flat": (
        "Bài viết ↔ tỉnh",
        "SELECT a.id AS article, a.title, a.published_date, p.name AS province, p.merged_into AS unit_2025,"
        " ap.count FROM article_provinces ap JOIN articles a ON a.pk = ap.article_pk"
        " JOIN provinces p ON p.id = ap.province_id ORDER BY a.published_date DESC LIMIT :limit",
    ),
    "article_officials_flat": (
        "Bài viết ↔ cán bộ",
        "SELECT a.id AS article, a.title, a.published_date, o.name AS official, ao.title AS position,"
        " ao.province FROM article_officials ao JOIN articles a ON a.pk = ao.article_pk"
        " JOIN officials o ON o.id = ao.official_id ORDER BY a.published_date DESC LIMIT :limit",
    ),
    "article_documents_flat": (
        "Bài viết ↔ văn bản",
        "SELECT a.id AS article, a.title, a.published_date, d.type, d.number, d.issuer, d.date"
        " FROM article_documents ad JOIN articles a ON a.pk = ad.article_pk"
        " JOIN documents d ON d.id = ad.document_id ORDER BY a.published_date DESC LIMIT :limit",
    ),
    "article_themes_flat": (
        "Bài viết ↔ chủ đề",
        "SELECT a.id AS article, a.title, a.published_date, t.key AS theme, at.score"
        " FROM article_themes at JOIN articles a ON a.pk = at.article_pk"
        " JOIN themes t ON t.id = at.theme_id ORDER BY a.published_date DESC LIMIT :limit",
    ),
}


def metadata(name: str) -> dict[str, object]:
    return {
        "title": "danvan: dữ liệu thô (chỉ đọc)",
        "databases": {
            name: {
                "queries": {
                    key: {"title": title, "sql": sql, "params": ["limit"]}
                    for key, (title, sql) in _FLAT.items()
                },
                "tables": {
                    # full-text search of the articles through the contentless FTS5 index
                    # (folded columns: "dan van kheo" finds "Dân vận khéo")
                    "articles": {"fts_table": "article_fts", "fts_pk": "pk"},
                    "article_texts": {"fts_table": "article_fts", "fts_pk": "pk"},
                    # the contentless index has nothing to show; the text table is searched through it
                    "article_fts": {"hidden": True},
                    "minhashes": {"hidden": True},
                    "minhash_bands": {"hidden": True},
                },
            }
        },
    }


def mount_datasette(app: FastAPI, db_path: Path) -> None:
    from datasette.app import Datasette

    ds = Datasette(
        immutables=[str(db_path)],
        metadata=metadata(db_path.stem),
        settings={
            "base_url": "/data/",
            "sql_time_limit_ms": 3000,
            "allow_download": False,
            "default_page_size": 50,
            "max_returned_rows": 1000,
        },
    )
    app.mount("/data", ds.app())
