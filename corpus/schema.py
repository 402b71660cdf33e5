"""The versioned SQLite schema and the migrations that bring a database file up to date."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_V1 = """
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    key TEXT NOT NULL
);
CREATE INDEX sources_key ON sources(key);

CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    canonical_url TEXT,
    source_id INTEGER REFERENCES sources(id),
    origin TEXT NOT NULL DEFAULT '',
    published TEXT,
    published_date TEXT,
    author TEXT,
    content_hash TEXT NOT NULL,
    record_hash TEXT NOT NULL,
    archive_ref TEXT,
    ingested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    duplicate_of INTEGER REFERENCES articles(pk) ON DELETE SET NULL,
    similarity REAL,
    story_pk INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_canonical_url ON articles(canonical_url);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_published_date ON articles(published_date);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_story ON articles(story_pk);

-- Bodies apart from the article rows, so scans and joins over articles stay small.
CREATE TABLE article_texts (
    pk INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
    text TEXT NOT NULL
);

-- Exact copies (same content hash) under another id: the text is stored once, the copy is linked.
CREATE TABLE article_aliases (
    id TEXT PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    url TEXT,
    canonical_url TEXT,
    source_id INTEGER REFERENCES sources(id),
    origin TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX article_aliases_article ON article_aliases(article_pk);
CREATE INDEX article_aliases_url ON article_aliases(url);
CREATE INDEX article_aliases_canonical_url ON article_aliases(canonical_url);

-- MinHash signature and LSH band hashes for near-duplicate lookup.
CREATE TABLE minhashes (
    article_pk INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
    signature BLOB NOT NULL
);
CREATE TABLE minhash_bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE
);
CREATE INDEX minhash_bands_lookup ON minhash_bands(band, hash);
CREATE INDEX minhash_bands_article ON minhash_bands(article_pk);

CREATE TABLE provinces (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    merged_into TEXT NOT NULL,
    key TEXT NOT NULL,
    merged_key TEXT NOT NULL
);
CREATE INDEX provinces_key ON provinces(key);
CREATE INDEX provinces_merged_key ON provinces(merged_key);
CREATE TABLE article_provinces (
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    province_id INTEGER NOT NULL REFERENCES provinces(id),
    count INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL,
    PRIMARY KEY (article_pk, province_id)
) WITHOUT ROWID;
CREATE INDEX article_provinces_province ON article_provinces(province_id);

CREATE TABLE officials (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    key TEXT NOT NULL
);
CREATE INDEX officials_key ON officials(key);
CREATE TABLE article_officials (
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    official_id INTEGER NOT NULL REFERENCES officials(id),
    title TEXT NOT NULL DEFAULT '',
    province TEXT,
    mentions INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL,
    PRIMARY KEY (article_pk, official_id)
) WITHOUT ROWID;
CREATE INDEX article_officials_official ON article_officials(official_id);
CREATE TABLE official_titles (
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    official_id INTEGER NOT NULL REFERENCES officials(id),
    title TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (article_pk, official_id, position)
) WITHOUT ROWID;
CREATE INDEX official_titles_official ON official_titles(official_id);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    number TEXT,
    number_key TEXT,
    issuer TEXT,
    date TEXT,
    title TEXT
);
CREATE INDEX documents_number_key ON documents(number_key);
CREATE TABLE article_documents (
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    type TEXT NOT NULL,
    number TEXT,
    date TEXT,
    issuer TEXT,
    title TEXT,
    mentions INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL,
    PRIMARY KEY (article_pk, position)
) WITHOUT ROWID;
CREATE INDEX article_documents_document ON article_documents(document_id);

CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    value REAL NOT NULL,
    is_integer INTEGER NOT NULL,
    unit TEXT NOT NULL,
    unit_key TEXT NOT NULL,
    text TEXT NOT NULL,
    approx TEXT,
    sentence TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
CREATE INDEX figures_article ON figures(article_pk);
CREATE INDEX figures_unit ON figures(unit_key);

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    key TEXT NOT NULL
);
CREATE INDEX campaigns_key ON campaigns(key);
CREATE TABLE article_campaigns (
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    count INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL,
    PRIMARY KEY (article_pk, campaign_id)
) WITHOUT ROWID;
CREATE INDEX article_campaigns_campaign ON article_campaigns(campaign_id);

CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE
);
CREATE TABLE article_themes (
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id),
    score REAL NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (article_pk, theme_id)
) WITHOUT ROWID;
CREATE INDEX article_themes_theme ON article_themes(theme_id);
CREATE TABLE theme_terms (
    article_pk INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id),
    term TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (article_pk, theme_id, position)
) WITHOUT ROWID;

-- Contentless full-text index: title/body as written (exact diacritics), folded, and as folded
-- syllable pairs ("dan_van"): Vietnamese words span syllables and pairs make them cheap to find.
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, body, title_folded, body_folded, title_pairs, body_pairs,
    content='', tokenize='unicode61 remove_diacritics 0 tokenchars ''_'''
);
"""

# Source health: one row per site per crawl run (errors_by_kind is a JSON object {kind: count}).
_V_CRAWL_RUNS = """
CREATE TABLE crawl_runs (
    id INTEGER PRIMARY KEY,
    site TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    finish_reason TEXT NOT NULL DEFAULT '',
    pages INTEGER NOT NULL DEFAULT 0,
    articles_new INTEGER NOT NULL DEFAULT 0,
    articles_updated INTEGER NOT NULL DEFAULT 0,
    rejects INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    errors_by_kind TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX crawl_runs_site ON crawl_runs (site, started_at)
"""

# Inputs an ingest finished (stored, updated, unchanged or linked as a copy): a rerun skips an input whose
# fingerprint (its content and the pipeline that read it) is here, before any NLP work.
_V_INGESTED_INPUTS = """
CREATE TABLE ingested_inputs (
    id TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL
) WITHOUT ROWID;
"""

Migration = Callable[[sqlite3.Connection], None]


def _script(sql: str) -> Migration:
    def run(conn: sqlite3.Connection) -> None:
        for statement in sql.split(";\n"):
            if statement.strip():
                conn.execute(statement)

    return run


def _document_identity(conn: sqlite3.Connection) -> None:
    """v4: documents are one row per (type, normalised number): "/TƯ" = "/TW", bare numbers joined."""
    from danvan.corpus.kinds.documents import rekey  # the kind owns its identity

    rekey(conn)


_V_OFFICIAL_HOMES = """
PRAGMA defer_foreign_keys = ON;
CREATE TABLE officials_v4 AS SELECT id, name, key FROM officials;
DROP TABLE officials;
CREATE TABLE officials (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    home TEXT NOT NULL DEFAULT '',
    UNIQUE (name, home)
);
INSERT INTO officials(id, name, key) SELECT id, name, key FROM officials_v4;
DROP TABLE officials_v4;
CREATE INDEX officials_key ON officials(key)
"""
"""v5: namesakes are apart: an official is a name and a home province ('' when none is known)."""


def _official_homes(conn: sqlite3.Connection) -> None:
    _script(_V_OFFICIAL_HOMES)(conn)
    from danvan.corpus.kinds.officials import split_namesakes  # the kind owns its identity

    split_namesakes(conn)


MIGRATIONS: list[Migration] = [
    _script(_V1),
    _script(_V_CRAWL_RUNS),
    _script(_V_INGESTED_INPUTS),
    _document_identity,
    _official_homes,
]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer danvan than this one."""


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every pending migration, each in its own transaction; return the final version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"database schema version {version} is newer than this danvan ({SCHEMA_VERSION})"
        )
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current == version:
                MIGRATIONS[version](conn)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    return version
