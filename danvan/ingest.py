"""Batch ingest: inputs -> pipeline (in worker processes) -> corpus, with a summary and rejects log."""

from __future__ import annotations

import json
import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from danvan.corpus import Corpus, IngestTally
from danvan.inputs import Reject, read_inputs
from danvan.nlp.record import Article, RawDocument
from danvan.pipeline import Failed, Pipeline

OPTIMIZE_AFTER = 1000  # merge the full-text index after a large ingest
_worker_pipeline: Pipeline | None = None


def _init_worker(themes: bool) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(themes=themes)


def _work(item: RawDocument | Reject) -> Article | Reject | Failed:
    assert _worker_pipeline is not None
    return next(_worker_pipeline.run([item]))


def _processed(
    items: Iterable[RawDocument | Reject], jobs: int, themes: bool
) -> Iterator[Article | Reject | Failed]:
    if jobs <= 1:
        yield from Pipeline(themes=themes).run(items)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(themes,)) as pool:
        yield from pool.imap(_work, items, chunksize=8)


def _batches(items: Iterator, size: int) -> Iterator[list]:
    while batch := list(islice(items, size)):
        yield batch


def ingest(
    paths: list[str],
    db: Path,
    *,
    jobs: int = 1,
    batch_size: int = 200,
    themes: bool = True,
    rejects_log: Path | None = None,
    on_progress: Callable[[int], None] | None = None,
    tally: IngestTally | None = None,
) -> IngestTally:
    """Extract and store every document under `paths`; bad inputs are reported, never fatal.

    Pass `tally` to keep the counts of the batches already stored when the run is interrupted.
    """
    tally = tally if tally is not None else IngestTally()
    log = rejects_log.open("a", encoding="utf-8") if rejects_log else None
    try:
        with Corpus(db) as corpus:
            results = _processed(read_inputs(paths), jobs, themes)
            for batch in _batches(results, batch_size):
                first_new_reject = len(tally.rejected)
                articles = [a for a in batch if isinstance(a, Article)]
                for item in batch:
                    if isinstance(item, Reject | Failed):
                        tally.reject(item.source, item.reason)
                for result in corpus.store_many(articles):
                    tally.add(result)
                if log:
                    for source, reason in tally.rejected[first_new_reject:]:
                        log.write(json.dumps({"source": source, "reason": reason}, ensure_ascii=False) + "\n")
                if on_progress:
                    on_progress(len(batch))
            if tally.counts["stored"] + tally.counts["updated"] >= OPTIMIZE_AFTER:
                corpus.optimize()
    finally:
        if log:
            log.close()
    return tally


def page_sink(db_path: Path):
    """What `danvan crawl` needs: is_known(url), on_page(FetchedPage) storing it, and close()."""
    from danvan.pages import page_to_raw

    corpus = Corpus(db_path)
    pipeline = Pipeline()

    def on_page(page) -> None:
        corpus.store(pipeline.process(page_to_raw(page)))

    return corpus.has_url, on_page, corpus.close
