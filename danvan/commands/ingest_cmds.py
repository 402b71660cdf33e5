"""`danvan ingest`: extract and store files, directories, archives, JSONL and WARC in the corpus."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from danvan.commands.failures import fail, reported
from danvan.corpus.errors import CorpusError, check_output_file
from danvan.corpus.location import default_db_path

if TYPE_CHECKING:
    from danvan.corpus.tally import IngestTally


def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(help=".txt/.html files, directories, .tar.gz/.zip archives, JSONL, WARC files"),
    ],
    db: Annotated[
        Path | None, typer.Option(help="corpus file (default: $DANVAN_DB or the user data dir)")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="extraction worker processes")] = 1,
    rejects: Annotated[Path | None, typer.Option(help="append rejected inputs (JSONL) here")] = None,
    themes: Annotated[bool, typer.Option(help="tag themes with the packaged model")] = True,
) -> None:
    """Run extraction on the inputs and store the articles and facts (idempotent)."""
    db = db or default_db_path()
    console = Console(stderr=True, soft_wrap=True)
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        fail(f"no such file or directory: {', '.join(missing)} (nothing was ingested, no corpus created)")
    with reported(db):
        if db.is_dir():
            raise CorpusError(f"{db} is a directory: --db takes a corpus file, e.g. {db / 'corpus.db'}")
        if rejects is not None:
            check_output_file(rejects)
    from danvan.corpus.tally import IngestTally

    tally = IngestTally()
    try:
        with reported(db):
            summary = _run(paths, db, jobs, themes, rejects, console, tally)
    except KeyboardInterrupt:
        console.print(f"{db}: {tally.summary()}", highlight=False, markup=False)
        console.print(
            "interrupted: the batches above are stored; run the same command again to continue",
            highlight=False,
            markup=False,
        )
        raise typer.Exit(130) from None
    console.print(f"{db}: {summary.summary()}", highlight=False, markup=False)
    if summary.counts["rejected"]:
        raise typer.Exit(code=2)


class _Rate(ProgressColumn):
    """Documents per second, for inputs whose total is not known."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} docs/s", style="progress.data.speed")


def _run(
    paths: list[str],
    db: Path,
    jobs: int,
    themes: bool,
    rejects: Path | None,
    console: Console,
    tally: IngestTally,
) -> IngestTally:
    from danvan.ingest import ingest
    from danvan.inputs import count_documents

    if not sys.stderr.isatty():
        return ingest(paths, db, jobs=jobs, themes=themes, rejects_log=rejects, tally=tally)
    with Progress(
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        _Rate(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=None)

        def count() -> None:  # the total arrives while the first batches are processed
            total = count_documents(paths)
            if total is not None:
                progress.update(task, total=total)

        threading.Thread(target=count, daemon=True).start()
        return ingest(
            paths,
            db,
            jobs=jobs,
            themes=themes,
            rejects_log=rejects,
            on_progress=lambda n: progress.advance(task, n),
            tally=tally,
        )


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
