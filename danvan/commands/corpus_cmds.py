"""The corpus commands of the `danvan` CLI: search, facts, coverage, export."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from danvan.commands.failures import fail, reported
from danvan.corpus import Corpus, QuerySyntaxError
from danvan.corpus.errors import check_output_file
from danvan.corpus.location import default_db_path


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class FactKind(StrEnum):
    officials = "officials"
    documents = "documents"
    figures = "figures"
    provinces = "provinces"
    campaigns = "campaigns"
    themes = "themes"


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
ProvinceOption = Annotated[
    str | None,
    typer.Option(help="Pre-2025 province alone; press spellings (TP.HCM, Huế, BR-VT) and no accents ok."),
]
Province2025Option = Annotated[
    str | None,
    typer.Option(
        "--province2025", help="2025 unit with the provinces merged into it (a pre-2025 name: its unit)."
    ),
]
ThemeOption = Annotated[str | None, typer.Option(help="Theme key, e.g. dan_van_kheo.")]
OutletOption = Annotated[str | None, typer.Option(help="Outlet name (accents optional).")]
FromOption = Annotated[str | None, typer.Option("--date-from", "--from", help="YYYY, YYYY-MM or YYYY-MM-DD.")]
ToOption = Annotated[str | None, typer.Option("--date-to", "--to", help="YYYY, YYYY-MM or YYYY-MM-DD.")]
OfficialOption = Annotated[str | None, typer.Option(help="Official's name (accents optional).")]
DocumentOption = Annotated[str | None, typer.Option(help="Document number, e.g. 08-NQ/TU.")]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="Output format.")]


_SENTINELS = ("\x02", "\x03")  # highlight marks swapped for rich markup after escaping


def _open(db: Path | None) -> Corpus:
    """The corpus opened read-only: commands that read never create or change a file."""
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


def _warn_undated(corpus: Corpus, filters: dict[str, str | None], interval: str | None = None) -> None:
    """Say how many articles a date filter leaves out, or a time series cannot place."""
    if not (interval or filters.get("date_from") or filters.get("date_to")):
        return
    undated = corpus.undated(**filters)
    if not undated:
        return
    if filters.get("date_from") or filters.get("date_to"):
        what = "--from/--to leave them out"
    else:
        what = f"they are counted on a row with no {interval}"
    Console(stderr=True).print(f"[yellow]note:[/yellow] {undated:,} articles have no date; {what}")


def _filters(**values: str | None) -> dict[str, str | None]:
    return {k: v for k, v in values.items() if v}


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


def search(
    query: Annotated[
        str | None, typer.Argument(help='Words, "phrases", OR, NOT, -word; see above.', show_default=False)
    ] = None,
    list_all: Annotated[
        bool, typer.Option("--all", help="List the filtered articles newest first (no query).")
    ] = False,
    province: ProvinceOption = None,
    province2025: Province2025Option = None,
    theme: ThemeOption = None,
    outlet: OutletOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    official: OfficialOption = None,
    document: DocumentOption = None,
    limit: Annotated[int, typer.Option(min=0, help="Maximum results (0 = all).")] = 20,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    filters = _filters(
        province=province,
        province2025=province2025,
        theme=theme,
        outlet=outlet,
        date_from=date_from,
        date_to=date_to,
        official=official,
        document=document,
    )
    if list_all and query:
        _fail("give a query or --all, not both")
    if not list_all and not (query or "").strip():
        _fail("empty query: give words to search for, or --all to list the filtered articles")
    with _open(db) as corpus, reported(db or default_db_path()):
        try:
            mark = _SENTINELS if fmt is OutputFormat.table else ("[", "]")
            rows = corpus.search(
                None if list_all else query, limit=limit or -1, mark=mark, count=True, **filters
            )
            _warn_undated(corpus, filters)
        except (QuerySyntaxError, ValueError) as exc:
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


def facts(
    kind: Annotated[FactKind, typer.Argument(help="Which entities to list.")],
    province: ProvinceOption = None,
    province2025: Province2025Option = None,
    theme: ThemeOption = None,
    outlet: OutletOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    official: OfficialOption = None,
    document: DocumentOption = None,
    limit: Annotated[int, typer.Option(min=0, help="Maximum rows (0 = all).")] = 50,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Extracted entities with their article counts and first/last dates."""
    filters = _filters(
        province=province,
        province2025=province2025,
        theme=theme,
        outlet=outlet,
        date_from=date_from,
        date_to=date_to,
        official=official,
        document=document,
    )
    with _open(db) as corpus, reported(db or default_db_path()):
        try:
            rows = corpus.facts(kind.value, limit=limit or -1, **filters)
            _warn_undated(corpus, filters)
        except ValueError as exc:
            _fail(str(exc))
    _emit(rows, fmt)


def coverage(
    by: Annotated[CoverageBy, typer.Option("--by", help="Bucket articles by this.")],
    interval: Annotated[Interval | None, typer.Option(help="Also split by period.")] = None,
    province: ProvinceOption = None,
    province2025: Province2025Option = None,
    theme: ThemeOption = None,
    outlet: OutletOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    official: OfficialOption = None,
    document: DocumentOption = None,
    fmt: FormatOption = OutputFormat.table,
    db: DbOption = None,
) -> None:
    """Article and distinct-story counts per bucket (and per week/month)."""
    filters = _filters(
        province=province,
        province2025=province2025,
        theme=theme,
        outlet=outlet,
        date_from=date_from,
        date_to=date_to,
        official=official,
        document=document,
    )
    with _open(db) as corpus, reported(db or default_db_path()):
        try:
            rows = corpus.coverage(by.value, interval=interval.value if interval else None, **filters)
            _warn_undated(corpus, filters, interval.value if interval else None)
        except ValueError as exc:
            _fail(str(exc))
    if interval and fmt is OutputFormat.table:
        for row in rows:
            row[interval.value] = row[interval.value] or "(no date)"
    _emit(rows, fmt)


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
    province: ProvinceOption = None,
    province2025: Province2025Option = None,
    theme: ThemeOption = None,
    outlet: OutletOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    official: OfficialOption = None,
    document: DocumentOption = None,
    db: DbOption = None,
) -> None:
    """Write articles with their facts (jsonl rows use the `danvan extract` schema)."""
    filters = _filters(
        province=province,
        province2025=province2025,
        theme=theme,
        outlet=outlet,
        date_from=date_from,
        date_to=date_to,
        official=official,
        document=document,
    )
    fmt = fmt or _format_of(out)
    if fmt is ExportFormat.parquet and str(out) == "-":
        _fail("parquet cannot be written to stdout")
    if str(out) != "-":
        with reported():
            check_output_file(out)
    with _open(db) as corpus, reported(db or default_db_path()):
        try:
            count = corpus.export(fmt.value, out, **filters)
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
