"""`Corpus`: the searchable article store that the CLI, the ingest command and the web app call."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from danvan.corpus import coverage as coverage_query
from danvan.corpus import export as exporter
from danvan.corpus import facts as fact_queries
from danvan.corpus import fulltext, schema, writer
from danvan.corpus import search as searcher
from danvan.corpus.filters import Filters
from danvan.corpus.loading import load_articles
from danvan.corpus.location import default_db_path
from danvan.corpus.urls import canonical_url
from danvan.corpus.writer import StoreResult
from danvan.nlp.record import Article

_COUNTED_TABLES = (
    "articles",
    "article_aliases",
    "sources",
    "provinces",
    "article_provinces",
    "officials",
    "article_officials",
    "documents",
    "article_documents",
    "figures",
    "campaigns",
    "article_campaigns",
    "themes",
    "article_themes",
)


class Corpus:
    """One SQLite corpus file (WAL mode, migrated on open). Use one instance per thread."""

    def __init__(
        self, path: str | Path | None = None, *, timeout: float = 30.0, readonly: bool = False
    ) -> None:
        """Open (and create or migrate) the corpus; `readonly` opens an existing file for reading only.

        A read-only corpus never writes: no migration, no file created, SQLite refuses every write.
        Its connection may be used from another thread (one at a time), as a web server does.
        """
        self.path = Path(path) if path is not None else default_db_path()
        if readonly:
            if not self.path.is_file():
                raise FileNotFoundError(f"no corpus at {self.path}")
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            self._conn = sqlite3.connect(
                uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False
            )
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._conn.execute("PRAGMA query_only = ON")
            self._conn.execute("PRAGMA cache_size = -65536")
            self.schema_version = schema.check(self._conn)
            self.readonly = True
            return
        self.readonly = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._conn.execute("PRAGMA foreign_keys = ON")
        self._conn.execute("PRAGMA cache_size = -65536")
        self.schema_version = schema.migrate(self._conn)

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection, for read-only query modules (corpus.browse) and time budgets."""
        return self._conn

    # lifecycle
    def close(self) -> None:
        if not self.readonly:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # writing
    def store(self, article: Article, *, content_hash: str | None = None) -> StoreResult:
        """Store one article in its own transaction (see `StoreResult` for the outcomes)."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            result = writer.write(self._conn, article, content_hash)
        except writer.RejectedArticle as exc:
            self._conn.execute("ROLLBACK")
            return StoreResult("rejected", _article_id(article), reason=str(exc))
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")
        return result

    def store_many(self, articles: Iterable[Article | tuple[Article, str | None]]) -> list[StoreResult]:
        """Store a batch in one transaction; a bad article is rejected with a reason, not fatal.

        Items are articles or (article, content_hash) pairs.
        """
        results: list[StoreResult] = []
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            for item in articles:
                article, chash = item if isinstance(item, tuple) else (item, None)
                self._conn.execute("SAVEPOINT one")
                try:
                    results.append(writer.write(self._conn, article, chash))
                except (
                    writer.RejectedArticle,
                    sqlite3.IntegrityError,
                    TypeError,
                    ValueError,
                    AttributeError,
                ) as exc:
                    self._conn.execute("ROLLBACK TO one")
                    reason = (
                        str(exc)
                        if isinstance(exc, writer.RejectedArticle)
                        else (f"{type(exc).__name__}: {exc}")
                    )
                    results.append(StoreResult("rejected", _article_id(article), reason=reason))
                self._conn.execute("RELEASE one")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")
        return results

    def optimize(self) -> None:
        """Merge the full-text index segments and fold the WAL back in: run after a big ingest."""
        self._conn.execute("INSERT INTO article_fts(article_fts) VALUES ('optimize')")
        self._conn.execute("PRAGMA optimize")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def reindex(self) -> None:
        """Rebuild the full-text index from the stored articles."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            fulltext.rebuild(self._conn)
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # lookups
    def has_url(self, url: str) -> bool:
        """True when an article (or a linked exact copy) was stored from this URL."""
        canon = canonical_url(url)
        return bool(
            self._conn.execute(
                "SELECT 1 FROM articles WHERE url = ? OR canonical_url = ?"
                " UNION ALL SELECT 1 FROM article_aliases WHERE url = ? OR canonical_url = ?"
                " LIMIT 1",
                (url, canon, url, canon),
            ).fetchone()
        )

    def known_urls(self) -> set[str]:
        """Every stored URL, as given and canonical (for crawlers that skip known pages)."""
        urls: set[str] = set()
        for table in ("articles", "article_aliases"):
            for url, canon in self._conn.execute(
                f"SELECT url, canonical_url FROM {table} WHERE url IS NOT NULL"
            ):
                urls.add(url)
                if canon:
                    urls.add(canon)
        return urls

    def article(self, article_id: str) -> Article | None:
        """The stored article with its facts; an exact-copy id resolves to the stored original."""
        row = self._conn.execute("SELECT pk FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            row = self._conn.execute(
                "SELECT article_pk FROM article_aliases WHERE id = ?", (article_id,)
            ).fetchone()
        if row is None:
            return None
        found = load_articles(self._conn, [row[0]])
        return found[0] if found else None

    def duplicates(self, article_id: str) -> dict[str, Any]:
        """How an article is linked: its original, its near-duplicates and its exact copies."""
        row = self._conn.execute(
            "SELECT a.pk, o.id, a.similarity, s.id FROM articles a"
            " LEFT JOIN articles o ON o.pk = a.duplicate_of"
            " LEFT JOIN articles s ON s.pk = a.story_pk WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return {}
        pk, original, score, story = row
        return {
            "id": article_id,
            "duplicate_of": original,
            "similarity": score,
            "story": story,
            "near_duplicates": [
                r[0]
                for r in self._conn.execute(
                    "SELECT id FROM articles WHERE duplicate_of = ? ORDER BY pk", (pk,)
                )
            ],
            "exact_copies": [
                r[0]
                for r in self._conn.execute(
                    "SELECT id FROM article_aliases WHERE article_pk = ? ORDER BY id", (pk,)
                )
            ],
        }

    # queries
    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        offset: int = 0,
        mark: tuple[str, str] = ("[", "]"),
        **filters: str | None,
    ) -> list[dict[str, Any]]:
        """Ranked matches: id, title, url, published, source, outlet, snippet, score."""
        return searcher.search(self._conn, query, Filters(**filters), limit=limit, offset=offset, mark=mark)

    def facts(self, kind: str, *, limit: int = 100, **filters: str | None) -> list[dict[str, Any]]:
        """Entities of one kind (officials, documents, figures, provinces, campaigns, themes)."""
        if kind not in fact_queries.QUERIES:
            kinds = ", ".join(fact_queries.KINDS)
            raise ValueError(f"unknown fact kind {kind!r}; use one of {kinds}")
        return fact_queries.QUERIES[kind](self._conn, Filters(**filters), limit)

    def coverage(
        self, by: str, *, interval: str | None = None, **filters: str | None
    ) -> list[dict[str, Any]]:
        """Article and distinct-story counts per province/theme/source/campaign (and period)."""
        return coverage_query.coverage(self._conn, by, interval, Filters(**filters))

    def export(self, fmt: str, out_path: str | Path, **filters: str | None) -> int:
        """Write filtered articles as jsonl, csv or parquet; return how many were written."""
        return exporter.export(self._conn, fmt, Path(out_path), Filters(**filters))

    def stats(self) -> dict[str, int]:
        """Row counts per table, plus distinct stories."""
        counts = {t: self._conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in _COUNTED_TABLES}
        counts["stories"] = self._conn.execute("SELECT COUNT(DISTINCT story_pk) FROM articles").fetchone()[0]
        counts["near_duplicates"] = self._conn.execute(
            "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"
        ).fetchone()[0]
        return counts


def _article_id(article: object) -> str:
    value = article.get("id") if isinstance(article, dict) else getattr(article, "id", None)
    return str(value) if value is not None else ""
