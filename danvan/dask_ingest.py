"""NLP on dask.distributed workers: chunks of inputs in, Parquet shards of results out, read back in order.

A chunk travels as a file in the shard directory, not as a task argument: the scheduler keeps a task's
arguments long after its result is read (about the size of the chunk's texts per task), so a whole archive
sent through it made this process grow without bound.
"""

from __future__ import annotations

import pickle
import signal
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import ExitStack

from danvan.pipeline import Pipeline
from danvan.results import Job, Result, from_table, process, to_table

CHUNK = 32  # inputs per Dask task (one shard each)
LOCAL_WORKERS = 2
_pipeline: Pipeline | None = None
_pipeline_themes: bool | None = None
_lock = threading.Lock()


def _worker_pipeline(themes: bool) -> Pipeline:
    """The pipeline of this worker process, loaded on its first task and kept for the next ones."""
    global _pipeline, _pipeline_themes
    with _lock:
        if _pipeline is None or _pipeline_themes != themes:
            _pipeline, _pipeline_themes = Pipeline(themes=themes), themes
        return _pipeline


def _write_chunk(jobs: list[Job], chunk_url: str) -> None:
    import fsspec

    with fsspec.open(chunk_url, "wb") as fh:
        pickle.dump(jobs, fh, protocol=pickle.HIGHEST_PROTOCOL)


def run_chunk(chunk_url: str, themes: bool, shard_url: str) -> str:
    """Process the chunk of inputs at `chunk_url` on a worker and write its results to a Parquet shard;
    returns the shard's URL."""
    import fsspec
    import pyarrow.parquet as pq

    with fsspec.open(chunk_url, "rb") as fh:
        jobs: list[Job] = pickle.load(fh)  # written by this run's own process (_write_chunk)
    fs, path = fsspec.core.url_to_fs(chunk_url)
    fs.rm(path)
    pipeline = _worker_pipeline(themes)
    table = to_table([(process(pipeline, item), fingerprint) for item, fingerprint in jobs])
    with fsspec.open(shard_url, "wb") as fh:
        pq.write_table(table, fh)
    return shard_url


def _read_shard(shard_url: str) -> list[tuple[Result, str | None]]:
    import fsspec
    import pyarrow.parquet as pq

    with fsspec.open(shard_url, "rb") as fh:
        table = pq.read_table(fh)
    fs, path = fsspec.core.url_to_fs(shard_url)
    fs.rm(path)  # loaded into the corpus in the same run: the shard has done its job
    return from_table(table)


def processed_on_dask(
    jobs_in: Iterator[Job], scheduler: str, themes: bool, shard_dir: str | None = None
) -> Iterator[tuple[Result, str | None]]:
    """Results in input order, computed on the Dask cluster at `scheduler` ("local": a LocalCluster).

    Shards go to `shard_dir` (a path or fsspec URL every worker and this process can reach; a
    temporary directory by default, which only a local cluster can share).
    """
    import fsspec
    from distributed import Client, LocalCluster

    from danvan.ingest import _chunks, windowed

    with ExitStack() as stack:
        if shard_dir is None:
            shard_dir = stack.enter_context(tempfile.TemporaryDirectory(prefix="danvan-shards-"))
        fs, root = fsspec.core.url_to_fs(shard_dir)
        fs.makedirs(root, exist_ok=True)
        run = uuid.uuid4().hex[:12]
        base = shard_dir.rstrip("/")
        if scheduler == "local":
            # the workers inherit an ignored SIGINT: Ctrl-C stops the run here, after the current batch
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
            try:
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=LOCAL_WORKERS,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=40,
                    )
                )
            finally:
                signal.signal(signal.SIGINT, previous)
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(Client(scheduler))
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        counter = iter(range(1 << 62))

        def submit(chunk: list[Job]):
            name = f"{base}/{run}-{next(counter):08d}"
            _write_chunk(chunk, f"{name}.inputs.pickle")
            return client.submit(run_chunk, f"{name}.inputs.pickle", themes, f"{name}.parquet", pure=False)

        yield from windowed(
            _chunks(jobs_in, CHUNK),
            submit,
            lambda future: _read_shard(future.result()),
            window=workers * 3,
        )
