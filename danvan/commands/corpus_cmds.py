"""The corpus commands of the `danvan` CLI: search, facts, coverage, export."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from danvan.commands.failures import fail, reported
from danvan.commands.filter_options import with_filters
from danvan.corpus.errors import check_output_file
from danvan.corpus.kinds import KINDS
from danvan.corpus.location import default_db_path

if TYPE_CHECKING:
    from danvan.corpus import Corpus, Filters


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FactKind = StrEnum("FactKind", {name: name for name in KINDS})


class CoverageBy(StrEnum):
    province = "province"
    province2025 = "province2025"
    theme = "theme"
    source = "source"
    campaign = "campaign"


class Interval(StrEnum):
    week = "week"
    month = "month"
    year = "year"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="Corpus file (default: $DANVAN_DB or the user data dir).", show_default=False),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="Output format.")]


_SENTINELS = ("\x02", "\x03")  # highlight marks swapped for rich markup after escaping


def _open(db: Path | None) -> Corpus:
    """The corpus opened read-only: commands that read never create or change a file."""
    from danvan.corpus import Corpus

    path = db or default_db_path()
    with reported(path):
        return Corpus(path, readonly=True)


_fail = fail


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _emit(rows: list[dict[str, Any]], fmt: OutputFormat, columns: list[str] | None = None) -> None:
    columns = columns or (list(rows[0]) if rows else [])
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is OutputFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k)) for k in columns})
    else:
        console = Console()
        if not rows:
            console.print("[dim]no results[/dim]")
            return
        columns = [c for c in columns if any(_cell(r.get(c)) for r in rows)]  # drop empty ones
        table = Table(show_lines=False)
        for column in columns:
            numeric = isinstance(rows[0].get(column), int | float)
            table.add_column(column, overflow="fold", no_wrap=numeric, justify="right" if numeric else "left")
        for row in rows:
            table.add_row(*(escape(_fit(row.get(c))) for c in columns))
        console.print(table)


MAX_ITEMS = 6  # list items shown in one table cell
MAX_CHARS = 240  # characters shown in one table cell


def _fit(value: Any) -> str:
    """A table cell cut to a readable size, with a marker saying how much was left out."""
    if isinstance(value, list) and len(value) > MAX_ITEMS:
        return _cell(value[:MAX_ITEMS]) + f"; … (+{len(value) - MAX_ITEMS} more)"
    text = _cell(value)
    if len(text) > MAX_CHARS:
        return text[:MAX_CHARS].rstrip() + f"… (+{len(text) - MAX_CHARS} chars)"
    return text


def _showing(shown: int, total: int | None) -> None:
    """ "showing N of M" on stderr when the list was cut by --limit."""
    if total is not None and total > shown:
        Console(stderr=True).print(f"showing {shown:,} of {total:,} (--limit 0 shows all)", highlight=False)


def _warn_undated(corpus: Corpus, filters: Filters | None, interval: str | None = None) -> None:
    """Say how many articles a date filter leaves out, or a time series cannot place."""
    dated = filters is not None and filters.dated()
    if not (interval or dated):
        return
    undated = corpus.undated(filters)
    if not undated:
        return
    what = "--from/--to leave them out" if dated else f"they are counted on a row with no {interval}"
    Console(stderr=True).print(f"[yellow]note:[/yellow] {undated:,} articles have no date; {what}")


SEARCH_HELP = """Full-text search, best match first; accents optional.

\b
Syntax:
  dân vận khéo          all the words; adjacent, accented matches first
  "nông thôn mới"       the exact phrase
  Hà Nội OR Đà Nẵng     either side (or/OR)
  dân vận -khéo         without the word; -"Hà Giang" without the phrase
  dân vận NOT Hà Giang  NOT excludes all the words after it, up to OR/AND/)
  giáo*                 words starting with giáo; (a OR b) c groups
Long queries are cut to 32 different words / 1000 characters; a search stops after 1.5 s.
An empty query is an error: use --all to list the filtered articles, newest first.
"""


@with_filters
def search(
    query: Annotated[
        str | None, typer.Argument(help='Words, "phrases", OR, NOT, -word; see above.', show_default=False)
    ] = None,
    list_all: Annotated[
        bool, typer.Option("--all", help="List the filtered articles newest first (no query).")
    ] = False,
    limit: Annotated[int, typer.Option(min=0, help="Maximum results (0 = all).")] = 20,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
    filters: Filters | None = None,
) -> None:
    if list_all and query:
        _fail("give a query or --all, not both")
    if not list_all and not (query or "").strip():
        _fail("empty query: give words to search for, or --all to list the filtered articles")
    with _open(db) as corpus, reported(db or default_db_path()):
        try:
            mark = _SENTINELS if fmt is OutputFormat.table else ("[", "]")
            rows = corpus.search(
                None if list_all else query, filters, limit=limit or -1, mark=mark, count=True
            )
            _warn_undated(corpus, filters)
        except ValueError as exc:  # bad syntax, unknown filter value, stopped search
            _fail(str(exc))
    for notice in rows.notices:
        Console(stderr=True).print(f"[yellow]note:[/yellow] {escape(notice)}")
    _showing(len(rows), rows.total)
    if fmt is OutputFormat.table:
        table = Table()
        for column in ("score", "published", "outlet", "title", "snippet"):
            table.add_column(column, overflow="fold")
        for row in rows:
            snippet = escape(row["snippet"]).replace(_SENTINELS[0], "[bold yellow]")
            snippet = snippet.replace(_SENTINELS[1], "[/bold yellow]")
            title = escape(row["title"]) + f"\n[dim]{escape(row['id'])}[/dim]"
            table.add_row(
                _cell(row["score"]), _cell(row["published"]), escape(_cell(row["outlet"])), title, snippet
            )
        Console().print(table if rows else "[dim]no results[/dim]")
    else:
        _emit(
            rows,
            fmt,
            ["id", "title", "url", "published", "source", "outlet", "snippet", "score", "duplicate_of"],
        )


@with_filters
def facts(
    kind: Annotated[FactKind, typer.Argument(help="Which entities to list.")],
    title: Annotated[
        str | None, typer.Option(help="officials: one of their titles contains this (accents optional).")
    ] = None,
    issuer: Annotated[str | None, typer.Option(help="documents: the issuer contains this.")] = None,
    unit: Annotated[str | None, typer.Option(help="figures: the unit contains this, e.g. 'hộ'.")] = None,
    words: Annotated[
        str | None, typer.Option("--query", help="figures: the figure's sentence contains these words.")
    ] = None,
    limit: Annotated[int, typer.Option(min=0, help="Maximum rows (0 = all).")] = 50,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
    filters: Filters | None = None,
) -> None:
    """Extracted entities with their article counts and first/last dates."""
    facets = {"title": title, "issuer": issuer, "unit": unit, "query": words}
    with _open(db) as corpus, reported(db or default_db_path()):
        try:
            rows = corpus.facts(kind.value, filters, limit=limit or -1, **facets)
            _warn_undated(corpus, filters)
        except ValueError as exc:
            _fail(str(exc))
    _showing(len(rows), rows.total)
    _emit(rows, fmt)


@with_filters
def coverage(
    by: Annotated[CoverageBy, typer.Option("--by", help="Bucket articles by this.")],
    interval: Annotated[Interval | None, typer.Option(help="Also split by period.")] = None,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
    filters: Filters | None = None,
) -> None:
    """Article and distinct-story counts per bucket (and per week/month)."""
    with _open(db) as corpus, reported(db or default_db_path()):
        try:
            rows = corpus.coverage(by.value, filters, interval=interval.value if interval else None)
            _warn_undated(corpus, filters, interval.value if interval else None)
        except ValueError as exc:
            _fail(str(exc))
    if interval and fmt is OutputFormat.table:
        for row in rows:
            row[interval.value] = row[interval.value] or "(no date)"
    _emit(rows, fmt)


@with_filters
def export(
    out: Annotated[Path, typer.Argument(help="Output file ('-' = stdout for jsonl/csv).")],
    fmt: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            help="File format (default: from the file extension; jsonl for '-').",
            show_default=False,
        ),
    ] = None,
    query: Annotated[
        str | None,
        typer.Option(help="Only the articles this full-text query matches (search syntax and limits)."),
    ] = None,
    db: DbOption = None,
    filters: Filters | None = None,
) -> None:
    """Write articles with their facts (jsonl rows use the `danvan extract` schema)."""
    fmt = fmt or _format_of(out)
    if fmt is ExportFormat.parquet and str(out) == "-":
        _fail("parquet cannot be written to stdout")
    if str(out) != "-":
        with reported():
            check_output_file(out)
    with _open(db) as corpus, reported(db or default_db_path()):
        try:
            if query is not None and not query.strip():
                _fail("empty --query: give words to match, or leave --query out to export every article")
            count = corpus.export(fmt.value, out, filters, query=query)
            _warn_undated(corpus, filters)
        except ValueError as exc:
            _fail(str(exc))
    if str(out) != "-":
        Console(stderr=True).print(f"exported {count} articles to {escape(str(out))}")


_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}


def _format_of(out: Path) -> ExportFormat:
    if str(out) == "-":
        return ExportFormat.jsonl
    suffix = out.suffix.lower()
    if suffix not in _EXTENSIONS:
        _fail(
            f"cannot tell the format of {out} from its extension:"
            " name it .jsonl, .csv or .parquet, or pass --format"
        )
    return ExportFormat(_EXTENSIONS[suffix])


def register(app: typer.Typer) -> None:
    """Add search, facts, coverage and export to the `danvan` app."""
    # unknown options pass through so that a query may start with an exclusion: "-khéo dân vận"
    app.command("search", help=SEARCH_HELP, context_settings={"ignore_unknown_options": True})(search)
    app.command("facts")(facts)
    app.command("coverage")(coverage)
    app.command("export")(export)
