"""`Corpus`: the searchable article store that the CLI, the ingest command and the web app call."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from danvan.corpus import coverage as coverage_query
from danvan.corpus import crawl_runs, fulltext, schema, writer
from danvan.corpus import export as exporter
from danvan.corpus import facts as fact_queries
from danvan.corpus import search as searcher
from danvan.corpus.errors import CorpusError, explain
from danvan.corpus.filters import Filters
from danvan.corpus.kinds import KINDS
from danvan.corpus.loading import load_articles
from danvan.corpus.location import default_db_path
from danvan.corpus.prepared import PreparedArticle
from danvan.corpus.schema import SCHEMA_VERSION
from danvan.corpus.urls import canonical_url
from danvan.corpus.writer import StoreResult
from danvan.nlp.record import Article

_COUNTED_TABLES = ("articles", "article_aliases", "sources")


class Corpus:
    """One SQLite corpus file (WAL mode, migrated on open). Use one instance per thread."""

    def __init__(
        self, path: str | Path | None = None, *, timeout: float = 30.0, readonly: bool = False
    ) -> None:
        """Open (creating and migrating) the corpus; `readonly` never creates or changes the file.

        Raises `CorpusError` with a one-line reason for a path that is not a usable corpus.
        """
        self.path = Path(path) if path is not None else default_db_path()
        self.readonly = readonly
        self._depth = 0
        if self.path.is_dir():
            raise CorpusError(
                f"{self.path} is a directory: --db takes a corpus file, e.g. {self.path / 'corpus.db'}"
            )
        if readonly:
            self._conn = _open_readonly(self.path, timeout)
            self.schema_version = SCHEMA_VERSION
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA cache_size = -65536")
            self.schema_version = schema.migrate(self._conn)
            for kind in KINDS.values():
                if kind.ddl:  # a kind added after the versioned schema brings its own tables
                    self._conn.executescript(kind.ddl)
        except (sqlite3.Error, OSError) as exc:
            raise CorpusError(explain(exc, self.path) or f"cannot open {self.path}: {exc}") from exc

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
    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """A transaction (a savepoint when nested): committed on success, rolled back on any error."""
        name = f"atomic_{self._depth}"
        self._conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self._conn
        except BaseException:
            self._depth -= 1
            self._conn.execute("ROLLBACK" if self._depth == 0 else f"ROLLBACK TO {name}")
            if self._depth:
                self._conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self._conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Corpus]:
        """A read transaction: every query inside sees the same state, whatever writers commit meanwhile."""
        if self._depth:
            yield self
            return
        self._conn.execute("BEGIN DEFERRED")
        self._depth += 1
        try:
            yield self
        finally:
            self._depth -= 1
            self._conn.execute("COMMIT")

    def store(self, article: Article, *, content_hash: str | None = None) -> StoreResult:
        """Store one article in its own transaction (see `StoreResult` for the outcomes)."""
        try:
            with self.atomic():
                return writer.write(self._conn, article, content_hash)
        except writer.RejectedArticle as exc:
            return StoreResult("rejected", _article_id(article), reason=str(exc))

    def record_crawl_run(self, run: crawl_runs.CrawlRun) -> None:
        """Add one site's crawl run to the source-health log."""
        with self.atomic() as conn:
            crawl_runs.record(conn, run)

    def crawl_runs(self, site: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Recorded crawl runs, newest first."""
        return crawl_runs.runs(self._conn, site, limit)

    def source_health(
        self, stale_days: int = 7, error_jump: float = 0.2, now: datetime | None = None
    ) -> list[dict[str, Any]]:
        """Per site: last run, last new article, error rates and flags (see corpus.crawl_runs.health)."""
        return crawl_runs.health(self._conn, stale_days, error_jump, now)

    def store_many(
        self,
        articles: Iterable[Article | PreparedArticle | tuple[Article, str | None]],
        *,
        inputs: Iterable[tuple[str, str]] = (),
    ) -> list[StoreResult]:
        """Store a batch in one transaction; a bad article is rejected with a reason, not fatal.

        Items are articles, `PreparedArticle`s or (article, content_hash) pairs. `inputs` are
        (article id, input fingerprint) pairs recorded as done in the same transaction, for the
        articles of the batch that were not rejected (see `input_done`).
        """
        results: list[StoreResult] = []
        with self.atomic():
            for item in articles:
                article, chash = item if isinstance(item, tuple) else (item, None)
                try:
                    with self.atomic():
                        results.append(writer.write(self._conn, article, chash))
                except writer.RejectedArticle as exc:
                    results.append(StoreResult("rejected", _article_id(article), reason=str(exc)))
                except (sqlite3.IntegrityError, TypeError, ValueError, AttributeError) as exc:
                    reason = f"{type(exc).__name__}: {exc}"
                    results.append(StoreResult("rejected", _article_id(article), reason=reason))
            kept = {r.article_id for r in results if r.status != "rejected"}
            self._conn.executemany(
                "INSERT INTO ingested_inputs(id, fingerprint) VALUES (?, ?)"
                " ON CONFLICT(id) DO UPDATE SET fingerprint = excluded.fingerprint",
                [(i, f) for i, f in inputs if i in kept],
            )
        return results

    def input_done(self, article_id: str, fingerprint: str) -> bool:
        """True when an ingest already finished this input (same id and fingerprint, still stored)."""
        return (
            self._conn.execute(
                "SELECT 1 FROM ingested_inputs i WHERE i.id = ? AND i.fingerprint = ?"
                " AND (EXISTS (SELECT 1 FROM articles WHERE id = i.id)"
                " OR EXISTS (SELECT 1 FROM article_aliases WHERE id = i.id))",
                (article_id, fingerprint),
            ).fetchone()
            is not None
        )

    def optimize(self) -> None:
        """Merge the full-text index segments and fold the WAL back in: run after a big ingest."""
        self._conn.execute("INSERT INTO article_fts(article_fts) VALUES ('optimize')")
        self._conn.execute("PRAGMA optimize")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def reindex(self) -> None:
        """Rebuild the full-text index from the stored articles."""
        with self.atomic():
            fulltext.rebuild(self._conn)

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
        query: str | None,
        filters: Filters | None = None,
        *,
        limit: int = 20,
        offset: int = 0,
        mark: tuple[str, str] = ("[", "]"),
        limits: searcher.SearchLimits = searcher.DEFAULT_LIMITS,
        count: bool = False,
        **filter_values: str | None,
    ) -> searcher.SearchResults:
        """Ranked matches: id, title, url, published, source, outlet, snippet, score.

        `query=None` lists the filtered articles newest first; an empty query is an error;
        `count=True` also counts every match (`.total`).
        """
        where = self._checked(filters, filter_values)
        return searcher.search(
            self._conn, query, where, limit=limit, offset=offset, mark=mark, limits=limits, count=count
        )

    def facts(
        self, kind: str, filters: Filters | None = None, *, limit: int = 100, **values: str | None
    ) -> fact_queries.FactRows:
        """Entities of one kind (see `danvan.corpus.kinds`: officials, documents, figures...).

        Keywords are article filters (`province=...`) or the kind's own facets: officials `title`,
        documents `issuer`, figures `unit` and `query` (words of the figure's sentence); text facets
        match accent- and case-insensitively. `limit=-1` gives all; the result's `total` counts them all.
        """
        names = set(Filters.names())
        filter_values = {k: v for k, v in values.items() if k in names}
        facets = {k: v for k, v in values.items() if k not in names}
        return fact_queries.query(self._conn, kind, self._checked(filters, filter_values), limit, **facets)

    def coverage(
        self,
        by: str,
        filters: Filters | None = None,
        *,
        interval: str | None = None,
        **filter_values: str | None,
    ) -> list[dict[str, Any]]:
        """Article and distinct-story counts per province/theme/source/campaign (and period)."""
        return coverage_query.coverage(self._conn, by, interval, self._checked(filters, filter_values))

    def export(
        self,
        fmt: str,
        out_path: str | Path,
        filters: Filters | None = None,
        *,
        query: str | None = None,
        limits: searcher.SearchLimits = searcher.DEFAULT_LIMITS,
        **filter_values: str | None,
    ) -> int:
        """Write filtered articles as jsonl, csv or parquet; return how many were written.

        `query` keeps the articles a full-text query matches (the syntax and limits of `search`).
        """
        chosen = self._checked(filters, filter_values)
        only = None if query is None else searcher.matching_pks(self._conn, query, chosen, limits)[0]
        return exporter.export(self._conn, fmt, Path(out_path), chosen, only)

    def undated(self, filters: Filters | None = None, **filter_values: str | None) -> int:
        """How many articles the other filters select that have no date (a date filter drops them)."""
        chosen = dataclasses.replace(self._checked(filters, filter_values), date_from=None, date_to=None)
        where, params = chosen.sql("a")
        return self._conn.execute(
            f"SELECT COUNT(*) FROM articles a WHERE a.published_date IS NULL AND {where}", params
        ).fetchone()[0]

    def _checked(self, filters: Filters | None, values: dict[str, str | None]) -> Filters:
        """The filters, checked: a value that names nothing raises `UnknownFilterValue`."""
        chosen = _filters(filters, values)
        chosen.check(self._conn)
        return chosen

    def stats(self) -> dict[str, int]:
        """Row counts per table, plus distinct stories."""
        tables = [*_COUNTED_TABLES]
        for kind in KINDS.values():
            tables += [*kind.entity_tables, *kind.article_tables]
        counts = {t: self._conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
        counts["stories"] = self._conn.execute("SELECT COUNT(DISTINCT story_pk) FROM articles").fetchone()[0]
        counts["near_duplicates"] = self._conn.execute(
            "SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"
        ).fetchone()[0]
        return counts


def _filters(filters: Filters | None, values: dict[str, str | None]) -> Filters:
    """The typed filter object; keyword values are accepted too, and a misspelt name fails at once."""
    if filters is not None and values:
        raise TypeError("give either a Filters object or filter keywords, not both")
    if filters is not None:
        return filters
    unknown = set(values) - set(Filters.names())
    if unknown:
        raise TypeError(f"unknown filter {', '.join(sorted(unknown))}; use {', '.join(Filters.names())}")
    return Filters(**values)


def _open_readonly(path: Path, timeout: float) -> sqlite3.Connection:
    """A query-only connection; a missing, empty, foreign or too-new file is a `CorpusError`."""
    if not path.exists():
        raise CorpusError(f"no corpus at {path}: run `danvan ingest FILES --db {path}` first or check --db")
    if path.stat().st_size == 0:
        raise CorpusError(f"{path} is an empty file, not a danvan corpus: check --db")
    try:
        version = _user_version(path, timeout)
        if version < SCHEMA_VERSION:
            Corpus(path, timeout=timeout).close()  # upgrade once: the data stay as they are
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            timeout=timeout,
            isolation_level=None,
            check_same_thread=False,  # a web server uses it from its worker threads, one at a time
        )
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA cache_size = -65536")
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone():
            conn.close()
            raise CorpusError(f"{path} is an SQLite file but not a danvan corpus: check --db")
    except sqlite3.Error as exc:
        raise CorpusError(explain(exc, path) or f"cannot read {path}: {exc}") from exc
    return conn


def _user_version(path: Path, timeout: float) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise CorpusError(f"{path} was written by a newer danvan (schema {version}): upgrade danvan")
        if version == 0 and not conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
            raise CorpusError(f"{path} is an empty SQLite file, not a danvan corpus: check --db")
        return version
    finally:
        conn.close()


def _article_id(article: object) -> str:
    if isinstance(article, PreparedArticle):
        article = article.article
    value = article.get("id") if isinstance(article, dict) else getattr(article, "id", None)
    return str(value) if value is not None else ""
