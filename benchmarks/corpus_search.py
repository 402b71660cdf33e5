"""Benchmark: search, fact and coverage query latency and on-disk size of a corpus file."""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from danvan.corpus import Corpus

# (query, filters): with and without diacritics, phrases, boolean operators, prefixes, filters.
_WORDS = [
    ("dân vận", "dan van"),
    ("Dân vận khéo", "dan van kheo"),
    ("nông thôn mới", "nong thon moi"),
    ("Mặt trận Tổ quốc", "mat tran to quoc"),
    ("đảng viên", "dang vien"),
    ("Hậu Giang", "hau giang"),
    ("Hà Giang", "ha giang"),
    ("Hà Nội", "ha noi"),
    ("tai nạn giao thông", "tai nan giao thong"),
    ("giá vàng", "gia vang"),
    ("học sinh", "hoc sinh"),
    ("bóng đá", "bong da"),
    ("xổ số", "xo so"),
    ("Quốc hội", "quoc hoi"),
    ("Việt Nam", "viet nam"),
    ("Hội Nông dân", "hoi nong dan"),
    ("giảm nghèo bền vững", "giam ngheo ben vung"),
    ("đồng bào dân tộc thiểu số", "dong bao dan toc thieu so"),
    ("cải cách hành chính", "cai cach hanh chinh"),
    ("xây dựng Đảng", "xay dung dang"),
]
_SYNTAX = [
    '"nông thôn mới"',
    '"nong thon moi"',
    '"Mặt trận Tổ quốc Việt Nam"',
    "học sinh OR sinh viên",
    "hoc sinh OR sinh vien",
    "bão NOT lũ",
    "bao NOT lu",
    "giáo*",
    "giao*",
    "(Hà Nội OR Đà Nẵng) AND du lịch",
    "thủ tướng AND kinh tế",
    '"Ban Dân vận"',
    "dân chủ ở cơ sở",
    "Đoàn Thanh niên",
    "doan thanh nien",
]
_FILTERED: list[tuple[str | None, dict[str, str]]] = [
    ("dân vận", {"province2025": "Cần Thơ"}),
    ("dan van", {"province": "Hậu Giang"}),
    ("nông thôn mới", {"province": "Hà Nội"}),
    ("nong thon moi", {"province": "tuyen quang"}),
    ("giá vàng", {"province2025": "Hồ Chí Minh"}),
    ("học sinh", {"date_from": "2017-01-01", "date_to": "2017-12-31"}),
    ("bóng đá", {"province": "Hải Phòng"}),
    ("Đảng", {"theme": "xay_dung_dang"}),
    ("hội nghị", {"official": "Nguyễn Văn"}),
    ("nghị quyết", {"document": "08-NQ/TU"}),
    (None, {"province": "Đà Nẵng"}),
    ("kinh tế", {"province": "Quảng Nam"}),
]


def queries() -> list[tuple[str | None, dict[str, str]]]:
    out: list[tuple[str | None, dict[str, str]]] = []
    for marked, plain in _WORDS:
        out += [(marked, {}), (plain, {})]
    out += [(q, {}) for q in _SYNTAX]
    out += _FILTERED
    return out


_CPU: list[float] = []  # process CPU ms of each timed call: the wall time minus waiting for a core


def _timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[float, Any]:
    start, cpu = time.perf_counter(), time.process_time()
    result = fn(*args, **kwargs)
    _CPU.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - start) * 1000, result


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per query")
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args(argv)
    if not args.db.exists():
        parser.error(f"no corpus at {args.db}")
    print("command:", shlex.join([sys.executable, *sys.argv]))
    with Corpus(args.db) as corpus:
        stats = corpus.stats()
        print(
            f"articles: {stats['articles']}  stories: {stats['stories']}"
            f"  exact copies: {stats['article_aliases']}"
        )
        qs = queries()
        for query, filters in qs:  # warm the page cache once
            corpus.search(query, limit=args.limit, **filters)
        _CPU.clear()
        samples: list[float] = []
        per_query: list[tuple[float, int, str, dict[str, str]]] = []
        for query, filters in qs:
            times = []
            for _ in range(args.repeat):
                ms, rows = _timed(corpus.search, query, limit=args.limit, **filters)
                times.append(ms)
            samples += times
            per_query.append((statistics.median(times), len(rows), query, filters))
        print(f"\nsearch: {len(qs)} queries x {args.repeat} runs, limit {args.limit}")
        print(
            f"  median {statistics.median(samples):.1f} ms   p95 {_p95(samples):.1f} ms"
            f"   max {max(samples):.1f} ms"
        )
        print(
            f"  CPU time: median {statistics.median(_CPU):.1f} ms   p95 {_p95(_CPU):.1f} ms"
            f"   (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
        )
        plain = [t for (t, _, q, f) in per_query if not f]
        filtered = [t for (t, _, q, f) in per_query if f]
        print(
            f"  unfiltered median {statistics.median(plain):.1f} ms,"
            f" filtered median {statistics.median(filtered):.1f} ms"
        )
        print("  slowest:")
        for ms, n, query, filters in sorted(per_query, reverse=True)[:5]:
            print(f"    {ms:7.1f} ms  {n:3d} hits  {query!r} {filters or ''}")

        print("\nfacts (ms):")
        fact_times = []
        for kind in ("officials", "documents", "figures", "provinces", "campaigns", "themes"):
            for filters in ({}, {"province": "Cần Thơ"}):
                ms, rows = _timed(corpus.facts, kind, limit=50, **filters)
                fact_times.append(ms)
                print(f"  {kind:10s} {filters or ''!s:28s} {ms:7.1f}  ({len(rows)} rows)")
        print("\ncoverage (ms):")
        cov_times = []
        for by in ("province", "theme", "source", "campaign"):
            for interval in (None, "month", "week"):
                ms, rows = _timed(corpus.coverage, by, interval=interval)
                cov_times.append(ms)
                label = f"--by {by} --interval {interval or '-'}"
                print(f"  {label:34s} {ms:7.1f}  ({len(rows)} rows)")
        print(f"\nfacts max {max(fact_times):.1f} ms, coverage max {max(cov_times):.1f} ms")
    size = sum(p.stat().st_size for p in args.db.parent.glob(args.db.name + "*"))
    print(f"corpus size on disk: {size / 1e6:.1f} MB ({args.db} incl. -wal/-shm)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
