"""Benchmark: `danvan ingest` (--jobs 1/2, --scheduler local) beside word_tokenize alone on the same texts.

Every measurement runs in its own process, one after the other in this run, on the same texts: word_tokenize
alone, the one-process pipeline (clean, segment, extract, themes, storage preparation), then `danvan ingest`
into a fresh corpus. Reported: wall time, articles/s, CPU time, peak memory of the process tree (RSS and
PSS summed over its processes, sampled every 0.2 s and 1 s). Mode `segment` times danvan's own segmenter (the
same words as word_tokenize, line by line) alone.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.archive import DEFAULT_ARCHIVE, read_archive

_TIMED = """
import sys, time
from pathlib import Path
files = sorted(Path(sys.argv[1]).iterdir())
texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
mode = sys.argv[2]
if mode == "word_tokenize":
    from underthesea import word_tokenize
    word_tokenize("Khởi động")
    run = word_tokenize
elif mode == "segment":
    from danvan.nlp.tokenize import segment
    segment("Khởi động")
    run = segment
else:
    from danvan.nlp.record import RawDocument
    from danvan.pipeline import Pipeline
    from danvan.results import process
    pipeline = Pipeline(themes=True)
    pipeline.process(RawDocument(id="w", source="w", content="Khởi động.\\nMột câu."))
    if mode == "pipeline":  # what `danvan extract` does: cleaning, segmentation, extractors, themes
        run = lambda t: pipeline.process(RawDocument(id="x", source="x", content=t))
    else:  # and the storage preparation ingest workers add (hashes, MinHash, index values)
        run = lambda t: process(pipeline, RawDocument(id="x", source="x", content=t))
t0, c0 = time.perf_counter(), time.process_time()
for _id, text in texts:
    run(text)
print(f"TIMED {time.perf_counter() - t0:.3f} CPU {time.process_time() - c0:.3f}")
"""


def _texts(source: Path, n: int) -> list[tuple[str, str]]:
    if source.is_dir():
        files = sorted(source.iterdir())[:n]
        return [(f.stem, f.read_text(encoding="utf-8", errors="replace")) for f in files]
    return read_archive(source, n)


def _pss(pid: int) -> int:
    """Proportional set size of a process in bytes (pages shared with others counted by share)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _run(cmd: list[str]) -> tuple[float, float, float, str, float]:
    """(wall seconds, peak RSS and peak PSS of the process tree in MiB, stdout+stderr, CPU seconds).

    RSS summed over the tree counts pages that forked workers share with their parent once per process;
    PSS divides each shared page among the processes that map it, so its sum is the memory the run holds.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    parent = psutil.Process(proc.pid)
    peak = peak_pss = 0
    out: list[str] = []
    samples = 0
    while proc.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            if samples % 5 == 0:  # PSS walks every page table: once a second keeps the sampler's CPU small
                peak_pss = max(peak_pss, sum(_pss(p.pid) for p in tree))
        except psutil.Error:
            pass
        samples += 1
        time.sleep(0.2)
    out.append(proc.stdout.read() if proc.stdout else "")
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 2):
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{out[0][-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, peak / 2**20, peak_pss / 2**20, out[0], cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, default=DEFAULT_ARCHIVE, help="the archive or a data/ folder")
    parser.add_argument("-n", type=int, default=2000, help="articles (first n)")
    parser.add_argument(
        "--modes",
        nargs="+",
        default=["word_tokenize", "pipeline", "prepared", "jobs1", "jobs2", "local"],
        help="word_tokenize segment pipeline prepared jobs1 jobs2 local",
    )
    args = parser.parse_args()
    if not args.source.exists():
        sys.exit(f"not found: {args.source}")
    exe = sys.executable
    danvan = [exe, "-m", "danvan.cli"]
    with tempfile.TemporaryDirectory(prefix="danvan-bench-") as tmp:
        data = Path(tmp) / "data"
        data.mkdir()
        texts = _texts(args.source, args.n)
        for art_id, text in texts:
            (data / f"{art_id}.txt").write_text(text, encoding="utf-8")
        n = len(texts)
        print(f"command: python benchmarks/ingest_scale.py --source {args.source} -n {args.n}")
        print(f"articles: {n}; cores usable: {len(os.sched_getaffinity(0))}; load before: {os.getloadavg()}")
        results: dict[str, float] = {}
        cpu_of: dict[str, float] = {}
        after_startup: dict[str, float] = {}
        for mode in args.modes:
            if mode in ("word_tokenize", "segment", "pipeline", "prepared"):
                wall, peak, pss, out, _cpu = _run([exe, "-c", _TIMED, str(data), mode])
                found = re.search(r"TIMED ([\d.]+) CPU ([\d.]+)", out)
                timed, cpu_of[mode] = float(found.group(1)), float(found.group(2))
                results[mode] = timed
                print(
                    f"{mode:14s} {timed:8.1f} s ({n / timed:6.1f} articles/s), CPU {cpu_of[mode]:.1f} s,"
                    f" process {wall:.1f} s, peak RSS {peak:.0f} MiB, PSS {pss:.0f} MiB"
                )
                continue
            db = Path(tmp) / f"{mode}.db"
            opts = {"jobs1": ["--jobs", "1"], "jobs2": ["--jobs", "2"], "local": ["--scheduler", "local"]}[
                mode
            ]
            wall, peak, pss, out, cpu_of[mode] = _run([*danvan, "ingest", str(data), "--db", str(db), *opts])
            inner = float(re.search(r"in ([\d.]+) s", out).group(1))
            results[mode] = wall
            after_startup[mode] = inner
            found = re.search(r"(\d+) stored", out)
            stored = found.group(1) if found else "?"
            print(
                f"ingest {mode:7s} {wall:8.1f} s ({n / wall:6.1f} articles/s) whole process,"
                f" {inner:.1f} s after start-up, CPU {cpu_of[mode]:.1f} s (tree), peak RSS {peak:.0f} MiB,"
                f" PSS {pss:.0f} MiB,"
                f" {stored} stored"
            )
        wt = results.get("word_tokenize")
        if wt and "segment" in results:
            print(f"segment / word_tokenize: {results['segment'] / wt:.2f}x")
        if wt and "pipeline" in results:
            print(f"pipeline / word_tokenize: {results['pipeline'] / wt:.2f}x (goal <= 1.25x)")
            print(f"  in CPU time: {cpu_of['pipeline'] / cpu_of['word_tokenize']:.2f}x")
        if wt and "prepared" in results:
            print(f"pipeline with storage preparation / word_tokenize: {results['prepared'] / wt:.2f}x")
        for mode in ("jobs1", "jobs2", "local"):
            if wt and mode in results:
                print(
                    f"ingest {mode} / word_tokenize: {results[mode] / wt:.2f}x whole process,"
                    f" {after_startup[mode] / wt:.2f}x after start-up"
                )
        if "pipeline" in results and "jobs2" in results:
            print(
                "ingest jobs2 rate / one-process pipeline rate:"
                f" {results['pipeline'] / results['jobs2']:.2f}x (issue: >= 1.85x; it stores nothing)"
            )
        if "pipeline" in results and "jobs2" in results:
            print(f"  after start-up: {results['pipeline'] / after_startup['jobs2']:.2f}x")
        if "jobs1" in results and "jobs2" in results:
            print(
                f"ingest jobs2 rate / ingest jobs1 rate: {results['jobs1'] / results['jobs2']:.2f}x"
                " (the same work in one process; goal >= 1.85x)"
            )
        print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
