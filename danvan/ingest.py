"""Batch ingest: inputs -> pipeline (here, in worker processes or on Dask) -> corpus, resumable."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

from danvan.corpus import Corpus, IngestTally
from danvan.corpus.prepared import PreparedArticle
from danvan.inputs import read_inputs
from danvan.nlp.record import RawDocument
from danvan.pipeline import Failed, Pipeline
from danvan.results import Job, Result, process
from danvan.resume import input_fingerprint, pipeline_fingerprint

OPTIMIZE_AFTER = 1000  # merge the full-text index after a large ingest
CHUNK = 16  # inputs per task sent to a worker
_worker_pipeline: Pipeline | None = None


def default_jobs() -> int:
    """Every core this process may run on."""
    if hasattr(os, "process_cpu_count"):
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


@dataclass(slots=True)
class Progress:
    """Where a run is: inputs done (stored, unchanged, rejected...), rejected so far, skipped."""

    done: int = 0
    rejected: int = 0
    skipped: int = 0


def _init_worker(themes: bool) -> None:
    global _worker_pipeline
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the run after its current batch
    _worker_pipeline = Pipeline(themes=themes)


def _work_chunk(jobs: list[Job]) -> list[tuple[Result, str | None]]:
    assert _worker_pipeline is not None
    return [(process(_worker_pipeline, item), fingerprint) for item, fingerprint in jobs]


def windowed(
    chunks: Iterable[list[Job]],
    submit: Callable[[list[Job]], Any],
    collect: Callable[[Any], list[tuple[Result, str | None]]],
    window: int,
) -> Iterator[tuple[Result, str | None]]:
    """Results in input order with at most `window` chunks in flight (memory stays flat)."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield from collect(pending.popleft())
    while pending:
        yield from collect(pending.popleft())


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    while chunk := list(islice(items, size)):
        yield chunk


def _processed(jobs_in: Iterator[Job], jobs: int, themes: bool) -> Iterator[tuple[Result, str | None]]:
    if jobs <= 1:
        pipeline = Pipeline(themes=themes)
        for item, fingerprint in jobs_in:
            yield process(pipeline, item), fingerprint
        return
    first = next(jobs_in, None)
    if first is None:  # nothing left to do: no workers to start
        return
    jobs_in = chain([first], jobs_in)
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(themes,)) as pool:
        yield from windowed(
            _chunks(jobs_in, CHUNK),
            lambda chunk: pool.apply_async(_work_chunk, (chunk,)),
            lambda handle: handle.get(),
            window=jobs * 4,
        )


def reject_record(source: str, reason: str, ref: str | None = None) -> dict[str, Any]:
    """A rejects-file line: where the record is (archive and member, offset or line, or path) and why."""
    record: dict[str, Any] = {"source": source}
    if ref and "#" in ref:
        archive, offset = ref.rsplit("#", 1)
        record |= {"archive": archive, "offset": int(offset) if offset.isdigit() else offset}
    elif "!" in source:
        archive, member = source.split("!", 1)
        if ":" in member and member.rsplit(":", 1)[1].isdigit():
            member, line = member.rsplit(":", 1)
            record["line"] = int(line)
        record |= {"archive": archive, "path": member}
    elif "#" in source and source.rsplit("#", 1)[1].isdigit():
        archive, offset = source.rsplit("#", 1)
        record |= {"archive": archive, "offset": int(offset)}
    elif ":" in source and source.rsplit(":", 1)[1].isdigit():
        path, line = source.rsplit(":", 1)
        record |= {"path": path, "line": int(line)}
    else:
        record["path"] = source
    record["reason"] = reason
    return record


def ingest(
    paths: list[str],
    db: Path,
    *,
    jobs: int | None = None,
    batch_size: int = 200,
    themes: bool = True,
    rejects_log: Path | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    scheduler: str | None = None,
    shard_dir: str | None = None,
    stop: threading.Event | None = None,
    tally: IngestTally | None = None,
) -> IngestTally:
    """Extract and store every document under `paths`; bad inputs are reported, never fatal.

    Each batch of `batch_size` results is one transaction that also records its inputs as done, so a
    rerun after an interruption (Ctrl-C, kill, power loss) skips them before any NLP work. `jobs`
    worker processes (default: every core) or, with `scheduler` (an address or "local"), Dask workers
    do the NLP; this process alone writes. Setting `stop` ends the run after the current batch; pass
    `tally` to keep the counts of the batches already stored when the run is aborted.
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    tally = tally if tally is not None else IngestTally()
    progress = Progress()
    fingerprint_of = pipeline_fingerprint(themes)
    log = rejects_log.open("a", encoding="utf-8") if rejects_log else None

    def skipped_page(_where: str) -> None:
        tally.not_articles += 1

    try:
        with Corpus(db) as corpus:

            def todo() -> Iterator[Job]:
                for item in read_inputs(paths, skipped_page):
                    if isinstance(item, RawDocument):
                        fingerprint = input_fingerprint(item, fingerprint_of)
                        if corpus.input_done(item.id, fingerprint):
                            tally.skipped += 1
                            progress.skipped += 1
                            continue
                        yield item, fingerprint
                    else:
                        yield item, None

            if scheduler:
                from danvan.dask_ingest import processed_on_dask

                results = processed_on_dask(todo(), scheduler, themes, shard_dir)
            else:
                results = _processed(todo(), jobs, themes)
            try:
                for batch in _chunks(results, batch_size):
                    _store_batch(corpus, batch, tally, log)
                    progress.done += len(batch)
                    progress.rejected = tally.counts["rejected"]
                    if on_progress:
                        on_progress(progress)
                    if stop is not None and stop.is_set():
                        tally.interrupted = True
                        break
            finally:
                close = getattr(results, "close", None)
                if close:
                    close()  # ends the worker pool or the Dask client
            if tally.counts["stored"] + tally.counts["updated"] >= OPTIMIZE_AFTER:
                corpus.optimize()
    finally:
        if log:
            log.close()
    return tally


def _store_batch(
    corpus: Corpus, batch: list[tuple[Result, str | None]], tally: IngestTally, log: Any
) -> None:
    articles: list[PreparedArticle] = []
    done: list[tuple[str, str]] = []
    first_new_reject = len(tally.rejected)
    refs: list[str | None] = []
    for result, fingerprint in batch:
        if isinstance(result, PreparedArticle):
            articles.append(result)
            if fingerprint:
                done.append((result.article.id.strip(), fingerprint))
        else:
            tally.reject(result.source, result.reason)
            refs.append(result.ref if isinstance(result, Failed) else None)
    for result in corpus.store_many(articles, inputs=done):
        tally.add(result)
        if result.status == "rejected":
            refs.append(None)
    if log:
        for (source, reason), ref in zip(tally.rejected[first_new_reject:], refs, strict=True):
            log.write(json.dumps(reject_record(source, reason, ref), ensure_ascii=False) + "\n")
        log.flush()
