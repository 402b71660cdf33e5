"""Benchmark: `danvan extract` time as a ratio to underthesea word_tokenize on the same texts."""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.archive import DEFAULT_ARCHIVE, read_archive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE)
    parser.add_argument("-n", type=int, default=2000, help="articles (first n of the archive)")
    parser.add_argument("--themes", action="store_true", help="include theme tagging")
    args = parser.parse_args()
    if not args.archive.exists():
        sys.exit(f"archive not found: {args.archive}")

    from danvan.nlp.record import RawDocument
    from underthesea import word_tokenize

    from danvan.pipeline import Pipeline

    articles = read_archive(args.archive, args.n)
    pipeline = Pipeline(themes=args.themes)
    pipeline.process(RawDocument(id="warm", source="warm", content="Khởi động.\nMột câu."))
    word_tokenize("Khởi động")

    t0, c0 = time.perf_counter(), time.process_time()
    for _id, text in articles:
        word_tokenize(text)
    baseline, baseline_cpu = time.perf_counter() - t0, time.process_time() - c0

    t0, c0 = time.perf_counter(), time.process_time()
    facts = 0
    for art_id, text in articles:
        a = pipeline.process(RawDocument(id=art_id, source="bench", content=text))
        facts += len(a.provinces) + len(a.officials) + len(a.documents) + len(a.figures)
    full, full_cpu = time.perf_counter() - t0, time.process_time() - c0

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(articles)
    print(f"command: python benchmarks/extract_speed.py -n {args.n}" + (" --themes" if args.themes else ""))
    print(f"articles: {n} ({sum(len(t) for _, t in articles) / n:.0f} chars on average)")
    print(f"word_tokenize alone: {baseline:.1f} s ({n / baseline:.1f} articles/s)")
    print(f"danvan extract pipeline: {full:.1f} s ({n / full:.1f} articles/s), {facts} facts")
    print(
        f"ratio extract / word_tokenize: {full / baseline:.2f}x wall, {full_cpu / baseline_cpu:.2f}x CPU "
        "(goal <= 1.5x)"
    )
    print(f"peak RSS: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
