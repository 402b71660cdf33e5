"""Crawl speed on a generated loopback site: fetch+archive only, and with the full pipeline on."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crawl_site import generate
from danvan.crawler.fixtures_server import serve

REPO = Path(__file__).resolve().parent.parent
FAST = [
    "--delay",
    "0",
    "--no-autothrottle",
    "--per-domain",
    "16",
    "--concurrency",
    "16",
    "--depth",
    "0",
    "--timeout",
    "30",
]


def run(cmd: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.monotonic()
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=2000, help="article pages")
    parser.add_argument("--skip-pipeline", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="danvan-crawl-bench-") as tmp:
        tmp_path = Path(tmp)
        generate(tmp_path / "site", args.n)
        server = serve(tmp_path / "site")
        base = server.base_url + "/"
        results = {}
        stats_off = tmp_path / "off.json"
        wall = run(
            [
                sys.executable,
                "-m",
                "danvan.crawler",
                "--url",
                base,
                *FAST,
                "--warc-dir",
                str(tmp_path / "warc-off"),
                "--stats-out",
                str(stats_off),
            ]
        )
        off = json.loads(stats_off.read_text())
        results["extraction off (fetch + classify + WARC)"] = (off, wall)
        if not args.skip_pipeline:
            server.hits.clear()
            wall = run(
                [
                    sys.executable,
                    "-m",
                    "danvan.cli",
                    "crawl",
                    "--url",
                    base,
                    "--db",
                    str(tmp_path / "bench.db"),
                    "--warc-dir",
                    str(tmp_path / "warc-on"),
                    "--delay",
                    "0",
                    "--no-autothrottle",
                    "--per-domain",
                    "16",
                    "--depth",
                    "0",
                ]
            )
            pages = sum(server.hits.values())
            from danvan.corpus import Corpus

            with Corpus(tmp_path / "bench.db") as corpus:
                stored = corpus.stats().get("articles")
            results["full pipeline (danvan crawl)"] = (
                {"responses": pages, "articles": stored, "elapsed_seconds": wall},
                wall,
            )
        server.stop()
    print(f"loopback site: {args.n} article pages, {os.cpu_count()} cores")
    for name, (stats, wall) in results.items():
        rate = stats["responses"] / stats["elapsed_seconds"]
        print(
            f"{name}: {stats['responses']} responses, {stats.get('articles')} articles, "
            f"crawl {stats['elapsed_seconds']:.1f}s -> {rate:.0f} pages/s "
            f"(process wall {wall:.1f}s)"
        )


if __name__ == "__main__":
    main()
