"""The corpus commands of the `danvan` CLI: search, facts, coverage, export."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from danvan.commands.filter_options import with_filters
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
    from danvan.corpus import Corpus

    path = db or default_db_path()
    if not path.exists():
        _fail(f"no corpus at {path} (run `danvan ingest` first or pass --db)")
    return Corpus(path)


def _fail(message: str) -> NoReturn:
    Console(stderr=True).print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(2)


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
            table.add_row(*(escape(_cell(row.get(c))) for c in columns))
        console.print(table)


@with_filters
def search(
    query: Annotated[str, typer.Argument(help='Words, "phrases", AND/OR/NOT; accents optional.')],
    limit: Annotated[int, typer.Option(min=1, help="Maximum results.")] = 20,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
    filters: Filters | None = None,
) -> None:
    """Full-text search, best match first (exact-diacritic matches rank above folded ones)."""
    from danvan.corpus import QuerySyntaxError

    with _open(db) as corpus:
        try:
            mark = _SENTINELS if fmt is OutputFormat.table else ("[", "]")
            rows = corpus.search(query, filters, limit=limit, mark=mark)
        except (QuerySyntaxError, ValueError) as exc:
            _fail(str(exc))
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
    limit: Annotated[int, typer.Option(min=1, help="Maximum rows.")] = 50,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
    filters: Filters | None = None,
) -> None:
    """Extracted entities with their article counts and first/last dates."""
    with _open(db) as corpus:
        try:
            rows = corpus.facts(kind.value, filters, limit=limit)
        except ValueError as exc:
            _fail(str(exc))
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
    with _open(db) as corpus:
        try:
            rows = corpus.coverage(by.value, filters, interval=interval.value if interval else None)
        except ValueError as exc:
            _fail(str(exc))
    _emit(rows, fmt)


@with_filters
def export(
    out: Annotated[Path, typer.Argument(help="Output file ('-' = stdout for jsonl/csv).")],
    fmt: Annotated[ExportFormat, typer.Option("--format", help="File format.")] = (ExportFormat.jsonl),
    db: DbOption = None,
    filters: Filters | None = None,
) -> None:
    """Write articles with their facts (jsonl rows use the `danvan extract` schema)."""
    if fmt is ExportFormat.parquet and str(out) == "-":
        _fail("parquet cannot be written to stdout")
    with _open(db) as corpus:
        try:
            count = corpus.export(fmt.value, out, filters)
        except ValueError as exc:
            _fail(str(exc))
    if str(out) != "-":
        Console(stderr=True).print(f"exported {count} articles to {escape(str(out))}")


def register(app: typer.Typer) -> None:
    """Add search, facts, coverage and export to the `danvan` app."""
    app.command("search")(search)
    app.command("facts")(facts)
    app.command("coverage")(coverage)
    app.command("export")(export)
