"""`danvan ingest`: extract and store files, directories, archives, JSONL and WARC in the corpus."""

from __future__ import annotations

import signal
import sys
import threading
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from danvan.commands.failures import fail, reported
from danvan.corpus.errors import CorpusError, check_output_file
from danvan.corpus.location import default_db_path

LOG_EVERY = 30.0  # seconds between progress lines when stderr is not a terminal
INTERRUPTED = "interrupted: the batches above are stored; run the same command again to continue"


class _Rate:
    """Articles per second and ETA since the start of the run (skipped inputs cost nothing)."""

    def __init__(self) -> None:
        self.start = time.monotonic()
        self.total: int | None = None

    def line(self, done: int, rejected: int, skipped: int) -> str:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = done / elapsed
        parts = [f"{done + skipped} inputs" + (f" of {self.total}" if self.total else "")]
        parts.append(f"{rate:.1f} articles/s")
        if self.total and rate > 0:
            left = max(self.total - done - skipped, 0) / rate
            parts.append(f"ETA {int(left // 3600)}:{int(left % 3600 // 60):02d}:{int(left % 60):02d}")
        parts.append(f"{rejected} rejected")
        if skipped:
            parts.append(f"{skipped} already stored")
        return ", ".join(parts)


def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help=".txt/.html files, directories, .tar.gz/.zip archives, JSONL, WARC/WARC.gz files"
        ),
    ],
    db: Annotated[
        Path | None, typer.Option(help="corpus file (default: $DANVAN_DB or the user data dir)")
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="extraction worker processes [default: every core]"),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(help='run the NLP on Dask: a scheduler address (tcp://host:8786) or "local"'),
    ] = None,
    shard_dir: Annotated[
        str | None,
        typer.Option(help="with --scheduler: Parquet shard directory or fsspec URL every worker can write"),
    ] = None,
    rejects: Annotated[Path | None, typer.Option(help="append rejected inputs (JSONL) here")] = None,
    themes: Annotated[bool, typer.Option(help="tag themes with the packaged model")] = True,
    batch_size: Annotated[int, typer.Option(min=1, help="articles per transaction")] = 200,
) -> None:
    """Run extraction on the inputs and store the articles and facts (idempotent, resumable)."""
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
    from danvan.ingest import Progress, ingest
    from danvan.inputs import count_documents

    tally = IngestTally()
    stop = threading.Event()
    rate = _Rate()

    def counted() -> None:  # the total arrives while the first batches are processed
        rate.total = count_documents(paths)

    threading.Thread(target=counted, daemon=True).start()

    def interrupt(_signum, _frame) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        console.print("stopping after the current batch (Ctrl-C again to abort it)", highlight=False)

    previous = signal.signal(signal.SIGINT, interrupt)
    options = dict(
        jobs=jobs,
        themes=themes,
        rejects_log=rejects,
        scheduler=scheduler,
        shard_dir=shard_dir,
        stop=stop,
        batch_size=batch_size,
        tally=tally,
    )
    try:
        with reported(db):
            if sys.stderr.isatty():
                from rich.live import Live

                with Live("starting", console=console, transient=True, refresh_per_second=2) as live:

                    def show(p: Progress) -> None:
                        live.update(f"ingesting: {rate.line(p.done, p.rejected, p.skipped)}")

                    summary = ingest(paths, db, on_progress=show, **options)
            else:
                last = [time.monotonic()]

                def log(p: Progress) -> None:
                    if time.monotonic() - last[0] >= LOG_EVERY:
                        last[0] = time.monotonic()
                        console.print(f"ingest: {rate.line(p.done, p.rejected, p.skipped)}", highlight=False)

                summary = ingest(paths, db, on_progress=log, **options)
    except KeyboardInterrupt:
        console.print(f"{db}: {tally.summary()}", highlight=False, markup=False)
        console.print(INTERRUPTED, highlight=False, markup=False)
        raise typer.Exit(130) from None
    finally:
        signal.signal(signal.SIGINT, previous)
    elapsed = time.monotonic() - rate.start
    done = sum(summary.counts[s] for s in ("stored", "updated", "unchanged", "duplicate", "rejected"))
    console.print(f"{db}: {summary.summary()}", highlight=False, markup=False)
    console.print(
        f"{done} inputs processed, {summary.skipped} skipped in {elapsed:.1f} s",
        highlight=False,
        markup=False,
    )
    if summary.interrupted:
        console.print(INTERRUPTED, highlight=False, markup=False)
        raise typer.Exit(code=130)
    if summary.counts["rejected"]:
        raise typer.Exit(code=2)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
