"""Benchmark helper: load the baomoi text archive into a corpus as articles with no extracted facts.

Stand-in for `danvan ingest` until the pipeline exists: title = first line, body = the rest.
With --tag-provinces a literal name match adds province facts so province filters have data.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time
from pathlib import Path

from danvan.corpus import Corpus
from danvan.nlp.record import Article, ProvinceFact

# A few pre-2025 provinces and the 2025 unit each merged into (benchmark data only).
_PROVINCES = {
    "Hà Nội": "Hà Nội",
    "Hải Phòng": "Hải Phòng",
    "Hải Dương": "Hải Phòng",
    "Đà Nẵng": "Đà Nẵng",
    "Quảng Nam": "Đà Nẵng",
    "Cần Thơ": "Cần Thơ",
    "Hậu Giang": "Cần Thơ",
    "Sóc Trăng": "Cần Thơ",
    "Hà Giang": "Tuyên Quang",
    "Tuyên Quang": "Tuyên Quang",
    "Cà Mau": "Cà Mau",
    "Bạc Liêu": "Cà Mau",
    "Nghệ An": "Nghệ An",
    "Thanh Hóa": "Thanh Hóa",
    "Quảng Ninh": "Quảng Ninh",
    "Bình Dương": "Hồ Chí Minh",
    "Đồng Nai": "Đồng Nai",
    "Lâm Đồng": "Lâm Đồng",
}


def read_article(path: Path, tag_provinces: bool) -> Article:
    raw = path.read_text(encoding="utf-8", errors="replace")
    title, _, body = raw.partition("\n")
    provinces = []
    if tag_provinces:
        provinces = [
            ProvinceFact(name, merged, raw.count(name)) for name, merged in _PROVINCES.items() if name in raw
        ]
    return Article(
        id=f"baomoi-{path.stem}",
        source=str(path),
        title=title.strip(),
        text=body.strip(),
        outlet="baomoi",
        provinces=provinces,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("/tmp/baomoi/data"))
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--limit", type=int, default=0, help="load only the first N files")
    parser.add_argument("--tag-provinces", action="store_true")
    args = parser.parse_args(argv)
    print("command:", shlex.join([sys.executable, *sys.argv]))
    files = sorted(args.data_dir.glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    counts: dict[str, int] = {}
    started = time.perf_counter()
    with Corpus(args.db) as corpus:
        for start in range(0, len(files), args.batch):
            batch = [read_article(p, args.tag_provinces) for p in files[start : start + args.batch]]
            for result in corpus.store_many(batch):
                counts[result.status] = counts.get(result.status, 0) + 1
            done = min(start + args.batch, len(files))
            rate = done / (time.perf_counter() - started)
            print(f"\r{done}/{len(files)} files, {rate:.0f}/s", end="", file=sys.stderr)
        print(file=sys.stderr)
        elapsed = time.perf_counter() - started
        optimize_started = time.perf_counter()
        corpus.optimize()
        print(f"optimize (FTS segment merge, checkpoint): {time.perf_counter() - optimize_started:.1f} s")
        stats = corpus.stats()
    print(f"loaded {len(files)} files in {elapsed:.1f} s ({len(files) / elapsed:.0f} articles/s)")
    print("results:", counts)
    print("stats:", stats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
